import { interpreterLanguageKey } from '../../../shared/arrangements/interpreter-language';
import { daysBetween, todayInHelsinki } from '../../../shared/dates';
import type { CloseReason, MeetingType, OpenPhase } from '../../../shared/conference/conference-lists';
import type { Db } from '../../db/raw-database';
import type { Answer, RespondentGroup } from '../../../shared/feedback/feedback.schema';
import type { ReviewStatus } from '../../../shared/follow-up/follow-up.schema';
import type { ChildHeard } from '../../../shared/meeting-day/meeting-day.schema';
import type { Decision } from '../../../shared/plan/plan.schema';
import { SECTORS, type Sector } from '../../../shared/preparation/network.schema';
import {
  PARTICIPANT_ROLES,
  statisticsRecordSchema,
  type StatisticsRecord,
} from '../../../shared/statistics/statistics-record';
import type { WorkActivity } from '../../../shared/work/work.schema';

/*
 * The statistics records of the conferences that exist, read in one pass per table (never a
 * query per conference), and the records kept of deleted ones. Only columns of counts, kinds,
 * dates and amounts are read: no name, reference or typed text is selected at all.
 */

/** Which conferences to read: those that may have something in a period, or one. */
export type RecordSelection = { from: string; to: string } | { conferenceId: string };

/**
 * The SQL conditions of a selection. For a period nearly every conference is read, so each
 * table is scanned once (through a covering index where its rows are wide) and the rows of
 * conferences not selected are left unused; for one conference, its rows are looked up.
 */
function conditions(selection: RecordSelection) {
  if ('conferenceId' in selection) {
    return {
      params: { conferenceId: selection.conferenceId },
      conference: 'id = @conferenceId',
      byConference: (column: string) => `${column} = @conferenceId`,
      byMeeting: (column: string) => `${column} IN (SELECT id FROM meeting WHERE conference_id = @conferenceId)`,
    };
  }
  return {
    params: { from: selection.from, to: selection.to },
    // Nothing happens before a commission, nor after a closure (a closed conference is read-only).
    conference: 'commission_date <= @to AND (closed_at IS NULL OR closed_at >= @from)',
    byConference: () => '1',
    byMeeting: () => '1',
  };
}

interface MeetingRow {
  id: string;
  conference_id: string;
  kind: 'conference' | 'follow_up';
  date: string | null;
  held_before_app: number;
  started_at: string | null;
  venue_cost_cents: number | null;
  refreshments_cost_cents: number | null;
}

interface Group<T> {
  get(key: string): T[];
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Group<T> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return { get: (key) => groups.get(key) ?? [] };
}

