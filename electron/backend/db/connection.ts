import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DatabaseDamagedError, DatabaseOpenError, DatabaseTooNewError, databaseOpenReason } from '../errors';
import { DatabaseKeyError, isDatabaseKey } from './database-key';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import { flushFile, flushFolder } from '../durable-file';
import { BACKUPS_FOLDER, listBackups, makeBackup, type BackupOptions } from './backups';
import { fileDamage } from './integrity';
import { openRawDatabase, type Db } from './raw-database';

export const DATABASE_FILE = 'neuvonpito.sqlite';

/**
 * The pragmas every connection runs with, checked after setting them. A writer waits up to
 * `busy_timeout` ms for another process's write (the dispatcher begins writes immediately).
 * `secure_delete` overwrites what a delete frees with zeros, so a deleted conference's names
 * are not left readable in free space of the file (issue 12, deletion that is real).
 */
const PRAGMAS = { journal_mode: 'wal', synchronous: 2, foreign_keys: 1, busy_timeout: 5000, secure_delete: 1 } as const;

/**
 * Opens (creating if needed) the encrypted database in `dataDir` with `key` (64 hex
 * characters, see database-key.ts), sets and asserts the pragmas and brings the schema up to
 * date, after a verified backup in `backups/` (db/backups.ts; `options.now` names it). A plain
 * database from an earlier version is encrypted first (`encryptPlainDatabase`).
 *
 * Fails closed, touching nothing: without a key, or with a key that does not open the file,
 * a DatabaseKeyError; a database from a newer app version, DatabaseTooNewError; any other
 * failure to open, a DatabaseOpenError with its reason.
 */
export interface OpenOptions {
  /** The clock that names a pre-migration backup (the dispatcher's `now`). */
  now?: () => Date;
  /** For tests: how a written backup is checked (db/backups.ts `verifyBackup` by default). */
  verifyBackup?: BackupOptions['verify'];
}

export function openDatabase(
  dataDir: string,
  key: string | undefined,
  migrations: readonly Migration[] = MIGRATIONS,
  options: OpenOptions = {},
): Db {
  const file = join(dataDir, DATABASE_FILE);
  try {
    return openFile(dataDir, file, key, migrations, options);
  } catch (error) {
    if (error instanceof DatabaseTooNewError || error instanceof DatabaseKeyError || error instanceof DatabaseOpenError) throw error;
    throw new DatabaseOpenError(databaseOpenReason(error), file, { cause: error });
  }
}

function openFile(dataDir: string, file: string, key: string | undefined, migrations: readonly Migration[], options: OpenOptions): Db {
  mkdirSync(dataDir, { recursive: true });
  // What the files alone show (integrity.ts): a missing, empty, cut-short file, a damaged WAL.
  // A file that is no whole number of pages was never a database: it is called damaged, not
  // locked, whatever key comes with it. Nothing is created beside a data directory's backups.
  const damage = fileDamage(file, hasBackups(dataDir));
  if (damage !== null) throw new DatabaseDamagedError(damage, file);
  const kind = databaseFileKind(file);
  // Read-only, before the key is even looked at: a newer app's file is never rewritten.
  if (kind === 'plain') readOnly(file, null, (plain) => refuseNewer(plain, migrations.length));
  if (key === undefined || key === '') throw new DatabaseKeyError('missing_key', file);
  if (!isDatabaseKey(key)) throw new DatabaseKeyError('wrong_key', file);
  if (kind === 'encrypted') checkContents(dataDir, file, key);
  if (kind === 'plain') encryptPlainDatabase(file, key);
  encryptPlainBackups(file, key);

  const db = openRawDatabase(file, key);
  try {
    // Before any pragma: switching journal mode would already rewrite a newer app's file.
    refuseNewer(db, migrations.length);
    applyPragmas(db);
    migrate(db, migrations, () => backUpBeforeMigration(db, dataDir, key, options));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** Where page 1 starts in a WAL file: after the 32-byte file header and the 24-byte frame header. */
const WAL_FIRST_PAGE = 56;

/**
 * What `file` holds, from its first bytes, without opening it: `none` (no file, or nothing
 * written yet), `plain` (an unencrypted SQLite database: every user's file before encryption)
 * or `encrypted` (anything else: an SQLCipher file begins with its random salt). A new
 * WAL-mode database may have all its pages still in the `-wal` file, so an empty file looks there.
 */
export function databaseFileKind(file: string): 'none' | 'plain' | 'encrypted' {
  const head = readBytes(file, 0, SQLITE_MAGIC.length);
  if (head !== null && head.length > 0) return head.equals(SQLITE_MAGIC) ? 'plain' : 'encrypted';
  const walHead = readBytes(`${file}-wal`, WAL_FIRST_PAGE, SQLITE_MAGIC.length);
  if (walHead === null || walHead.length === 0) return 'none';
  return walHead.equals(SQLITE_MAGIC) ? 'plain' : 'encrypted';
}

function readBytes(file: string, position: number, length: number): Buffer | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, position));
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks on a read-only connection that `key` opens the encrypted `file` and that
 * `PRAGMA quick_check` finds it whole, so that neither a wrong key nor a damaged file ever gets
 * as far as a connection that could checkpoint or rewrite it. SQLCipher cannot tell a wrong key
 * from a damaged first page; when a backup opens with the same key, the key is right and the
 * file is called damaged.
 */
