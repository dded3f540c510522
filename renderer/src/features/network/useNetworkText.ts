import { useMemo } from 'react';
import { isolate } from '../../../../electron/shared/i18n/isolate';
import { replyShown } from '../../../../electron/shared/preparation/replies';
import type { NetworkMember } from '../../../../electron/shared/preparation/network.schema';
import { useI18n } from '../../i18n/I18nProvider';
import { type Role } from './network-model';

/** The words the network screens use for roles and for a person as a whole. */
export function useNetworkText() {
  const { t } = useI18n();
  return useMemo(() => {
    const roleLabel = (role: Role): string => {
      switch (role.kind) {
        case 'support':
          return t('network.role.supportOf', { child: role.childName });
        case 'chair':
          return t('network.role.chair');
        case 'notes':
          return t('network.role.notes');
      }
    };
    /** "Aune Äijälä, mummo, kutsutaan, tulossa": what a marker on the map says. */
    const personSummary = (member: NetworkMember): string =>
      [
        isolate(member.name),
        isolate(member.relation),
        t(`network.invite.${member.invite}`).toLocaleLowerCase(),
        ...(replyShown(member) ? [t(`network.reply.${member.reply}`).toLocaleLowerCase()] : []),
      ].join(', ');
    return { roleLabel, personSummary };
  }, [t]);
}
