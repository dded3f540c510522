import type { ContactEntry } from './contact.schema';

/*
 * How the contact log reads: newest first, and only a person's newest entry carries their
 * current next step. An older entry's next step was followed up by the newer contact, so it
 * is never shown as due. The contacts tab and the week view read it the same way.
 */

/** Newest contact first; entries of the same day in the order they were logged, newest first. */
export function newestFirst(entries: readonly ContactEntry[]): ContactEntry[] {
  return [...entries].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** The current next step of every person (and of the family) that has a dated one, soonest (most overdue) first. */
export function currentNextSteps(contacts: readonly ContactEntry[]): ContactEntry[] {
  const newest = new Map<string | null, ContactEntry>();
  for (const entry of newestFirst(contacts)) {
    if (!newest.has(entry.memberId)) newest.set(entry.memberId, entry);
  }
  return [...newest.values()]
    .filter((entry) => entry.nextStep !== '' && entry.nextStepDate !== null)
    .sort((a, b) => (a.nextStepDate ?? '').localeCompare(b.nextStepDate ?? ''));
}