/** The records of the selected conferences, as of `today` (a meeting whose day has passed counts as held). */
export function readLiveRecords(db: Db, selection: RecordSelection, today: string): StatisticsRecord[] {
  const where = conditions(selection);
  const all = <T>(sql: string) => db.prepare(sql).all(where.params) as T[];

  const conferences = all<{
    id: string;
    meeting_type: MeetingType;
    language: 'fi' | 'sv' | 'en';
    commission_date: string;
    closed_at: string | null;
    close_reason: CloseReason | null;
    phase_before_close: OpenPhase | null;
  }>(
    `SELECT id, meeting_type, language, commission_date, closed_at, close_reason, phase_before_close
       FROM conference WHERE ${where.conference}`,
  );
  const meetings = groupBy(
    all<MeetingRow>(
      `SELECT m.id, m.conference_id, m.kind, m.date, m.held_before_app, m.venue_cost_cents, m.refreshments_cost_cents,
              (SELECT min(started_at) FROM meeting_timer_segment s WHERE s.meeting_id = m.id) AS started_at
         FROM meeting m WHERE ${where.byConference('m.conference_id')}
        ORDER BY m.conference_id, m.kind = 'follow_up', m.date, m.created_at`,
    ),
    (row) => row.conference_id,
  );
  const interpreters = groupBy(
    all<{ meeting_id: string; language: string; cost_cents: number | null }>(
      `SELECT meeting_id, language, cost_cents FROM meeting_interpreter WHERE ${where.byMeeting('meeting_id')} ORDER BY meeting_id, position`,
    ),
    (row) => row.meeting_id,
  );
  const members = groupBy(
    all<{ id: string; conference_id: string; sector: Sector; invite: string; is_worker: number; guardian: number; support: number }>(
      `SELECT n.id, n.conference_id, n.sector, n.invite, n.is_worker,
              n.id IN (SELECT member_id FROM conference_guardian) AS guardian,
              n.id IN (SELECT member_id FROM support_person) AS support
         FROM network_member n WHERE ${where.byConference('n.conference_id')}`,
    ),
    (row) => row.conference_id,
  );
  const attendance = groupBy(
    all<{ meeting_id: string; member_id: string; presence: string }>(
      `SELECT meeting_id, member_id, presence FROM meeting_attendance WHERE ${where.byMeeting('meeting_id')}`,
    ),
    (row) => row.meeting_id,
  );
  const children = groupBy(
    all<{ id: string; conference_id: string }>(
      `SELECT id, conference_id FROM conference_child WHERE ${where.byConference('conference_id')} ORDER BY conference_id, position`,
    ),
    (row) => row.conference_id,
  );
  const heard = groupBy(
    all<{ meeting_id: string; child_id: string; heard: ChildHeard }>(`SELECT meeting_id, child_id, heard FROM meeting_child_heard WHERE ${where.byMeeting('meeting_id')}`),
    (row) => row.meeting_id,
  );
  // The plan as first decided: the lowest-numbered version with a decision.
  const plans = groupBy(
    all<{ id: string; conference_id: string; decision_outcome: Decision; decision_date: string }>(
      `SELECT p.id, p.conference_id, p.decision_outcome, p.decision_date FROM plan p
        WHERE ${where.byConference('p.conference_id')} AND p.decision_outcome IS NOT NULL
          AND p.number = (SELECT min(q.number) FROM plan q WHERE q.conference_id = p.conference_id AND q.decision_outcome IS NOT NULL)`,
    ),
    (row) => row.conference_id,
  );
  const items = groupBy(
    all<{ plan_id: string; services: number }>(
      `SELECT i.plan_id, (i.owner_kind = 'social_worker' OR coalesce(n.is_worker, 0) = 1) AS services
         FROM plan_item i LEFT JOIN network_member n ON n.id = i.owner_member_id
        WHERE i.plan_id IN (SELECT id FROM plan WHERE ${where.byConference('conference_id')} AND decision_outcome IS NOT NULL)`,
    ),
    (row) => row.plan_id,
  );
  const reviews = groupBy(
    all<{ meeting_id: string; status: ReviewStatus }>(`SELECT meeting_id, status FROM follow_up_review WHERE ${where.byMeeting('meeting_id')}`),
    (row) => row.meeting_id,
  );
  const work = groupBy(
    all<{ conference_id: string; date: string; activity: WorkActivity; minutes: number }>(
      `SELECT conference_id, date, activity, minutes FROM work_entry WHERE ${where.byConference('conference_id')}
       UNION ALL
       SELECT conference_id, date, 'preparation', duration_minutes FROM contact_entry
        WHERE ${where.byConference('conference_id')} AND duration_minutes IS NOT NULL
       ORDER BY 1, 2`,
    ),
    (row) => row.conference_id,
  );
  const costs = groupBy(
    all<{ conference_id: string; meeting_id: string | null; date: string; kind: 'travel' | 'other'; amount_cents: number }>(
      `SELECT conference_id, meeting_id, date, kind, amount_cents FROM conference_cost WHERE ${where.byConference('conference_id')} ORDER BY date`,
    ),
    (row) => row.conference_id,
  );
  const feedback = groupBy(
    all<{ meeting_id: string; respondent_group: RespondentGroup; satisfaction: number | null; heard: Answer | null; plan_helps: Answer | null }>(
      `SELECT meeting_id, respondent_group, satisfaction, heard, plan_helps FROM meeting_feedback_response
        WHERE ${where.byMeeting('meeting_id')} ORDER BY meeting_id, position`,
    ),
    (row) => row.meeting_id,
  );

  return conferences.map((conference): StatisticsRecord => {
    const closedDay = conference.closed_at === null ? null : todayInHelsinki(new Date(conference.closed_at));
    const own = meetings.get(conference.id);
    /** The day a meeting was held on; null while it is not (yet) held, or if the conference ended before it. */
    const heldDay = (meeting: MeetingRow): string | null => {
      const day = meeting.date ?? (meeting.started_at === null ? null : todayInHelsinki(new Date(meeting.started_at)));
      if (day === null) return null;
      const held = meeting.started_at !== null || meeting.held_before_app === 1 || day < today;
      return held && (closedDay === null || closedDay >= day) ? day : null;
    };
    const conferenceMeeting = own.find((meeting) => meeting.kind === 'conference');
    const meetingDay = conferenceMeeting ? heldDay(conferenceMeeting) : null;
    const people = members.get(conference.id);

    let held: StatisticsRecord['held'] = null;
    if (conferenceMeeting && meetingDay !== null) {
      const came = new Set(
        attendance
          .get(conferenceMeeting.id)
          .filter((row) => row.presence === 'in_person' || row.presence === 'remote')
          .map((row) => row.member_id),
      );
      const tally = (who: typeof people) => ({
        invited: who.filter((person) => person.invite === 'invite').length,
        came: who.filter((person) => came.has(person.id)).length,
      });
      const childHeard = new Map(heard.get(conferenceMeeting.id).map((row) => [row.child_id, row.heard]));
      held = {
        day: meetingDay,
        daysFromCommission: daysBetween(conference.commission_date, meetingDay),
        sectors: Object.fromEntries(SECTORS.map((sector) => [sector, tally(people.filter((person) => person.sector === sector))])) as NonNullable<
          StatisticsRecord['held']
        >['sectors'],
        roles: Object.fromEntries(
          PARTICIPANT_ROLES.map((role) => [
            role,
            tally(
              people.filter((person) =>
                role === 'guardians' ? person.guardian === 1 : role === 'support_persons' ? person.support === 1 : person.is_worker === 1,
              ),
            ),
          ]),
        ) as NonNullable<StatisticsRecord['held']>['roles'],
        children: children.get(conference.id).map((child) => childHeard.get(child.id) ?? 'unknown'),
        interpreters: interpreters.get(conferenceMeeting.id).map((line) => interpreterLanguageKey(line.language)),
        remote: attendance.get(conferenceMeeting.id).filter((row) => row.presence === 'remote').length,
      };
    }

    const followUps = own
      .filter((meeting) => meeting.kind === 'follow_up')
      .map((meeting) => ({ meeting, day: heldDay(meeting) }))
      .filter((entry): entry is { meeting: MeetingRow; day: string } => entry.day !== null)
      .sort((a, b) => a.day.localeCompare(b.day));
    const reviewed = followUps.filter((entry) => reviews.get(entry.meeting.id).length > 0).at(-1);
    const plan = plans.get(conference.id)[0];
    const planItems = plan ? items.get(plan.id) : [];

    const meetingCosts = own.flatMap((meeting, index) => {
      if (meeting.date === null) return [];
      const at = (kind: 'venue' | 'refreshments' | 'interpreters', cents: number | null) =>
        cents === null || cents === 0 ? [] : [{ day: meeting.date!, kind, cents, meeting: index }];
      return [
        ...at('venue', meeting.venue_cost_cents),
        ...at('refreshments', meeting.refreshments_cost_cents),
        ...interpreters.get(meeting.id).flatMap((line) => at('interpreters', line.cost_cents)),
      ];
    });
    const meetingIndex = new Map(own.map((meeting, index) => [meeting.id, index]));

    return {
      meetingType: conference.meeting_type,
      language: conference.language,
      commission: conference.commission_date,
      held,
      followUps: followUps.map((entry) => ({ day: entry.day, daysFromMeeting: meetingDay === null ? null : daysBetween(meetingDay, entry.day) })),
      plan: plan
        ? {
            decided: plan.decision_date,
            outcome: plan.decision_outcome,
            network: planItems.filter((item) => item.services === 0).length,
            services: planItems.filter((item) => item.services === 1).length,
          }
        : null,
      review: reviewed ? { day: reviewed.day, statuses: reviews.get(reviewed.meeting.id).map((row) => row.status) } : null,
      closed:
        closedDay !== null && conference.close_reason !== null
          ? { day: closedDay, reason: conference.close_reason, phase: conference.phase_before_close ?? 'valmistelu' }
          : null,
      work: work.get(conference.id).map((row) => ({ day: row.date, activity: row.activity, minutes: row.minutes })),
      costs: [
        ...meetingCosts,
        ...costs.get(conference.id).map((row) => ({
          day: row.date,
          kind: row.kind,
          cents: row.amount_cents,
          meeting: row.meeting_id === null ? null : (meetingIndex.get(row.meeting_id) ?? null),
        })),
      ],
      feedback: own.flatMap((meeting) => {
        const day = heldDay(meeting) ?? meeting.date;
        if (day === null) return [];
        return feedback.get(meeting.id).map((row) => ({
          day,
          group: row.respondent_group,
          satisfaction: row.satisfaction,
          heard: row.heard,
          planHelps: row.plan_helps,
        }));
      }),
    };
  });
}

