import { emptyMeetingDay } from '../../../shared/meeting-day/meeting-day-rules';
import type {
  Attendance,
  ChildHeard,
  ChildHeardRecord,
  FlipChartFields,
  MeetingDay,
  MeetingDayFields,
  PartTimer,
  Presence,
  SpeakingTurn,
} from '../../../shared/meeting-day/meeting-day.schema';
import type { Db } from '../../db/raw-database';
import type { MeetingType } from '../../../shared/conference/conference-lists';
import type { Meeting } from '../../../shared/arrangements/meeting.schema';

interface DayRow {
  meeting_id: string;
  information_minutes: number;
  private_time_minutes: number;
  plan_minutes: number;
  social_worker_present: number;
  questions_presented: number;
  version: number;
}

interface SegmentRow {
  meeting_id: string;
  part: string;
  started_at: string;
  ended_at: string | null;
}

interface PartEndRow {
  meeting_id: string;
  part: string;
  ended_at: string;
}

interface AttendanceRow {
  meeting_id: string;
  member_id: string;
  presence: string;
  arrived_at: string | null;
  gave_information: number;
  views_received_date: string | null;
  version: number;
}

interface ChildHeardRow {
  meeting_id: string;
  child_id: string;
  heard: string;
  note: string;
  worries: string | null;
  good_things: string | null;
  dreams: string | null;
  version: number;
}

interface TurnRow {
  meeting_id: string;
  member_id: string;
  started_at: string;
  ended_at: string | null;
}

interface FlipChartRow {
  meeting_id: string;
  client_view: string;
  version: number;
}

interface FlipChartLineRow {
  meeting_id: string;
  list: 'concern' | 'support';
  text: string;
}

const bit = (value: boolean) => (value ? 1 : 0);

/** `?, ?, ?` for a list of ids bound as positional parameters. */
const placeholders = (ids: readonly string[]) => ids.map(() => '?').join(', ');

/** The rows `sql` finds for `meetingIds` (written `IN (@ids)`), by meeting. */
function rowsOf<T extends { meeting_id: string }>(
  db: Db,
  sql: string,
  meetingIds: readonly string[],
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  if (meetingIds.length === 0) return map;
  for (const row of db.prepare(sql.replace('@ids', placeholders(meetingIds))).all(...meetingIds) as T[]) {
    const list = map.get(row.meeting_id);
    if (list) list.push(row);
    else map.set(row.meeting_id, [row]);
  }
  return map;
}

function toAttendance(row: AttendanceRow): Attendance {
  return {
    memberId: row.member_id,
    presence: row.presence as Presence,
    arrivedAt: row.arrived_at,
    gaveInformation: row.gave_information === 1,
    viewsReceivedDate: row.views_received_date,
    version: row.version,
  };
}

function toChildHeard(row: ChildHeardRow): ChildHeardRecord {
  return {
    childId: row.child_id,
    heard: row.heard as ChildHeard,
    note: row.note,
    threeHouses:
      row.worries === null
        ? null
        : { worries: row.worries, goodThings: row.good_things ?? '', dreams: row.dreams ?? '' },
    version: row.version,
  };
}

/** A meeting as its day is read: its kind, its conference's kind of meeting and its booked time. */
export type DayMeeting = Pick<Meeting, 'id' | 'kind' | 'startTime' | 'endTime'> & { meetingType: MeetingType };

/**
 * The day of each of `meetings`: what was recorded, and the defaults of its kind for the
 * rest (a meeting with nothing recorded has `emptyMeetingDay(kind, its booked time, type)`).
 */
