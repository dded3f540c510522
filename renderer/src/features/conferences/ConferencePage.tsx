import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../../electron/shared/api/result';
import { conferenceTiming } from '../../../../electron/shared/conference/conference-timing';
import type { Conference, OpenPhase } from '../../../../electron/shared/conference/conference.schema';
import { todayInHelsinki } from '../../../../electron/shared/dates';
import { api } from '../../api/client';
import { href } from '../../app/routes';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { ConferenceNotFound } from './ConferenceNotFound';
import { CloseConferenceDialog } from './CloseConferenceDialog';
import { toFormValues } from './conference-form-values';
import { ConferenceForm } from './ConferenceForm';
import { PhaseStepper } from './PhaseStepper';
import { TimingBadge } from './TimingBadge';

type Load = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; conference: Conference };

function childAge(birthYear: number, today: string): number {
  return Number(today.slice(0, 4)) - birthYear;
}

export function ConferencePage({ id }: { id: string }) {
  const { t, formatDate } = useI18n();
  const notify = useNotify();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [closing, setClosing] = useState(false);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Phase moves and closing bump the version; the form must save against the latest.
  const latest = useRef<Conference | null>(null);

  useEffect(() => {
    let cancelled = false;
    setLoad({ state: 'loading' });
    void api.call('conference.get', { id }).then((result) => {
      if (cancelled) return;
      if (result.ok) latest.current = result.value;
      setLoad(result.ok ? { state: 'ready', conference: result.value } : { state: 'error', error: result.error });
    });
    return () => {
      cancelled = true;
    };
  }, [id, attempt]);

  if (load.state === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (load.state === 'error') {
    return load.error.code === 'not_found' ? (
      <ConferenceNotFound />
    ) : (
      <ErrorMessage error={load.error} onRetry={() => setAttempt((n) => n + 1)} />
    );
  }

  const conference = load.conference;
  const today = todayInHelsinki(new Date());
  const timing = conferenceTiming(conference, today);
  const closed = conference.closure !== null;

  const show = (next: Conference) => {
    latest.current = next;
    setLoad({ state: 'ready', conference: next });
    setActionError(null);
  };

  const movePhase = async (phase: OpenPhase) => {
    const current = latest.current ?? conference;
    const result = await api.call('conference.update', {
      ...toFormValues(current),
      id: current.id,
      version: current.version,
      phase,
    });
    if (!result.ok) return setActionError(result.error);
    show(result.value);
    notify(t('conference.phase.moved', { phase: t(`phase.${phase}`) }));
  };

  const reopen = async () => {
    const result = await api.call('conference.reopen', { id: conference.id, version: conference.version });
    if (!result.ok) return setActionError(result.error);
    show(result.value);
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
          {closed ? (
            <button type="button" className="button button-secondary" onClick={() => void reopen()}>
              {t('conference.reopen')}
            </button>
          ) : (
            <button type="button" className="button button-danger-outline" onClick={() => setClosing(true)}>
              {t('conference.close')}
            </button>
          )}
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
      {actionError && <ErrorMessage error={actionError} onRetry={() => setAttempt((n) => n + 1)} />}

      <div className="card">
        <PhaseStepper phase={conference.phase} disabled={closed} onMove={(phase) => void movePhase(phase)} />
      </div>

      <section className="card timing-card" aria-labelledby="timing-title">
        <h2 id="timing-title">{t('conference.timing.title')}</h2>
        <div className="timing-row">
          <p className="timing-window">
            {t('timing.window', { opens: formatDate(timing.opens), closes: formatDate(timing.closes) })}
          </p>
          <TimingBadge timing={timing} />
        </div>
        <p className="muted">
          {t('timing.rule')} {t('conference.timing.commission', { date: formatDate(conference.commissionDate) })}
        </p>
      </section>

      <section aria-labelledby="details-title">
        <h2 id="details-title" className="section-title">
          {t('conference.details')}
        </h2>
        <ConferenceForm
          defaultValues={toFormValues(conference)}
          submitLabel={t('form.save')}
          readOnly={closed}
          saveBarOnlyWhenDirty
          onSubmit={(values) => {
            const current = latest.current ?? conference;
            return api.call('conference.update', {
              ...values,
              id: current.id,
              version: current.version,
              phase: current.phase as OpenPhase,
            });
          }}
          valuesAfterSave={toFormValues}
          onSaved={(saved) => {
            show(saved);
            notify(t('form.saved'));
          }}
        />
      </section>

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
          show(result.value);
          notify(t('close.closed'));
        }}
      />
    </>
  );
}
