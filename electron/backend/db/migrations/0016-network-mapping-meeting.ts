import type { Migration } from './migration';

/* Shape checks written out here: a shipped migration never changes. */
const INSTANT = (column: string) =>
  `CHECK (${column} IS NULL OR ${column} GLOB ` +
  `'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9]Z')`;
/**
 * A part of a meeting day: any lower-case name. Which parts a meeting has is the meeting
 * kind's definition (`meeting-types.ts`), checked by the app, so a new kind needs no migration.
 */
const PART = `CHECK (length(part) BETWEEN 1 AND 40 AND part NOT GLOB '*[^a-z_]*')`;
const MONTH = (column: string) => `CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')`;
const COUNT = (column: string) => `CHECK (${column} >= 0)`;
const FLAG = (column: string) => `CHECK (${column} IN (0, 1))`;

/**
 * The tables whose checks change, as this step leaves them. Nothing refers to any of them,
 * so each is rebuilt the plain way: made anew beside the old, filled, the old dropped and
 * the new renamed (foreign keys stay on: nothing cascades, since no table points here).
 */
const REBUILT: Record<string, string> = {
  meeting_part_end: `
    meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    part TEXT NOT NULL ${PART},
    ended_at TEXT NOT NULL ${INSTANT('ended_at')},
    PRIMARY KEY (meeting_id, part)`,
  meeting_timer_segment: `
    meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    part TEXT NOT NULL ${PART},
    position INTEGER NOT NULL CHECK (position >= 0),
    started_at TEXT NOT NULL ${INSTANT('started_at')},
    ended_at TEXT ${INSTANT('ended_at')},
    CHECK (ended_at IS NULL OR ended_at >= started_at),
    PRIMARY KEY (meeting_id, part, position)`,
  conference_statistics: `
    id INTEGER PRIMARY KEY,
    meeting_type TEXT NOT NULL CHECK (meeting_type IN ('laheisneuvonpito', 'verkostokartoitus')),
    language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
    commission_month TEXT NOT NULL ${MONTH('commission_month')},
    closed_month TEXT CHECK (closed_month IS NULL OR closed_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    close_reason TEXT CHECK (close_reason IN ('plan_made', 'family_withdrew', 'other')),
    phase_reached TEXT NOT NULL CHECK (phase_reached IN ('toimeksianto', 'valmistelu', 'neuvonpito', 'seuranta')),
    children INTEGER NOT NULL ${COUNT('children')},
    network_members INTEGER NOT NULL ${COUNT('network_members')},
    invited INTEGER NOT NULL ${COUNT('invited')},
    attended INTEGER NOT NULL ${COUNT('attended')},
    follow_up_meetings INTEGER NOT NULL ${COUNT('follow_up_meetings')},
    plan_decided INTEGER NOT NULL ${FLAG('plan_decided')},
    interpreter_used INTEGER NOT NULL ${FLAG('interpreter_used')},
    other_language_used INTEGER NOT NULL ${FLAG('other_language_used')},
    deleted_month TEXT NOT NULL ${MONTH('deleted_month')},
    deleted_by TEXT NOT NULL CHECK (deleted_by IN ('convener', 'retention')),
    CHECK ((closed_month IS NULL) = (close_reason IS NULL))`,
};

const columnsOf = (db: Parameters<Migration['up']>[0], table: string) =>
  db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];

/**
 * The network-mapping meeting (issue 14), a second kind beside the conference
 * (`conference.meeting_type` has no check, so it takes the new kind as it is):
 * - a meeting day's clocks time the parts its kind's definition names, so `part` takes any
 *   lower-case name (the mapping meeting's eight steps, and a later kind's), and what is
 *   kept of a deleted conference may be of either kind;
 * - `meeting_turn`: each close person's turn to speak, one at a time (the one without
 *   `ended_at` has the floor);
 * - `meeting_flip_chart` and its lines: the concerns and support needs the work pair writes
 *   up, and what the client heard and hopes, under one version.
 * Every existing row stays as it was; no conference changes kind.
 */
export const migration0016: Migration = {
  version: 16,
  name: 'network-mapping-meeting',
  up(db) {
    for (const [table, body] of Object.entries(REBUILT)) {
      const columns = columnsOf(db, table);
      db.exec(`CREATE TABLE new_${table} (${body}) STRICT`);
      const lost = columns.filter((column) => !columnsOf(db, `new_${table}`).includes(column));
      if (lost.length > 0) throw new Error(`Migration 16 would drop ${table} columns: ${lost.join(', ')}`);
      const list = columns.map((column) => `"${column}"`).join(', ');
      db.exec(`INSERT INTO new_${table} (${list}) SELECT ${list} FROM ${table}`);
      db.exec(`DROP TABLE ${table}`);
      db.exec(`ALTER TABLE new_${table} RENAME TO ${table}`);
    }
    db.exec(`
      -- One clock at a time, as 0004 had it.
      CREATE UNIQUE INDEX meeting_timer_one_running ON meeting_timer_segment(meeting_id) WHERE ended_at IS NULL;

      CREATE TABLE meeting_turn (
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES network_member(id) ON DELETE CASCADE,
        started_at TEXT NOT NULL ${INSTANT('started_at')},
        ended_at TEXT ${INSTANT('ended_at')},
        CHECK (ended_at IS NULL OR ended_at >= started_at),
        PRIMARY KEY (meeting_id, member_id)
      ) STRICT;
      CREATE INDEX meeting_turn_member ON meeting_turn(member_id);
      -- One person has the floor at a time.
      CREATE UNIQUE INDEX meeting_turn_one_speaking ON meeting_turn(meeting_id) WHERE ended_at IS NULL;

      CREATE TABLE meeting_flip_chart (
        meeting_id TEXT PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
        client_view TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE meeting_flip_chart_line (
        meeting_id TEXT NOT NULL REFERENCES meeting_flip_chart(meeting_id) ON DELETE CASCADE,
        list TEXT NOT NULL CHECK (list IN ('concern', 'support')),
        position INTEGER NOT NULL CHECK (position >= 0),
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 300),
        PRIMARY KEY (meeting_id, list, position)
      ) STRICT;
    `);
  },
};
