import { meetingHeldBefore } from '../conference/held-before';
import { conferenceTiming, type ConferenceTiming } from '../conference/conference-timing';
import { meetingTypeOf } from '../conference/meeting-types';
import type { PreparationCheck } from './preparation-checks';
import { contactMemberIds, guardianMemberIds } from '../conference/guardians';
import type { ContactEntry } from './contact.schema';
import type { NetworkMember } from './network.schema';
import type { Preparation } from './preparation.schema';
import { hasFinalReply, needsPreparationTalk } from './replies';

/*
 * "Preparation at a glance": what is done and what is missing, derived from the data alone.
 * Nothing here is ticked by hand, so the list can never disagree with the screens it links to.
 */

/** The method recommends at least two meetings of the convener with the family. */
export const RECOMMENDED_FAMILY_MEETINGS = 2;

/** The conference tabs where preparation is done. */
export type PreparationTab = 'commission' | 'network' | 'contacts' | 'summary';

/** Where something is fixed: a tab of the conference, one member's page, or one child (on the network tab). */
export type FixTarget = { tab: PreparationTab } | { memberId: string } | { childId: string };

/** A value that is still empty, or a list that is still empty, on one of the tabs. */
export type MissingField =
  | 'agreedDate'
  | 'concerns'
  | 'voluntaryDate'
  | 'contactConsentDate'
  | 'waiverDate'
  | 'members'
  | 'invitees'
  | 'supportPersons'
  | 'receivedDate'
  | 'parentsDate'
  | 'childrenDate'
  | 'familyMeetings';

/** What a child still lacks before the conference. */
export type ChildLack = 'participation' | 'supportPerson';

export type MissingThing =
  | { kind: 'field'; field: MissingField; fix: { tab: PreparationTab } }
  | { kind: 'member'; memberId: string; name: string; fix: { memberId: string } }
  | { kind: 'child'; childId: string; name: string; lacks: ChildLack[]; fix: { childId: string } };

export interface PreparationItem {
  id: PreparationCheck;
  done: boolean;
  /** How many of the things this check counts are done, of how many; null when it counts nothing. */
  count: { done: number; total: number } | null;
  /** Exactly what is still missing, each with where it is fixed. Empty when done. */
  missing: MissingThing[];
  /** Worth a look but not blocking the check (e.g. a worker not named in the waiver). */
  notes: MissingThing[];
  /** Where the check as a whole is worked on; null for the informational timing check. */
  fix: FixTarget | null;
  /** Only on the `timing` check. */
  timing: ConferenceTiming | null;
}

function item(
  id: PreparationCheck,
  fix: FixTarget | null,
  missing: MissingThing[],
  extra: Partial<Pick<PreparationItem, 'count' | 'notes' | 'timing' | 'done'>> = {},
): PreparationItem {
  return { id, done: missing.length === 0, count: null, missing, notes: [], fix, timing: null, ...extra };
}

function field(name: MissingField, tab: PreparationTab): MissingThing {
  return { kind: 'field', field: name, fix: { tab } };
}

function person(member: NetworkMember): MissingThing {
  return { kind: 'member', memberId: member.id, name: member.name, fix: { memberId: member.id } };
}

/**
 * Members of `group` who fail `ok`, as missing things; when the group itself is empty the
 * check cannot be done yet, and `whenEmpty` says what is missing instead.
 */
function everyone(
  group: NetworkMember[],
  ok: (member: NetworkMember) => boolean,
  whenEmpty: MissingThing | null,
): { missing: MissingThing[]; count: { done: number; total: number } } {
  const failing = group.filter((member) => !ok(member));
  const missing = group.length === 0 && whenEmpty ? [whenEmpty] : failing.map(person);
  return { missing, count: { done: group.length - failing.length, total: group.length } };
}

/** Missing fields among `fields` of `record` (a date that is still null). */
function emptyDates<K extends MissingField>(record: Record<K, string | null>, fields: readonly K[], tab: PreparationTab) {
  const missing = fields.filter((name) => !record[name]).map((name) => field(name, tab));
  return { missing, count: { done: fields.length - missing.length, total: fields.length } };
}

/** The convener's meetings with the family: log entries with the family (no member) held as meetings. */
export function familyMeetingCount(contacts: readonly ContactEntry[]): number {
  return contacts.filter((entry) => entry.memberId === null && entry.channel === 'meeting').length;
}

/** Members the log has an entry with: their own, or for a guardian one with the family. */
function contactedMemberIds(contacts: readonly ContactEntry[], guardians: readonly string[]): Set<string> {
  return new Set(contacts.flatMap((entry) => contactMemberIds(entry, guardians)));
}

