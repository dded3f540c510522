import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import { backupName, listBackups } from '../../electron/backend/db/backups';
import { DATABASE_FILE, openDatabase } from '../../electron/backend/db/connection';
import type { Db } from '../../electron/backend/db/raw-database';
import { MIGRATIONS, LATEST_VERSION } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { DatabaseOpenError } from '../../electron/backend/errors';
import { makeChild, makeConferenceInput } from '../fixtures/conference';
import { call, openTestBackend, openTestDatabaseFile, TEST_DATABASE_KEY } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Automatic backups: at the first open of each day (Helsinki) a verified, encrypted copy is written to
 * <dataDir>/backups/ with VACUUM INTO, and the schedule keeps 7 daily and 4 weekly.
 */

const CANARY = 'Varmuuslintu';

const at = (date: string, time = '08:00:00') => new Date(`${date}T${time}Z`);

function backupFiles(dir: string): string[] {
  const folder = join(dir, 'backups');
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

describe('automatic backups', () => {
  it('the first open of a day writes one verified, encrypted backup holding the data; a second open that day writes none', async () => {
    const dir = useTempDir('neuvonpito-backups-');
    const first = openTestBackend(dir, { now: () => at('2027-01-10') });
    expect(first.backup).toMatchObject({ ok: true });
    await call(first.dispatch, 'conference.create', makeConferenceInput({ reference: 'Varmuus 1/2027', children: [makeChild({ firstName: CANARY })] }));
    first.close();

    const next = openTestBackend(dir, { now: () => at('2027-01-11', '07:15:42') });
    const name = backupName(at('2027-01-11', '07:15:42'), 'daily');
    expect(next.backup).toEqual({ ok: true, file: join(dir, 'backups', name), deleted: [] });
    expect(backupFiles(dir)).toEqual([backupName(at('2027-01-10'), 'daily'), name]);

    const bytes = readFileSync(join(dir, 'backups', name));
    expect(bytes.includes(Buffer.from(CANARY, 'utf8'))).toBe(false);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(() => openTestDatabaseFile(join(dir, 'backups', name), { key: null })).toThrow();
    const backup = openTestDatabaseFile(join(dir, 'backups', name));
    try {
      expect(backup.pragma('quick_check', { simple: true })).toBe('ok');
      expect(backup.prepare('SELECT first_name FROM conference_child').pluck().all()).toEqual([CANARY]);
    } finally {
      backup.close();
    }

    const again = openTestBackend(dir, { now: () => at('2027-01-11', '16:00:00') });
    expect(again.backup).toBeNull();
    expect(backupFiles(dir)).toEqual([backupName(at('2027-01-10'), 'daily'), name]);
  });

  it('ten days of use leave the newest 7 daily backups and the newest of the week before', () => {
    const dir = useTempDir('neuvonpito-backups-');
    // Friday 1 to Sunday 10 January 2027, opened twice a day.
    for (let day = 1; day <= 10; day++) {
      const date = `2027-01-${String(day).padStart(2, '0')}`;
      openBackend(dir, { key: TEST_DATABASE_KEY, now: () => at(date), logError: () => {} }).close();
      openBackend(dir, { key: TEST_DATABASE_KEY, now: () => at(date, '15:00:00'), logError: () => {} }).close();
    }
    // Days 4–10 are the newest 7; 3 January is the newest of the ISO week 28 Dec – 3 Jan.
    const expected = [3, 4, 5, 6, 7, 8, 9, 10].map((day) => backupName(at(`2027-01-${String(day).padStart(2, '0')}`), 'daily'));
    expect(backupFiles(dir)).toEqual(expected);
    expect(listBackups(dir).map((entry) => entry.name)).toEqual([...expected].reverse());
  });

  it('a backup that fails its check leaves no file, is reported, and the database opens', async () => {
    const dir = useTempDir('neuvonpito-backups-');
    const logged: unknown[] = [];
    const failing = openTestBackend(dir, {
      now: () => at('2027-01-11'),
      logError: (error) => logged.push(error),
      verifyBackup: () => {
        throw new Error('quick_check: page 2 is never used');
      },
    });
    expect(failing.backup).toMatchObject({ ok: false });
    expect(logged).toHaveLength(1);
    expect(String(logged[0])).toContain('quick_check');
    expect(backupFiles(dir)).toEqual([]);
    expect(readdirSync(dir)).toContain(DATABASE_FILE);
    const created = await call(failing.dispatch, 'conference.create', makeConferenceInput({ reference: 'Jatkuu 1/2027' }));
    expect(created.reference).toBe('Jatkuu 1/2027');
    failing.close();

    // The day has no backup yet, so the next open tries again.
    const next = openTestBackend(dir, { now: () => at('2027-01-11', '09:00:00') });
    expect(next.backup).toMatchObject({ ok: true });
    expect(backupFiles(dir)).toEqual([backupName(at('2027-01-11', '09:00:00'), 'daily')]);
  });
});

describe('a backups folder that cannot be used', () => {
  it('is reported and the database opens all the same', async () => {
    const dir = useTempDir('neuvonpito-backups-');
    openTestBackend(dir, { now: () => at('2027-01-10') }).close();
    rmSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'backups'), 'not a folder');
    const logged: unknown[] = [];
    const backend = openTestBackend(dir, { now: () => at('2027-01-11'), logError: (error) => logged.push(error) });
    expect(backend.backup).toMatchObject({ ok: false });
    expect(logged).toHaveLength(1);
    const created = await call(backend.dispatch, 'conference.create', makeConferenceInput({ reference: 'Jatkuu 2/2027' }));
    expect(created.reference).toBe('Jatkuu 2/2027');
    expect(readFileSync(join(dir, 'backups'), 'utf8')).toBe('not a folder');
  });
});