export function meetingDaysOf(db: Db, meetings: readonly DayMeeting[]): Map<string, MeetingDay> {
  const meetingIds = meetings.map((meeting) => meeting.id);
  const days = rowsOf<DayRow>(db, 'SELECT * FROM meeting_day WHERE meeting_id IN (@ids)', meetingIds);
  const segments = rowsOf<SegmentRow>(
    db,
    'SELECT * FROM meeting_timer_segment WHERE meeting_id IN (@ids) ORDER BY meeting_id, part, position',
    meetingIds,
  );
  const ends = rowsOf<PartEndRow>(db, 'SELECT * FROM meeting_part_end WHERE meeting_id IN (@ids)', meetingIds);
  // The people in the order of the network, the children in the conference's order.
  const attendance = rowsOf<AttendanceRow>(
    db,
    `SELECT a.* FROM meeting_attendance a JOIN network_member m ON m.id = a.member_id
     WHERE a.meeting_id IN (@ids) ORDER BY a.meeting_id, m.created_at, m.rowid`,
    meetingIds,
  );
  const children = rowsOf<ChildHeardRow>(
    db,
    `SELECT h.* FROM meeting_child_heard h JOIN conference_child c ON c.id = h.child_id
     WHERE h.meeting_id IN (@ids) ORDER BY h.meeting_id, c.position`,
    meetingIds,
  );

  const turns = rowsOf<TurnRow>(db, 'SELECT * FROM meeting_turn WHERE meeting_id IN (@ids) ORDER BY meeting_id, started_at', meetingIds);
  const flipCharts = rowsOf<FlipChartRow>(db, 'SELECT * FROM meeting_flip_chart WHERE meeting_id IN (@ids)', meetingIds);
  const flipChartLines = rowsOf<FlipChartLineRow>(
    db,
    'SELECT * FROM meeting_flip_chart_line WHERE meeting_id IN (@ids) ORDER BY meeting_id, list, position',
    meetingIds,
  );

  const result = new Map<string, MeetingDay>();
  for (const { id: meetingId, kind, startTime, endTime, meetingType } of meetings) {
    const day = days.get(meetingId)?.[0];
    // Until the convener sets the parts' minutes, they follow the booked time.
    const empty = emptyMeetingDay(kind, { startTime, endTime }, meetingType);
    const flipChart = flipCharts.get(meetingId)?.[0];
    const lines = (list: FlipChartLineRow['list']) =>
      (flipChartLines.get(meetingId) ?? []).filter((row) => row.list === list).map((row) => row.text);
    const timers: PartTimer[] = empty.timers.map(({ part }) => ({
      part,
      segments: (segments.get(meetingId) ?? [])
        .filter((row) => row.part === part)
        .map((row) => ({ startedAt: row.started_at, endedAt: row.ended_at })),
      endedAt: ends.get(meetingId)?.find((row) => row.part === part)?.ended_at ?? null,
    }));
    result.set(meetingId, {
      ...empty,
      ...(day && {
        plannedMinutes: {
          information: day.information_minutes,
          private_time: day.private_time_minutes,
          plan: day.plan_minutes,
        },
        socialWorkerPresent: day.social_worker_present === 1,
        questionsPresented: day.questions_presented === 1,
        version: day.version,
      }),
      timers,
      attendance: (attendance.get(meetingId) ?? []).map(toAttendance),
      children: (children.get(meetingId) ?? []).map(toChildHeard),
      turns: (turns.get(meetingId) ?? []).map((row) => ({ memberId: row.member_id, startedAt: row.started_at, endedAt: row.ended_at })),
      ...(flipChart && {
        flipChart: {
          concerns: lines('concern'),
          supportNeeds: lines('support'),
          clientView: flipChart.client_view,
          version: flipChart.version,
        },
      }),
    });
  }
  return result;
}

/**
 * Saves the day's own fields if the day is still at `version` (1 before anything was
 * saved: the first save writes the row); returns false when someone else saved in between.
 */
export function saveMeetingDayFields(
  db: Db,
  update: { meetingId: string; version: number; now: string; fields: MeetingDayFields },
): boolean {
  const { fields } = update;
  const params = {
    meetingId: update.meetingId,
    version: update.version,
    now: update.now,
    ...fields.plannedMinutes,
    social_worker_present: bit(fields.socialWorkerPresent),
    questions_presented: bit(fields.questionsPresented),
  };
  const updated = db
    .prepare(
      `UPDATE meeting_day SET information_minutes = @information, private_time_minutes = @private_time,
         plan_minutes = @plan, social_worker_present = @social_worker_present,
         questions_presented = @questions_presented, version = version + 1, updated_at = @now
       WHERE meeting_id = @meetingId AND version = @version`,
    )
    .run(params);
  if (updated.changes === 1) return true;
  if (update.version !== 1) return false;
  // No row yet is version 1; a row that exists at another version stays as it is.
  const inserted = db
    .prepare(
      `INSERT INTO meeting_day (meeting_id, information_minutes, private_time_minutes, plan_minutes,
         social_worker_present, questions_presented, version, updated_at)
       VALUES (@meetingId, @information, @private_time, @plan, @social_worker_present, @questions_presented, 2, @now)
       ON CONFLICT(meeting_id) DO NOTHING`,
    )
    .run(params);
  return inserted.changes === 1;
}

/** Replaces the stored clocks of a meeting with `timers`. */
export function saveTimers(db: Db, meetingId: string, timers: readonly PartTimer[]): void {
  db.prepare('DELETE FROM meeting_timer_segment WHERE meeting_id = @meetingId').run({ meetingId });
  db.prepare('DELETE FROM meeting_part_end WHERE meeting_id = @meetingId').run({ meetingId });
  const segment = db.prepare(
    `INSERT INTO meeting_timer_segment (meeting_id, part, position, started_at, ended_at)
     VALUES (@meetingId, @part, @position, @startedAt, @endedAt)`,
  );
  const end = db.prepare(
    'INSERT INTO meeting_part_end (meeting_id, part, ended_at) VALUES (@meetingId, @part, @endedAt)',
  );
  for (const timer of timers) {
    timer.segments.forEach((s, position) => segment.run({ meetingId, part: timer.part, position, ...s }));
    if (timer.endedAt !== null) end.run({ meetingId, part: timer.part, endedAt: timer.endedAt });
  }
}

