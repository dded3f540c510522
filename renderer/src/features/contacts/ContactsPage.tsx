import type { ContactEntry } from '../../../../electron/shared/preparation/contact.schema';
import {
  familyMeetingCount,
  RECOMMENDED_FAMILY_MEETINGS,
} from '../../../../electron/shared/preparation/preparation-status';
import { hasFinalReply, needsPreparationTalk, replyShown } from '../../../../electron/shared/preparation/replies';
import { href } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { inviteeRows, isOverdue, type InviteeRow } from './contact-log';
import { currentNextSteps } from '../../../../electron/shared/preparation/next-steps';
import { ContactLog } from './ContactLog';
import './contacts.css';

/** The convener's contacts: meetings with the family, preparing each invitee, and what comes next. */
export function ContactsPage() {
  return (
    <div className="contacts-page">
      <FamilyMeetings />
      <Invitees />
      <UpcomingSteps />
    </div>
  );
}

function FamilyMeetings() {
  const { t, tn } = useI18n();
  const { prep } = usePreparation();
  const meetings = familyMeetingCount(prep.contacts);
  const enough = meetings >= RECOMMENDED_FAMILY_MEETINGS;
  return (
    <section className="card contacts-section" aria-labelledby="family-meetings-title">
      <div className="contacts-section-header">
        <h2 id="family-meetings-title">{t('contacts.meetings.title')}</h2>
        <span className={`badge ${enough ? 'badge-success' : 'badge-warning'}`}>
          {t('contacts.meetings.count', { done: meetings, total: RECOMMENDED_FAMILY_MEETINGS })}
        </span>
      </div>
      <p className="meetings-summary">
        {tn('contacts.meetings.summary', meetings, { total: RECOMMENDED_FAMILY_MEETINGS })}
      </p>
      <p className="muted">{t('contacts.meetings.hint')}</p>
      <ContactLog memberId={null} />
    </section>
  );
}

function Invitees() {
  const { t } = useI18n();
  const { prep, today } = usePreparation();
  const rows = inviteeRows(prep, today);
  return (
    <section className="contacts-section" aria-labelledby="invitees-title">
      <h2 id="invitees-title" className="section-title">
        {t('contacts.invitees.title')}
      </h2>
      {rows.length === 0 ? (
        <p className="card muted">
          {t('contacts.invitees.empty')}{' '}
          <a href={href({ name: 'conference', id: prep.conference.id, tab: 'network' })}>{t('contacts.invitees.toNetwork')}</a>
        </p>
      ) : (
        <div className="table-scroll">
          <table className="table invitee-table">
            <caption className="visually-hidden">{t('contacts.invitees.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('contacts.column.name')}</th>
                <th scope="col">{t('contacts.column.invite')}</th>
                <th scope="col">{t('contacts.column.lastContact')}</th>
                <th scope="col">{t('contacts.column.nextStep')}</th>
                <th scope="col">{t('contacts.column.prepared')}</th>
                <th scope="col">{t('contacts.column.reply')}</th>
                <th scope="col">{t('contacts.column.briefed')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <InviteeTableRow key={row.member.id} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** A gap in the preparation, said in words and shown calmly. */
function Gap({ text }: { text: string }) {
  return <span className="cell-gap">{text}</span>;
}

function InviteeTableRow({ row }: { row: InviteeRow }) {
  const { t, formatDate } = useI18n();
  const { prep, today } = usePreparation();
  const { member, last } = row;
  const invited = replyShown(member);
  const replied = hasFinalReply(member);
  const needsPreparation = needsPreparationTalk(member);
  return (
    <tr className={row.needsAction ? 'row-needs-action' : undefined}>
      <th scope="row">
        <a href={href({ name: 'member', id: prep.conference.id, memberId: member.id })} dir="auto">
          {member.name}
        </a>
        {row.needsAction && <span className="visually-hidden"> ({t('contacts.needsAction')})</span>}
      </th>
      <td data-label={t('contacts.column.invite')}>{t(`network.invite.${member.invite}`)}</td>
      <td data-label={t('contacts.column.lastContact')}>{last ? formatDate(last.date) : <Gap text={t('contacts.cell.noContact')} />}</td>
      <td data-label={t('contacts.column.nextStep')}>
        {last && (last.nextStep || last.nextStepDate) ? (
          <NextStep entry={last} overdue={isOverdue(last, today)} />
        ) : (
          <span className="muted">–</span>
        )}
      </td>
      <td data-label={t('contacts.column.prepared')}>
        {member.preparedDate ? (
          formatDate(member.preparedDate)
        ) : needsPreparation ? (
          <Gap text={t('contacts.cell.notPrepared')} />
        ) : (
          <span className="muted">{t('contacts.cell.notNeeded')}</span>
        )}
      </td>
      <td data-label={t('contacts.column.reply')}>
        {invited ? (
          replied ? t(`network.reply.${member.reply}`) : <Gap text={t(`network.reply.${member.reply}`)} />
        ) : (
          <span className="muted">–</span>
        )}
      </td>
      <td data-label={t('contacts.column.briefed')}>
        {!row.isSupportPerson ? (
          <span className="muted">–</span>
        ) : member.supportBriefedDate ? (
          formatDate(member.supportBriefedDate)
        ) : (
          <Gap text={t('contacts.cell.notBriefed')} />
        )}
      </td>
    </tr>
  );
}

function NextStep({ entry, overdue }: { entry: ContactEntry; overdue: boolean }) {
  const { t, formatDate } = useI18n();
  return (
    <span className="next-step">
      {entry.nextStep && <span dir="auto">{entry.nextStep}</span>}
      {entry.nextStepDate && (
        <span className="next-step-date">
          <time dateTime={entry.nextStepDate}>{formatDate(entry.nextStepDate)}</time>
          {overdue && <span className="badge badge-warning">{t('contacts.overdue')}</span>}
        </span>
      )}
    </span>
  );
}

function UpcomingSteps() {
  const { t, tn, formatDate } = useI18n();
  const { prep, today } = usePreparation();
  const steps = currentNextSteps(prep.contacts);
  const overdue = steps.filter((entry) => isOverdue(entry, today)).length;
  const names = new Map(prep.members.map((m) => [m.id, m.name]));
  return (
    <section className="card contacts-section" aria-labelledby="upcoming-title">
      <div className="contacts-section-header">
        <h2 id="upcoming-title">{t('contacts.upcoming.title')}</h2>
        {overdue > 0 && <span className="badge badge-warning">{tn('contacts.upcoming.overdue', overdue)}</span>}
      </div>
      {steps.length === 0 ? (
        <p className="muted">{t('contacts.upcoming.empty')}</p>
      ) : (
        <ol className="upcoming-list">
          {steps.map((entry) => {
            const late = isOverdue(entry, today);
            return (
              <li key={entry.id} className={`upcoming-item${late ? ' upcoming-item-overdue' : ''}`}>
                <time className="upcoming-date" dateTime={entry.nextStepDate ?? undefined}>
                  {entry.nextStepDate && formatDate(entry.nextStepDate)}
                </time>
                <span className="upcoming-who">
                  {entry.memberId === null ? (
                    t('contacts.family')
                  ) : (
                    <a href={href({ name: 'member', id: prep.conference.id, memberId: entry.memberId })} dir="auto">
                      {names.get(entry.memberId) ?? '–'}
                    </a>
                  )}
                </span>
                <span className="upcoming-step" dir="auto">
                  {entry.nextStep}
                </span>
                {late && <span className="badge badge-warning">{t('contacts.overdue')}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
