import { statSync } from 'node:fs';
import { join } from 'node:path';
import { translate } from '../shared/i18n';
import { openBackend, type Backend, type BackendOptions } from './backend';
import { BACKUPS_FOLDER, listBackups, type BackupEntry } from './db/backups';
import { restoreBackup, type RestoreOutcome } from './db/restore';
import { DatabaseDamagedError, databaseOpenMessage } from './errors';

/*
 * What both hosts do when the database is damaged or missing (DatabaseDamagedError): say what
 * was found and offer the newest backup. The desktop app asks in a dialog (`openOrOfferRestore`);
 * the web host prints the backups and the command that restores one (`damagedDatabaseReport`).
 * Texts in Finnish: the language setting lives in the database that did not open.
 */

/** A backup's time as the convener reads it: `11.1.2027 klo 10.00`, in Helsinki. */
export function backupTimeText(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Helsinki',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${Number(parts.day)}.${Number(parts.month)}.${parts.year} klo ${Number(parts.hour)}.${parts.minute}`;
}

/** A damaged or missing database with no backup to restore: the startup dialog says both. */
export class NoBackupToRestoreError extends Error {
  constructor(readonly damaged: DatabaseDamagedError) {
    super(`${damaged.message}; there is no backup to restore`, { cause: damaged });
    this.name = 'NoBackupToRestoreError';
  }
}

/** What the desktop dialog asks: restore `newest` (shown as `when`), or quit. */
export interface RestoreQuestion {
  title: string;
  /** What was found (the damaged-database message). */
  message: string;
  /** The newest backup's time and what restoring does. */
  detail: string;
  /** The buttons: restore first, quit second. */
  buttons: [string, string];
  newest: BackupEntry;
}

export interface OpenOrRestoreOptions extends BackendOptions {
  /** Asks the user; true: restore the newest backup, false: quit. */
  ask(question: RestoreQuestion): boolean;
}

/**
 * Opens the backend on `dataDir`; when the database is damaged or missing and a backup exists,
 * asks whether to restore the newest one, and if so restores it (db/restore.ts, the damaged
 * files kept aside) and opens again. Null when the user chose to quit. A damaged database with
 * no backup (NoBackupToRestoreError), a failed restore (RestoreError), and every other failure
 * are thrown for the startup error dialog.
 */
export function openOrOfferRestore(dataDir: string, { ask, ...options }: OpenOrRestoreOptions): Backend | null {
  try {
    return openBackend(dataDir, options);
  } catch (error) {
    if (!(error instanceof DatabaseDamagedError)) throw error;
    const newest = newestBackup(dataDir);
    if (newest === null) throw new NoBackupToRestoreError(error);
    const when = backupTimeText(newest.at);
    const question: RestoreQuestion = {
      title: translate('fi', 'startup.errorTitle'),
      message: databaseOpenMessage(error) ?? '',
      detail: translate('fi', 'startup.restore.offer', { date: when }),
      buttons: [translate('fi', 'startup.restore.newest', { date: when }), translate('fi', 'startup.restore.quit')],
      newest,
    };
    if (!ask(question)) return null;
    restoreBackup(dataDir, options.key ?? '', newest.name, (options.now ?? (() => new Date()))());
    return openBackend(dataDir, options);
  }
}

/**
 * The damaged-database message for the startup dialog when there is no backup to offer: what
 * was found, and that there is no backup (so: keep the files, call IT support).
 */
export function damagedWithoutBackupMessage(error: DatabaseDamagedError): string {
  return `${databaseOpenMessage(error) ?? ''}\n\n${translate('fi', 'startup.restore.noBackups')}`;
}

function newestBackup(dataDir: string): BackupEntry | null {
  try {
    return listBackups(dataDir)[0] ?? null;
  } catch {
    return null;
  }
}

/** A path as a POSIX shell reads it back: quoted when it holds anything but safe characters. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/**
 * What the web host prints when the database is damaged: what was found, the backups (newest
 * first, with time and size), and the exact command that restores the newest one.
 */
export function damagedDatabaseReport(error: DatabaseDamagedError, dataDir: string): string {
  const lines = [databaseOpenMessage(error) ?? '', ''];
  let backups: BackupEntry[] = [];
  try {
    backups = listBackups(dataDir);
  } catch {
    // An unreadable backups folder has no backups to offer.
  }
  if (backups.length === 0) {
    lines.push(translate('fi', 'startup.restore.noBackups'));
    return lines.join('\n');
  }
  lines.push(translate('fi', 'startup.restore.backups'));
  for (const entry of backups) {
    const size = statSync(join(dataDir, BACKUPS_FOLDER, entry.name), { throwIfNoEntry: false })?.size ?? 0;
    lines.push(`  ${entry.name}  ${backupTimeText(entry.at)}  ${Math.max(1, Math.round(size / 1024))} kt`);
  }
  lines.push('', translate('fi', 'startup.restore.command'));
  lines.push(`  npm run web -- --data-dir ${shellWord(dataDir)} --restore-backup ${backups[0]!.name}`);
  return lines.join('\n');
}

/** What the hosts say after a restore: which backup, and where the old database is kept. */
export function restoredReport(outcome: RestoreOutcome): string {
  const restored = translate('fi', 'startup.restore.restored', { name: outcome.restored });
  if (outcome.kept.kind === 'backup') return `${restored} ${translate('fi', 'startup.restore.keptBackup', { name: outcome.kept.name })}`;
  if (outcome.kept.kind === 'damaged') return `${restored} ${translate('fi', 'startup.restore.keptDamaged', { folder: outcome.kept.folder })}`;
  return restored;
}