/**
 * The preparation checks of a conference on `today` (YYYY-MM-DD), in display order,
 * each saying whether it is done and, if not, exactly what is missing and where it is fixed:
 * the checks its kind of meeting asks (a network-mapping meeting has no commission, summary
 * or preparation talks). None for a conference held before the app: its preparation
 * happened before it.
 */
export function preparationStatus(prep: Preparation, today: string): PreparationItem[] {
  if (meetingHeldBefore(prep.meetings)) return [];
  const { commission, summary, members } = prep;
  const invited = members.filter((m) => m.invite === 'invite');
  const invitees = members.filter((m) => m.invite === 'invite' || m.invite === 'written_views');
  // Someone who has said they will not come needs no preparation talk for the meeting.
  const attending = invited.filter(needsPreparationTalk);
  const supportPersons = members.filter((m) => m.supportForChildIds.length > 0);
  const workers = attending.filter((m) => m.worker !== null);
  const contacted = contactedMemberIds(prep.contacts, guardianMemberIds(prep.conference));
  const noInvitees = field('invitees', 'network');

  const commissionMissing = [
    ...(commission.agreedDate ? [] : [field('agreedDate', 'commission')]),
    ...(commission.concerns.length > 0 ? [] : [field('concerns', 'commission')]),
  ];
  const consents = emptyDates(commission, ['voluntaryDate', 'contactConsentDate', 'waiverDate'] as const, 'commission');
  const network = everyone(members, (m) => m.invite !== 'undecided', field('members', 'network'));
  const contactedCheck = everyone(invitees, (m) => contacted.has(m.id), noInvitees);
  const preparedCheck = everyone(attending, (m) => m.preparedDate !== null, invited.length === 0 ? noInvitees : null);
  const replied = everyone(invited, hasFinalReply, noInvitees);
  const briefed = everyone(supportPersons, (m) => m.supportBriefedDate !== null, field('supportPersons', 'network'));
  const workersCheck = everyone(workers, (m) => m.preparedDate !== null, null);
  // A worker outside the waiver may not share what they know with the network.
  const notInWaiver = commission.waiverDate
    ? workers.filter((m) => m.worker !== null && !m.worker.sharingAllowed).map(person)
    : [];
  const summaryCheck = emptyDates(summary, ['receivedDate', 'parentsDate', 'childrenDate'] as const, 'summary');
  const meetings = familyMeetingCount(prep.contacts);
  const timing = conferenceTiming(prep.conference, today);

  const asked = new Set<PreparationCheck>(meetingTypeOf(prep.conference).preparationChecks);
  return [
    item('commission', { tab: 'commission' }, commissionMissing),
    item('consents', { tab: 'commission' }, consents.missing, { count: consents.count }),
    item('network', { tab: 'network' }, network.missing, { count: network.count }),
    item('contacted', { tab: 'contacts' }, contactedCheck.missing, { count: contactedCheck.count }),
    item('prepared', { tab: 'contacts' }, preparedCheck.missing, { count: preparedCheck.count }),
    item('replied', { tab: 'contacts' }, replied.missing, { count: replied.count }),
    childrenItem(prep, supportPersons),
    item('supportBriefed', { tab: 'contacts' }, briefed.missing, { count: briefed.count }),
    item('workers', { tab: 'commission' }, workersCheck.missing, { count: workersCheck.count, notes: notInWaiver }),
    item('summary', { tab: 'summary' }, summaryCheck.missing, { count: summaryCheck.count }),
    item(
      'familyMeetings',
      { tab: 'contacts' },
      meetings >= RECOMMENDED_FAMILY_MEETINGS ? [] : [field('familyMeetings', 'contacts')],
      { count: { done: meetings, total: RECOMMENDED_FAMILY_MEETINGS } },
    ),
    // Informational: nothing to fill in, but a late conference is not "done".
    item('timing', null, [], { timing, done: timing.status !== 'late' }),
  ].filter((check) => asked.has(check.id));
}

function childrenItem(prep: Preparation, supportPersons: NetworkMember[]): PreparationItem {
  const supported = new Set(supportPersons.flatMap((m) => m.supportForChildIds));
  const missing: MissingThing[] = [];
  for (const child of prep.conference.children) {
    const participation = prep.children.find((c) => c.childId === child.id)?.participation ?? 'undecided';
    const lacks: ChildLack[] = [];
    if (participation === 'undecided') lacks.push('participation');
    if (!supported.has(child.id)) lacks.push('supportPerson');
    if (lacks.length > 0) {
      missing.push({ kind: 'child', childId: child.id, name: child.firstName, lacks, fix: { childId: child.id } });
    }
  }
  const total = prep.conference.children.length;
  return item('children', { tab: 'network' }, missing, { count: { done: total - missing.length, total } });
}

/** How many of the checks are done, of how many. */
export function preparationProgress(items: readonly PreparationItem[]): { done: number; total: number } {
  return { done: items.filter((i) => i.done).length, total: items.length };
}
