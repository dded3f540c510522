import type { ApiError } from '../../../../electron/shared/api/result';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { letterLanguageOf, SAVE_FAILED } from '../../../../electron/shared/documents/documents.schema';
import type { Preparation } from '../../../../electron/shared/preparation/preparation.schema';
import type { Settings } from '../../../../electron/shared/settings/settings.schema';
import { href } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { useStoredSettings } from '../settings/useStoredSettings';
import { useExportQueue, type ExportJob, type ExportState } from './useExportQueue';
import './documents.css';

/** The letters of one meeting: every invited member's, then the children's who are present. */
export function invitationJobs(prep: Preparation, meeting: Meeting, childVersion: string): ExportJob<'documents.invitation'>[] {
  const present = new Set(prep.children.filter((c) => c.participation === 'present').map((c) => c.childId));
  return [
    ...prep.members
      .filter((m) => m.invite === 'invite')
      .map((m) => ({
        label: m.name,
        method: 'documents.invitation' as const,
        input: { meetingId: meeting.id, recipient: { kind: 'member' as const, memberId: m.id } },
      })),
    ...prep.conference.children
      .filter((c) => present.has(c.id))
      .map((c) => ({
        label: `${c.firstName} (${childVersion})`,
        method: 'documents.invitation' as const,
        input: { meetingId: meeting.id, recipient: { kind: 'child' as const, childId: c.id } },
      })),
  ];
}

/** The conference's papers, made as Word files (and the meeting as a calendar event). */
export function DocumentsPage() {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const meeting = prep.meetings[0];
  const queue = useExportQueue();
  const stored = useStoredSettings();
  // The letters can go without settings; they only make the "what is missing" list complete.
  const settings = stored.state === 'ready' ? stored.settings : null;

  if (!meeting) return null;
  const running = queue.status.state === 'running';
  const plan = prep.plans.at(-1);
  const timeSet = meeting.date !== null && meeting.startTime !== null && meeting.endTime !== null;

  return (
    <div className="documents">
      <h2 className="section-title">{t('exports.title')}</h2>
      <p className="muted documents-intro">
        {t('exports.intro', { language: t(`language.${prep.conference.language}`) })}
      </p>
      <ExportStatus status={queue.status} onStop={queue.stop} />
      <Invitations prep={prep} meeting={meeting} settings={settings} busy={running} run={queue.run} />
      <section className="card" aria-labelledby="documents-other-title">
        <h2 id="documents-other-title">{t('exports.other.title')}</h2>
        <ul className="documents-list">
          <DocumentRow
            title={t('exports.doc.commission')}
            hint={t('exports.doc.commission.hint')}
            busy={running}
            onExport={() =>
              queue.run([{ label: t('exports.doc.commission'), method: 'documents.commission', input: { conferenceId: prep.conference.id } }])
            }
          />
          <DocumentRow
            title={t('exports.doc.summary')}
            hint={t('exports.doc.summary.hint')}
            busy={running}
            onExport={() =>
              queue.run([{ label: t('exports.doc.summary'), method: 'documents.summary', input: { conferenceId: prep.conference.id } }])
            }
          />
          <DocumentRow
            title={t('exports.doc.checklist')}
            hint={t('exports.doc.checklist.hint')}
            busy={running}
            onExport={() =>
              queue.run([{ label: t('exports.doc.checklist'), method: 'documents.checklist', input: { meetingId: meeting.id } }])
            }
          />
          <DocumentRow
            title={t('exports.doc.participants')}
            hint={t('exports.doc.participants.hint')}
            busy={running}
            onExport={() =>
              queue.run([{ label: t('exports.doc.participants'), method: 'documents.participants', input: { meetingId: meeting.id } }])
            }
          />
          {plan && (
            <DocumentRow
              title={t('exports.doc.plan', { number: plan.number })}
              hint={t('exports.doc.plan.hint')}
              busy={running}
              onExport={() =>
                queue.run([{ label: t('exports.doc.plan', { number: plan.number }), method: 'documents.plan', input: { planId: plan.id } }])
              }
            />
          )}
          <DocumentRow
            title={t('exports.doc.calendar')}
            hint={timeSet ? t('exports.doc.calendar.hint') : t('exports.doc.calendar.needsTime')}
            busy={running || !timeSet}
            onExport={() =>
              queue.run([{ label: t('exports.doc.calendar'), method: 'documents.calendar', input: { meetingId: meeting.id } }])
            }
          />
        </ul>
      </section>
    </div>
  );
}

