import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import { DATABASE_FILE } from '../../electron/backend/db/connection';
import { MIGRATIONS, LATEST_VERSION } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { DatabaseTooNewError } from '../../electron/backend/errors';
import { call, openTestBackend, openTestDatabaseFile } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';
import {
  open,
  migrationBackups,
  migrationBackup,
  LATEST_TABLES,
  userVersion,
  tables,
  columns,
  pragmas,
  sha256,
  addVenue,
  dirWithConference,
} from '../helpers/migrations';

/* The migration runner: numbering, one transaction per open, backups, failures, a newer database. Each migration has its own migration-NNNN.test.ts. */

describe('a new data directory', () => {
  it('gets the latest schema, the pragmas and no backup', () => {
    const dir = useTempDir();
    const db = open(dir);
    try {
      expect(userVersion(db)).toBe(LATEST_VERSION);
      expect(LATEST_VERSION).toBe(MIGRATIONS.length);
      expect(tables(db)).toEqual(LATEST_TABLES);
      expect(pragmas(db)).toEqual({ journal_mode: 'wal', synchronous: 2, foreign_keys: 1, secure_delete: 1 });
    } finally {
      db.close();
    }
    expect(migrationBackups(dir)).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.endsWith('.bak'))).toEqual([]);
  });

  it('is created with its parent folders', () => {
    const dir = join(useTempDir(), 'AppData', 'Neuvonpito');
    const db = open(dir);
    db.close();
    expect(existsSync(join(dir, DATABASE_FILE))).toBe(true);
  });

  it('numbers the migrations 1, 2, 3… in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});

describe('reopening an existing WAL database', () => {
  it('sets synchronous=FULL and foreign keys again, which SQLite would not keep', async () => {
    const { dir } = await dirWithConference();
    for (let round = 0; round < 2; round++) {
      const db = open(dir);
      try {
        expect(pragmas(db)).toEqual({ journal_mode: 'wal', synchronous: 2, foreign_keys: 1, secure_delete: 1 });
        expect(userVersion(db)).toBe(LATEST_VERSION);
      } finally {
        db.close();
      }
    }
  });

  it('does not migrate or back up a database that is up to date', async () => {
    const { dir, conference } = await dirWithConference();
    const db = open(dir);
    try {
      expect(db.prepare('SELECT reference FROM conference').pluck().all()).toEqual([conference.reference]);
    } finally {
      db.close();
    }
    expect(migrationBackups(dir)).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.endsWith('.bak'))).toEqual([]);
  });
});

describe('a database holding data at an older version', () => {
  it('is migrated, keeps its data and gets a backup of the old version next to it', async () => {
    const { dir, conference } = await dirWithConference();

    const db = open(dir, [...MIGRATIONS, addVenue]);
    try {
      expect(userVersion(db)).toBe(LATEST_VERSION + 1);
      expect(tables(db)).toContain('test_venue');
      expect(db.prepare('SELECT id, reference, venue FROM conference').all()).toEqual([
        { id: conference.id, reference: 'Äijälä 1/2027', venue: 'Perhekeskus, kokoushuone Ilves' },
      ]);
      expect(db.prepare('SELECT first_name FROM conference_child ORDER BY position').pluck().all()).toEqual([
        'Äijö',
        'Sanni-Öhman',
      ]);
      expect(pragmas(db)).toEqual({ journal_mode: 'wal', synchronous: 2, foreign_keys: 1, secure_delete: 1 });
    } finally {
      db.close();
    }

    // The backup is in the backups folder, named for its time and reason, not next to the file.
    expect(readdirSync(dir).filter((name) => name.endsWith('.bak'))).toEqual([]);
    const backupFile = migrationBackup(dir);
    expect(backupFile).toMatch(/backups\/neuvonpito-\d{4}-\d{2}-\d{2}T\d{6}-migration\.sqlite$/);
    const backup = openTestDatabaseFile(backupFile);
    try {
      expect(userVersion(backup)).toBe(LATEST_VERSION);
      expect(columns(backup, 'conference')).not.toContain('venue');
      expect(tables(backup)).not.toContain('test_venue');
      expect(backup.prepare('SELECT reference FROM conference').pluck().all()).toEqual(['Äijälä 1/2027']);
      expect(backup.prepare('SELECT count(*) FROM conference_child').pluck().get()).toBe(2);
    } finally {
      backup.close();
    }
  });

  it('keeps an earlier backup and writes the next one beside it', async () => {
    const { dir, file } = await dirWithConference();
    open(dir, [...MIGRATIONS, addVenue]).close();
    const firstFile = migrationBackup(dir);
    const firstBackup = sha256(firstFile);
    // Say the user restored the old file and the app migrates it a second time.
    const raw = openTestDatabaseFile(file, { writable: true });
    raw.exec('ALTER TABLE conference DROP COLUMN venue; DROP TABLE test_venue;');
    raw.pragma(`user_version = ${LATEST_VERSION}`);
    raw.close();
    open(dir, [...MIGRATIONS, addVenue]).close();
    expect(sha256(firstFile)).toBe(firstBackup);
    expect(migrationBackups(dir)).toHaveLength(2);
  });
});

