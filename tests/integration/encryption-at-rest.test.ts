import { copyFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import { DATABASE_FILE, databaseFileKind, openDatabase } from '../../electron/backend/db/connection';
import { openRawDatabase } from '../../electron/backend/db/raw-database';
import { DatabaseKeyError, generateDatabaseKey, isDatabaseKey } from '../../electron/backend/db/database-key';
import { MIGRATIONS, LATEST_VERSION } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { databaseOpenMessage } from '../../electron/backend/errors';
import { makeChild, makeConferenceInput } from '../fixtures/conference';
import { call, openTestBackend, openTestDatabaseFile, TEST_DATABASE_KEY } from '../helpers/backend';
import { decryptToPlain, filesHolding, folderHashes } from '../helpers/encryption';
import { useTempDir } from '../helpers/temp-dir';

/*
 * The database, its WAL and every backup are SQLCipher files: a child's name entered through
 * the API cannot be found in their bytes, and the file does not open without its key.
 */

const CANARY = 'Kanarialintu';
const CANARY_GUARDIAN = 'Kanarialintu Testinen';

const canaryConference = () =>
  makeConferenceInput({ reference: 'Kanari 1/2027', children: [makeChild({ firstName: CANARY })], guardians: [{ name: CANARY_GUARDIAN }] });

/** A migration after the real ones, so that opening makes a pre-migration backup. */
const addNote: Migration = {
  version: LATEST_VERSION + 1,
  name: 'test-note',
  up(db) {
    db.exec('CREATE TABLE test_note (id TEXT) STRICT');
  },
};

/** What opening `dataDir` throws, or null when it opens. */
function openingError(dataDir: string, key: string | undefined): unknown {
  try {
    openBackend(dataDir, { key, logError: () => {} }).close();
    return null;
  } catch (error) {
    return error;
  }
}

describe('the database at rest', () => {
  it('keys are 256 random bits in 64 lowercase hex characters', () => {
    const key = generateDatabaseKey();
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(generateDatabaseKey()).not.toBe(key);
    expect(isDatabaseKey(key)).toBe(true);
    expect(isDatabaseKey(key.toUpperCase())).toBe(false);
    expect(isDatabaseKey(`${key}0`)).toBe(false);
    expect(isDatabaseKey("x'00'")).toBe(false);
  });

  it("holds a child's name nowhere readable: not in the file, its WAL or a pre-migration backup", async () => {
    const dir = useTempDir('neuvonpito-canary-');
    const backend = openTestBackend(dir);
    const created = await call(backend.dispatch, 'conference.create', canaryConference());
    expect(created.children.map((child) => child.firstName)).toEqual([CANARY]);

    // While the app runs the newest pages are in the WAL.
    expect(statSync(join(dir, `${DATABASE_FILE}-wal`)).size).toBeGreaterThan(0);
    expect(filesHolding(dir, CANARY)).toEqual([]);
    backend.close();

    openDatabase(dir, TEST_DATABASE_KEY, [...MIGRATIONS, addNote]).close();
    const backups = readdirSync(join(dir, 'backups')).filter((name) => name.endsWith('-migration.sqlite'));
    expect(backups).toHaveLength(1);
    const backup = join('backups', backups[0]!);
    expect(databaseFileKind(join(dir, DATABASE_FILE))).toBe('encrypted');
    expect(databaseFileKind(join(dir, backup))).toBe('encrypted');
    expect(filesHolding(dir, CANARY)).toEqual([]);

    // The backup is whole, and opens with the same key.
    const copy = openTestDatabaseFile(join(dir, backup));
    try {
      expect(copy.prepare('SELECT first_name FROM conference_child').pluck().all()).toEqual([CANARY]);
      // The guardian's name lives on the network member who is the guardian.
      const guardianNames = copy.prepare('SELECT m.name FROM conference_guardian g JOIN network_member m ON m.id = g.member_id');
      expect(guardianNames.pluck().all()).toEqual([CANARY_GUARDIAN]);
    } finally {
      copy.close();
    }
  });

  it('does not open without its key or with another, says so in Finnish, and leaves every byte as it was', async () => {
    const dir = useTempDir('neuvonpito-wrong-key-');
    const file = join(dir, DATABASE_FILE);
    const backend = openTestBackend(dir);
    await call(backend.dispatch, 'conference.create', canaryConference());
    backend.close();
    const before = folderHashes(dir);

    const missing = openingError(dir, undefined);
    expect(missing).toBeInstanceOf(DatabaseKeyError);
    expect(missing).toMatchObject({ reason: 'missing_key', file });
    expect(databaseOpenMessage(missing)).toMatch(/^Tietokantaa ei voitu avata: salausavain puuttuu\. Mitään ei ole muutettu\./);
    expect(databaseOpenMessage(missing)).toContain(file);

    for (const key of [generateDatabaseKey(), 'ei avain', TEST_DATABASE_KEY.toUpperCase()]) {
      const wrong = openingError(dir, key);
      expect(wrong).toBeInstanceOf(DatabaseKeyError);
      expect(wrong).toMatchObject({ reason: 'wrong_key', file });
      expect(databaseOpenMessage(wrong)).toMatch(/^Tietokantaa ei voitu avata: salausavain on väärä\. Mitään ei ole muutettu\./);
      expect(databaseOpenMessage(wrong)).not.toMatch(/SQLITE_|not a database/);
    }
    // Plain SQLite sees no database at all.
    expect(() => openRawDatabase(file, null, { readonly: true, fileMustExist: true })).toThrow(/file is not a database/);

    expect(folderHashes(dir)).toEqual(before);
    const again = openTestBackend(dir);
    expect((await call(again.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).map((c) => c.reference)).toEqual(['Kanari 1/2027']);
  });

  it('leaves a WAL a crash left behind untouched when the key is wrong, and reads it with the right one', async () => {
    const dir = useTempDir('neuvonpito-wal-left-');
    const crashed = useTempDir('neuvonpito-wal-crashed-');
    const backend = openTestBackend(dir);
    await call(backend.dispatch, 'conference.create', canaryConference());
    // The files as a power cut would leave them: the last conference only in the WAL.
    for (const name of [DATABASE_FILE, `${DATABASE_FILE}-wal`]) copyFileSync(join(dir, name), join(crashed, name));
    backend.close();
    expect(statSync(join(crashed, `${DATABASE_FILE}-wal`)).size).toBeGreaterThan(0);
    const before = folderHashes(crashed);

    expect(openingError(crashed, generateDatabaseKey())).toMatchObject({ reason: 'wrong_key' });
    expect(folderHashes(crashed)).toEqual(before);

    const reopened = openTestBackend(crashed);
    expect((await call(reopened.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).map((c) => c.reference)).toEqual(['Kanari 1/2027']);
  });
});

describe('a plain database from an earlier version', () => {
  /** A data directory as an earlier version left it: plain database and a plain pre-migration copy. */
  async function earlierVersionDir(): Promise<{ dir: string; file: string; backup: string }> {
    const dir = useTempDir('neuvonpito-plain-');
    const file = join(dir, DATABASE_FILE);
    const backend = openTestBackend(dir);
    await call(backend.dispatch, 'conference.create', canaryConference());
    await call(backend.dispatch, 'conference.create', makeConferenceInput({ reference: 'Öhman 2/2027' }));
    backend.close();
    decryptToPlain(file);
    const backup = join(dir, `${DATABASE_FILE}.v${LATEST_VERSION - 1}.bak`);
    copyFileSync(file, backup);
    // What the family's data looks like today: readable by anyone with the file.
    expect(filesHolding(dir, CANARY)).toEqual([DATABASE_FILE, `${DATABASE_FILE}.v${LATEST_VERSION - 1}.bak`]);
    expect(databaseFileKind(file)).toBe('plain');
    return { dir, file, backup };
  }

  it('is encrypted, with its backups, on the first open with a key, and keeps all its data', async () => {
    const { dir, file, backup } = await earlierVersionDir();

    const backend = openTestBackend(dir);
    const listed = await call(backend.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items);
    expect(listed.map((c) => c.reference).sort()).toEqual(['Kanari 1/2027', 'Öhman 2/2027']);
    const canary = await call(backend.dispatch, 'conference.get', { id: listed.find((c) => c.reference === 'Kanari 1/2027')!.id });
    expect(canary.children.map((child) => child.firstName)).toEqual([CANARY]);

    expect(databaseFileKind(file)).toBe('encrypted');
    expect(databaseFileKind(backup)).toBe('encrypted');
    expect(filesHolding(dir, CANARY)).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.includes('encrypting'))).toEqual([]);
    const copy = openTestDatabaseFile(backup);
    try {
      expect(copy.prepare('SELECT count(*) FROM conference').pluck().get()).toBe(2);
    } finally {
      copy.close();
    }
  });

  it('is left plain and byte for byte as it was when no key is given', async () => {
    const { dir } = await earlierVersionDir();
    const before = folderHashes(dir);
    expect(openingError(dir, undefined)).toMatchObject({ reason: 'missing_key' });
    expect(folderHashes(dir)).toEqual(before);
    expect(existsSync(join(dir, `${DATABASE_FILE}.encrypting`))).toBe(false);
  });
});
