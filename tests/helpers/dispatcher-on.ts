import { createDispatcher, type Dispatch, type DispatcherOptions } from '../../electron/backend/api/dispatcher';
import type { Db } from '../../electron/backend/db/raw-database';
import type { Store } from '../../electron/backend/db/store';

/**
 * The dispatcher on a connection the test opened itself (a full disk, a plain copy for the
 * bench): the methods that need the data directory's files (backups, restore) fail.
 */
export function dispatcherOn(db: Db, options: DispatcherOptions = {}): Dispatch {
  const noFiles = (): never => {
    throw new Error('This dispatcher has no data directory');
  };
  const store: Store = { db, dataDir: '', backup: noFiles, reopenAfter: noFiles, close: () => db.close() };
  return createDispatcher(store, options);
}
