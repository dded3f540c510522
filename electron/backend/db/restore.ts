import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { flushFile, flushFolder } from '../durable-file';
import { BACKUPS_FOLDER, makeBackup, parseBackupName, verifyBackup } from './backups';
import { checkContents, DATABASE_FILE, hasBackups } from './connection';
import { openRawDatabase } from './raw-database';
import { fileDamage, markClosedCleanly, openMarker } from './integrity';

/** Why a restore was refused; nothing was changed. */
export type RestoreProblem =
  /** No backup of that name in the backups folder (or the name is not a backup's). */
  | 'not_found'
  /** The backup does not open with the key, or fails `quick_check`. */
  | 'backup_damaged'
  /** The current database could not be backed up first (its backup failed). */
  | 'backup_failed'
  /** Another program still has the database open (its WAL holds changes after closing). */
  | 'in_use';

export class RestoreError extends Error {
  constructor(
    readonly problem: RestoreProblem,
    readonly backup: string,
    options?: { cause?: unknown },
  ) {
    const cause = options?.cause instanceof Error ? `: ${options.cause.message}` : '';
    super(`The backup ${backup} was not restored (${problem})${cause}`, options);
    this.name = 'RestoreError';
  }
}

/** What a restore did with the database that was there. */
export type RestoreKept =
  /** It was readable: kept as this backup (reason `restore`) in the backups folder. */
  | { kind: 'backup'; name: string }
  /** It was damaged: its files (those there were) moved into this folder, untouched. */
  | { kind: 'damaged'; folder: string; files: string[] }
  /** There was no database file, WAL or index to keep. */
  | { kind: 'none' };

export interface RestoreOutcome {
  /** The backup now in place. */
  restored: string;
  kept: RestoreKept;
}

/** The steps of a restore, named for the tests that kill it between them. */
export type RestoreStep = 'copied' | 'backedUp' | 'sideFilesMoved' | 'linked' | 'renamed';

/** The copy being written beside the database; a leftover from a crash is thrown away. */
const RESTORING_SUFFIX = '.restoring';

/**
 * Puts the backup `name` (a file in `<dataDir>/backups/`, see backups.ts `listBackups`) in
 * place of the database of `dataDir`, whose key is `key`. Runs on closed files: at startup, or
 * through `store.reopenAfter((dir, key) => restoreBackup(dir, key, name, now()))`.
 *
 * 1. The backup must open with the key and pass `quick_check` (else RestoreError, nothing changed).
 * 2. It is copied beside the database with `VACUUM INTO` under a temporary name, and the copy
 *    is checked the same way and flushed.
 * 3. The current database is kept: when it is readable, as a verified backup with reason
 *    `restore` (a failed one stops the restore); when it is damaged or missing, its files
 *    (`.sqlite`, `-wal`, `-shm`) are moved into `backups/damaged-<time>/`, never deleted.
 * 4. The copy is renamed over the database (atomic) and the folder flushed.
 * A crash at any point leaves either the old database (with its WAL, or, when damaged, with its
 * WAL already in the damaged folder) or the restored one in place; both are checked on open.
 * `now` names the backup and the damaged folder; `onStep` is for tests only.
 */
export function restoreBackup(
  dataDir: string,
  key: string,
  name: string,
  now: Date,
  onStep: (step: RestoreStep) => void = () => {},
): RestoreOutcome {
  const file = join(dataDir, DATABASE_FILE);
  const folder = join(dataDir, BACKUPS_FOLDER);
  if (parseBackupName(name) === null || !existsSync(join(folder, name))) throw new RestoreError('not_found', name);
  const backup = join(folder, name);
  try {
    verifyBackup(backup, key);
  } catch (error) {
    throw new RestoreError('backup_damaged', name, { cause: error });
  }

  const copy = `${file}${RESTORING_SUFFIX}`;
  writeCopy(backup, copy, key, name);
  onStep('copied');
  try {
    const kept = keepCurrent(dataDir, file, key, name, now, onStep);
    renameSync(copy, file);
    flushFolder(dataDir);
    onStep('renamed');
    // Only now: the restored file has no WAL, and every change is in it.
    markClosedCleanly(file);
    return { restored: name, kept };
  } finally {
    rmSync(copy, { force: true });
  }
}

