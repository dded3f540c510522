import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { meetingTypeOf, type ConferenceDocument } from '../../../../electron/shared/conference/meeting-types';
import { useI18n } from '../../i18n/I18nProvider';
import { MeetingPicker } from '../arrangements/MeetingPicker';
import { useMeetingChoice, useMeetingName } from '../arrangements/useMeetingChoice';
import { usePreparation } from '../preparation/PreparationContext';
import { useStoredSettings } from '../settings/useStoredSettings';
import { Invitations } from './Invitations';
import { exportFailureText, useExportQueue, type ExportJob, type ExportState } from './useExportQueue';
import './documents.css';

/** The conference's papers, made as Word files (and a meeting as a calendar event): those of the meeting chosen, then the conference's own. */
export function DocumentsPage() {
  const { t, formatDate } = useI18n();
  const { prep, refresh } = usePreparation();
  const { meeting, meetings, choose } = useMeetingChoice();
  const name = useMeetingName();
  const queue = useExportQueue();
  const stored = useStoredSettings();
  // The letters can go without settings; they only make the "what is missing" list complete.
  const settings = stored.state === 'ready' ? stored.settings : null;

  if (!meeting) return null;
  const running = queue.status.state === 'running';
  // Each letter made is in the letters log, which ticks the checklist: show it.
  const runInvitations = async (jobs: ExportJob[]) => {
    await queue.run(jobs);
    await refresh();
  };
  const meetingName = meetings.length > 1 ? name(meeting) : null;

  return (
    <div className="documents">
      <h2 className="section-title">{t('exports.title')}</h2>
      <p className="muted documents-intro">
        {t('exports.intro', { language: t(`language.${prep.conference.language}`) })}
      </p>
      <MeetingPicker meetings={meetings} meeting={meeting} onChoose={choose} />
      <ExportStatus status={queue.status} onStop={queue.stop} />
      {/* A meeting held before the app had its letters and papers then: none are made afterwards. */}
      {meeting.heldBeforeApp && meeting.date ? (
        <p className="alert alert-info">{t('heldBefore.documents', { date: formatDate(meeting.date) })}</p>
      ) : (
        <>
          <Invitations prep={prep} meeting={meeting} meetingName={meetingName} settings={settings} busy={running} run={runInvitations} />
          <MeetingPapers meeting={meeting} meetingName={meetingName} busy={running} run={queue.run} />
        </>
      )}
      <ConferencePapers busy={running} run={queue.run} />
    </div>
  );
}

/** The convener's papers of the meeting chosen: its checklist, participant list and calendar event. */
function MeetingPapers({
  meeting,
  meetingName,
  busy,
  run,
}: {
  meeting: Meeting;
  meetingName: string | null;
  busy: boolean;
  run(jobs: ExportJob[]): Promise<void>;
}) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const timeSet = meeting.date !== null && meeting.startTime !== null && meeting.endTime !== null;
  // A follow-up meeting's record: the summary, the review of the plan and what was decided.
  const hasRecord = prep.followUps.some((followUp) => followUp.meetingId === meeting.id);
  // Only the papers the kind of meeting has (its definition's `documents`).
  const offered = new Set<ConferenceDocument>(meetingTypeOf(prep.conference).documents);
  const one = (title: string, method: 'documents.checklist' | 'documents.participants' | 'documents.calendar') => () =>
    void run([{ label: title, method, input: { meetingId: meeting.id } }]);
  return (
    <section className="card" aria-labelledby="documents-meeting-title">
      <h2 id="documents-meeting-title">
        {t('exports.meeting.title')}
        {meetingName && <> <span className="documents-meeting-name">· {meetingName}</span></>}
      </h2>
      <ul className="documents-list">
        {offered.has('checklist') && (
          <DocumentRow
            title={t('exports.doc.checklist')}
            hint={t('exports.doc.checklist.hint')}
            busy={busy}
            onExport={one(t('exports.doc.checklist'), 'documents.checklist')}
          />
        )}
        {offered.has('participants') && (
          <DocumentRow
            title={t('exports.doc.participants')}
            hint={t('exports.doc.participants.hint')}
            busy={busy}
            onExport={one(t('exports.doc.participants'), 'documents.participants')}
          />
        )}
        {offered.has('calendar') && (
          <DocumentRow
            title={t('exports.doc.calendar')}
            hint={timeSet ? t('exports.doc.calendar.hint') : t('exports.doc.calendar.needsTime')}
            busy={busy || !timeSet}
            onExport={one(t('exports.doc.calendar'), 'documents.calendar')}
          />
        )}
        {hasRecord && (
          <DocumentRow
            title={t('exports.doc.followUp')}
            hint={t('exports.doc.followUp.hint')}
            busy={busy}
            onExport={() => void run([{ label: t('exports.doc.followUp'), method: 'documents.followUp', input: { meetingId: meeting.id } }])}
          />
        )}
      </ul>
    </section>
  );
}

