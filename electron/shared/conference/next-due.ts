import { interpreterNeedsOf, type InterpreterNeedMember } from '../arrangements/attendance';
import { checklistOf, type ChecklistMeeting } from '../arrangements/checklist';
import type { ChecklistState } from '../arrangements/meeting.schema';
import type { MeetingKind } from '../arrangements/meeting-kinds';
import type { MeetingType } from './conference-lists';
import type { LetterExport } from '../arrangements/letters';
import { checklistRecordsOf, checklistSourcesOf, meetingMembers, type ChecklistSources, type ReplyMeeting } from '../arrangements/meetings';
import { daysBetween } from '../dates';
import { noFollowUpAgreed, openFollowUp, planInForce } from '../follow-up/follow-up-rules';
import type { FollowUp } from '../follow-up/follow-up.schema';
import { meetingHasStarted } from '../meeting-day/meeting-day-rules';
import type { Plan } from '../plan/plan.schema';
import type { NetworkMember } from '../preparation/network.schema';
import type { Preparation } from '../preparation/preparation.schema';
import type { ChecklistTemplateItem } from '../settings/settings.schema';
import { compareByAttention, type ConferenceTiming } from './conference-timing';
import { MEETING_TYPE_DEFINITIONS } from './meeting-types';
import type { NextDue, When } from './next-due.types';

/*
 * "Seuraavaksi": the one thing a convener does next for a conference, derived from what is
 * recorded, so the list and the overview always agree with the screens where it is done.
 * Before a meeting: the earliest checklist item due before the day, else the meeting
 * itself (or agreeing its date). After it: the plan, the social worker's decision, the
 * follow-up meeting and its outcome. A closed conference has nothing due.
 */

/** One meeting as the rule reads it: what its checklist needs, a follow-up's replies, and whether its day has begun. */
export interface NextDueMeeting extends Omit<ChecklistMeeting, 'checklist'>, ReplyMeeting {
  id: string;
  kind: MeetingKind;
  /** True once a part of the day has been started in the meeting view. */
  started: boolean;
  /** Held before the app: its plan is entered afterwards, never late. */
  heldBeforeApp: boolean;
}

/** One network member as the rule reads it: who they are and what the interpreter need reads. */
export type NextDueMember = InterpreterNeedMember & Pick<NetworkMember, 'id'>;

/** One version of the plan as the rule reads it. */
export interface NextDuePlan extends Pick<Plan, 'id' | 'meetingId' | 'number' | 'decision' | 'followUpDate' | 'followUpInvitees'> {
  /** How many tasks the family's answers have; none means the plan is not recorded yet. */
  itemCount: number;
  /** The network members a copy has been sent to (the distribution log's sent copies). */
  sentTo: readonly string[];
}

/** What the rule reads of one conference. */
export interface NextDueFacts {
  closed: boolean;
  /** The conference's own meeting and its follow-up meetings. */
  meetings: readonly NextDueMeeting[];
  /** The plan's versions, oldest first. */
  plans: readonly NextDuePlan[];
  followUps: readonly Pick<FollowUp, 'meetingId' | 'outcome' | 'planId'>[];
  /**
   * The network, or at least everyone in it who needs an interpreter and everyone a plan
   * invites to a follow-up: the interpreter item follows those the meeting expects.
   */
  members: readonly NextDueMember[];
  /**
   * What is ticked on the meetings' checklists, by meeting id: at least on the meeting
   * in preparation (`meetingInPreparation`), the only one the rule reads.
   */
  checklists: ReadonlyMap<string, ChecklistState>;
  /** The letters log of the conference's meetings: it ticks "invitations sent". */
  letters: readonly Pick<LetterExport, 'meetingId' | 'letter' | 'recipientId' | 'exportedAt'>[];
  /** The contact log: it ticks the reminder calls. */
  contacts: ChecklistSources['contacts'];
  /** The network members who are the guardians: a talk with the family is a call with them. */
  guardians: readonly string[];
  /** The day the summary was gone through with the parents. */
  summaryGoneThrough: string | null;
  /** The conference's kind of meeting: what follows its plan (`meeting-types.ts`). */
  meetingType: MeetingType;
}

