import { describe, expect, it } from 'vitest';
import { personKey, personOfKey } from '../../electron/shared/plan/plan-person';
import type { PlanOwner } from '../../electron/shared/plan/plan.schema';

describe('the key of a person of the plan', () => {
  const people: PlanOwner[] = [{ kind: 'member', memberId: 'm-1' }, { kind: 'child', childId: 'c-1' }, { kind: 'social_worker' }];

  it('is one key per person, and a member and a child with the same id differ', () => {
    expect(people.map(personKey)).toEqual(['member:m-1', 'child:c-1', 'social_worker']);
    expect(personKey({ kind: 'member', memberId: 'x' })).not.toBe(personKey({ kind: 'child', childId: 'x' }));
  });

  it('reads back the person it stands for', () => {
    for (const person of people) expect(personOfKey(personKey(person))).toEqual(person);
  });

  it('stands for nobody when nobody is picked or the key is unknown', () => {
    expect(personOfKey('')).toBeNull();
    expect(personOfKey('someone')).toBeNull();
  });
});