/** `VACUUM INTO` the checked backup to `copy`, checked again and flushed. */
function writeCopy(backup: string, copy: string, key: string, name: string): void {
  rmSync(copy, { force: true });
  rmSync(`${copy}-journal`, { force: true });
  try {
    const source = openRawDatabase(backup, key, { readonly: true, fileMustExist: true });
    try {
      source.prepare('VACUUM INTO ?').run(copy);
    } finally {
      source.close();
    }
    verifyBackup(copy, key);
    flushFile(copy);
  } catch (error) {
    rmSync(copy, { force: true });
    throw new RestoreError('backup_damaged', name, { cause: error });
  }
}

function keepCurrent(dataDir: string, file: string, key: string, name: string, now: Date, onStep: (step: RestoreStep) => void): RestoreKept {
  if (isReadable(dataDir, file, key)) {
    const db = openRawDatabase(file, key, { fileMustExist: true });
    let outcome;
    try {
      outcome = makeBackup(db, dataDir, key, 'restore', now);
    } finally {
      // The last connection to close checkpoints the WAL into the file and deletes it.
      db.close();
    }
    if (!outcome.ok) throw new RestoreError('backup_failed', name, { cause: outcome.error });
    if ((statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0) throw new RestoreError('in_use', name);
    // An empty WAL and the index of the database about to be replaced must not meet the restored one.
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    onStep('backedUp');
    return { kind: 'backup', name: basename(outcome.file) };
  }
  return moveAside(dataDir, file, now, onStep);
}

/** True when the database opens with the key and its files pass every check on open. */
function isReadable(dataDir: string, file: string, key: string): boolean {
  if (!existsSync(file) || fileDamage(file, hasBackups(dataDir)) !== null) return false;
  try {
    checkContents(dataDir, file, key);
    return true;
  } catch {
    return false;
  }
}

/**
 * Moves the damaged database's files into `backups/damaged-<time>/`. The WAL and its index go
 * first (a WAL must never be found beside the restored file); the database file itself is
 * linked (or copied) there and stays in place until the restored copy is renamed over it.
 */
function moveAside(dataDir: string, file: string, now: Date, onStep: (step: RestoreStep) => void): RestoreKept {
  if (![file, `${file}-wal`, `${file}-shm`].some((name) => existsSync(name))) return { kind: 'none' };
  const target = damagedFolder(dataDir, now);
  mkdirSync(target, { recursive: true });
  const files: string[] = [];
  for (const suffix of ['-wal', '-shm']) {
    const side = `${file}${suffix}`;
    if (!existsSync(side)) continue;
    renameSync(side, join(target, `${DATABASE_FILE}${suffix}`));
    files.push(`${DATABASE_FILE}${suffix}`);
  }
  flushFolder(target);
  flushFolder(dataDir);
  onStep('sideFilesMoved');
  if (existsSync(openMarker(file))) {
    copyFileSync(openMarker(file), join(target, `${DATABASE_FILE}.open`));
    files.push(`${DATABASE_FILE}.open`);
  }
  if (existsSync(file)) {
    const kept = join(target, DATABASE_FILE);
    try {
      linkSync(file, kept);
    } catch {
      copyFileSync(file, kept);
      flushFile(kept);
    }
    files.push(DATABASE_FILE);
  }
  flushFolder(target);
  onStep('linked');
  return { kind: 'damaged', folder: target, files: files.sort() };
}

/** `backups/damaged-2026-12-02T044037`, the time in UTC like the backups' names; `-2`… when taken. */
function damagedFolder(dataDir: string, now: Date): string {
  const iso = now.toISOString();
  const base = join(dataDir, BACKUPS_FOLDER, `damaged-${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`);
  let candidate = base;
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}