describe('a migration that fails', () => {
  const failing: Migration = {
    version: LATEST_VERSION + 2,
    name: 'test-fails',
    up(db) {
      db.exec("CREATE TABLE test_half_done (id TEXT) STRICT; UPDATE conference SET reference = 'muutettu';");
      throw new Error('test migration failed half way');
    },
  };

  it('leaves user_version, schema and data as they were, also for the migrations before it', async () => {
    const { dir, file } = await dirWithConference();
    expect(() => open(dir, [...MIGRATIONS, addVenue, failing])).toThrow('test migration failed half way');

    const db = openTestDatabaseFile(file);
    try {
      expect(userVersion(db)).toBe(LATEST_VERSION);
      expect(tables(db)).toEqual(LATEST_TABLES);
      expect(columns(db, 'conference')).not.toContain('venue');
      expect(db.prepare('SELECT reference FROM conference').pluck().all()).toEqual(['Äijälä 1/2027']);
    } finally {
      db.close();
    }
    // The app still opens the data with the migrations it really has.
    const backend = openTestBackend(dir);
    expect(await call(backend.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).toHaveLength(1);
  });

  it('leaves a new database empty at version 0, even though migration 1 had run', () => {
    const dir = useTempDir();
    const broken: Migration = { ...failing, version: LATEST_VERSION + 1 };
    expect(() => open(dir, [...MIGRATIONS, broken])).toThrow('test migration failed half way');
    const db = openTestDatabaseFile(join(dir, DATABASE_FILE));
    try {
      expect(userVersion(db)).toBe(0);
      expect(tables(db)).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('a database from a newer version of the app', () => {
  it.each(['wal', 'delete'])('is refused and left byte for byte as it was (journal mode %s)', (journalMode) => {
    const dir = useTempDir();
    const file = join(dir, DATABASE_FILE);
    const newer = openTestDatabaseFile(file, { writable: true, key: null });
    newer.pragma(`journal_mode = ${journalMode}`);
    newer.exec("CREATE TABLE conference_v99 (id TEXT); INSERT INTO conference_v99 VALUES ('tulevaisuus');");
    newer.pragma(`user_version = ${LATEST_VERSION + 98}`);
    newer.close();
    const before = sha256(file);

    let thrown: unknown;
    try {
      open(dir).close();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DatabaseTooNewError);
    expect(thrown).toMatchObject({ found: LATEST_VERSION + 98, supported: LATEST_VERSION });
    expect(() => openBackend(dir)).toThrow(DatabaseTooNewError);

    expect(sha256(file)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual([DATABASE_FILE]);
  });
});
