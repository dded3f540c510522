import type { LetterExport, LoggedLetter } from '../../../shared/arrangements/letters';
import type { Db } from '../../db/raw-database';
import { prepared } from '../../db/prepared';

interface LetterRow {
  id: string;
  meeting_id: string;
  letter: string;
  recipient_id: string;
  exported_at: string;
  exported_by: string;
}

function toLetter(row: LetterRow): LetterExport {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    letter: row.letter as LoggedLetter,
    recipientId: row.recipient_id,
    exportedAt: row.exported_at,
    exportedBy: row.exported_by,
  };
}

/** The letters log of a conference's meetings, oldest first. */
export function listLetters(db: Db, conferenceId: string): LetterExport[] {
  const rows = db
    .prepare(
      `SELECT l.* FROM letter_export l JOIN meeting m ON m.id = l.meeting_id
       WHERE m.conference_id = @conferenceId ORDER BY l.exported_at, l.rowid`,
    )
    .all({ conferenceId }) as LetterRow[];
  return rows.map(toLetter);
}

/** The letters log of the meetings whose ids `meetingIds` (a JSON array) holds, by conference id, oldest first. */
export function listOpenConferenceLetters(db: Db, meetingIds: string): Map<string, LetterExport[]> {
  const rows = prepared(
    db,
    `SELECT l.*, m.conference_id FROM letter_export l JOIN meeting m ON m.id = l.meeting_id
     WHERE l.meeting_id IN (SELECT value FROM json_each(@meetingIds)) ORDER BY l.exported_at, l.rowid`,
  ).all({ meetingIds }) as (LetterRow & { conference_id: string })[];
  const letters = new Map<string, LetterExport[]>();
  for (const row of rows) {
    const list = letters.get(row.conference_id) ?? [];
    list.push(toLetter(row));
    letters.set(row.conference_id, list);
  }
  return letters;
}

/** Records one letter made. */
export function insertLetterExport(db: Db, letter: LetterExport): void {
  db.prepare(
    `INSERT INTO letter_export (id, meeting_id, letter, recipient_id, exported_at, exported_by)
     VALUES (@id, @meetingId, @letter, @recipientId, @exportedAt, @exportedBy)`,
  ).run(letter);
}
