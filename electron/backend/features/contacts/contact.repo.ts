import type { Db } from '../../db/raw-database';
import type { ContactChannel, ContactEntry, ContactFields } from '../../../shared/preparation/contact.schema';

interface ContactRow {
  id: string;
  conference_id: string;
  member_id: string | null;
  date: string;
  channel: string;
  discussed: string;
  next_step: string;
  next_step_date: string | null;
  duration_minutes: number | null;
  version: number;
  created_at: string;
}

function toContact(row: ContactRow): ContactEntry {
  return {
    id: row.id,
    conferenceId: row.conference_id,
    memberId: row.member_id,
    date: row.date,
    channel: row.channel as ContactChannel,
    discussed: row.discussed,
    nextStep: row.next_step,
    nextStepDate: row.next_step_date,
    durationMinutes: row.duration_minutes,
    version: row.version,
    createdAt: row.created_at,
  };
}

function contactParams(fields: ContactFields) {
  return {
    member_id: fields.memberId,
    date: fields.date,
    channel: fields.channel,
    discussed: fields.discussed,
    next_step: fields.nextStep,
    next_step_date: fields.nextStepDate,
    duration_minutes: fields.durationMinutes,
  };
}

/** The contact log of a conference, newest first (by date, then by when it was written). */
export function listContacts(db: Db, conferenceId: string): ContactEntry[] {
  const rows = db
    .prepare(
      `SELECT * FROM contact_entry WHERE conference_id = @conferenceId
       ORDER BY date DESC, created_at DESC, rowid DESC`,
    )
    .all({ conferenceId }) as ContactRow[];
  return rows.map(toContact);
}

/** The contact entry with `id`, or undefined. */
export function findContact(db: Db, id: string): ContactEntry | undefined {
  const row = db.prepare('SELECT * FROM contact_entry WHERE id = @id').get({ id }) as ContactRow | undefined;
  return row && toContact(row);
}

/** Writes a new entry to the log. */
export function insertContact(
  db: Db,
  contact: { id: string; conferenceId: string; now: string; fields: ContactFields },
): void {
  db.prepare(
    `INSERT INTO contact_entry (id, conference_id, member_id, date, channel, discussed, next_step,
       next_step_date, duration_minutes, version, created_at)
     VALUES (@id, @conferenceId, @member_id, @date, @channel, @discussed, @next_step, @next_step_date, @duration_minutes, 1, @now)`,
  ).run({ id: contact.id, conferenceId: contact.conferenceId, now: contact.now, ...contactParams(contact.fields) });
}

/** Updates an entry if still at `version`; returns false when someone else saved in between. */
export function updateContactFields(db: Db, update: { id: string; version: number; fields: ContactFields }): boolean {
  const result = db
    .prepare(
      `UPDATE contact_entry SET member_id = @member_id, date = @date, channel = @channel,
         discussed = @discussed, next_step = @next_step, next_step_date = @next_step_date,
         duration_minutes = @duration_minutes, version = version + 1
       WHERE id = @id AND version = @version`,
    )
    .run({ id: update.id, version: update.version, ...contactParams(update.fields) });
  return result.changes === 1;
}

/** Removes an entry if still at `version`. */
export function deleteContact(db: Db, remove: { id: string; version: number }): boolean {
  return db.prepare('DELETE FROM contact_entry WHERE id = @id AND version = @version').run(remove).changes === 1;
}