/** The papers of the whole conference, whichever meeting is chosen: commission, summary, the current plan. */
function ConferencePapers({ busy, run }: { busy: boolean; run(jobs: ExportJob[]): Promise<void> }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const plan = prep.plans.at(-1);
  const conferenceId = prep.conference.id;
  const offered = new Set<ConferenceDocument>(meetingTypeOf(prep.conference).documents);
  return (
    <section className="card" aria-labelledby="documents-conference-title">
      <h2 id="documents-conference-title">{t('exports.conference.title')}</h2>
      <ul className="documents-list">
        {offered.has('commission') && (
          <DocumentRow
            title={t('exports.doc.commission')}
            hint={t('exports.doc.commission.hint')}
            busy={busy}
            onExport={() => void run([{ label: t('exports.doc.commission'), method: 'documents.commission', input: { conferenceId } }])}
          />
        )}
        {offered.has('summary') && (
          <DocumentRow
            title={t('exports.doc.summary')}
            hint={t('exports.doc.summary.hint')}
            busy={busy}
            onExport={() => void run([{ label: t('exports.doc.summary'), method: 'documents.summary', input: { conferenceId } }])}
          />
        )}
        {plan && (
          <DocumentRow
            title={t('exports.doc.plan', { number: plan.number })}
            hint={t('exports.doc.plan.hint')}
            busy={busy}
            onExport={() =>
              void run([{ label: t('exports.doc.plan', { number: plan.number }), method: 'documents.plan', input: { planId: plan.id } }])
            }
          />
        )}
      </ul>
    </section>
  );
}

function DocumentRow({ title, hint, busy, onExport }: { title: string; hint: string; busy: boolean; onExport(): void }) {
  const { t } = useI18n();
  return (
    <li className="documents-row">
      <div>
        <p className="documents-row-title">{title}</p>
        <p className="muted">{hint}</p>
      </div>
      <button type="button" className="button button-secondary" disabled={busy} aria-label={`${t('exports.export')}: ${title}`} onClick={onExport}>
        {t('exports.export')}
      </button>
    </li>
  );
}


/** Progress while a batch runs, then what happened: saved, downloaded, stopped, failed. */
function ExportStatus({ status, onStop }: { status: ExportState; onStop(): void }) {
  const { t, tn, tKey } = useI18n();
  return (
    <div className="documents-status" role="status" aria-live="polite">
      {status.state === 'running' && (
        <div className="documents-progress">
          <label>
            {t('exports.progress', { done: status.done, total: status.total })}
            <progress value={status.done} max={status.total} />
          </label>
          <span className="muted">{t('exports.progress.current', { name: status.current })}</span>
          {status.total > 1 && (
            <button type="button" className="button button-quiet" onClick={onStop}>
              {t('exports.cancel')}
            </button>
          )}
        </div>
      )}
      {status.state === 'finished' && (
        <div className={`alert ${status.failed.length > 0 ? 'alert-error' : 'alert-info'} documents-result`}>
          <div>
            {status.saved.length > 0 &&
              (status.location === null ? (
                <p>{tn('exports.done.downloaded', status.saved.length)}</p>
              ) : (
                <p>{tn('exports.done.saved', status.saved.length, { location: status.location })}</p>
              ))}
            {status.cancelled && <p>{t('exports.done.cancelled')}</p>}
            {status.failed.length > 0 && (
              <>
                <p>{t('exports.done.failed')}</p>
                <ul>
                  {status.failed.map((failure) => (
                    <li key={failure.label}>
                      {failure.label}: {exportFailureText(failure.error, { t, tKey })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
