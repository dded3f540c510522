import type { BookingStatus } from '../../../shared/arrangements/meeting.schema';
import type { MeetingKind } from '../../../shared/arrangements/meeting-kinds';
import type { CloseReason, MeetingType } from '../../../shared/conference/conference-lists';
import type { Db } from '../../db/raw-database';
import type { NextDueFacts, NextDueMeeting, NextDueMember, NextDuePlan } from '../../../shared/conference/next-due';
import type { FollowUp } from '../../../shared/follow-up/follow-up.schema';
import type { Decision, PlanPerson } from '../../../shared/plan/plan.schema';
import type { InviteDecision, MemberLanguage, Reply } from '../../../shared/preparation/network.schema';
import { prepared } from '../../db/prepared';
import { listOpenConferenceLetters } from '../arrangements/letters.repo';
import type { MeetingWhenSource } from '../../../shared/conference/meeting-when';
import { groupByConference } from './conference.repo';
import { guardianRowsOf, type GuardianRow } from './guardian.repo';

/*
 * What the next-due rule reads of the conferences the list shows, in a few set-based queries
 * over all of them: the list never reads a preparation per row, and never reads the history
 * (each query starts from the given conferences' ids, or their meetings' or plans', through an
 * index). Only the columns the rule needs; the rules themselves (the checklist, the interpreter
 * need, who a follow-up invites, the plan in force, the open follow-up) stay in
 * electron/shared and are applied to these rows there.
 */

/** `x.<column>` is one of the ids in the JSON array parameter `@<param>`. */
const among = (column: string, param: string) => `x.${column} IN (SELECT value FROM json_each(@${param}))`;

interface MeetingRow {
  id: string;
  conference_id: string;
  kind: string;
  date: string | null;
  childcare_needed: number;
  venue_booking_status: string;
  venue_booked_date: string | null;
  refreshments_ordered_date: string | null;
  refreshments_ordered_headcount: number | null;
  held_before_app: number;
  start_time: string | null;
  end_time: string | null;
  /** 1 when the meeting has a stretch of time on any clock: it has begun (meetingHasStarted). */
  started: number;
  /** JSON: the interpreters booked or asked for, in order ({ language, bookedDate }). */
  interpreters: string;
  /** JSON: a follow-up's own replies, who it expects and who still needs a letter and a call ({ memberId, reply }). */
  replies: string;
  /** The follow-up record of the meeting, if it has one (joined: one a meeting). */
  follow_up_meeting_id: string | null;
  follow_up_plan_id: string | null;
  follow_up_outcome: string | null;
  follow_up_outcome_at: string | null;
  follow_up_next_meeting_id: string | null;
  follow_up_close_reason: string | null;
  follow_up_close_text: string | null;
}

interface PlanRow {
  id: string;
  conference_id: string;
  meeting_id: string;
  number: number;
  follow_up_date: string | null;
  decision_outcome: string | null;
  decision_reasons: string | null;
  decision_date: string | null;
  item_count: number;
  /** JSON: whom the version invites to its follow-up meeting, in order ({ kind, memberId }). */
  invitees: string;
  /** JSON: the network members a copy of the version has been sent to, in order. */
  sent_to: string;
}

interface MemberRow {
  conference_id: string;
  id: string;
  name: string;
  invite: string;
  reply: string;
  language: string;
  other_language: string;
  interpreter_needed: number;
}

/** Values of several rows of one thing (a meeting, a plan), by its id, in their order. */
function byOwner<V>(rows: [string, V][]): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const [ownerId, value] of rows) {
    const list = groups.get(ownerId);
    if (list) list.push(value);
    else groups.set(ownerId, [value]);
  }
  return groups;
}

function meetingRows(db: Db, ids: string): MeetingRow[] {
  return prepared(db, `SELECT x.id, x.conference_id, x.kind, x.date, x.childcare_needed, x.venue_booking_status, x.venue_booked_date,
         x.refreshments_ordered_date, x.refreshments_ordered_headcount, x.held_before_app,
         x.start_time, x.end_time,
         EXISTS (SELECT 1 FROM meeting_timer_segment s WHERE s.meeting_id = x.id) AS started,
         (SELECT json_group_array(json_object('language', i.language, 'bookedDate', i.booked_date) ORDER BY i.position)
           FROM meeting_interpreter i WHERE i.meeting_id = x.id) AS interpreters,
         (SELECT json_group_array(json_object('memberId', r.member_id, 'reply', r.reply) ORDER BY r.member_id)
           FROM meeting_reply r WHERE r.meeting_id = x.id) AS replies,
         f.meeting_id AS follow_up_meeting_id, f.plan_id AS follow_up_plan_id, f.outcome AS follow_up_outcome,
         f.outcome_at AS follow_up_outcome_at, f.next_meeting_id AS follow_up_next_meeting_id,
         f.close_reason AS follow_up_close_reason, f.close_text AS follow_up_close_text
       FROM meeting x LEFT JOIN follow_up f ON f.meeting_id = x.id WHERE ${among('conference_id', 'ids')} ORDER BY x.rowid`)
    .all({ ids }) as MeetingRow[];
}

