import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

/** The files in `dir` and its folders (the backups), as paths relative to it, sorted. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name), { throwIfNoEntry: false })?.isFile() ?? false)
    .sort();
}

/** The files in `dir` and its folders whose bytes hold `text` in UTF-8 or UTF-16 (little-endian, SQLite's other encoding). */
export function filesHolding(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return filesIn(dir)
    .filter((name) => {
      const bytes = readFileSync(join(dir, name));
      return needles.some((needle) => bytes.includes(needle));
    })
    .sort();
}

/** SHA-256 of each file in `dir` and its folders, by relative path: what "nothing was touched" compares. */
export function folderHashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesIn(dir)
      .map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]),
  );
}