/**
 * Runs `update` (which must match only the row at `@version` and bump it); when nothing
 * matched and the caller saw no row (version 1), runs `insert` at version 2. False when
 * someone else saved the record in between.
 */
export function saveVersioned(db: Db, update: string, insert: string, params: { version: number } & Record<string, unknown>): boolean {
  if (db.prepare(update).run(params).changes === 1) return true;
  return params.version === 1 && db.prepare(insert).run(params).changes === 1;
}

/** Records how one person took part on the day, if the record is still at `attendance.version`. */
export function saveAttendance(db: Db, meetingId: string, attendance: Attendance): boolean {
  return saveVersioned(
    db,
    `UPDATE meeting_attendance SET presence = @presence, arrived_at = @arrivedAt, gave_information = @gaveInformation,
       views_received_date = @viewsReceivedDate, version = version + 1
     WHERE meeting_id = @meetingId AND member_id = @memberId AND version = @version`,
    `INSERT INTO meeting_attendance (meeting_id, member_id, presence, arrived_at, gave_information, views_received_date, version)
     VALUES (@meetingId, @memberId, @presence, @arrivedAt, @gaveInformation, @viewsReceivedDate, 2)
     ON CONFLICT(meeting_id, member_id) DO NOTHING`,
    { meetingId, ...attendance, gaveInformation: bit(attendance.gaveInformation) },
  );
}

/** Records how one child was heard on the day, if the record is still at `record.version`. */
export function saveChildHeard(db: Db, meetingId: string, record: ChildHeardRecord): boolean {
  return saveVersioned(
    db,
    `UPDATE meeting_child_heard SET heard = @heard, note = @note, worries = @worries, good_things = @goodThings,
       dreams = @dreams, version = version + 1
     WHERE meeting_id = @meetingId AND child_id = @childId AND version = @version`,
    `INSERT INTO meeting_child_heard (meeting_id, child_id, heard, note, worries, good_things, dreams, version)
     VALUES (@meetingId, @childId, @heard, @note, @worries, @goodThings, @dreams, 2)
     ON CONFLICT(meeting_id, child_id) DO NOTHING`,
    {
      meetingId,
      childId: record.childId,
      version: record.version,
      heard: record.heard,
      note: record.note,
      worries: record.threeHouses?.worries ?? null,
      goodThings: record.threeHouses?.goodThings ?? null,
      dreams: record.threeHouses?.dreams ?? null,
    },
  );
}

/** Replaces the stored turns to speak of a meeting with `turns`. */
export function saveTurns(db: Db, meetingId: string, turns: readonly SpeakingTurn[]): void {
  db.prepare('DELETE FROM meeting_turn WHERE meeting_id = @meetingId').run({ meetingId });
  const insert = db.prepare(
    `INSERT INTO meeting_turn (meeting_id, member_id, started_at, ended_at)
     VALUES (@meetingId, @memberId, @startedAt, @endedAt)`,
  );
  for (const turn of turns) insert.run({ meetingId, ...turn });
}

/**
 * Saves the whole flip chart if it is still at `version` (1 before anything was written: the
 * first save writes the row); returns false when someone else saved in between.
 */
export function saveFlipChart(
  db: Db,
  update: { meetingId: string; version: number; now: string; fields: FlipChartFields },
): boolean {
  const { meetingId, version, now, fields } = update;
  const saved = saveVersioned(
    db,
    `UPDATE meeting_flip_chart SET client_view = @clientView, version = version + 1, updated_at = @now
     WHERE meeting_id = @meetingId AND version = @version`,
    `INSERT INTO meeting_flip_chart (meeting_id, client_view, version, updated_at)
     VALUES (@meetingId, @clientView, 2, @now)
     ON CONFLICT(meeting_id) DO NOTHING`,
    { meetingId, version, now, clientView: fields.clientView },
  );
  if (!saved) return false;
  db.prepare('DELETE FROM meeting_flip_chart_line WHERE meeting_id = @meetingId').run({ meetingId });
  const line = db.prepare(
    `INSERT INTO meeting_flip_chart_line (meeting_id, list, position, text)
     VALUES (@meetingId, @list, @position, @text)`,
  );
  fields.concerns.forEach((text, position) => line.run({ meetingId, list: 'concern', position, text }));
  fields.supportNeeds.forEach((text, position) => line.run({ meetingId, list: 'support', position, text }));
  return true;
}