export function checkContents(dataDir: string, file: string, key: string): void {
  try {
    readOnly(file, key, (db) => {
      const result = db.pragma('quick_check', { simple: true });
      if (result !== 'ok') throw new DatabaseDamagedError('corrupt', file, { cause: new Error(`quick_check: ${String(result).slice(0, 300)}`) });
    });
  } catch (error) {
    if (error instanceof DatabaseDamagedError) throw error;
    const code = String((error as { code?: unknown }).code ?? '');
    if (code === 'SQLITE_NOTADB') {
      if (aBackupOpensWith(dataDir, key)) throw new DatabaseDamagedError('corrupt', file, { cause: error });
      throw new DatabaseKeyError('wrong_key', file, { cause: error });
    }
    if (code.startsWith('SQLITE_CORRUPT')) throw new DatabaseDamagedError('corrupt', file, { cause: error });
    throw error;
  }
}

/**
 * True when the data directory has backups, so it has had data. A backups folder that cannot be
 * read counts as having them: a missing database beside it is never silently made anew.
 */
export function hasBackups(dataDir: string): boolean {
  try {
    return listBackups(dataDir).length > 0;
  } catch {
    return existsSync(join(dataDir, BACKUPS_FOLDER));
  }
}

/** True when one of the newest backups of `dataDir` opens with `key` (read-only; nothing is left behind). */
function aBackupOpensWith(dataDir: string, key: string): boolean {
  return listBackups(dataDir)
    .slice(0, 3)
    .some((entry) => {
      try {
        readOnly(join(dataDir, BACKUPS_FOLDER, entry.name), key, () => {});
        return true;
      } catch {
        return false;
      }
    });
}

/**
 * Runs `read` on a read-only connection to `file`. A read-only connection to a WAL-mode file
 * makes a `-wal` and `-shm` beside it when they are missing (the WAL empty, the `-shm` only an
 * index of it); those it made are removed again, so a refused open leaves the folder as it was.
 */
function readOnly(file: string, key: string | null, read: (db: Db) => void): void {
  const sideFiles = [`${file}-wal`, `${file}-shm`].filter((side) => !existsSync(side));
  try {
    const db = openRawDatabase(file, key, { readonly: true, fileMustExist: true });
    try {
      read(db);
    } finally {
      db.close();
    }
  } finally {
    // What was missing had no other connection: an empty WAL and an index to rebuild at will.
    for (const side of sideFiles) rmSync(side, { force: true });
  }
}

/** The steps of `encryptPlainDatabase`, named for the tests that kill it between them. */
export type EncryptStep = 'copied' | 'rekeyed' | 'verified' | 'checkpointed' | 'closed' | 'renamed';

