import { lazy, useState } from 'react';
import type { ApiError } from '../../../../electron/shared/api/result';
import { childAge } from '../../../../electron/shared/conference/child-age';
import { todayInHelsinki } from '../../../../electron/shared/dates';
import { api } from '../../api/client';
import { meetingTypeOf, tabOfKind, type ConferenceTab } from '../../../../electron/shared/conference/meeting-types';
import { LazyBoundary } from '../../app/LazyBoundary';
import { href, type Route } from '../../app/routes';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useLoad } from '../../app/useLoad';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { PreparationProvider, usePreparation } from '../preparation/PreparationContext';
import { CloseConferenceDialog } from './CloseConferenceDialog';
import { DeleteConferenceButton } from '../deletion/DeleteConferenceButton';
import { ConferenceNotFound } from './ConferenceNotFound';
import { OverviewTab } from './OverviewTab';

// The overview opens with the conference; the other tabs' code loads when a tab is first opened.
const ArrangementsPage = lazy(() => import('../arrangements/ArrangementsPage').then((m) => ({ default: m.ArrangementsPage })));
const CommissionPage = lazy(() => import('../commission/CommissionPage').then((m) => ({ default: m.CommissionPage })));
const ContactsPage = lazy(() => import('../contacts/ContactsPage').then((m) => ({ default: m.ContactsPage })));
const DocumentsPage = lazy(() => import('../documents/DocumentsPage').then((m) => ({ default: m.DocumentsPage })));
const FeedbackPage = lazy(() => import('../feedback/FeedbackPage').then((m) => ({ default: m.FeedbackPage })));
const FollowUpPage = lazy(() => import('../follow-up/FollowUpPage').then((m) => ({ default: m.FollowUpPage })));
const MeetingModePage = lazy(() => import('../meeting-day/MeetingModePage').then((m) => ({ default: m.MeetingModePage })));
const MemberPage = lazy(() => import('../network/MemberPage').then((m) => ({ default: m.MemberPage })));
const NetworkPage = lazy(() => import('../network/NetworkPage').then((m) => ({ default: m.NetworkPage })));
const PlanPage = lazy(() => import('../plan/PlanPage').then((m) => ({ default: m.PlanPage })));
const SummaryPage = lazy(() => import('../summary/SummaryPage').then((m) => ({ default: m.SummaryPage })));
const WorkPage = lazy(() => import('../work/WorkPage').then((m) => ({ default: m.WorkPage })));

export type ConferenceRoute = Extract<Route, { name: 'conference' } | { name: 'member' } | { name: 'meetingMode' }>;

/** A conference: its header and tabs, with the whole preparation loaded once for all of them. */
export function ConferencePage({ route }: { route: ConferenceRoute }) {
  const { t } = useI18n();
  const id = route.id;
  const load = useLoad(() => api.call('preparation.get', { conferenceId: id }), [id]);
  const { reload, setData: onChange } = load;
  useDocumentTitle(
    load.state === 'error' && load.error.code === 'not_found'
      ? [t('conference.notFound.title')]
      : load.state === 'ready' && route.name === 'meetingMode'
        ? [t('conference.meetingMode'), load.data.conference.reference]
        : null,
  );

  if (load.state === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (load.state === 'error') {
    return load.error.code === 'not_found' ? (
      <ConferenceNotFound />
    ) : (
      <ErrorMessage error={load.error} onRetry={reload} />
    );
  }
  return (
    <PreparationProvider prep={load.data} today={todayInHelsinki(new Date())} onChange={onChange}>
      {route.name === 'meetingMode' ? (
        <LazyBoundary resetKey="meetingMode" heading="h1">
          <MeetingModePage />
        </LazyBoundary>
      ) : (
        <ConferenceView route={route} onReload={reload} />
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
        <LazyBoundary resetKey={route.name === 'member' ? `member/${route.memberId}` : tab} heading="h2">
          {route.name === 'member' ? (
            <MemberPage key={route.memberId} memberId={route.memberId} worker={route.worker ?? false} />
          ) : (
            <TabContent tab={tab} onActionError={setActionError} onClose={() => setClosing(true)} />
          )}
        </LazyBoundary>
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
