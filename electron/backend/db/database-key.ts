import { randomBytes } from 'node:crypto';

/*
 * The database is encrypted (SQLCipher 4 format) with a random 256-bit key, passed around as
 * 64 lowercase hex characters and given to SQLite as a raw key, so no key derivation runs on
 * open. Where the key is kept is the host's business (the Electron main process wraps it with
 * the OS, the web host reads it from the environment or a 0600 file); the backend only uses it.
 */

const KEY_PATTERN = /^[0-9a-f]{64}$/;

/** A new random key: 32 bytes from the OS's secure random source, as 64 lowercase hex characters. */
export function generateDatabaseKey(): string {
  return randomBytes(32).toString('hex');
}

/** True for a key `generateDatabaseKey` could have made (and nothing else reaches SQLite's pragma). */
export function isDatabaseKey(value: unknown): value is string {
  return typeof value === 'string' && KEY_PATTERN.test(value);
}

/**
 * Why the database could not be opened with the key given:
 * - `missing_key`: the database is encrypted (or must be encrypted) and no key was given;
 * - `wrong_key`: a key was given and it does not open the file (or is not a key at all).
 * Thrown before anything is written: the file is left exactly as it was.
 */
export type DatabaseKeyReason = 'wrong_key' | 'missing_key';

export class DatabaseKeyError extends Error {
  constructor(
    readonly reason: DatabaseKeyReason,
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(`The database ${file} could not be opened: ${reason === 'wrong_key' ? 'the key does not open it' : 'no key was given'}`, options);
    this.name = 'DatabaseKeyError';
  }
}
