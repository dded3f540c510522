import { createDispatcher, type Dispatch, type DispatcherOptions } from './api/dispatcher';
import { DATABASE_FILE, openDatabase } from './db/connection';
import { join } from 'node:path';

export interface Backend {
  dispatch: Dispatch;
  /** The database file's full path. */
  databaseFile: string;
  close(): void;
}

/**
 * Opens the application on the database in `dataDir`: what the Electron main process
 * and the development web host both start. Throws DatabaseTooNewError for a database
 * from a newer app version, leaving the file untouched.
 */
export function openBackend(dataDir: string, options: DispatcherOptions = {}): Backend {
  const db = openDatabase(dataDir);
  return {
    dispatch: createDispatcher(db, options),
    databaseFile: join(dataDir, DATABASE_FILE),
    close: () => db.close(),
  };
}
