import type { PlanOwner } from './plan.schema';

/*
 * One key per person of a plan (`member:<id>`, `child:<id>` or `social_worker`): the plan's
 * change check, the plan paper and the plan's pickers compare and list people by it.
 */

/** The key of a person of the plan. */
export function personKey(person: PlanOwner): string {
  if (person.kind === 'social_worker') return 'social_worker';
  return person.kind === 'child' ? `child:${person.childId}` : `member:${person.memberId}`;
}

/** The person a key stands for; null for anything else ('' when nobody is picked). */
export function personOfKey(key: string): PlanOwner | null {
  if (key === 'social_worker') return { kind: 'social_worker' };
  if (key.startsWith('member:')) return { kind: 'member', memberId: key.slice('member:'.length) };
  if (key.startsWith('child:')) return { kind: 'child', childId: key.slice('child:'.length) };
  return null;
}
