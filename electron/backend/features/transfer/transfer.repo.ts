import type { CellValue, TransferRow } from '../../../shared/transfer/transfer.schema';
import type { Db } from '../../db/raw-database';

/*
 * The export's SQL. Table and column names come from `transfer-tables.ts` and from the
 * database's own schema (never from a file): the file's names are only compared with them.
 */

/** Every table of the database, by name (SQLite's own excluded). */
export function databaseTables(db: Db): string[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
}

/** The columns of `table`, in the table's own order. */
export function tableColumns(db: Db, table: string): string[] {
  return db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table) as string[];
}

/** The database's schema version (the last migration applied). */
export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** True when a conference with `id` exists. */
export function conferenceExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM conference WHERE id = ?').get(id) !== undefined;
}

/** How many conferences the database holds. */
export function countConferences(db: Db): number {
  return db.prepare('SELECT count(*) FROM conference').pluck().get() as number;
}

/** The rows of `table` (all of them, or those `where` selects for one conference), in the order they were written. */
export function readRows(db: Db, table: string, where?: { sql: string; conferenceId: string }): TransferRow[] {
  if (!where) return db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as TransferRow[];
  return db.prepare(`SELECT * FROM "${table}" WHERE ${where.sql} ORDER BY rowid`).all({ conferenceId: where.conferenceId }) as TransferRow[];
}

/** Removes every row of `table` (an app-wide table the import replaces). */
export function clearTable(db: Db, table: string): void {
  db.prepare(`DELETE FROM "${table}"`).run();
}

/**
 * Writes `rows` into `table`, each with exactly `columns`; calls `failed` with the index of a
 * row SQLite refuses (a CHECK, a type, a duplicate key) and rethrows its error.
 */
export function insertRows(db: Db, table: string, columns: readonly string[], rows: readonly CellValue[][], failed: (index: number) => void): void {
  const names = columns.map((column) => `"${column}"`).join(', ');
  const statement = db.prepare(`INSERT INTO "${table}" (${names}) VALUES (${columns.map(() => '?').join(', ')})`);
  rows.forEach((row, index) => {
    try {
      statement.run(row);
    } catch (error) {
      failed(index);
      throw error;
    }
  });
}

/** Checks foreign keys after the rows are in: the first table with a reference to nothing, or null. */
export function firstBrokenReference(db: Db): { table: string; rowid: number | null } | null {
  const broken = db.prepare('PRAGMA foreign_key_check').get() as { table: string; rowid: number | null } | undefined;
  return broken ?? null;
}

/** Lets the rows go in in any order inside the transaction; foreign keys are checked at its end. */
export function deferForeignKeys(db: Db): void {
  db.pragma('defer_foreign_keys = ON');
}
