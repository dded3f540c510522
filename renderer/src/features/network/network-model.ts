import type { Conference } from '../../../../electron/shared/conference/conference.schema';
import type { ContactEntry } from '../../../../electron/shared/preparation/contact.schema';
import type { InviteDecision, NetworkMember, Reply } from '../../../../electron/shared/preparation/network.schema';
import { replyShown } from '../../../../electron/shared/preparation/replies';
import { childrenSupportedBy } from '../../../../electron/shared/preparation/support-persons';

/*
 * Facts about the network that several screens show: who supports which child, what roles a
 * person has, and how many are invited and coming. Pure functions: no React, no i18n.
 */

export type Role = { kind: 'support'; childId: string; childName: string } | { kind: 'chair' } | { kind: 'notes' };

type Child = Conference['children'][number];

/** The roles `member` has at the meeting, children in the conference's order. */
export function memberRoles(
  member: Pick<NetworkMember, 'supportForChildIds' | 'chairsPrivateTime' | 'takesNotes'>,
  children: readonly Child[],
): Role[] {
  const roles: Role[] = childrenSupportedBy(member, children).map((child) => ({ kind: 'support', childId: child.id, childName: child.firstName }));
  if (member.chairsPrivateTime) roles.push({ kind: 'chair' });
  if (member.takesNotes) roles.push({ kind: 'notes' });
  return roles;
}

export interface NetworkCounts {
  invite: Record<InviteDecision, number>;
  /** Replies of the invited only. */
  reply: Record<Reply, number>;
}

/** How many members have each invite decision, and how the invited have replied. */
export function networkCounts(members: readonly NetworkMember[]): NetworkCounts {
  const counts: NetworkCounts = {
    invite: { undecided: 0, invite: 0, written_views: 0, not_invited: 0 },
    reply: { not_asked: 0, coming: 0, remote: 0, maybe: 0, not_coming: 0 },
  };
  for (const member of members) {
    counts.invite[member.invite] += 1;
    if (replyShown(member)) counts.reply[member.reply] += 1;
  }
  return counts;
}

/** The contact log entries about `memberId`. */
export function contactsOf(contacts: readonly ContactEntry[], memberId: string): ContactEntry[] {
  return contacts.filter((entry) => entry.memberId === memberId);
}
