import type { NetworkMember, Worker } from '../../../../electron/shared/preparation/network.schema';
import { href } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';

type WorkerMember = NetworkMember & { worker: Worker };

/** The network members who attend as workers and give information (tiedonanto). */
export function workersOf(members: NetworkMember[]): WorkerMember[] {
  return members.filter((m): m is WorkerMember => m.worker !== null);
}

/**
 * The workers who will attend, read-only: they are edited on their member pages. Calm notes
 * say where the confidentiality waiver does not yet cover what the workers will share.
 */
export function WorkersTable({
  conferenceId,
  members,
  waiverDate,
  readOnly,
}: {
  conferenceId: string;
  members: NetworkMember[];
  /** The waiver's date as the form now shows it ('' or null when none). */
  waiverDate: string | null | undefined;
  readOnly: boolean;
}) {
  const { t } = useI18n();
  const workers = workersOf(members);
  const notInWaiver = workers.filter((w) => !w.worker.sharingAllowed);
  const namedWithoutDate = !waiverDate && workers.some((w) => w.worker.sharingAllowed);
  const yesNo = (value: boolean) => t(value ? 'commission.workers.yes' : 'commission.workers.no');

  return (
    <section className="card commission-workers" aria-labelledby="commission-workers-title">
      <div className="commission-workers-header">
        <div>
          <h2 id="commission-workers-title">{t('commission.workers.title')}</h2>
          <p className="muted">{t('commission.workers.intro')}</p>
        </div>
        {!readOnly && (
          <a className="button button-secondary" href={href({ name: 'member', id: conferenceId, memberId: 'new', worker: true })}>
            {t('commission.workers.add')}
          </a>
        )}
      </div>

      {workers.length === 0 ? (
        <p className="muted">{t('commission.workers.empty')}</p>
      ) : (
        <div className="commission-table-scroll">
          <table className="table commission-workers-table">
            <caption className="visually-hidden">{t('commission.workers.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('commission.workers.name')}</th>
                <th scope="col">{t('commission.workers.role')}</th>
                <th scope="col">{t('commission.workers.organisation')}</th>
                <th scope="col">{t('commission.workers.contact')}</th>
                <th scope="col">{t('commission.workers.topic')}</th>
                <th scope="col">{t('commission.workers.staysForPlan')}</th>
                <th scope="col">{t('commission.workers.sharingAllowed')}</th>
              </tr>
            </thead>
            <tbody>
              {workers.map((member) => (
                <tr key={member.id}>
                  <th scope="row">
                    <a dir="auto" href={href({ name: 'member', id: conferenceId, memberId: member.id })}>
                      {member.name}
                    </a>
                  </th>
                  <td dir="auto" data-label={t('commission.workers.role')}>{member.relation}</td>
                  <td dir="auto" data-label={t('commission.workers.organisation')}>{member.worker.organisation}</td>
                  <td className="commission-contact" data-label={t('commission.workers.contact')}>
                    {member.phone && <span className="nowrap">{member.phone}</span>}
                    {member.email && <span>{member.email}</span>}
                  </td>
                  <td className="commission-topic" dir="auto" data-label={t('commission.workers.topic')}>
                    {member.worker.topic}
                  </td>
                  <td data-label={t('commission.workers.staysForPlan')}>{yesNo(member.worker.staysForPlan)}</td>
                  <td data-label={t('commission.workers.sharingAllowed')}>
                    {member.worker.sharingAllowed ? (
                      yesNo(true)
                    ) : (
                      <span className="badge badge-warning">{yesNo(false)}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {(notInWaiver.length > 0 || namedWithoutDate) && (
        <ul className="commission-notes-list">
          {notInWaiver.map((member) => (
            <li key={member.id} className="commission-note">
              {t('commission.workers.notInWaiver', { name: member.name })}
            </li>
          ))}
          {namedWithoutDate && <li className="commission-note">{t('commission.workers.noWaiverDate')}</li>}
        </ul>
      )}
    </section>
  );
}
