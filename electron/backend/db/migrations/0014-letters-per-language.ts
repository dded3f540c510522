import type { Migration } from './migration';

/* Shape checks written out here: a shipped migration never changes. */
const DATE = (column: string) =>
  `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;

/** The venue's texts that go into letters, each now written per letter language. */
const LETTER_TEXTS = ['venue_main_room', 'venue_accessibility', 'venue_parking'] as const;
const LANGUAGES = ['fi', 'sv', 'en'] as const;

/**
 * Letters for everyone who needs one, in a language they read (issue 13 §7):
 * - the letters log also records the letter asking someone for their written views (the
 *   table is rebuilt: SQLite cannot widen a CHECK in place);
 * - the meeting view records the day someone's written views arrived;
 * - the room, accessibility and parking texts are kept per letter language like the purpose;
 *   what was written before is the conference language's text.
 */
export const migration0014: Migration = {
  version: 14,
  name: 'letters-per-language',
  up(db) {
    db.exec(`
      CREATE TABLE letter_export_next (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        letter TEXT NOT NULL CHECK (letter IN ('invitation', 'child_invitation', 'written_views')),
        recipient_id TEXT NOT NULL,
        exported_at TEXT NOT NULL,
        exported_by TEXT NOT NULL DEFAULT ''
      ) STRICT;
      INSERT INTO letter_export_next (id, meeting_id, letter, recipient_id, exported_at, exported_by)
        SELECT id, meeting_id, letter, recipient_id, exported_at, exported_by FROM letter_export ORDER BY rowid;
      DROP TABLE letter_export;
      ALTER TABLE letter_export_next RENAME TO letter_export;
      CREATE INDEX letter_export_meeting ON letter_export(meeting_id, exported_at);

      -- The day someone's written views arrived; only with presence 'written_views'. Null
      -- there for views recorded before this column: received, the day not known.
      ALTER TABLE meeting_attendance ADD COLUMN views_received_date TEXT
        ${DATE('views_received_date')} CHECK (views_received_date IS NULL OR presence = 'written_views');
    `);
    for (const column of LETTER_TEXTS) {
      for (const language of LANGUAGES) {
        db.exec(`ALTER TABLE meeting ADD COLUMN ${column}_${language} TEXT NOT NULL DEFAULT ''`);
      }
      db.exec(`
        UPDATE meeting SET
          ${column}_fi = CASE WHEN (SELECT language FROM conference c WHERE c.id = meeting.conference_id) = 'fi' THEN ${column} ELSE '' END,
          ${column}_sv = CASE WHEN (SELECT language FROM conference c WHERE c.id = meeting.conference_id) = 'sv' THEN ${column} ELSE '' END,
          ${column}_en = CASE WHEN (SELECT language FROM conference c WHERE c.id = meeting.conference_id) = 'en' THEN ${column} ELSE '' END;
        ALTER TABLE meeting DROP COLUMN ${column};
      `);
    }
  },
};
