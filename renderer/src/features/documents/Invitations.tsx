import { isolate } from '../../../../electron/shared/i18n/isolate';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { missingLetterTexts } from '../../../../electron/shared/arrangements/letter-texts';
import { viewsAskedOf } from '../../../../electron/shared/arrangements/letters';
import { expectedReply, meetingInvitees, needsInvitation } from '../../../../electron/shared/arrangements/meetings';
import { childLetterRecipients } from '../../../../electron/shared/documents/child-letters';
import { letterLanguageOf } from '../../../../electron/shared/documents/letter-language';
import type { Preparation } from '../../../../electron/shared/preparation/preparation.schema';
import type { Settings } from '../../../../electron/shared/settings/settings.schema';
import { href } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { rememberMeetingChoice } from '../arrangements/useMeetingChoice';
import type { ExportJob } from './useExportQueue';

/**
 * The letters of one meeting: every member invited to it and everyone asked for written
 * views (the letter asking for them), in the network's order, then the children the kind writes
 * to (`childLetterRecipients`): in a conference every child, whose letter is worded for how they
 * take part (present, through the support person, by a letter, a drawing or a recording), so a
 * child who is not there is still asked for their view; in a mapping meeting the children there.
 */
export function invitationJobs(prep: Preparation, meeting: Meeting, childVersion: string): ExportJob<'documents.invitation'>[] {
  const gets = new Set([...meetingInvitees(prep, meeting), ...viewsAskedOf(prep.members, meeting)].map((m) => m.id));
  return [
    ...prep.members.filter((m) => gets.has(m.id)).map((m) => ({
      label: m.name,
      method: 'documents.invitation' as const,
      input: { meetingId: meeting.id, recipient: { kind: 'member' as const, memberId: m.id } },
    })),
    ...childLetterRecipients(prep).map((c) => ({
      label: `${isolate(c.firstName)} (${childVersion})`,
      method: 'documents.invitation' as const,
      input: { meetingId: meeting.id, recipient: { kind: 'child' as const, childId: c.id } },
    })),
  ];
}

/** True for a letter left out of "export all": its recipient has said they are not coming (one letter can still be made). */
export function leftOutOfBatch(prep: Preparation, meeting: Meeting, job: ExportJob<'documents.invitation'>): boolean {
  const recipient = job.input.recipient;
  if (recipient.kind !== 'member') return false;
  const member = prep.members.find((m) => m.id === recipient.memberId);
  // Someone asked for written views has no reply to read: their letter always goes.
  return member !== undefined && viewsAskedOf([member], meeting).length === 0 && !needsInvitation(member, meeting);
}

/**
 * The invitation letters of `meeting`, with what is still missing before they can go, and
 * each invitee's reply to it (a follow-up's own replies for a follow-up).
 */
export function Invitations({
  prep,
  meeting,
  meetingName,
  settings,
  busy,
  run,
}: {
  prep: Preparation;
  meeting: Meeting;
  /** The meeting's name when the conference has several, shown with the title. */
  meetingName: string | null;
  settings: Settings | null;
  busy: boolean;
  run(jobs: ExportJob[]): Promise<void>;
}) {
  const { t, tn } = useI18n();
  const jobs = invitationJobs(prep, meeting, t('exports.invitations.childVersion'));
  const batch = jobs.filter((job) => !leftOutOfBatch(prep, meeting, job));
  const notComing = jobs.length - batch.length;
  const followUp = meeting.kind === 'follow_up';
  const ready = meeting.date !== null && meeting.startTime !== null && meeting.endTime !== null && meeting.venue.name !== '';
  const invited = new Set(meetingInvitees(prep, meeting).map((m) => m.id));
  const withoutLetter = followUp
    ? prep.members.filter((m) => !invited.has(m.id)).length
    : prep.members.filter((m) => m.invite === 'not_invited').length;
  const arrangements = href({ name: 'conference', id: prep.conference.id, tab: 'arrangements' });
  // The arrangements tab opens on this meeting, whatever it would show by default.
  const toArrangements = () => rememberMeetingChoice(prep.conference.id, meeting.id);

  const missing: { text: string; link: string; linkText: string; onClick?(): void }[] = [];
  const inArrangements = { link: arrangements, linkText: t('exports.missing.fixInArrangements'), onClick: toArrangements };
  if (!meeting.date || !meeting.startTime || !meeting.endTime) missing.push({ text: t('exports.missing.time'), ...inArrangements });
  if (meeting.venue.name === '') missing.push({ text: t('exports.missing.venue'), ...inArrangements });
  if (!meeting.invitation.replyBy) missing.push({ text: t('exports.missing.replyBy'), ...inArrangements });
  for (const gap of missingLetterTexts(prep, meeting)) {
    missing.push({
      text: t('exports.missing.letterTexts', {
        language: t(`language.${gap.language}`),
        names: gap.recipients.join(', '),
        texts: gap.texts.map((text) => t(`exports.letterText.${text}`)).join(', '),
      }),
      ...inArrangements,
    });
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
      <h2 id="documents-invitations-title">
        {t('exports.invitations.title')}
        {meetingName && <> <span className="documents-meeting-name">· {meetingName}</span></>}
      </h2>
      <p className="muted">{t(followUp ? 'exports.invitations.hint.follow_up' : 'exports.invitations.hint')}</p>
      {missing.length > 0 && (
        <div className="documents-missing" role="note" aria-labelledby="documents-missing-title">
          <h3 id="documents-missing-title">{t('exports.missing.title')}</h3>
          <ul>
            {missing.map((item) => (
              <li key={item.text}>
                {item.text}{' '}
                <a href={item.link} onClick={item.onClick}>
                  {item.linkText}
                </a>
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
            <button type="button" className="button button-primary" disabled={busy || !ready || batch.length === 0} onClick={() => void run(batch)}>
              {t('exports.invitations.all', { count: batch.length })}
            </button>
            {!ready && <span className="muted">{t('exports.invitations.needsTime')}</span>}
          </div>
          {notComing > 0 && <p className="muted">{tn('exports.invitations.notComing', notComing)}</p>}
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
                const participation =
                  recipient.kind === 'child' ? (prep.children.find((c) => c.childId === recipient.childId)?.participation ?? 'undecided') : null;
                return (
                  <tr key={recipient.kind === 'member' ? recipient.memberId : recipient.childId}>
                    <th scope="row" dir="auto">
                      {job.label}
                    </th>
                    <td>{t(`language.${language}`)}</td>
                    <td>
                      {member
                        ? member.invite === 'written_views'
                          ? t('exports.invitations.writtenViews')
                          : t(`network.reply.${expectedReply(member, meeting)}`)
                        : `${t('exports.invitations.child')} · ${t(`network.participation.${participation ?? 'undecided'}`)}`}
                    </td>
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
      {withoutLetter > 0 && (
        <p className="muted">{tn(followUp ? 'exports.invitations.notInvitedFollowUp' : 'exports.invitations.notInvited', withoutLetter)}</p>
      )}
    </section>
  );
}
