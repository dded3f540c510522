import type { ContactEntry } from '../../../../electron/shared/preparation/contact.schema';
import type { NetworkMember } from '../../../../electron/shared/preparation/network.schema';
import { preparationStatus } from '../../../../electron/shared/preparation/preparation-status';
import type { PreparationCheck } from '../../../../electron/shared/preparation/preparation-checks';
import type { Preparation } from '../../../../electron/shared/preparation/preparation.schema';
import { newestFirst } from '../../../../electron/shared/preparation/next-steps';

/* How the contact log reads (newestFirst, currentNextSteps: electron/shared/preparation/next-steps). */

/** The entries of one member's log, or of the family's (`memberId` null), newest first. */
export function logOf(contacts: readonly ContactEntry[], memberId: string | null): ContactEntry[] {
  return newestFirst(contacts.filter((entry) => entry.memberId === memberId));
}

/** True when the entry's next step has a date before `today`. */
export function isOverdue(entry: ContactEntry, today: string): boolean {
  return entry.nextStepDate !== null && entry.nextStepDate < today;
}

/** The checks of preparation-status that a single invitee can hold up. */
const PERSON_CHECKS: readonly PreparationCheck[] = ['contacted', 'prepared', 'replied', 'supportBriefed', 'workers'];

export interface InviteeRow {
  member: NetworkMember;
  /** Newest log entry with this member, if any. */
  last: ContactEntry | null;
  /** Something about this person is still missing, or their next step is overdue. */
  needsAction: boolean;
  isSupportPerson: boolean;
}

/**
 * Every member invited or asked for written views, those needing action first and
 * otherwise in the order they were added. "Needing action" is what the glance reports.
 */
export function inviteeRows(prep: Preparation, today: string): InviteeRow[] {
  const pending = new Set(
    preparationStatus(prep, today)
      .filter((item) => PERSON_CHECKS.includes(item.id))
      .flatMap((item) => item.missing.flatMap((m) => (m.kind === 'member' ? [m.memberId] : []))),
  );
  const rows = prep.members
    .filter((member) => member.invite === 'invite' || member.invite === 'written_views')
    .map((member): InviteeRow => {
      const last = logOf(prep.contacts, member.id)[0] ?? null;
      return {
        member,
        last,
        needsAction: pending.has(member.id) || (last !== null && isOverdue(last, today)),
        isSupportPerson: member.supportForChildIds.length > 0,
      };
    });
  // Array.prototype.sort is stable, so the order of adding survives within each group.
  return rows.sort((a, b) => Number(b.needsAction) - Number(a.needsAction));
}