/**
 * Encrypts the plain database `file` with `key` so that a crash at any moment leaves either
 * the plain original, untouched, or the complete encrypted file, never a half-encrypted one:
 * 1. `VACUUM INTO` a copy beside it (`.encrypting`; a leftover from a crash is thrown away),
 * 2. encrypt the copy with `PRAGMA rekey` (it is not in WAL mode, which rekey needs),
 * 3. check the copy: it opens with the key, `quick_check` is ok, the schema version and
 *    every table's row count are the original's,
 * 4. checkpoint and close the original, so that its `-wal` holds nothing,
 * 5. rename the copy over the original (atomic) and flush the folder.
 * `onStep` is for tests only.
 */
export function encryptPlainDatabase(file: string, key: string, onStep: (step: EncryptStep) => void = () => {}): void {
  const copy = `${file}.encrypting`;
  rmSync(copy, { force: true });
  rmSync(`${copy}-journal`, { force: true });
  const plain = openRawDatabase(file, null, { fileMustExist: true });
  let closed = false;
  try {
    plain.pragma('busy_timeout = 5000');
    const expected = contents(plain);
    plain.prepare('VACUUM INTO ?').run(copy);
    onStep('copied');

    const target = openRawDatabase(copy, null, { fileMustExist: true });
    try {
      target.pragma('journal_mode = DELETE');
      target.pragma('synchronous = FULL');
      target.pragma("cipher = 'sqlcipher'");
      target.pragma('legacy = 4');
      target.pragma(`rekey = "x'${key}'"`);
    } finally {
      target.close();
    }
    onStep('rekeyed');

    const check = openRawDatabase(copy, key, { readonly: true, fileMustExist: true });
    try {
      const quickCheck = check.pragma('quick_check', { simple: true });
      if (quickCheck !== 'ok') throw new Error(`The encrypted copy ${copy} failed quick_check: ${String(quickCheck)}`);
      const actual = contents(check);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        throw new Error(`The encrypted copy ${copy} does not hold what ${file} holds`);
      }
    } finally {
      check.close();
    }
    flushFile(copy);
    onStep('verified');

    plain.pragma('wal_checkpoint(TRUNCATE)');
    onStep('checkpointed');
    plain.close();
    closed = true;
  } catch (error) {
    if (!closed) plain.close();
    rmSync(copy, { force: true });
    throw error;
  }
  // The original's WAL was checkpointed into it and emptied: an empty one and the shared-memory
  // index belong to the plain file and must not meet the encrypted one.
  if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) {
    rmSync(copy, { force: true });
    throw new Error(`${file}-wal still holds changes after the checkpoint; another program has the database open`);
  }
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  onStep('closed');
  renameSync(copy, file);
  flushFolder(dirname(file));
  onStep('renamed');
}

/**
 * Earlier versions left plain pre-migration copies (`neuvonpito.sqlite.v1.bak`) beside the
 * database; each is encrypted the same way, so no readable copy of the family's data stays.
 */
function encryptPlainBackups(file: string, key: string): void {
  const prefix = `${basename(file)}.`;
  for (const name of readdirSync(dirname(file))) {
    if (!name.startsWith(prefix) || !name.endsWith('.bak')) continue;
    const backup = join(dirname(file), name);
    if (databaseFileKind(backup) === 'plain') encryptPlainDatabase(backup, key);
  }
}

/** The schema version and the row count of every table: what a faithful copy must keep. */
function contents(db: Db): { version: number; rows: Record<string, number> } {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  const rows = Object.fromEntries(
    tables.map((table) => [table, db.prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`).pluck().get() as number]),
  );
  return { version: db.pragma('user_version', { simple: true }) as number, rows };
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('secure_delete = ON');
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
function migrate(db: Db, migrations: readonly Migration[], backUp: () => void): void {
  const latest = migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current >= latest) return;
  if (current > 0) backUp();
  db.transaction(() => {
    for (const migration of migrations.slice(current)) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
}

/**
 * A verified backup in `<dataDir>/backups/` (reason `migration`) before the schema changes. The
 * schema is not changed without one: a failed backup stops the open (DatabaseOpenError).
 */
function backUpBeforeMigration(db: Db, dataDir: string, key: string, options: OpenOptions): void {
  const outcome = makeBackup(db, dataDir, key, 'migration', (options.now ?? (() => new Date()))(), { verify: options.verifyBackup });
  if (!outcome.ok) throw outcome.error;
}
