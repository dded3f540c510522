import type { DeletePreview } from '../../../shared/conference/deletion.schema';
import type { Db } from '../../db/raw-database';

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
    workEntries: count('SELECT count(*) FROM work_entry WHERE conference_id = @id'),
    costs: count('SELECT count(*) FROM conference_cost WHERE conference_id = @id'),
    feedbackForms: count(
      'SELECT count(*) FROM meeting_feedback_response WHERE meeting_id IN (SELECT id FROM meeting WHERE conference_id = @id)',
    ),
  };
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
