import type { Migration } from './migration';

/*
 * Cheap shape checks, so a row the app would misread cannot get in by another road
 * (a bug, a hand-edited file). Written out here: a shipped migration never changes.
 */
const DATE = (column: string) =>
  `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;

/** A person a plan names, as 0004 wrote it: a member (no cascade) or the social worker. */
const PERSON = (prefix: string, nullable = false) => `
  ${prefix}_kind TEXT ${nullable ? '' : 'NOT NULL'} CHECK (${prefix}_kind IN ('member', 'social_worker')),
  ${prefix}_member_id TEXT REFERENCES network_member(id)
    CHECK ((${prefix}_kind IS 'member') = (${prefix}_member_id IS NOT NULL))`;

/**
 * The plan's links to the summary without foreign keys into `summary_item`: one that sets
 * null or cascades reached into decided plans and rewrote them. While a plan is undecided
 * the app keeps its links pointing at the summary (removing a question moves its answers
 * to "other agreements"); a decided plan's links name lines of its own kept copy.
 */
const PLAN_ITEM = `
  CREATE TABLE plan_item (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    question_id TEXT,
    what TEXT NOT NULL,
    ${PERSON('owner')},
    from_date TEXT ${DATE('from_date')},
    by_date TEXT ${DATE('by_date')},
    follow_up TEXT NOT NULL DEFAULT '',
    ${PERSON('checker', true)}
  ) STRICT;
  CREATE INDEX plan_item_plan ON plan_item(plan_id, position);
  CREATE INDEX plan_item_owner ON plan_item(owner_member_id);
  CREATE INDEX plan_item_checker ON plan_item(checker_member_id);
  CREATE INDEX plan_item_question ON plan_item(question_id);`;

const PLAN_ITEM_BOTTOM_LINE = `
  CREATE TABLE plan_item_bottom_line (
    item_id TEXT NOT NULL REFERENCES plan_item(id) ON DELETE CASCADE,
    summary_item_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (item_id, summary_item_id)
  ) STRICT;
  CREATE INDEX plan_item_bottom_line_summary ON plan_item_bottom_line(summary_item_id);`;

const PLAN_NOT_ACCEPTABLE_CHECK = `
  CREATE TABLE plan_not_acceptable_check (
    plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    summary_item_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (plan_id, summary_item_id)
  ) STRICT;
  CREATE INDEX plan_not_acceptable_check_summary ON plan_not_acceptable_check(summary_item_id);`;

/** The tables whose foreign keys change, children before their parent. */
const REBUILT = ['plan_item_bottom_line', 'plan_not_acceptable_check', 'plan_item'] as const;

/**
 * Decided plans keep what they answered and whom they named. A plan version accepted
 * (with or without changes) gets copies of its conference's summary lists, network names,
 * children, social worker, language and meeting dates; existing decided plans get them
 * from the rows as they are now. The plan's links to the summary lose their foreign keys
 * (SQLite changes a foreign key only by rebuilding the table).
 *
 * The rebuild follows SQLite's procedure for other schema changes (lang_altertable.html,
 * "12 steps") inside the migration's transaction, where `foreign_keys` cannot be turned
 * off: so that dropping `plan_item` cascades into nothing, every table that refers to it
 * is copied aside and dropped first, then made again (those not changed here from their
 * own stored SQL) and filled back; `foreign_key_check` proves nothing was left dangling.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'decided-plan-kept',
  up(db) {
    db.exec(`
      -- One row per decided plan version: its copies were taken (kept_at) and are never changed.
      CREATE TABLE plan_kept (
        plan_id TEXT PRIMARY KEY REFERENCES plan(id) ON DELETE CASCADE,
        kept_at TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
        social_worker_name TEXT NOT NULL,
        conference_date TEXT ${DATE('conference_date')},
        meeting_date TEXT ${DATE('meeting_date')}
      ) STRICT;

      -- The summary's four lists as they stood: the questions answered and the bottom lines.
      CREATE TABLE plan_kept_summary_item (
        plan_id TEXT NOT NULL REFERENCES plan_kept(plan_id) ON DELETE CASCADE,
        summary_item_id TEXT NOT NULL,
        list TEXT NOT NULL CHECK (list IN ('open', 'general', 'must_include', 'not_acceptable')),
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (plan_id, summary_item_id)
      ) STRICT;

      -- The network's names and roles as they stood; contact details follow the network.
      CREATE TABLE plan_kept_member (
        plan_id TEXT NOT NULL REFERENCES plan_kept(plan_id) ON DELETE CASCADE,
        member_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        relation TEXT NOT NULL,
        organisation TEXT NOT NULL,
        PRIMARY KEY (plan_id, member_id)
      ) STRICT;

      -- The children the plan is for, as they stood.
      CREATE TABLE plan_kept_child (
        plan_id TEXT NOT NULL REFERENCES plan_kept(plan_id) ON DELETE CASCADE,
        child_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        first_name TEXT NOT NULL,
        birth_year INTEGER NOT NULL,
        PRIMARY KEY (plan_id, child_id)
      ) STRICT;

      -- Decided plans made before this version: their copies from the rows as they are now,
      -- taken at the plan's last change.
      INSERT INTO plan_kept (plan_id, kept_at, language, social_worker_name, conference_date, meeting_date)
      SELECT p.id, p.updated_at,
        CASE WHEN c.language IN ('fi', 'sv', 'en') THEN c.language ELSE 'fi' END,
        c.social_worker_name,
        (SELECT m.date FROM meeting m WHERE m.conference_id = p.conference_id AND m.kind = 'conference'),
        (SELECT m.date FROM meeting m WHERE m.id = p.meeting_id)
      FROM plan p JOIN conference c ON c.id = p.conference_id
      WHERE p.decision_outcome IN ('accepted', 'accepted_with_changes')
      ORDER BY p.rowid;

      INSERT INTO plan_kept_summary_item (plan_id, summary_item_id, list, position, text)
      SELECT k.plan_id, s.id, s.list, s.position, s.text
      FROM plan_kept k JOIN plan p ON p.id = k.plan_id JOIN summary_item s ON s.conference_id = p.conference_id;

      INSERT INTO plan_kept_member (plan_id, member_id, position, name, relation, organisation)
      SELECT k.plan_id, n.id, ROW_NUMBER() OVER (PARTITION BY k.plan_id ORDER BY n.rowid) - 1,
        n.name, n.relation, CASE WHEN n.is_worker = 1 THEN n.worker_organisation ELSE '' END
      FROM plan_kept k JOIN plan p ON p.id = k.plan_id JOIN network_member n ON n.conference_id = p.conference_id;

      INSERT INTO plan_kept_child (plan_id, child_id, position, first_name, birth_year)
      SELECT k.plan_id, ch.id, ch.position, ch.first_name, ch.birth_year
      FROM plan_kept k JOIN plan p ON p.id = k.plan_id JOIN conference_child ch ON ch.conference_id = p.conference_id;
    `);

    // Every other table that refers to plan_item (follow-up reviews): made again as it was.
    const rebuilt = new Set<string>(REBUILT);
    const referring = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]
    ).filter(
      (table) =>
        !rebuilt.has(table) &&
        (db.prepare('SELECT "table" FROM pragma_foreign_key_list(?)').pluck().all(table) as string[]).includes('plan_item'),
    );
    const storedSql = (table: string) =>
      db
        .prepare("SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type = 'index', rowid")
        .pluck()
        .all(table) as string[];
    const asWas = new Map(referring.map((table) => [table, storedSql(table).join(';\n')]));

    // Copy aside, then drop children before their parent: nothing cascades.
    const order = [...referring, ...REBUILT];
    for (const table of order) db.exec(`CREATE TEMP TABLE keep_${table} AS SELECT * FROM main.${table}`);
    for (const table of order) db.exec(`DROP TABLE main.${table}`);

    // Made again, parent first, and filled back column by column.
    db.exec(PLAN_ITEM + PLAN_ITEM_BOTTOM_LINE + PLAN_NOT_ACCEPTABLE_CHECK);
    for (const table of referring) db.exec(asWas.get(table)!);
    for (const table of [...[...REBUILT].reverse(), ...referring]) {
      const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[])
        .map((column) => `"${column}"`)
        .join(', ');
      db.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM temp.keep_${table}`);
      db.exec(`DROP TABLE temp.keep_${table}`);
    }

    const broken = db.prepare('PRAGMA foreign_key_check').all();
    if (broken.length > 0) throw new Error(`Foreign keys broken by migration 6: ${JSON.stringify(broken)}`);
  },
};