function openMeetings(rows: MeetingRow[]): Map<string, NextDueMeeting[]> {
  return groupByConference(
    rows,
    (row): NextDueMeeting => ({
      id: row.id,
      kind: row.kind as MeetingKind,
      date: row.date,
      childcareNeeded: row.childcare_needed === 1,
      venue: { bookingStatus: row.venue_booking_status as BookingStatus },
      venueBookedDate: row.venue_booked_date,
      refreshments: { orderedDate: row.refreshments_ordered_date, orderedHeadcount: row.refreshments_ordered_headcount },
      interpreters: JSON.parse(row.interpreters) as NextDueMeeting['interpreters'],
      replies: JSON.parse(row.replies) as NextDueMeeting['replies'],
      started: row.started === 1,
      heldBeforeApp: row.held_before_app === 1,
    }),
  );
}

function openPlans(db: Db, meetingIds: string): Map<string, NextDuePlan[]> {
  const rows = prepared(db, 
      `SELECT x.id, x.conference_id, x.meeting_id, x.number, x.follow_up_date,
         x.decision_outcome, x.decision_reasons, x.decision_date,
         (SELECT count(*) FROM plan_item i WHERE i.plan_id = x.id) AS item_count,
         (SELECT json_group_array(json_object('kind', i.person_kind, 'memberId', i.person_member_id) ORDER BY i.position)
           FROM plan_invitee i WHERE i.plan_id = x.id) AS invitees,
         (SELECT json_group_array(r.recipient_member_id ORDER BY r.position) FROM plan_recipient r
           WHERE r.plan_id = x.id AND r.sent_date IS NOT NULL AND r.recipient_member_id IS NOT NULL) AS sent_to
       FROM plan x WHERE ${among('meeting_id', 'meetingIds')} ORDER BY x.conference_id, x.number`,
    )
    .all({ meetingIds }) as PlanRow[];
  return groupByConference(
    rows,
    (row): NextDuePlan => ({
      id: row.id,
      meetingId: row.meeting_id,
      number: row.number,
      followUpDate: row.follow_up_date,
      decision:
        row.decision_outcome === null || row.decision_date === null
          ? null
          : { outcome: row.decision_outcome as Decision, reasons: row.decision_reasons ?? '', date: row.decision_date },
      itemCount: row.item_count,
      sentTo: JSON.parse(row.sent_to) as string[],
      // Who the version invites to its follow-up meeting: a follow-up invites them, not the conference's invitees.
      followUpInvitees: (JSON.parse(row.invitees) as { kind: string; memberId: string | null }[]).map(
        ({ kind, memberId }): PlanPerson => (kind === 'member' && memberId !== null ? { kind: 'member', memberId } : { kind: 'social_worker' }),
      ),
    }),
  );
}

/** The follow-ups among these meetings (read with them), by conference id, in the meetings' order. */
function openFollowUps(rows: MeetingRow[]): Map<string, Pick<FollowUp, 'meetingId' | 'outcome' | 'planId'>[]> {
  return groupByConference(
    rows.filter((row) => row.follow_up_meeting_id !== null),
    (row): Pick<FollowUp, 'meetingId' | 'outcome' | 'planId'> => {
      const recordedAt = row.follow_up_outcome_at;
      const planId = row.follow_up_plan_id;
      if (row.follow_up_outcome === null || recordedAt === null) return { meetingId: row.id, planId, outcome: null };
      return {
        meetingId: row.id,
        planId,
        outcome:
          row.follow_up_outcome === 'close'
            ? { kind: 'close', reason: row.follow_up_close_reason as CloseReason, text: row.follow_up_close_text ?? '', recordedAt }
            : { kind: 'another_follow_up', nextMeetingId: row.follow_up_next_meeting_id, recordedAt },
      };
    },
  );
}

