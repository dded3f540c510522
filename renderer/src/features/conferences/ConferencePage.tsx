import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../../electron/shared/api/result';
import { childAge } from '../../../../electron/shared/conference/child-age';
import { todayInHelsinki } from '../../../../electron/shared/dates';
import type { Preparation } from '../../../../electron/shared/preparation/preparation.schema';
import { api } from '../../api/client';
import { meetingTypeOf, tabOfKind } from '../../../../electron/shared/conference/meeting-types';
import { href, type ConferenceTab, type Route } from '../../app/routes';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { ArrangementsPage } from '../arrangements/ArrangementsPage';
import { CommissionPage } from '../commission/CommissionPage';
import { ContactsPage } from '../contacts/ContactsPage';
import { DocumentsPage } from '../documents/DocumentsPage';
import { FeedbackPage } from '../feedback/FeedbackPage';
import { FollowUpPage } from '../follow-up/FollowUpPage';
import { MeetingModePage } from '../meeting-mode/MeetingModePage';
import { MemberPage } from '../network/MemberPage';
import { NetworkPage } from '../network/NetworkPage';
import { PlanPage } from '../plan/PlanPage';
import { PreparationProvider, usePreparation } from '../preparation/PreparationContext';
import { SummaryPage } from '../summary/SummaryPage';
import { WorkPage } from '../work/WorkPage';
import { CloseConferenceDialog } from './CloseConferenceDialog';
import { DeleteConferenceButton } from '../deletion/DeleteConferenceButton';
import { ConferenceNotFound } from './ConferenceNotFound';
import { OverviewTab } from './OverviewTab';

type Load = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; prep: Preparation };

export type ConferenceRoute = Extract<Route, { name: 'conference' } | { name: 'member' } | { name: 'meetingMode' }>;

/** A conference: its header and tabs, with the whole preparation loaded once for all of them. */
export function ConferencePage({ route }: { route: ConferenceRoute }) {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const id = route.id;

  useEffect(() => {
    let cancelled = false;
    setLoad({ state: 'loading' });
    void api.call('preparation.get', { conferenceId: id }).then((result) => {
      if (cancelled) return;
      setLoad(result.ok ? { state: 'ready', prep: result.value } : { state: 'error', error: result.error });
    });
    return () => {
      cancelled = true;
    };
  }, [id, attempt]);

  const onChange = useCallback((prep: Preparation) => setLoad({ state: 'ready', prep }), []);
  useDocumentTitle(
    load.state === 'error' && load.error.code === 'not_found'
      ? [t('conference.notFound.title')]
      : load.state === 'ready' && route.name === 'meetingMode'
        ? [t('conference.meetingMode'), load.prep.conference.reference]
        : null,
  );

  if (load.state === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (load.state === 'error') {
    return load.error.code === 'not_found' ? (
      <ConferenceNotFound />
    ) : (
      <ErrorMessage error={load.error} onRetry={() => setAttempt((n) => n + 1)} />
    );
  }
  return (
    <PreparationProvider prep={load.prep} today={todayInHelsinki(new Date())} onChange={onChange}>
      {route.name === 'meetingMode' ? (
        <MeetingModePage />
      ) : (
        <ConferenceView route={route} onReload={() => setAttempt((n) => n + 1)} />
      )}
    </PreparationProvider>
  );
}

function ConferenceView({ route, onReload }: { route: Exclude<ConferenceRoute, { name: 'meetingMode' }>; onReload(): void }) {
  const { t, formatDate } = useI18n();
  const notify = useNotify();
  const { prep, today, readOnly, applyConference } = usePreparation();
  const [closing, setClosing] = useState(false);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const conference = prep.conference;
  const tabs = meetingTypeOf(conference).tabs;
  const tab = tabOfKind(conference, route.name === 'member' ? 'network' : (route.tab ?? 'overview'));
  useDocumentTitle([t(`conference.tab.${tab}`), conference.reference]);

  const reopen = async () => {
    const result = await api.call('conference.reopen', { id: conference.id, version: conference.version });
    if (!result.ok) return setActionError(result.error);
    setActionError(null);
    applyConference(result.value);
    notify(t('conference.reopened'));
  };

  return (
    <>
      <a className="back-link" href={href({ name: 'list' })}>
        ← {t('conference.backToList')}
      </a>
      <header className="page-header">
        <div>
          <h1>{conference.reference}</h1>
          <p className="page-subtitle">
            {conference.children
              .map((c) => t('conference.childAge', { name: c.firstName, age: childAge(c.birthYear, today) }))
              .join(', ')}
            {' · '}
            {t(`meetingType.${conference.meetingType}`)}
          </p>
        </div>
        <div className="page-actions">
          <a className="button button-primary" href={href({ name: 'meetingMode', id: conference.id })}>
            {t('conference.meetingMode')}
          </a>
          {readOnly ? (
            <button type="button" className="button button-secondary" onClick={() => void reopen()}>
              {t('conference.reopen')}
            </button>
          ) : (
            <button type="button" className="button button-danger-outline" onClick={() => setClosing(true)}>
              {t('conference.close')}
            </button>
          )}
          <DeleteConferenceButton conference={conference} />
        </div>
      </header>

      {conference.closure && (
        <p className="alert alert-info">
          {t('conference.closedBanner', {
            date: formatDate(conference.closure.closedAt.slice(0, 10)),
            reason: t(`close.reason.${conference.closure.reason}`),
          })}
          {conference.closure.text && ` — ${conference.closure.text}`}
        </p>
      )}
      {actionError && <ErrorMessage error={actionError} onRetry={onReload} />}

      <nav className="tabs" aria-label={t('conference.tabs')}>
        {tabs.map((name) => (
          <a
            key={name}
            className="tab"
            href={href({ name: 'conference', id: conference.id, tab: name })}
            aria-current={tab === name ? 'page' : undefined}
          >
            {t(`conference.tab.${name}`)}
          </a>
        ))}
      </nav>

      <div className="tab-panel">
        {route.name === 'member' ? (
          <MemberPage key={route.memberId} memberId={route.memberId} worker={route.worker ?? false} />
        ) : (
          <TabContent tab={tab} onActionError={setActionError} onClose={() => setClosing(true)} />
        )}
      </div>

      <CloseConferenceDialog
        open={closing}
        conferenceId={conference.id}
        version={conference.version}
        error={actionError}
        onCancel={() => {
          setClosing(false);
          setActionError(null);
        }}
        onConfirm={async (values) => {
          const result = await api.call('conference.close', values);
          if (!result.ok) return setActionError(result.error);
          setClosing(false);
          setActionError(null);
          applyConference(result.value);
          notify(t('close.closed'));
        }}
      />
    </>
  );
}

function TabContent({ tab, onActionError, onClose }: { tab: ConferenceTab; onActionError(error: ApiError | null): void; onClose(): void }) {
  switch (tab) {
    case 'overview':
      return <OverviewTab onActionError={onActionError} />;
    case 'commission':
      return <CommissionPage />;
    case 'network':
      return <NetworkPage />;
    case 'contacts':
      return <ContactsPage />;
    case 'summary':
      return <SummaryPage />;
    case 'arrangements':
      return <ArrangementsPage />;
    case 'documents':
      return <DocumentsPage />;
    case 'plan':
      return <PlanPage />;
    case 'followUp':
      return <FollowUpPage onClose={onClose} />;
    case 'feedback':
      return <FeedbackPage />;
    case 'work':
      return <WorkPage />;
  }
}
