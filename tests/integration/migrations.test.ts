import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import { DATABASE_FILE, LATEST_VERSION, openDatabase, type Db } from '../../electron/backend/db/connection';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { DatabaseTooNewError } from '../../electron/backend/errors';
import { makeConferenceInput } from '../fixtures/conference';
import { call, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

const open = (dir: string, migrations?: readonly Migration[]): Db => openDatabase(dir, migrations);

function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function tables(db: Db): string[] {
  return db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
}

function columns(db: Db, table: string): string[] {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
}

function pragmas(db: Db) {
  return {
    journal_mode: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
    foreign_keys: db.pragma('foreign_keys', { simple: true }),
  };
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A test-only second migration: a venue column with a default, and a new table. */
const addVenue: Migration = {
  version: LATEST_VERSION + 1,
  name: 'test-venue',
  up(db) {
    db.exec(`ALTER TABLE conference ADD COLUMN venue TEXT NOT NULL DEFAULT '';
             CREATE TABLE test_venue (id TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT;
             UPDATE conference SET venue = 'Perhekeskus, kokoushuone Ilves';`);
  },
};

/** A data dir at the current schema holding one conference, made through the API. */
async function dirWithConference() {
  const dir = useTempDir();
  const backend = openTestBackend(dir);
  const conference = await call(backend.dispatch, 'conference.create', makeConferenceInput());
  backend.close();
  return { dir, file: join(dir, DATABASE_FILE), conference };
}

describe('a new data directory', () => {
  it('gets the latest schema, the pragmas and no backup', () => {
    const dir = useTempDir();
    const db = open(dir);
    try {
      expect(userVersion(db)).toBe(LATEST_VERSION);
      expect(LATEST_VERSION).toBe(MIGRATIONS.length);
      expect(tables(db)).toEqual(['conference', 'conference_child', 'conference_guardian', 'setting']);
      expect(pragmas(db)).toEqual({ journal_mode: 'wal', synchronous: 2, foreign_keys: 1 });
    } finally {
      db.close();
    }
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
        expect(pragmas(db)).toEqual({ journal_mode: 'wal', synchronous: 2, foreign_keys: 1 });
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
    expect(readdirSync(dir).filter((name) => name.endsWith('.bak'))).toEqual([]);
  });
});

describe('a database holding data at an older version', () => {
  it('is migrated, keeps its data and gets a backup of the old version next to it', async () => {
    const { dir, file, conference } = await dirWithConference();

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
      expect(pragmas(db)).toEqual({ journal_mode: 'wal', synchronous: 2, foreign_keys: 1 });
    } finally {
      db.close();
    }

    // With one shipped migration this is neuvonpito.sqlite.v1.bak.
    expect(readdirSync(dir)).toContain(`neuvonpito.sqlite.v${LATEST_VERSION}.bak`);
    const backupFile = `${file}.v${LATEST_VERSION}.bak`;
    const backup = new Database(backupFile, { readonly: true, fileMustExist: true });
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
    const firstBackup = sha256(`${file}.v${LATEST_VERSION}.bak`);
    // Say the user restored the old file and the app migrates it a second time.
    const raw = new Database(file);
    raw.exec('ALTER TABLE conference DROP COLUMN venue; DROP TABLE test_venue;');
    raw.pragma(`user_version = ${LATEST_VERSION}`);
    raw.close();
    open(dir, [...MIGRATIONS, addVenue]).close();
    expect(sha256(`${file}.v${LATEST_VERSION}.bak`)).toBe(firstBackup);
    expect(existsSync(`${file}.v${LATEST_VERSION}.2.bak`)).toBe(true);
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

    const db = new Database(file, { readonly: true });
    try {
      expect(userVersion(db)).toBe(LATEST_VERSION);
      expect(tables(db)).toEqual(['conference', 'conference_child', 'conference_guardian', 'setting']);
      expect(columns(db, 'conference')).not.toContain('venue');
      expect(db.prepare('SELECT reference FROM conference').pluck().all()).toEqual(['Äijälä 1/2027']);
    } finally {
      db.close();
    }
    // The app still opens the data with the migrations it really has.
    const backend = openTestBackend(dir);
    expect(await call(backend.dispatch, 'conference.list', {})).toHaveLength(1);
  });

  it('leaves a new database empty at version 0, even though migration 1 had run', () => {
    const dir = useTempDir();
    const broken: Migration = { ...failing, version: LATEST_VERSION + 1 };
    expect(() => open(dir, [...MIGRATIONS, broken])).toThrow('test migration failed half way');
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
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
    const newer = new Database(file);
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

describe('migration 0001', () => {
  it('creates the schema and accepts a conference with children, guardians and settings', () => {
    const dir = useTempDir();
    const db = open(dir, [MIGRATIONS[0]!]);
    try {
      expect(userVersion(db)).toBe(1);
      const now = '2027-01-11T08:00:00.000Z';
      db.prepare(
        `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, phase,
           created_at, updated_at) VALUES ('c1', 'Äijälä 1/2027', 'Leena Korhonen', '2027-01-11',
           'laheisneuvonpito', 'toimeksianto', @now, @now)`,
      ).run({ now });
      db.prepare("INSERT INTO conference_child VALUES ('k1', 'c1', 0, 'Äijö', 2015)").run();
      db.prepare("INSERT INTO conference_guardian VALUES ('g1', 'c1', 0, 'Maija Äijälä')").run();
      db.prepare("INSERT INTO setting VALUES ('uiLanguage', '\"fi\"')").run();

      expect(db.prepare('SELECT * FROM conference').get()).toMatchObject({
        reference: 'Äijälä 1/2027',
        social_worker_unit: '',
        notes: '',
        version: 1,
        closed_at: null,
      });
      expect(db.prepare('SELECT first_name, birth_year FROM conference_child').get()).toEqual({
        first_name: 'Äijö',
        birth_year: 2015,
      });

      // STRICT tables refuse wrong types; foreign keys refuse orphans and cascade deletes.
      expect(() => db.prepare("INSERT INTO conference_child VALUES ('k2', 'c1', 1, 'Sanni', 'vuosi')").run()).toThrow();
      expect(() => db.prepare("INSERT INTO conference_child VALUES ('k3', 'nope', 0, 'Sanni', 2019)").run()).toThrow(
        /FOREIGN KEY/,
      );
      db.prepare("DELETE FROM conference WHERE id = 'c1'").run();
      expect(db.prepare('SELECT count(*) FROM conference_child').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM conference_guardian').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
