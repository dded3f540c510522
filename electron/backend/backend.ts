import { createDispatcher, type Dispatch, type DispatcherOptions } from './api/dispatcher';
import { DATABASE_FILE, openDatabase } from './db/connection';
import { join } from 'node:path';

export interface Backend {
  dispatch: Dispatch;
  /** The database file's full path. */
  databaseFile: string;
  close(): void;
}

export interface BackendOptions extends DispatcherOptions {
  /** The database key, 64 hex characters (see db/database-key.ts); the host keeps it. */
  key?: string;
}

/**
 * Opens the application on the encrypted database in `dataDir` with `options.key`: what the
 * Electron main process and the development web host both start. Fails closed, leaving the
 * file untouched: DatabaseKeyError without the right key, DatabaseTooNewError for a database
 * from a newer app version, DatabaseOpenError when the file cannot be opened.
 */
export function openBackend(dataDir: string, { key, ...options }: BackendOptions = {}): Backend {
  const db = openDatabase(dataDir, key);
  return {
    dispatch: createDispatcher(db, options),
    databaseFile: join(dataDir, DATABASE_FILE),
    close: () => db.close(),
  };
}
