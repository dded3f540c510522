import type { MeetingKind } from '../arrangements/meeting-kinds';
import type { ChildHeard } from '../meeting-day/meeting-day.schema';
import type { ChildParticipation } from '../preparation/network.schema';
import type { Preparation } from '../preparation/preparation.schema';

/*
 * What is recorded about a child or a guardian of a conference elsewhere in the app. These
 * records hang on the person's id and go with them when they are removed from the
 * conference, so the form asks before a removal and the API wants it named (see
 * `updateConferenceInput`). One rule for both sides.
 */

/** A meeting as the records name it: which one, and its day if set. */
export interface RecordMeeting {
  kind: MeetingKind;
  date: string | null;
}

/** One record that goes with a child who is removed from the conference. */
export type ChildRecord =
  /** The child took part in the commission agreement. */
  | { kind: 'commission' }
  /** How the child takes part in the meeting, decided in preparation. */
  | { kind: 'participation'; participation: ChildParticipation; note: string }
  /** The link to the child's support person; the person stays in the network. */
  | { kind: 'supportPerson'; memberName: string }
  /** How the child was heard on a meeting day. */
  | { kind: 'heard'; meeting: RecordMeeting; heard: ChildHeard }
  /** The Three Houses record in the child's own words, made on a meeting day. */
  | { kind: 'threeHouses'; meeting: RecordMeeting };

/** One record that goes with a guardian who is removed from the conference. */
export type GuardianRecord = { kind: 'commission' };

/** What the records are read from: a conference's preparation. */
export type PersonRecordFacts = Pick<Preparation, 'commission' | 'children' | 'members' | 'meetings'>;

/** Every record of `childId`, in the order the conference's work made them. */
export function childRecords(facts: PersonRecordFacts, childId: string): ChildRecord[] {
  const records: ChildRecord[] = [];
  if (facts.commission.childIds.includes(childId)) records.push({ kind: 'commission' });
  const takingPart = facts.children.find((child) => child.childId === childId);
  if (takingPart && (takingPart.participation !== 'undecided' || takingPart.note !== '')) {
    records.push({ kind: 'participation', participation: takingPart.participation, note: takingPart.note });
  }
  for (const member of facts.members) {
    if (member.supportForChildIds.includes(childId)) records.push({ kind: 'supportPerson', memberName: member.name });
  }
  for (const meeting of facts.meetings) {
    const heard = meeting.day.children.find((child) => child.childId === childId);
    if (!heard) continue;
    const which = { kind: meeting.kind, date: meeting.date };
    records.push({ kind: 'heard', meeting: which, heard: heard.heard });
    if (heard.threeHouses) records.push({ kind: 'threeHouses', meeting: which });
  }
  return records;
}

/** Every record of `guardianId`. */
export function guardianRecords(facts: PersonRecordFacts, guardianId: string): GuardianRecord[] {
  return facts.commission.guardianIds.includes(guardianId) ? [{ kind: 'commission' }] : [];
}
