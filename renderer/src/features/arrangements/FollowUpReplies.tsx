import { useRef, useState } from 'react';
import type { ApiError } from '../../../../electron/shared/api/result';
import { expectedReply, meetingInvitees } from '../../../../electron/shared/arrangements/meetings';
import { replyVersion, type Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { REPLIES, type Reply } from '../../../../electron/shared/preparation/network.schema';
import { href } from '../../app/routes';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { useInTurn } from '../preparation/useInTurn';
import { goToSection } from './meeting-form';

/**
 * "Vastaukset": each invitee of a follow-up meeting with their reply to it, the same five
 * as the network's, chosen and saved at once (a reply has its own version, so the open
 * arrangements form stays current). The reply-by date shown is the one in the form, as typed.
 */
export function FollowUpReplies({ meeting, replyBy }: { meeting: Meeting; replyBy: string | null }) {
  const { t, formatDate, tKey } = useI18n();
  const { prep, readOnly, latest, change } = usePreparation();
  const inTurn = useInTurn();
  // A choice shows at once; it is the saved reply again when its answer arrives.
  const [pending, setPending] = useState<Record<string, Reply>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const latestChoice = useRef(0);
  const invitees = meetingInvitees(prep, meeting);
  const waiting = invitees.filter((m) => expectedReply(m, meeting) === 'not_asked').length;

  const choose = async (memberId: string, reply: Reply) => {
    const choice = ++latestChoice.current;
    setPending((current) => ({ ...current, [memberId]: reply }));
    const result = await inTurn(() => {
      const saved = latest().meetings.find((m) => m.id === meeting.id) ?? meeting;
      return change('meeting.setReply', { meetingId: meeting.id, memberId, version: replyVersion(saved, memberId), reply });
    });
    // A quicker later choice owns the boxes until its own answer arrives.
    if (choice !== latestChoice.current) return;
    setPending({});
    setError(result.ok ? null : result.error);
  };

  return (
    <section className="card arrangements-replies" aria-labelledby="arrangements-replies-title">
      <div className="arrangements-card-head">
        <h2 id="arrangements-replies-title">{t('arrangements.replies.title')}</h2>
        <span className="arrangements-reply-by">
          {replyBy ? (
            <strong>{t('arrangements.replies.replyBy', { date: formatDate(replyBy) })}</strong>
          ) : (
            <>
              <span className="muted">{t('arrangements.replies.replyByMissing')}</span>{' '}
              <button type="button" className="link-button" onClick={() => goToSection('invitation')}>
                {t('arrangements.replies.setReplyBy')}
              </button>
            </>
          )}
        </span>
      </div>
      <p className="muted">{t('arrangements.replies.intro')}</p>
      {error &&
        (error.code === 'invalid_input' && error.issues?.[0] ? (
          <p className="field-error" role="alert">
            {tKey(error.issues[0].message)}
          </p>
        ) : (
          <ErrorMessage error={error} />
        ))}
      {invitees.length === 0 ? (
        <p>{t('arrangements.replies.none')}</p>
      ) : (
        <>
          {waiting > 0 && <p className="arrangements-replies-waiting">{t('arrangements.replies.waiting', { count: waiting })}</p>}
          <ul className="arrangements-reply-list">
            {invitees.map((member) => (
              <li key={member.id} className="arrangements-reply">
                <span className="arrangements-reply-who">
                  <a href={href({ name: 'member', id: prep.conference.id, memberId: member.id })} dir="auto">
                    {member.name}
                  </a>{' '}
                  <span className="muted" dir="auto">
                    {member.relation}
                  </span>
                </span>
                <select
                  aria-label={t('arrangements.replies.replyOf', { name: member.name })}
                  value={pending[member.id] ?? expectedReply(member, meeting)}
                  disabled={readOnly}
                  onChange={(event) => void choose(member.id, event.target.value as Reply)}
                >
                  {REPLIES.map((reply) => (
                    <option key={reply} value={reply}>
                      {t(`network.reply.${reply}`)}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