describe('the backup before a migration', () => {
  /** A migration after the real ones, so that opening changes the schema. */
  const addNote: Migration = {
    version: LATEST_VERSION + 1,
    name: 'test-note',
    up(db) {
      db.exec('CREATE TABLE test_note (id TEXT) STRICT');
    },
  };

  const hasNoteTable = (db: Db) => db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'test_note'").pluck().get() === 1;

  it('is written to the backups folder, verified, before the schema changes, and no .bak is left beside the file', async () => {
    const dir = useTempDir('neuvonpito-backups-');
    const backend = openTestBackend(dir, { now: () => at('2027-01-10') });
    await call(backend.dispatch, 'conference.create', makeConferenceInput({ reference: 'Ennen 1/2027' }));
    backend.close();

    const checked: string[] = [];
    const db = openDatabase(dir, TEST_DATABASE_KEY, [...MIGRATIONS, addNote], {
      now: () => at('2027-01-11'),
      verifyBackup: (file, key) => {
        // At the check the copy is still the old schema.
        const copy = openTestDatabaseFile(file, { key });
        try {
          expect(hasNoteTable(copy)).toBe(false);
        } finally {
          copy.close();
        }
        checked.push(file);
      },
    });
    try {
      expect(hasNoteTable(db)).toBe(true);
    } finally {
      db.close();
    }
    const name = backupName(at('2027-01-11'), 'migration');
    expect(checked).toEqual([join(dir, 'backups', `${name}.partial`)]);
    expect(backupFiles(dir)).toEqual([backupName(at('2027-01-10'), 'daily'), name]);
    expect(readdirSync(dir).filter((file) => file.endsWith('.bak'))).toEqual([]);
    const backup = openTestDatabaseFile(join(dir, 'backups', name));
    try {
      expect(hasNoteTable(backup)).toBe(false);
      expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(backup.prepare('SELECT reference FROM conference').pluck().all()).toEqual(['Ennen 1/2027']);
    } finally {
      backup.close();
    }
  });

  it('that fails its check leaves no file and stops the migration: the schema is not changed without a good copy', () => {
    const dir = useTempDir('neuvonpito-backups-');
    openTestBackend(dir, { now: () => at('2027-01-10') }).close();
    const before = backupFiles(dir);
    expect(() =>
      openDatabase(dir, TEST_DATABASE_KEY, [...MIGRATIONS, addNote], {
        now: () => at('2027-01-11'),
        verifyBackup: () => {
          throw new Error('quick_check: page 2 is never used');
        },
      }),
    ).toThrow(DatabaseOpenError);
    expect(backupFiles(dir)).toEqual(before);
    const db = openTestDatabaseFile(join(dir, DATABASE_FILE));
    try {
      expect(hasNoteTable(db)).toBe(false);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    } finally {
      db.close();
    }
  });
});
