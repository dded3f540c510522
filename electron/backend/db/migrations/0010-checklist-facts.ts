import type { Migration } from './migration';

/* Shape checks written out here: a shipped migration never changes. */
const DATE = (column: string) =>
  `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;

/**
 * What lets the checklist follow the arrangements (issue 13 §2): the day the venue was
 * marked booked, and a letters log with one row per invitation letter made. A meeting
 * already booked gets the day its arrangements were last saved (UTC), the best the old
 * record knows of when the booking was recorded.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'checklist-facts',
  up(db) {
    db.exec(`
      ALTER TABLE meeting ADD COLUMN venue_booked_date TEXT ${DATE('venue_booked_date')};
      UPDATE meeting SET venue_booked_date = substr(updated_at, 1, 10) WHERE venue_booking_status = 'booked';

      -- One row per letter made for a meeting: which letter, to whom, when and by whom (the
      -- convener's name in the settings then). The recipient has no foreign key: the row
      -- stays a true record of what was sent even after the person leaves the network.
      CREATE TABLE letter_export (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        letter TEXT NOT NULL CHECK (letter IN ('invitation', 'child_invitation')),
        recipient_id TEXT NOT NULL,
        exported_at TEXT NOT NULL,
        exported_by TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX letter_export_meeting ON letter_export(meeting_id, exported_at);
    `);
  },
};