/** A meeting counts as held once its day has begun or its date has passed, or it was held before the app. */
function isHeld(meeting: NextDueMeeting, today: string): boolean {
  return meeting.started || meeting.heldBeforeApp || (meeting.date !== null && meeting.date < today);
}

function when(due: string | null, today: string): When {
  return { due, overdueDays: due !== null && due < today ? daysBetween(due, today) : 0 };
}

/** Where a conference stands: before a meeting, whose checklist then says what is next, or at a record. */
type Standing = { preparing: NextDueMeeting } | { next: NextDue | null };

function standingOf(facts: Omit<NextDueFacts, 'checklists'>, today: string): Standing {
  if (facts.closed) return { next: null };
  const meetingOf = (id: string) => facts.meetings.find((meeting) => meeting.id === id);
  const latest = facts.plans.at(-1);
  const inForce = planInForce(facts.plans);

  if (!inForce) {
    const own = facts.meetings.find((meeting) => meeting.kind === 'conference');
    if (!own) return { next: null };
    if (!isHeld(own, today)) return { preparing: own };
    // A plan entered afterwards is due now, not since the day it was made before the app.
    const madeOn = own.heldBeforeApp ? null : own.date;
    if (!latest || latest.itemCount === 0) return { next: { kind: 'recordPlan', ...when(madeOn, today) } };
    if (latest.decision === null) {
      return { next: { kind: 'decision', ...when(own.heldBeforeApp ? null : (meetingOf(latest.meetingId)?.date ?? own.date), today) } };
    }
    return { next: { kind: 'planNotAccepted', ...when(null, today) } };
  }

  // A version revised at a follow-up meeting that has been held waits for the decision.
  const revisedAt = latest && latest.number > inForce.number ? meetingOf(latest.meetingId) : undefined;
  if (latest && revisedAt && latest.decision === null && isHeld(revisedAt, today)) {
    return { next: { kind: latest.itemCount === 0 ? 'recordPlan' : 'decision', ...when(revisedAt.date, today) } };
  }

  const open = openFollowUp(facts.followUps);
  const followUp = open && meetingOf(open.meetingId);
  if (followUp) {
    if (!isHeld(followUp, today)) return { preparing: followUp };
    return { next: { kind: 'recordOutcome', ...when(followUp.date, today) } };
  }
  const type = MEETING_TYPE_DEFINITIONS[facts.meetingType];
  // Posted to the client: due from the day it was decided, until a guardian's copy is sent.
  if (type.planPostedToClient && !inForce.sentTo.some((memberId) => facts.guardians.includes(memberId))) {
    return { next: { kind: 'postPlan', ...when(inForce.decision?.date ?? null, today) } };
  }
  if (noFollowUpAgreed(facts.meetingType, inForce, facts.followUps)) {
    return { next: { kind: 'close', ...when(null, today) } };
  }
  return { next: { kind: 'createFollowUp', ...when(inForce.followUpDate, today) } };
}

/**
 * The meeting a conference is preparing for on `today`, if that is where it stands: the
 * one checklist the rule reads, so a list of many conferences reads only these.
 */
export function meetingInPreparation(facts: Omit<NextDueFacts, 'checklists'>, today: string): NextDueMeeting | null {
  const standing = standingOf(facts, today);
  return 'preparing' in standing ? standing.preparing : null;
}

