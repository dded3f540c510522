import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, databaseFileKind } from '../db/connection';
import { generateDatabaseKey } from '../db/database-key';
import { writeNewFileDurably } from '../durable-file';

/*
 * The web host's database key (the desktop app keeps its own, wrapped by the OS): from
 * `NEUVONPITO_DB_KEY`, else from the file `neuvonpito.key` (mode 0600) in the data directory,
 * which is made on the first start, while there is no database yet or only a plain one from an
 * earlier version to encrypt. An encrypted database without its key gets no new key: opening
 * it then fails closed (DatabaseKeyError 'missing_key') and nothing is written.
 */

export const WEB_KEY_FILE = 'neuvonpito.key';
export const KEY_ENV = 'NEUVONPITO_DB_KEY';

export interface WebDatabaseKey {
  /** The key, or undefined when there is none to have (the database then refuses to open). */
  key: string | undefined;
  /** What to tell the developer, if anything: a new key file, or one others may read. */
  notice?: string;
}

export function webDatabaseKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): WebDatabaseKey {
  const fromEnv = env[KEY_ENV];
  if (fromEnv) return { key: fromEnv.trim() };
  const keyFile = join(dataDir, WEB_KEY_FILE);
  if (existsSync(keyFile)) {
    const key = readFileSync(keyFile, 'utf8').trim();
    const open = process.platform !== 'win32' && (statSync(keyFile).mode & 0o077) !== 0;
    return { key, notice: open ? `Warning: ${keyFile} can be read by other users; chmod 600 it.` : undefined };
  }
  if (databaseFileKind(join(dataDir, DATABASE_FILE)) === 'encrypted') return { key: undefined };
  const key = generateDatabaseKey();
  // Another host starting on the same folder at this moment may have written one first: use it.
  if (!writeNewFileDurably(keyFile, `${key}\n`)) return { key: readFileSync(keyFile, 'utf8').trim() };
  return {
    key,
    notice: `Made a new database key in ${keyFile}. Keep a copy of it apart from the data: without it the database cannot be read.`,
  };
}
