import { createDispatcher, type Dispatch, type DispatcherOptions } from './api/dispatcher';
import { dailyBackup, type BackupOptions, type BackupOutcome } from './db/backups';
import { DATABASE_FILE } from './db/connection';
import { openStore } from './db/store';
import { join } from 'node:path';

export interface Backend {
  dispatch: Dispatch;
  /** The database file's full path. */
  databaseFile: string;
  /** The day's first-open backup (see db/backups.ts): null when today's exists already. */
  backup: BackupOutcome | null;
  close(): void;
}

export interface BackendOptions extends DispatcherOptions {
  /** The database key, 64 hex characters (see db/database-key.ts); the host keeps it. */
  key?: string;
  /** For tests: how a written backup is checked (db/backups.ts `verifyBackup` by default). */
  verifyBackup?: BackupOptions['verify'];
}

/**
 * Opens the application on the encrypted database in `dataDir` with `options.key`: what the
 * Electron main process and the development web host both start. Fails closed, leaving the
 * file untouched: DatabaseKeyError without the right key, DatabaseTooNewError for a database
 * from a newer app version, DatabaseOpenError when the file cannot be opened.
 *
 * At the first open of each day (Helsinki), by `options.now`, a verified backup is written to
 * `<dataDir>/backups/`; one that fails is logged with `options.logError` and returned in
 * `backup`, and the app opens all the same.
 */
export function openBackend(dataDir: string, { key, verifyBackup, ...options }: BackendOptions = {}): Backend {
  const store = openStore(dataDir, key, { now: options.now, verifyBackup });
  // openStore has refused a missing key already.
  const backup = dailyBackup(store.db, dataDir, key ?? '', (options.now ?? (() => new Date()))(), { verify: verifyBackup });
  if (backup !== null && !backup.ok) {
    (options.logError ?? ((error) => console.error('[backup] the daily backup failed', error)))(backup.error, 'backup.daily');
  }
  return {
    dispatch: createDispatcher(store, options),
    databaseFile: join(dataDir, DATABASE_FILE),
    backup,
    close: () => store.close(),
  };
}
