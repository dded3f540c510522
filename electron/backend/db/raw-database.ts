import Database from 'better-sqlite3-multiple-ciphers';
import { DatabaseKeyError, isDatabaseKey } from './database-key';

/*
 * Opening a database file, nothing more: `connection.ts` (pragmas, migrations, backups) and
 * `backups.ts` (verifying a copy) both open files, so this sits below both of them.
 */

export type Db = Database.Database;

/**
 * A connection to `file` with `key` applied before anything else (null: a plain, unencrypted
 * file, which only the conversion and tests that make an old user's database open), checked
 * with a read of the schema: a wrong key fails here, not at some later query. The one way to
 * open a database file; tests use it to read the file behind the API's back.
 */
export function openRawDatabase(file: string, key: string | null, options: Database.Options = {}): Db {
  const db = new Database(file, options);
  try {
    if (key !== null) applyKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** SQLCipher 4's format with a raw 256-bit key (no key derivation: the key is already random). */
function applyKey(db: Db, key: string): void {
  if (!isDatabaseKey(key)) throw new DatabaseKeyError('wrong_key', db.name);
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key}'"`);
}
