import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, databaseFileKind } from '../db/connection';
import { generateDatabaseKey } from '../db/database-key';

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
  writeKeyFile(dataDir, keyFile, key);
  return {
    key,
    notice: `Made a new database key in ${keyFile}. Keep a copy of it apart from the data: without it the database cannot be read.`,
  };
}

/** Whole or not at all (a temporary file, flushed, then renamed), readable by its owner only. */
function writeKeyFile(dataDir: string, keyFile: string, key: string): void {
  mkdirSync(dataDir, { recursive: true });
  const temporary = `${keyFile}.tmp`;
  rmSync(temporary, { force: true });
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, `${key}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, keyFile);
  if (process.platform !== 'win32') {
    const folder = openSync(dataDir, 'r');
    try {
      fsyncSync(folder);
    } finally {
      closeSync(folder);
    }
  }
}
