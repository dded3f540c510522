import { randomUUID } from 'node:crypto';
import type { Migration } from './migration';

/*
 * Cheap shape checks, so a row the app would misread cannot get in by another road
 * (a bug, a hand-edited file). Written out here: a shipped migration never changes.
 */
const DATE = (column: string) =>
  `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;
const TIME = (column: string) => `CHECK (${column} IS NULL OR ${column} GLOB '[0-2][0-9]:[0-5][0-9]')`;
const COUNT = (column: string) => `CHECK (${column} IS NULL OR ${column} >= 0)`;
const FLAG = (column: string) => `CHECK (${column} IN (0, 1))`;

/**
 * The practical arrangements: meetings (the conference's own and later follow-ups) with
 * their venue, refreshments, interpreters and invitation wording, and each meeting's
 * checklist (ticked template items and the meeting's own items). Every existing
 * conference gets its conference meeting with nothing arranged yet.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'arrangements',
  up(db) {
    db.exec(`
      CREATE TABLE meeting (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('conference', 'follow_up')),
        date TEXT ${DATE('date')},
        start_time TEXT ${TIME('start_time')},
        end_time TEXT ${TIME('end_time')},
        venue_name TEXT NOT NULL DEFAULT '',
        venue_address TEXT NOT NULL DEFAULT '',
        venue_main_room TEXT NOT NULL DEFAULT '',
        venue_private_room TEXT NOT NULL DEFAULT '',
        venue_capacity INTEGER ${COUNT('venue_capacity')},
        venue_accessibility TEXT NOT NULL DEFAULT '',
        venue_parking TEXT NOT NULL DEFAULT '',
        venue_booking_contact TEXT NOT NULL DEFAULT '',
        venue_booking_status TEXT NOT NULL DEFAULT 'not_booked'
          CHECK (venue_booking_status IN ('not_booked', 'requested', 'booked')),
        refreshments_what TEXT NOT NULL DEFAULT '',
        refreshments_supplier TEXT NOT NULL DEFAULT '',
        refreshments_supplier_contact TEXT NOT NULL DEFAULT '',
        refreshments_ordered_date TEXT ${DATE('refreshments_ordered_date')},
        refreshments_ordered_headcount INTEGER ${COUNT('refreshments_ordered_headcount')},
        refreshments_cost TEXT NOT NULL DEFAULT '',
        remote_link TEXT NOT NULL DEFAULT '',
        remote_for TEXT NOT NULL DEFAULT '',
        childcare_needed INTEGER NOT NULL DEFAULT 0 ${FLAG('childcare_needed')},
        childcare TEXT NOT NULL DEFAULT '',
        travel_support TEXT NOT NULL DEFAULT '',
        -- A JSON array of material keys ("flip_chart", ...): a short closed set, read whole.
        materials TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(materials) AND json_type(materials) = 'array'),
        other_materials TEXT NOT NULL DEFAULT '',
        reply_by TEXT ${DATE('reply_by')},
        purpose_fi TEXT NOT NULL DEFAULT '',
        purpose_sv TEXT NOT NULL DEFAULT '',
        purpose_en TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meeting_conference ON meeting(conference_id, date);
      -- A conference has exactly one meeting of its own; follow-ups are any number.
      CREATE UNIQUE INDEX meeting_one_conference_meeting ON meeting(conference_id) WHERE kind = 'conference';

      -- One line per interpreter language, in the order the convener wrote them.
      CREATE TABLE meeting_interpreter (
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        language TEXT NOT NULL,
        provider TEXT NOT NULL DEFAULT '',
        booked_date TEXT ${DATE('booked_date')},
        confirmed INTEGER NOT NULL DEFAULT 0 ${FLAG('confirmed')},
        mode TEXT NOT NULL DEFAULT 'on_site' CHECK (mode IN ('on_site', 'remote')),
        cost TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (meeting_id, position)
      ) STRICT;

      -- Ticked items of the settings' checklist template, by the template item's key.
      CREATE TABLE checklist_done (
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        done_date TEXT NOT NULL ${DATE('done_date')},
        PRIMARY KEY (meeting_id, key)
      ) STRICT;

      -- Items the convener added to one meeting's checklist; they keep their own done date.
      CREATE TABLE checklist_item (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        due_date TEXT ${DATE('due_date')},
        done_date TEXT ${DATE('done_date')}
      ) STRICT;
      CREATE INDEX checklist_item_meeting ON checklist_item(meeting_id, position);
    `);

    // Conferences made before this version get the meeting conference.create now writes,
    // stamped with the conference's creation time (deterministic, never in the future).
    const conferences = db.prepare('SELECT id, created_at FROM conference ORDER BY rowid').all() as {
      id: string;
      created_at: string;
    }[];
    const meeting = db.prepare(
      `INSERT INTO meeting (id, conference_id, kind, created_at, updated_at)
       VALUES (@meetingId, @id, 'conference', @created_at, @created_at)`,
    );
    for (const conference of conferences) meeting.run({ meetingId: randomUUID(), ...conference });
  },
};
