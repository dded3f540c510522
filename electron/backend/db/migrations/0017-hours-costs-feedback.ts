import type { Migration } from './migration';

/* Shape checks written out here: a shipped migration never changes. */
const DATE = (column: string) =>
  `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;
const MONTH = (column: string) => `CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')`;
const CENTS = (column: string) => `CHECK (${column} IS NULL OR ${column} BETWEEN 0 AND 100000000)`;
const MINUTES = (column: string) => `CHECK (${column} IS NULL OR ${column} BETWEEN 1 AND 1440)`;
const ANSWER = (column: string) => `CHECK (${column} IS NULL OR ${column} IN ('yes', 'partly', 'no'))`;

/**
 * Cents of a cost as it was written (free text until now): "120", "120,50 €", "1 200 e".
 * Null when the text is no plain amount; such a text is kept in the meeting's notes.
 */
function centsOf(text: string): number | null {
  const plain = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .toLowerCase()
    .replace(/^€/, '')
    .replace(/(€|e|eur|euroa|euro)$/, '');
  const match = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(plain);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

type Db = Parameters<Migration['up']>[0];

/**
 * The costs written as free text become amounts (cents): the venue gets a cost of its own,
 * refreshments and each interpreter keep theirs. A text that is no plain amount ("sisältyy
 * hintaan") is not dropped: it is added to the meeting's notes with what it was the cost of.
 */
function costsToCents(db: Db): void {
  db.exec(`
    ALTER TABLE meeting ADD COLUMN venue_cost_cents INTEGER ${CENTS('venue_cost_cents')};
    ALTER TABLE meeting ADD COLUMN refreshments_cost_cents INTEGER ${CENTS('refreshments_cost_cents')};
    ALTER TABLE meeting_interpreter ADD COLUMN cost_cents INTEGER ${CENTS('cost_cents')};
  `);
  const kept = new Map<string, string[]>();
  const keep = (meetingId: string, line: string) => kept.set(meetingId, [...(kept.get(meetingId) ?? []), line]);
  const meetings = db.prepare("SELECT id, refreshments_cost FROM meeting WHERE trim(refreshments_cost) <> ''").all() as {
    id: string;
    refreshments_cost: string;
  }[];
  const setRefreshments = db.prepare('UPDATE meeting SET refreshments_cost_cents = ? WHERE id = ?');
  for (const { id, refreshments_cost: text } of meetings) {
    const cents = centsOf(text);
    if (cents === null) keep(id, `Tarjoilun kustannus: ${text.trim()}`);
    else setRefreshments.run(cents, id);
  }
  const interpreters = db
    .prepare("SELECT meeting_id, position, language, cost FROM meeting_interpreter WHERE trim(cost) <> ''")
    .all() as { meeting_id: string; position: number; language: string; cost: string }[];
  const setInterpreter = db.prepare('UPDATE meeting_interpreter SET cost_cents = ? WHERE meeting_id = ? AND position = ?');
  for (const row of interpreters) {
    const cents = centsOf(row.cost);
    if (cents === null) keep(row.meeting_id, `Tulkin kustannus (${row.language}): ${row.cost.trim()}`);
    else setInterpreter.run(cents, row.meeting_id, row.position);
  }
  const appendNotes = db.prepare(
    "UPDATE meeting SET notes = CASE WHEN notes = '' THEN @lines ELSE notes || char(10) || @lines END WHERE id = @id",
  );
  for (const [id, lines] of kept) appendNotes.run({ id, lines: lines.join('\n') });
  db.exec(`
    ALTER TABLE meeting DROP COLUMN refreshments_cost;
    ALTER TABLE meeting_interpreter DROP COLUMN cost;
  `);
}

/**
 * What a convener's year is reported from (issue 15):
 * - costs as amounts (see `costsToCents`), and `conference_cost`: travel and other costs of a
 *   conference, each on a date and, when it was for one, a meeting;
 * - `work_entry`: the convener's working time per conference; `contact_entry.duration_minutes`:
 *   the length of a contact, which counts as working time without being entered twice;
 * - `meeting_feedback` and its responses: the participants' feedback forms of a meeting,
 *   per group and without names, under one version;
 * - `statistics_record`: what is kept of a deleted conference from now on, as one anonymous
 *   record (JSON, no names, no references, no free text, months instead of dates).
 *   `conference_statistics` (0008) keeps what earlier versions kept, and is no longer written.
 */
export const migration0017: Migration = {
  version: 17,
  name: 'hours-costs-feedback',
  up(db) {
    costsToCents(db);
    db.exec(`
      ALTER TABLE contact_entry ADD COLUMN duration_minutes INTEGER ${MINUTES('duration_minutes')};

      CREATE TABLE work_entry (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        date TEXT NOT NULL ${DATE('date')},
        minutes INTEGER NOT NULL ${MINUTES('minutes')},
        activity TEXT NOT NULL CHECK (activity IN ('preparation', 'travel', 'meeting', 'documents', 'follow_up', 'other')),
        version INTEGER NOT NULL CHECK (version >= 1),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX work_entry_conference ON work_entry(conference_id, date);

      CREATE TABLE conference_cost (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        -- The meeting it was a cost of; a cost of the preparation has none.
        meeting_id TEXT REFERENCES meeting(id) ON DELETE SET NULL,
        date TEXT NOT NULL ${DATE('date')},
        kind TEXT NOT NULL CHECK (kind IN ('travel', 'other')),
        what TEXT NOT NULL CHECK (length(what) <= 200),
        amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 1 AND 100000000),
        version INTEGER NOT NULL CHECK (version >= 1),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX conference_cost_conference ON conference_cost(conference_id, date);
      CREATE INDEX conference_cost_meeting ON conference_cost(meeting_id);

      CREATE TABLE meeting_feedback (
        meeting_id TEXT PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- One returned form: its group and answers, never a name or a comment.
      CREATE TABLE meeting_feedback_response (
        meeting_id TEXT NOT NULL REFERENCES meeting_feedback(meeting_id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        respondent_group TEXT NOT NULL CHECK (respondent_group IN ('child', 'parents', 'family', 'workers')),
        satisfaction INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 10),
        heard TEXT ${ANSWER('heard')},
        plan_helps TEXT ${ANSWER('plan_helps')},
        PRIMARY KEY (meeting_id, position)
      ) STRICT;

      CREATE TABLE statistics_record (
        id INTEGER PRIMARY KEY,
        record TEXT NOT NULL CHECK (json_valid(record) AND json_type(record) = 'object'),
        deleted_month TEXT NOT NULL ${MONTH('deleted_month')},
        deleted_by TEXT NOT NULL CHECK (deleted_by IN ('convener', 'retention'))
      ) STRICT;
    `);
  },
};
