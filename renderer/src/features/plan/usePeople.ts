import { useMemo } from 'react';
import { childAge } from '../../../../electron/shared/conference/child-age';
import { personKey } from '../../../../electron/shared/plan/plan-person';
import type { PlanOwner, PlanPerson } from '../../../../electron/shared/plan/plan.schema';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { usePlanPrep } from './usePlanPrep';

/** One person a task, a check or a copy of the plan can go to. */
export interface PersonOption<P extends PlanOwner = PlanPerson> {
  /** Stable across renders: `member:<id>`, `child:<id>` or `social_worker`. */
  key: string;
  person: P;
  /** "Aune Äijälä (mummo)", "Aino (lapsi, 14 v)". */
  label: string;
  name: string;
  /** Workers (the social worker and the network's professionals) are listed apart. */
  worker: boolean;
}

export interface People {
  /** The network's people and the social worker. */
  options: PersonOption[];
  /** The conference's children, who may do a task (and nothing else in the plan). */
  children: PersonOption<PlanOwner>[];
  /** The person's name and role, or a note that they were removed from the network. */
  label(person: PlanOwner | null): string;
  name(person: PlanOwner): string;
}

/** The network's people, the social worker and the children, as the plan's pickers offer them. */
export function usePeople(): People {
  const { t } = useI18n();
  const { today } = usePreparation();
  // Inside a decided plan version, the names it kept.
  const prep = usePlanPrep();
  const { members } = prep;
  const { socialWorker, children } = prep.conference;

  return useMemo(() => {
    const workerLabel = t('plan.person.withRole', { name: socialWorker.name, role: t('plan.person.socialWorker') });
    const fromNetwork = members.map(
      (member): PersonOption => ({
        key: personKey({ kind: 'member', memberId: member.id }),
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
    // The family's own: counted with the network, never with the workers.
    const childOptions = children.map(
      (child): PersonOption<PlanOwner> => ({
        key: personKey({ kind: 'child', childId: child.id }),
        person: { kind: 'child', childId: child.id },
        label: t('plan.person.child', { name: child.firstName, age: childAge(child.birthYear, today) }),
        name: child.firstName,
        worker: false,
      }),
    );
    const byKey = new Map<string, PersonOption<PlanOwner>>([...options, ...childOptions].map((option) => [option.key, option]));
    return {
      options,
      children: childOptions,
      label: (person) => (person ? (byKey.get(personKey(person))?.label ?? t('plan.person.removed')) : ''),
      name: (person) => byKey.get(personKey(person))?.name ?? t('plan.person.removed'),
    };
  }, [t, today, members, children, socialWorker.name]);
}