/**
 * Members who need an interpreter, those invited or asked for written views, and those a plan
 * invites to a follow-up: only the first can make one needed, the invitees (and those asked for
 * written views) are who the letters and reminder calls of the checklist are for, and the last decide who a follow-up invites (a follow-up whose
 * plan names none of the network falls back to the conference's invitees). Which of them
 * count is the rules' (meetingMembers, attendance), applied by the next-due rule.
 */
function interpreterAndInviteeMembers(db: Db, ids: string): Map<string, NextDueMember[]> {
  const rows = prepared(db, 
      `SELECT x.conference_id, x.id, x.name, x.invite, x.reply, x.language, x.other_language, x.interpreter_needed
       FROM network_member x
       WHERE ${among('conference_id', 'ids')} AND (x.interpreter_needed = 1 OR x.invite IN ('invite', 'written_views')
         OR EXISTS (SELECT 1 FROM plan_invitee i WHERE i.person_member_id = x.id))
       ORDER BY x.conference_id, x.created_at, x.rowid`,
    )
    .all({ ids }) as MemberRow[];
  return groupByConference(
    rows,
    (row): NextDueMember => ({
      id: row.id,
      name: row.name,
      invite: row.invite as InviteDecision,
      reply: row.reply as Reply,
      language: row.language as MemberLanguage,
      otherLanguage: row.other_language,
      interpreterNeeded: row.interpreter_needed === 1,
    }),
  );
}

/** What the list reads of its open conferences: the next-due facts and when each meeting is. */
export interface ListFacts {
  /** The next-due rule's facts but the checklists, by conference id. */
  facts: Map<string, Omit<NextDueFacts, 'checklists'>>;
  /** The meetings with their date and booked times (what "when is the meeting" reads), by conference id. */
  meetingTimes: Map<string, MeetingWhenSource[]>;
  /** The guardians (who they are, with their names: what the list shows), by conference id. */
  guardians: Map<string, GuardianRow[]>;
}

/**
 * The next-due rule's facts but the checklists of these open conferences (each id with its kind
 * of meeting), by conference id, and their meetings' times (read with them). The checklists
 * are read for the meetings in preparation only (`meetingInPreparation`), once these facts have
 * said which they are.
 */
export function listNextDueFacts(
  db: Db,
  open: readonly { id: string; meetingType: MeetingType; summaryGoneThrough: string | null }[],
): ListFacts {
  const facts = new Map<string, Omit<NextDueFacts, 'checklists'>>();
  if (open.length === 0) return { facts, meetingTimes: new Map(), guardians: new Map() };
  const openRows = new Map(open.map((row) => [row.id, row]));
  const ids = JSON.stringify(open.map((row) => row.id));
  const meetingList = meetingRows(db, ids);
  const meetingTimes = groupByConference(
    meetingList,
    (row): MeetingWhenSource => ({
      id: row.id,
      kind: row.kind as MeetingKind,
      date: row.date,
      startTime: row.start_time,
      endTime: row.end_time,
    }),
  );
  const meetingIds = JSON.stringify(meetingList.map((row) => row.id));
  const meetings = openMeetings(meetingList);
  const plans = openPlans(db, meetingIds);
  const followUps = openFollowUps(meetingList);
  const members = interpreterAndInviteeMembers(db, ids);
  const letters = listOpenConferenceLetters(db, meetingIds);
  const contacts = byOwner(
    (
      prepared(db, `SELECT x.conference_id, x.member_id, x.date FROM contact_entry x WHERE ${among('conference_id', 'ids')} ORDER BY x.rowid`)
        .raw()
        .all({ ids }) as [string, string | null, string][]
    ).map(([conferenceId, memberId, date]): [string, { memberId: string | null; date: string }] => [conferenceId, { memberId, date }]),
  );
  const guardians = groupByConference(guardianRowsOf(db, ids), (row) => row);
  for (const [conferenceId, own] of meetings) {
    facts.set(conferenceId, {
      closed: false,
      meetings: own,
      plans: plans.get(conferenceId) ?? [],
      followUps: followUps.get(conferenceId) ?? [],
      members: members.get(conferenceId) ?? [],
      letters: letters.get(conferenceId) ?? [],
      contacts: contacts.get(conferenceId) ?? [],
      guardians: (guardians.get(conferenceId) ?? []).map((row) => row.member_id),
      summaryGoneThrough: openRows.get(conferenceId)?.summaryGoneThrough ?? null,
      meetingType: openRows.get(conferenceId)?.meetingType ?? 'laheisneuvonpito',
    });
  }
  return { facts, meetingTimes, guardians };
}