/** The records kept of deleted conferences (migration 0017 on), checked as they are read. */
export function readDeletedRecords(db: Db): StatisticsRecord[] {
  const rows = db.prepare('SELECT record FROM statistics_record ORDER BY id').pluck().all() as string[];
  return rows.map((json) => statisticsRecordSchema.parse(JSON.parse(json)));
}

export function insertDeletedRecord(db: Db, record: StatisticsRecord, deletedMonth: string, deletedBy: 'convener' | 'retention'): void {
  db.prepare('INSERT INTO statistics_record (record, deleted_month, deleted_by) VALUES (?, ?, ?)').run(
    JSON.stringify(statisticsRecordSchema.parse(record)),
    deletedMonth,
    deletedBy,
  );
}

/**
 * What earlier versions kept of a deleted conference (0008: a few counts by month), as records:
 * they count in commissions and closures; the rest they never knew.
 */
export function readOlderDeletedRecords(db: Db): StatisticsRecord[] {
  const rows = db
    .prepare('SELECT meeting_type, language, commission_month, closed_month, close_reason, phase_reached FROM conference_statistics ORDER BY id')
    .all() as {
    meeting_type: MeetingType;
    language: 'fi' | 'sv' | 'en';
    commission_month: string;
    closed_month: string | null;
    close_reason: CloseReason | null;
    phase_reached: OpenPhase;
  }[];
  return rows.map((row) => ({
    meetingType: row.meeting_type,
    language: row.language,
    commission: row.commission_month,
    held: null,
    followUps: [],
    plan: null,
    review: null,
    closed: row.closed_month !== null && row.close_reason !== null ? { day: row.closed_month, reason: row.close_reason, phase: row.phase_reached } : null,
    work: [],
    costs: [],
    feedback: [],
  }));
}
