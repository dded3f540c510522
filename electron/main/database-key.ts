import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDatabaseKey, isDatabaseKey } from '../backend/db/database-key';
import { DATABASE_FILE, databaseFileKind } from '../backend/db/connection';
import { writeNewFileDurably } from '../backend/durable-file';
import { DatabaseOpenError, databaseOpenReason } from '../backend/errors';

/**
 * The desktop app's database key: 256 random bits, kept in the user's data folder only
 * wrapped by the operating system (Electron `safeStorage`: DPAPI on Windows, the Keychain
 * on macOS, the desktop keyring on Linux), so the file alone, copied or synced to a file
 * server, does not open the database. Only the main process ever holds the plain key; it
 * goes to the backend and never to the window.
 *
 * Fail closed, as Signal Desktop and KeePassXC do: when the key cannot be had, the app says
 * why and stops, and never makes a new key beside a database that needs the old one.
 */

export const DATABASE_KEY_FILE = 'neuvonpito.key.enc';

/** What `safeStorage` offers; a parameter so the rules here are tested without Electron. */
export interface KeyWrapper {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which keyring wraps the key; `basic_text` is a fixed password, no protection. */
  getSelectedStorageBackend?(): string;
}

/**
 * Why the key could not be had:
 * - `unavailable`: the operating system offers no encryption (or it did not give back what it wrapped);
 * - `weak_keyring`: on Linux, no keyring, so Electron would wrap with a password built into it;
 * - `unreadable`: the key file is there but this user on this computer cannot unwrap it;
 * - `missing`: the database is encrypted and its key file is gone.
 */
export type DatabaseKeyProblem = 'unavailable' | 'weak_keyring' | 'unreadable' | 'missing';

/** Thrown before anything is written; the startup dialog explains `problem` in Finnish. */
export class DatabaseKeyStoreError extends Error {
  constructor(
    readonly problem: DatabaseKeyProblem,
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(`The database key in ${file} could not be used (${problem})`, options);
    this.name = 'DatabaseKeyStoreError';
  }
}

export interface DatabaseKeyOptions {
  storage: KeyWrapper;
  platform?: NodeJS.Platform;
  /**
   * Accept Linux's built-in `basic_text` wrapping. Only for running from the repository,
   * where the data is made up: a packaged app refuses it, because a key wrapped with a
   * password that ships in every copy of Electron is as good as a plain key.
   */
  allowWeakKeyring?: boolean;
}

/**
 * The key of the database in `dataDir`: unwrapped from its key file, or, when there is no
 * key file and no encrypted database, made, wrapped and written before the database is
 * created (or, for a plain database from an earlier version, before the backend encrypts it).
 */
export function loadDatabaseKey(dataDir: string, options: DatabaseKeyOptions): string {
  const keyFile = join(dataDir, DATABASE_KEY_FILE);
  assertProtection(options, keyFile);
  const wrapped = readIfPresent(keyFile);
  if (wrapped) return unwrap(options.storage, wrapped, keyFile);
  if (databaseState(join(dataDir, DATABASE_FILE)) === 'encrypted') throw new DatabaseKeyStoreError('missing', keyFile);

  const key = generateDatabaseKey();
  const sealed = options.storage.encryptString(key);
  // Flatpak and some keyrings have been seen to wrap without error and then unwrap to
  // something else (Signal Desktop met this): check the round trip before trusting it.
  if (unwrap(options.storage, sealed, keyFile) !== key) throw new DatabaseKeyStoreError('unavailable', keyFile);
  // Another instance cannot be starting (single-instance lock), but if a key file appeared
  // meanwhile it wins: it may already have been used, ours has not.
  if (!writeKeyFile(keyFile, sealed)) return unwrap(options.storage, readFileSync(keyFile), keyFile);
  return key;
}

function assertProtection({ storage, platform = process.platform, allowWeakKeyring = false }: DatabaseKeyOptions, keyFile: string): void {
  if (!storage.isEncryptionAvailable()) throw new DatabaseKeyStoreError('unavailable', keyFile);
  if (platform !== 'linux') return;
  const backend = storage.getSelectedStorageBackend?.() ?? 'unknown';
  if (backend !== 'basic_text' && backend !== 'unknown') return;
  if (!allowWeakKeyring) throw new DatabaseKeyStoreError('weak_keyring', keyFile);
  console.warn(`[main] no keyring (${backend}): the database key is wrapped without protection; development only`);
}

function unwrap(storage: KeyWrapper, wrapped: Buffer, keyFile: string): string {
  let key: string;
  try {
    key = storage.decryptString(wrapped);
  } catch (error) {
    throw new DatabaseKeyStoreError('unreadable', keyFile, { cause: error });
  }
  if (!isDatabaseKey(key)) throw new DatabaseKeyStoreError('unreadable', keyFile);
  return key;
}

function readIfPresent(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DatabaseOpenError(databaseOpenReason(error), file, { cause: error });
  }
}

/** What the database file holds (see `databaseFileKind`); a file that cannot be read stops the start. */
function databaseState(file: string): ReturnType<typeof databaseFileKind> {
  try {
    return databaseFileKind(file);
  } catch (error) {
    throw new DatabaseOpenError(databaseOpenReason(error), file, { cause: error });
  }
}

/** Writes the wrapped key durably and never over a key file already there (false then). */
function writeKeyFile(keyFile: string, sealed: Buffer): boolean {
  try {
    return writeNewFileDurably(keyFile, sealed);
  } catch (error) {
    throw new DatabaseOpenError(databaseOpenReason(error), keyFile, { cause: error });
  }
}
