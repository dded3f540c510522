import type { DeletePreview } from '../../../shared/conference/deletion.schema';
import type { Db } from '../../db/connection';

/** What deleting conference `id` takes with it, counted. */
export function countConferenceRows(db: Db, id: string): DeletePreview {
  const count = (sql: string) => db.prepare(sql).pluck().get({ id }) as number;
  return {
    children: count('SELECT count(*) FROM conference_child WHERE conference_id = @id'),
    guardians: count('SELECT count(*) FROM conference_guardian WHERE conference_id = @id'),
    networkMembers: count('SELECT count(*) FROM network_member WHERE conference_id = @id'),
    contactEntries: count('SELECT count(*) FROM contact_entry WHERE conference_id = @id'),
    meetings: count('SELECT count(*) FROM meeting WHERE conference_id = @id'),
    followUps: count("SELECT count(*) FROM meeting WHERE conference_id = @id AND kind = 'follow_up'"),
    plans: count('SELECT count(*) FROM plan WHERE conference_id = @id'),
  };
}

/** The anonymous counts kept of a deleted conference (migration 0008), before the Helsinki months are filled in. */
export interface ConferenceStatisticsRow {
  meeting_type: string;
  language: string;
  commission_month: string;
  closed_month: string | null;
  close_reason: string | null;
  phase_reached: string;
  children: number;
  network_members: number;
  invited: number;
  attended: number;
  follow_up_meetings: number;
  plan_decided: number;
  interpreter_used: number;
  other_language_used: number;
  deleted_month: string;
  deleted_by: 'convener' | 'retention';
}

/** The facts of conference `id` the statistics are made from; null when there is no such conference. */
export interface StatisticsFacts {
  meetingType: string;
  language: string;
  commissionDate: string;
  closedAt: string | null;
  closeReason: string | null;
  phase: string;
  phaseBeforeClose: string | null;
  children: number;
  networkMembers: number;
  invited: number;
  attended: number;
  followUpMeetings: number;
  planDecided: boolean;
  interpreterUsed: boolean;
  otherLanguageUsed: boolean;
}

export function readStatisticsFacts(db: Db, id: string): StatisticsFacts | null {
  const row = db
    .prepare(
      `SELECT meeting_type, language, commission_date, closed_at, close_reason, phase, phase_before_close
         FROM conference WHERE id = @id`,
    )
    .get({ id }) as
    | {
        meeting_type: string;
        language: string;
        commission_date: string;
        closed_at: string | null;
        close_reason: string | null;
        phase: string;
        phase_before_close: string | null;
      }
    | undefined;
  if (!row) return null;
  const count = (sql: string) => db.prepare(sql).pluck().get({ id }) as number;
  return {
    meetingType: row.meeting_type,
    language: row.language,
    commissionDate: row.commission_date,
    closedAt: row.closed_at,
    closeReason: row.close_reason,
    phase: row.phase,
    phaseBeforeClose: row.phase_before_close,
    children: count('SELECT count(*) FROM conference_child WHERE conference_id = @id'),
    networkMembers: count('SELECT count(*) FROM network_member WHERE conference_id = @id'),
    invited: count("SELECT count(*) FROM network_member WHERE conference_id = @id AND invite = 'invite'"),
    // Who took part in the conference meeting itself, in person or remotely.
    attended: count(
      `SELECT count(DISTINCT a.member_id) FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
        WHERE m.conference_id = @id AND m.kind = 'conference' AND a.presence IN ('in_person', 'remote')`,
    ),
    followUpMeetings: count("SELECT count(*) FROM meeting WHERE conference_id = @id AND kind = 'follow_up'"),
    planDecided: count('SELECT count(*) FROM plan WHERE conference_id = @id AND decision_outcome IS NOT NULL') > 0,
    interpreterUsed:
      count(
        `SELECT (SELECT count(*) FROM meeting_interpreter i JOIN meeting m ON m.id = i.meeting_id WHERE m.conference_id = @id)
              + (SELECT count(*) FROM network_member WHERE conference_id = @id AND interpreter_needed = 1)`,
      ) > 0,
    otherLanguageUsed:
      count(
        `SELECT count(*) FROM network_member n JOIN conference c ON c.id = n.conference_id
          WHERE n.conference_id = @id AND (n.language <> c.language OR n.other_language <> '')`,
      ) > 0,
  };
}

export function insertStatistics(db: Db, row: ConferenceStatisticsRow): void {
  db.prepare(
    `INSERT INTO conference_statistics (meeting_type, language, commission_month, closed_month, close_reason, phase_reached,
       children, network_members, invited, attended, follow_up_meetings, plan_decided, interpreter_used, other_language_used,
       deleted_month, deleted_by)
     VALUES (@meeting_type, @language, @commission_month, @closed_month, @close_reason, @phase_reached,
       @children, @network_members, @invited, @attended, @follow_up_meetings, @plan_decided, @interpreter_used, @other_language_used,
       @deleted_month, @deleted_by)`,
  ).run(row);
}

/**
 * Deletes conference `id` and, by the schema's cascades, every row that belongs to it (its
 * people, contacts, meetings, plans, follow-ups and their copies); true when it was there.
 */
export function deleteConferenceRow(db: Db, id: string, version: number): boolean {
  return db.prepare('DELETE FROM conference WHERE id = @id AND version = @version').run({ id, version }).changes === 1;
}

/**
 * Moves every page of the WAL into the database file and empties the WAL (size 0), so the
 * pages as they were before a deletion are nowhere but in backups made earlier. Returns false
 * when another connection kept it from finishing.
 */
export function checkpointAndTruncate(db: Db): boolean {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  return result !== undefined && result.busy === 0;
}
