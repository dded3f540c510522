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
 * `plan_item` as 0006 left it, but its owner may also be one of the conference's children
 * (`owner_child_id`). The child reference has no cascade, as a member's has none: removing
 * a child who owns a task is refused by the app, and the database refuses it too.
 */
const PLAN_ITEM = `
  CREATE TABLE plan_item (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    question_id TEXT,
    what TEXT NOT NULL,
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('member', 'social_worker', 'child')),
    owner_member_id TEXT REFERENCES network_member(id)
      CHECK ((owner_kind IS 'member') = (owner_member_id IS NOT NULL)),
    owner_child_id TEXT REFERENCES conference_child(id)
      CHECK ((owner_kind IS 'child') = (owner_child_id IS NOT NULL)),
    from_date TEXT ${DATE('from_date')},
    by_date TEXT ${DATE('by_date')},
    follow_up TEXT NOT NULL DEFAULT '',
    ${PERSON('checker', true)}
  ) STRICT;
  CREATE INDEX plan_item_plan ON plan_item(plan_id, position);
  CREATE INDEX plan_item_owner ON plan_item(owner_member_id);
  CREATE INDEX plan_item_owner_child ON plan_item(owner_child_id);
  CREATE INDEX plan_item_checker ON plan_item(checker_member_id);
  CREATE INDEX plan_item_question ON plan_item(question_id);`;

const columnsOf = (db: Parameters<Migration['up']>[0], table: string) =>
  db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];

/**
 * A plan task's owner may be a child of the conference (an older child often takes one
 * on): `plan_item` gets `owner_child_id` and a wider check on `owner_kind`. SQLite changes
 * a check only by rebuilding the table, done as 0006 did it: inside the migration's
 * transaction, where `foreign_keys` cannot be turned off, every table that refers to
 * `plan_item` (its bottom lines, the follow-up reviews) is copied aside and dropped first,
 * made again from its own stored SQL and filled back; `foreign_key_check` proves nothing
 * was left dangling. Every row keeps its owner as it was.
 */
export const migration0015: Migration = {
  version: 15,
  name: 'child-plan-owner',
  up(db) {
    // The tables that refer to plan_item, made again as they are.
    const referring = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]
    ).filter(
      (table) =>
        table !== 'plan_item' &&
        (db.prepare('SELECT "table" FROM pragma_foreign_key_list(?)').pluck().all(table) as string[]).includes('plan_item'),
    );
    const asWas = new Map(
      referring.map((table) => [
        table,
        (
          db
            .prepare("SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type = 'index', rowid")
            .pluck()
            .all(table) as string[]
        ).join(';\n'),
      ]),
    );
    const oldColumns = columnsOf(db, 'plan_item');

    // Copy aside, then drop children before their parent: nothing cascades.
    const order = [...referring, 'plan_item'];
    for (const table of order) db.exec(`CREATE TEMP TABLE keep_${table} AS SELECT * FROM main.${table}`);
    for (const table of order) db.exec(`DROP TABLE main.${table}`);

    db.exec(PLAN_ITEM);
    // A column another step added and this one does not know would be lost: refuse instead.
    const lost = oldColumns.filter((column) => !columnsOf(db, 'plan_item').includes(column));
    if (lost.length > 0) throw new Error(`Migration 15 would drop plan_item columns: ${lost.join(', ')}`);
    for (const table of referring) db.exec(asWas.get(table)!);

    // Filled back parent first, column by column; the new owner_child_id starts null.
    const fillBack = (table: string, columns: string[]) => {
      const list = columns.map((column) => `"${column}"`).join(', ');
      db.exec(`INSERT INTO main.${table} (${list}) SELECT ${list} FROM temp.keep_${table}`);
      db.exec(`DROP TABLE temp.keep_${table}`);
    };
    fillBack('plan_item', oldColumns);
    for (const table of referring) fillBack(table, columnsOf(db, table));

    const broken = db.prepare('PRAGMA foreign_key_check').all();
    if (broken.length > 0) throw new Error(`Foreign keys broken by migration 15: ${JSON.stringify(broken)}`);
  },
};
