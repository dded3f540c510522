import type { ErrorCode, FieldIssue } from '../shared/api/result';
import { translate } from '../shared/i18n';
import { DatabaseKeyError } from './db/database-key';

/** An error a handler throws on purpose; the dispatcher turns it into an API error. */
export class AppError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} not found`);
}

export function conflict(message: string): AppError {
  return new AppError('conflict', message);
}

/** Thrown when opening a database written by a newer version of the app. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`The database has schema version ${found}; this app supports up to ${supported}.`);
    this.name = 'DatabaseTooNewError';
  }
}

/*
 * SQLite and file-system failures the user can do something about. better-sqlite3 throws
 * `SqliteError` with an extended result code (`SQLITE_IOERR_WRITE`), Node's fs an errno
 * code (`ENOSPC`). Their own texts are English internals and never reach the user.
 */

/** What went wrong with the storage, as the user can act on it. */
export type StorageProblem = 'disk_full' | 'storage';

function errorCode(error: unknown): string {
  const code = error !== null && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}

/** True when `error` came from SQLite itself (its message is SQLite's, in English). */
export function isSqliteError(error: unknown): boolean {
  return errorCode(error).startsWith('SQLITE_');
}

/**
 * `disk_full` when the disk (or the database's page limit) ran out, `storage` when the
 * disk could not be read or written (an I/O error, a read-only or vanished drive, a damaged
 * file); null for anything else, which stays an internal error.
 */
export function storageProblem(error: unknown): StorageProblem | null {
  const code = errorCode(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full';
  if (/^SQLITE_(IOERR|READONLY|CORRUPT|NOTADB|CANTOPEN)/.test(code)) return 'storage';
  if (code === 'EIO' || code === 'EROFS') return 'storage';
  return null;
}

/** Why the database could not be opened, as the startup message explains it. */
export type DatabaseOpenReason = 'corrupt' | 'no_access' | 'locked' | 'disk_full' | 'unknown';

/**
 * Thrown when the database file cannot be opened; `reason` says what the user can do.
 * The message, with the cause's own, is for the log; the user is told `databaseOpenMessage`.
 */
export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: DatabaseOpenReason,
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    const cause = options?.cause instanceof Error ? `: ${options.cause.message}` : '';
    super(`The database ${file} could not be opened (${reason})${cause}`, options);
    this.name = 'DatabaseOpenError';
  }
}

/**
 * What the checks on open (db/integrity.ts, connection.ts) found wrong with the database files,
 * in a data directory that has had data:
 * - `missing`: no `neuvonpito.sqlite`, while backups (or a `-wal`) exist;
 * - `empty`: a 0-byte `neuvonpito.sqlite`, while backups (or a `-wal`) exist;
 * - `corrupt`: the file is cut short, a page is damaged (`PRAGMA quick_check` is not ok), or
 *   page 1 is gone while a backup opens with the same key (so the key is right);
 * - `wal_mismatch`: the `-wal` holds committed changes SQLite would silently drop (a damaged
 *   header or frame followed by valid commits);
 * - `wal_missing`: the app did not close cleanly (its open marker is there) and the `-wal`,
 *   which then holds the latest changes, is gone.
 */
export type DatabaseDamage = 'missing' | 'empty' | 'corrupt' | 'wal_mismatch' | 'wal_missing';

/**
 * The database files are damaged or missing (`damage`): the app refuses to open them, touching
 * nothing, and offers to restore a backup (db/restore.ts). A DatabaseOpenError with reason
 * `corrupt`, so code that only knows that still explains it as damage.
 */
export class DatabaseDamagedError extends DatabaseOpenError {
  constructor(
    readonly damage: DatabaseDamage,
    file: string,
    options?: { cause?: unknown },
  ) {
    super('corrupt', file, options);
    this.name = 'DatabaseDamagedError';
    this.message = `The database ${file} is damaged (${damage}); nothing was changed`;
  }
}

/** The reason an error thrown while opening the database stands for. */
export function databaseOpenReason(error: unknown): DatabaseOpenReason {
  const code = errorCode(error);
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return 'corrupt';
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return 'locked';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full';
  if (/^SQLITE_(CANTOPEN|READONLY|PERM|AUTH)/.test(code)) return 'no_access';
  if (['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'EISDIR'].includes(code)) return 'no_access';
  return 'unknown';
}

/**
 * What the user is told when the database cannot be opened, in Finnish (the language
 * setting lives in the database that did not open); null when `error` is not about opening
 * it. The Electron dialog and the web host both say this, never SQLite's own text.
 */
export function databaseOpenMessage(error: unknown): string | null {
  if (error instanceof DatabaseDamagedError) return translate('fi', `startup.databaseDamaged.${error.damage}`, { file: error.file });
  if (error instanceof DatabaseTooNewError) return translate('fi', 'startup.databaseTooNew');
  if (error instanceof DatabaseKeyError) return translate('fi', `startup.databaseOpen.${error.reason}`, { file: error.file });
  if (error instanceof DatabaseOpenError) return translate('fi', `startup.databaseOpen.${error.reason}`, { file: error.file });
  return null;
}
