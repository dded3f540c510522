import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_NAME_PATTERN, type BackupReason } from '../../shared/backup/backup.schema';
import { todayInHelsinki } from '../../shared/dates';
import { flushFolder } from '../durable-file';
import { openRawDatabase, type Db } from './raw-database';

/** The folder of the data directory that holds the automatic backups. */
export const BACKUPS_FOLDER = 'backups';

/** A backup file as its name tells it: when it was made (UTC, to the second) and why. */
export interface BackupEntry {
  name: string;
  at: Date;
  reason: BackupReason;
}

/** What a backup attempt came to; a failure is for the caller to log, it never stops the open. */
export type BackupOutcome =
  | { ok: true; file: string; deleted: string[] }
  | { ok: false; error: unknown };

/** A copy being written or checked; never a backup, removed when found. */
const PARTIAL_SUFFIX = '.partial';

/** `neuvonpito-2026-12-02T044037-daily.sqlite`: the time in UTC, so names sort by time. */
export function backupName(at: Date, reason: BackupReason, n = 1): string {
  const iso = at.toISOString(); // 2026-12-02T04:40:37.123Z
  const stamp = `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
  return `neuvonpito-${stamp}-${reason}${n > 1 ? `-${n}` : ''}.sqlite`;
}

/** The backup a file name stands for, or null for any other file (never touched by retention). */
export function parseBackupName(name: string): BackupEntry | null {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, reason] = match;
  const at = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  if (Number.isNaN(at.getTime()) || backupName(at, reason as BackupReason) !== name.replace(/-\d+\.sqlite$/, '.sqlite')) {
    return null;
  }
  return { name, at, reason: reason as BackupReason };
}

const DAY_MS = 86_400_000;
export const KEEP_DAILY = 7;
export const KEEP_WEEKS = 4;
/** Backups of every other reason (before a migration, a restore, a purge, or made by hand). */
export const KEEP_OTHER_DAYS = 30;

/** The Monday (UTC, 00:00) that starts the ISO week of `at`. */
function isoWeekStart(at: Date): number {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const weekday = (at.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return day - weekday * DAY_MS;
}

/**
 * The retention rule, pure: of the backup file `names` (other names are ignored and kept), which
 * to delete at `now`. Kept: the newest 7 daily backups; beyond those, the newest daily backup of
 * each of the 4 ISO weeks before the current one; every other backup (migration, manual, restore,
 * purge) for 30 days.
 */
export function backupsToDelete(names: readonly string[], now: Date): string[] {
  const entries = names.map(parseBackupName).filter((entry): entry is BackupEntry => entry !== null);
  const daily = entries.filter((entry) => entry.reason === 'daily').sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set(daily.slice(0, KEEP_DAILY).map((entry) => entry.name));
  const thisWeek = isoWeekStart(now);
  const weeks = new Set(Array.from({ length: KEEP_WEEKS }, (_, i) => thisWeek - (i + 1) * 7 * DAY_MS));
  const newestOfWeek = new Map<number, string>();
  for (const entry of daily) {
    const week = isoWeekStart(entry.at);
    if (weeks.has(week) && !newestOfWeek.has(week)) newestOfWeek.set(week, entry.name);
  }
  for (const name of newestOfWeek.values()) keep.add(name);
  const otherLimit = now.getTime() - KEEP_OTHER_DAYS * DAY_MS;
  for (const entry of entries) if (entry.reason !== 'daily' && entry.at.getTime() >= otherLimit) keep.add(entry.name);
  return entries.filter((entry) => !keep.has(entry.name)).map((entry) => entry.name).sort();
}

export interface BackupOptions {
  /** Checks the written copy; throws when it is not good. Tests inject a failing one. */
  verify?: (file: string, key: string) => void;
}

/** The copy opens with the key and `PRAGMA quick_check` says ok. */
export function verifyBackup(file: string, key: string): void {
  const copy = openRawDatabase(file, key, { readonly: true, fileMustExist: true });
  try {
    const result = copy.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new Error(`The backup ${file} failed quick_check: ${String(result)}`);
  } finally {
    copy.close();
  }
}

/**
 * Writes a backup of `db` (opened with `key`) into `<dataDir>/backups/` with `VACUUM INTO` (so it
 * is encrypted with the same key), under a temporary name; only a copy that opens with the key
 * and passes `quick_check` is renamed to its backup name. Then the retention rule deletes what
 * the schedule no longer keeps. Never throws: a failed backup leaves no file and is returned.
 */
export function makeBackup(db: Db, dataDir: string, key: string, reason: BackupReason, now: Date, options: BackupOptions = {}): BackupOutcome {
  const folder = join(dataDir, BACKUPS_FOLDER);
  let partial: string | null = null;
  try {
    mkdirSync(folder, { recursive: true });
    for (const name of readdirSync(folder)) if (name.endsWith(PARTIAL_SUFFIX)) rmSync(join(folder, name), { force: true });
    let n = 1;
    while (existsSync(join(folder, backupName(now, reason, n)))) n++;
    const file = join(folder, backupName(now, reason, n));
    partial = `${file}${PARTIAL_SUFFIX}`;
    db.prepare('VACUUM INTO ?').run(partial);
    (options.verify ?? verifyBackup)(partial, key);
    renameSync(partial, file);
    partial = null;
    flushFolder(folder);
    const deleted = backupsToDelete(readdirSync(folder), now);
    for (const name of deleted) rmSync(join(folder, name), { force: true });
    return { ok: true, file, deleted };
  } catch (error) {
    if (partial !== null) {
      try {
        rmSync(partial, { force: true });
      } catch {
        // Removing what could not be written may fail the same way; the next backup removes it.
      }
    }
    return { ok: false, error };
  }
}

/** The backups in `dataDir`'s backups folder, newest first. */
export function listBackups(dataDir: string): BackupEntry[] {
  const folder = join(dataDir, BACKUPS_FOLDER);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map(parseBackupName)
    .filter((entry): entry is BackupEntry => entry !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}

/**
 * The backup at the first open of each day: made when there is no daily backup of `now`'s date
 * in Helsinki yet (the convener's day; the file names keep UTC so that they sort), else nothing (null).
 */
export function dailyBackup(db: Db, dataDir: string, key: string, now: Date, options: BackupOptions = {}): BackupOutcome | null {
  const today = todayInHelsinki(now);
  let done: boolean;
  try {
    done = listBackups(dataDir).some((entry) => entry.reason === 'daily' && todayInHelsinki(entry.at) === today);
  } catch (error) {
    // An unreadable backups folder is a failed backup, not a failed start.
    return { ok: false, error };
  }
  return done ? null : makeBackup(db, dataDir, key, 'daily', now, options);
}