/** Before a meeting: a checklist item due before the day, else the day itself, else agreeing it. */
function beforeMeeting(
  meeting: NextDueMeeting,
  facts: NextDueFacts,
  template: readonly ChecklistTemplateItem[],
  today: string,
): NextDue {
  const checklist = facts.checklists.get(meeting.id);
  if (!checklist) throw new Error(`No checklist state for meeting ${meeting.id}`);
  // Those the meeting expects, as the arrangements count them: a follow-up's are its invitees.
  const attendance = { interpreterNeeds: interpreterNeedsOf(meetingMembers(facts, meeting)) };
  // Sorted by due date, so the first one that counts is the earliest. On an undated
  // meeting only what is already late comes before agreeing the date.
  const records = checklistRecordsOf(facts, meeting);
  const first = checklistOf({ ...meeting, checklist }, template, attendance, today, records).find(
    (entry) => entry.status !== 'done' && entry.dueDate !== null && entry.dueDate < (meeting.date ?? today),
  );
  if (first) {
    return {
      kind: 'checklist',
      meetingKind: meeting.kind,
      item: { key: first.key, builtIn: first.builtIn, text: first.text },
      ...when(first.dueDate, today),
    };
  }
  if (meeting.date === null) return { kind: 'setDate', meetingKind: meeting.kind, ...when(null, today) };
  return { kind: 'meeting', meetingKind: meeting.kind, ...when(meeting.date, today) };
}

/**
 * The next thing due for a conference on `today` (YYYY-MM-DD), or null when it is closed.
 * What is recorded decides, not the phase a convener may have set by hand.
 */
export function nextDue(facts: NextDueFacts, template: readonly ChecklistTemplateItem[], today: string): NextDue | null {
  const standing = standingOf(facts, today);
  return 'preparing' in standing ? beforeMeeting(standing.preparing, facts, template, today) : standing.next;
}

/** The rule's facts from a conference's whole preparation, for the screens that have it. */
export function nextDueFactsOf(prep: Preparation): NextDueFacts {
  return {
    closed: prep.conference.closure !== null,
    ...checklistSourcesOf(prep),
    meetings: prep.meetings.map((meeting) => ({ ...meeting, started: meetingHasStarted(meeting.day.timers) })),
    plans: prep.plans.map((plan) => ({
      ...plan,
      itemCount: plan.items.length,
      sentTo: plan.recipients.flatMap((copy) => (copy.sentDate !== null && copy.recipient.kind === 'member' ? [copy.recipient.memberId] : [])),
    })),
    followUps: prep.followUps,
    members: prep.members,
    checklists: new Map(prep.meetings.map((meeting) => [meeting.id, meeting.checklist])),
  };
}

/**
 * Whether the conference meeting is held by what is recorded, read off the next step: not
 * while the next step is still before that meeting (its checklist, its date, the day).
 * Undefined for a closed conference (nothing is next): the phase then says.
 */
export function conferenceMeetingHeld(next: NextDue | null | undefined): boolean | undefined {
  if (!next) return undefined;
  const beforeMeeting = next.kind === 'checklist' || next.kind === 'meeting' || next.kind === 'setDate';
  return !(beforeMeeting && next.meetingKind === 'conference');
}

/** A row of the conference list as the ordering reads it. */
export interface AttentionRow {
  timing: ConferenceTiming;
  nextDue: NextDue | null;
}

/** Days a conference is behind: its window passed without the meeting, or its next thing overdue. */
export function daysBehind(row: AttentionRow): number {
  const late = row.timing.status === 'late' ? -row.timing.daysLeft : 0;
  return Math.max(late, row.nextDue?.overdueDays ?? 0);
}

/**
 * Orders conferences by what needs the convener first: whatever is behind (most days
 * first), then as `compareByAttention`, then the sooner next thing (undated last).
 */
export function compareByNextDue(a: AttentionRow, b: AttentionRow): number {
  const behind = daysBehind(b) - daysBehind(a);
  if (behind !== 0) return behind;
  const byTiming = compareByAttention(a.timing, b.timing);
  if (byTiming !== 0) return byTiming;
  const dueA = a.nextDue?.due ?? null;
  const dueB = b.nextDue?.due ?? null;
  if (dueA === dueB) return 0;
  if (dueA === null) return 1;
  if (dueB === null) return -1;
  return dueA.localeCompare(dueB);
}
