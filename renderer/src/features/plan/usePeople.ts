import { useMemo } from 'react';
import type { PlanPerson } from '../../../../electron/shared/plan/plan.schema';
import { useI18n } from '../../i18n/I18nProvider';
import { usePlanPrep } from './usePlanPrep';

/** One person a task, a check or a copy of the plan can go to. */
export interface PersonOption {
  /** Stable across renders: `member:<id>` or `social_worker`. */
  key: string;
  person: PlanPerson;
  /** "Aune Äijälä (mummo)". */
  label: string;
  name: string;
  /** Workers (the social worker and the network's professionals) are listed apart. */
  worker: boolean;
}

export interface People {
  options: PersonOption[];
  /** The person's name and role, or a note that they were removed from the network. */
  label(person: PlanPerson | null): string;
  name(person: PlanPerson): string;
}

/** The key of a person, for a select's value or a checkbox list. */
export function personKey(person: PlanPerson): string {
  return person.kind === 'social_worker' ? 'social_worker' : `member:${person.memberId}`;
}

/** The person a key stands for; null for '' (nobody picked). */
export function personOfKey(key: string): PlanPerson | null {
  if (key === 'social_worker') return { kind: 'social_worker' };
  if (key.startsWith('member:')) return { kind: 'member', memberId: key.slice('member:'.length) };
  return null;
}

/** The network's people and the social worker, as the plan's pickers offer them. */
export function usePeople(): People {
  const { t } = useI18n();
  // Inside a decided plan version, the names it kept.
  const prep = usePlanPrep();
  const { members } = prep;
  const socialWorker = prep.conference.socialWorker;

  return useMemo(() => {
    const workerLabel = t('plan.person.withRole', { name: socialWorker.name, role: t('plan.person.socialWorker') });
    const fromNetwork = members.map(
      (member): PersonOption => ({
        key: `member:${member.id}`,
        person: { kind: 'member', memberId: member.id },
        label: t('plan.person.withRole', { name: member.name, role: member.relation }),
        name: member.name,
        worker: member.sector === 'professionals',
      }),
    );
    // The family's own people first, then the workers with the social worker at their head.
    const options: PersonOption[] = [
      ...fromNetwork.filter((option) => !option.worker),
      { key: 'social_worker', person: { kind: 'social_worker' }, label: workerLabel, name: socialWorker.name, worker: true },
      ...fromNetwork.filter((option) => option.worker),
    ];
    const byKey = new Map(options.map((option) => [option.key, option]));
    return {
      options,
      label: (person) => (person ? (byKey.get(personKey(person))?.label ?? t('plan.person.removed')) : ''),
      name: (person) => byKey.get(personKey(person))?.name ?? t('plan.person.removed'),
    };
  }, [t, members, socialWorker.name]);
}
