import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseOpenError, DatabaseTooNewError, databaseOpenReason } from '../errors';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

export type Db = Database.Database;

export const DATABASE_FILE = 'neuvonpito.sqlite';

/**
 * The pragmas every connection runs with, checked after setting them. A writer waits up to
 * `busy_timeout` ms for another process's write (the dispatcher begins writes immediately).
 */
const PRAGMAS = { journal_mode: 'wal', synchronous: 2, foreign_keys: 1, busy_timeout: 5000 } as const;

/**
 * Opens (creating if needed) the database in `dataDir`, sets and asserts the pragmas
 * and brings the schema up to date. Refuses a database from a newer app version
 * (DatabaseTooNewError); any other failure to open is a DatabaseOpenError with its reason.
 */
export function openDatabase(dataDir: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  const file = join(dataDir, DATABASE_FILE);
  try {
    return openFile(dataDir, file, migrations);
  } catch (error) {
    if (error instanceof DatabaseTooNewError) throw error;
    throw new DatabaseOpenError(databaseOpenReason(error), file, { cause: error });
  }
}

function openFile(dataDir: string, file: string, migrations: readonly Migration[]): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(file);
  try {
    // Before any pragma: switching journal mode would already rewrite a newer app's file.
    refuseNewer(db, migrations.length);
    applyPragmas(db);
    migrate(db, file, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  for (const [name, expected] of Object.entries(PRAGMAS)) {
    const actual = db.pragma(name, { simple: true });
    if (actual !== expected) {
      throw new Error(`SQLite pragma ${name} is ${String(actual)}, expected ${String(expected)}`);
    }
  }
}

function refuseNewer(db: Db, latest: number): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
}

/** Runs the pending migrations and bumps user_version, all in one transaction. */
function migrate(db: Db, file: string, migrations: readonly Migration[]): void {
  const latest = migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current >= latest) return;
  if (current > 0) backUp(db, file, current);
  db.transaction(() => {
    for (const migration of migrations.slice(current)) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
}

/** A copy next to the database before its schema changes, e.g. `neuvonpito.sqlite.v1.bak`. */
function backUp(db: Db, file: string, version: number): void {
  let target = `${file}.v${version}.bak`;
  for (let n = 2; existsSync(target); n++) target = `${file}.v${version}.${n}.bak`;
  mkdirSync(dirname(target), { recursive: true });
  db.prepare('VACUUM INTO ?').run(target);
}

export { LATEST_VERSION };
