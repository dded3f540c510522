import type { Conference } from '../../../../electron/shared/conference/conference.schema';
import { isGuardian } from '../../../../electron/shared/conference/guardians';
import {
  SECTORS,
  type InviteDecision,
  type NetworkMember,
  type Reply,
} from '../../../../electron/shared/preparation/network.schema';
import { isolate } from '../../../../electron/shared/i18n/isolate';
import { replyShown } from '../../../../electron/shared/preparation/replies';
import { href } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { memberRoles } from './network-model';
import { useNetworkText } from './useNetworkText';

const INVITE_BADGE: Record<InviteDecision, string> = {
  undecided: 'badge-warning',
  invite: 'badge-info',
  written_views: 'badge-neutral',
  not_invited: 'badge-neutral',
};

const REPLY_BADGE: Record<Reply, string> = {
  not_asked: 'badge-neutral',
  coming: 'badge-success',
  remote: 'badge-success',
  maybe: 'badge-warning',
  not_coming: 'badge-danger',
};

/** The members grouped by sector, each name opening the person. */
export function MemberTable({
  conference,
  members,
}: {
  conference: Pick<Conference, 'id' | 'children' | 'guardians'>;
  members: readonly NetworkMember[];
}) {
  const { t, formatDate } = useI18n();
  const { id: conferenceId, children } = conference;
  const { roleLabel } = useNetworkText();

  return (
    <>
      {SECTORS.map((sector) => {
        const inSector = members.filter((m) => m.sector === sector);
        const titleId = `sector-${sector}`;
        return (
          <section key={sector} className="sector-group" aria-labelledby={titleId}>
            <h3 id={titleId} className="sector-title">
              {t(`network.sector.${sector}`)} <span className="muted">({inSector.length})</span>
            </h3>
            {inSector.length === 0 ? (
              <p className="muted">{t('network.members.sectorEmpty')}</p>
            ) : (
              <table className="table member-table">
                <colgroup>
                  <col className="col-name" />
                  <col className="col-closeness" />
                  <col className="col-invite" />
                  <col className="col-reply" />
                  <col className="col-prepared" />
                  <col className="col-roles" />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">{t('network.column.name')}</th>
                    <th scope="col">{t('network.column.closeness')}</th>
                    <th scope="col">{t('network.column.invite')}</th>
                    <th scope="col">{t('network.column.reply')}</th>
                    <th scope="col">{t('network.column.prepared')}</th>
                    <th scope="col">{t('network.column.roles')}</th>
                  </tr>
                </thead>
                <tbody>
                  {inSector.map((member) => {
                    const roles = memberRoles(member, children);
                    return (
                      <tr key={member.id}>
                        <th scope="row">
                          <span className="member-name">
                            <a href={href({ name: 'member', id: conferenceId, memberId: member.id })} dir="auto">
                              {member.name}
                            </a>
                            {isGuardian(conference, member.id) && (
                              <span className="badge badge-info">{t('network.badge.guardian')}</span>
                            )}
                            {member.worker && <span className="badge badge-info">{t('network.badge.worker')}</span>}
                          </span>
                          <span className="member-sub" dir="auto">
                            {member.worker?.organisation ? `${isolate(member.relation)}, ${isolate(member.worker.organisation)}` : member.relation}
                          </span>
                        </th>
                        <td data-label={t('network.column.closeness')}>{t(`network.closeness.${member.closeness}`)}</td>
                        <td data-label={t('network.column.invite')}>
                          <span className={`badge ${INVITE_BADGE[member.invite]}`}>{t(`network.invite.${member.invite}`)}</span>
                        </td>
                        <td data-label={t('network.column.reply')}>
                          {replyShown(member) ? (
                            <span className={`badge ${REPLY_BADGE[member.reply]}`}>{t(`network.reply.${member.reply}`)}</span>
                          ) : (
                            <span className="muted">–</span>
                          )}
                        </td>
                        <td className="nowrap" data-label={t('network.column.prepared')}>
                          {member.preparedDate ? formatDate(member.preparedDate) : <span className="muted">{t('network.notYet')}</span>}
                        </td>
                        <td data-label={t('network.column.roles')}>
                          {roles.length === 0 ? (
                            <span className="muted">–</span>
                          ) : (
                            <ul className="member-roles">
                              {roles.map((role) => (
                                <li key={role.kind === 'support' ? role.childId : role.kind} dir="auto">
                                  {roleLabel(role)}
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </>
  );
}