function Invitations({
  prep,
  meeting,
  settings,
  busy,
  run,
}: {
  prep: Preparation;
  meeting: Meeting;
  settings: Settings | null;
  busy: boolean;
  run(jobs: ExportJob[]): Promise<void>;
}) {
  const { t, tn } = useI18n();
  const jobs = invitationJobs(prep, meeting, t('exports.invitations.childVersion'));
  const ready = meeting.date !== null && meeting.startTime !== null && meeting.endTime !== null && meeting.venue.name !== '';
  const withoutLetter = prep.members.filter((m) => m.invite === 'written_views' || m.invite === 'not_invited').length;
  const arrangements = href({ name: 'conference', id: prep.conference.id, tab: 'arrangements' });

  const missing: { text: string; link: string; linkText: string }[] = [];
  if (!meeting.date || !meeting.startTime || !meeting.endTime) {
    missing.push({ text: t('exports.missing.time'), link: arrangements, linkText: t('exports.missing.fixInArrangements') });
  }
  if (meeting.venue.name === '') {
    missing.push({ text: t('exports.missing.venue'), link: arrangements, linkText: t('exports.missing.fixInArrangements') });
  }
  if (!meeting.invitation.replyBy) {
    missing.push({ text: t('exports.missing.replyBy'), link: arrangements, linkText: t('exports.missing.fixInArrangements') });
  }
  if (settings && (settings.unit.name === '' || settings.unit.postalAddress === '')) {
    missing.push({ text: t('exports.missing.unit'), link: href({ name: 'settings' }), linkText: t('exports.missing.fixInSettings') });
  }
  if (settings && settings.convener.phone === '' && settings.convener.email === '') {
    missing.push({ text: t('exports.missing.convener'), link: href({ name: 'settings' }), linkText: t('exports.missing.fixInSettings') });
  }

  const memberById = new Map(prep.members.map((m) => [m.id, m]));
  return (
    <section className="card" aria-labelledby="documents-invitations-title">
      <h2 id="documents-invitations-title">{t('exports.invitations.title')}</h2>
      <p className="muted">{t('exports.invitations.hint')}</p>
      {missing.length > 0 && (
        <div className="documents-missing" role="note" aria-labelledby="documents-missing-title">
          <h3 id="documents-missing-title">{t('exports.missing.title')}</h3>
          <ul>
            {missing.map((item) => (
              <li key={item.text}>
                {item.text} <a href={item.link}>{item.linkText}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {jobs.length === 0 ? (
        <p>{t('exports.invitations.none')}</p>
      ) : (
        <>
          <div className="documents-actions">
            <button type="button" className="button button-primary" disabled={busy || !ready} onClick={() => void run(jobs)}>
              {t('exports.invitations.all', { count: jobs.length })}
            </button>
            {!ready && <span className="muted">{t('exports.invitations.needsTime')}</span>}
          </div>
          <table className="table documents-table">
            <thead>
              <tr>
                <th scope="col">{t('exports.invitations.recipient')}</th>
                <th scope="col">{t('exports.invitations.language')}</th>
                <th scope="col">{t('exports.invitations.reply')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('exports.invitations.export')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => {
                const recipient = job.input.recipient;
                const member = recipient.kind === 'member' ? memberById.get(recipient.memberId) : undefined;
                const language = member ? letterLanguageOf(member, prep.conference.language) : prep.conference.language;
                return (
                  <tr key={recipient.kind === 'member' ? recipient.memberId : recipient.childId}>
                    <th scope="row">{job.label}</th>
                    <td>{t(`language.${language}`)}</td>
                    <td>{member ? t(`network.reply.${member.reply}`) : t('exports.invitations.child')}</td>
                    <td className="documents-cell-action">
                      <button
                        type="button"
                        className="button button-secondary"
                        disabled={busy || !ready}
                        aria-label={t('exports.invitations.exportFor', { name: job.label })}
                        onClick={() => void run([job])}
                      >
                        {t('exports.export')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {withoutLetter > 0 && <p className="muted">{tn('exports.invitations.notInvited', withoutLetter)}</p>}
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

function failureText(error: ApiError, t: ReturnType<typeof useI18n>['t'], tKey: ReturnType<typeof useI18n>['tKey']): string {
  if (error.message === SAVE_FAILED) return t('exports.saveFailed');
  const issue = error.issues?.[0];
  return issue ? tKey(issue.message) : t(`error.${error.code}`);
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
                      {failure.label}: {failureText(failure.error, t, tKey)}
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
