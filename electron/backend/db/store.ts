import { makeBackup, type BackupOutcome } from './backups';
import type { BackupReason } from '../../shared/backup/backup.schema';
import type { Db } from './raw-database';
import { join } from 'node:path';
import { DATABASE_FILE, openDatabase, type OpenOptions } from './connection';
import { markClosedCleanly, markOpen } from './integrity';
import { MIGRATIONS } from './migrations';

/**
 * The open database of one data directory, with what only the backend may know: the folder and
 * the key. Handlers read `db`; the few methods that work on the files themselves (a backup now,
 * a restore) go through `backup` and `reopenAfter`, so that no other code holds the key.
 */
export interface Store {
  /** The open connection; a restore replaces it, so read it at each use, never keep it. */
  readonly db: Db;
  readonly dataDir: string;
  /** A verified backup of the database as it is now (db/backups.ts); never throws. */
  backup(reason: BackupReason): BackupOutcome;
  /**
   * Closes the connection, runs `change` on the closed files with the key, and opens the
   * database again (migrating it when `change` brought back an older one). The connection is
   * opened again even when `change` throws; its error is rethrown after that.
   */
  reopenAfter<T>(change: (dataDir: string, key: string) => T): T;
  close(): void;
}

/** Opens the database of `dataDir` with `key` (see connection.ts `openDatabase` for what it refuses). */
export function openStore(dataDir: string, key: string | undefined, options: OpenOptions = {}): Store {
  const file = join(dataDir, DATABASE_FILE);
  // The open marker (integrity.ts) says, until a clean close, that the WAL may hold changes.
  const open = () => {
    const opened = openDatabase(dataDir, key, MIGRATIONS, options);
    try {
      markOpen(file);
    } catch (error) {
      opened.close();
      throw error;
    }
    return opened;
  };
  let db: Db | null = open();
  const now = options.now ?? (() => new Date());
  const current = (): Db => {
    if (db === null) throw new Error('The database is closed');
    return db;
  };
  return {
    get db() {
      return current();
    },
    dataDir,
    // openDatabase has refused a missing key already.
    backup: (reason) => makeBackup(current(), dataDir, key ?? '', reason, now(), { verify: options.verifyBackup }),
    reopenAfter(change) {
      closeCleanly(current(), file);
      db = null;
      try {
        return change(dataDir, key ?? '');
      } finally {
        db = open();
      }
    },
    close() {
      if (db !== null) closeCleanly(db, file);
      db = null;
    },
  };
}

/**
 * Moves every change from the WAL into the database file and, when that fully succeeded (no
 * other connection held it back), removes the open marker before closing: from then on the
 * file alone holds everything, and a WAL deleted later loses nothing.
 */
function closeCleanly(db: Db, file: string): void {
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    if (result !== undefined && result.busy === 0) markClosedCleanly(file);
  } catch {
    // A checkpoint that fails (a full disk) leaves the marker: the WAL still matters.
  } finally {
    db.close();
  }
}
