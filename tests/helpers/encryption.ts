import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTestDatabaseFile, TEST_DATABASE_KEY } from './backend';

/**
 * Turns the encrypted test database `file` back into a plain one, as every earlier version
 * of the app left it (data made through the API, then stored without encryption).
 */
export function decryptToPlain(file: string, key: string = TEST_DATABASE_KEY): void {
  const db = openTestDatabaseFile(file, { writable: true, key });
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma("rekey = ''");
  } finally {
    db.close();
  }
}

/** The files of `dir` whose bytes hold `text` in UTF-8 or UTF-16 (little-endian, SQLite's other encoding). */
export function filesHolding(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return readdirSync(dir)
    .filter((name) => {
      const bytes = readFileSync(join(dir, name));
      return needles.some((needle) => bytes.includes(needle));
    })
    .sort();
}

/** SHA-256 of each file in `dir`, by name: what "nothing was touched" compares. */
export function folderHashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .filter((name) => existsSync(join(dir, name)))
      .map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]),
  );
}
