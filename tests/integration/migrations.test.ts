import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import { DATABASE_FILE, LATEST_VERSION, openDatabase, type Db } from '../../electron/backend/db/connection';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { DatabaseTooNewError } from '../../electron/backend/errors';
import { emptyMeetingDay } from '../../electron/shared/meeting-day/meeting-day-rules';
import { makeConferenceInput } from '../fixtures/conference';
import {
  attendance,
  checklistItemUpdate,
  childHeard,
  childTakingPart,
  commissionUpdate,
  dayUpdate,
  followUpSummaryUpdate,
  meetingUpdate,
  planUpdate,
  review,
  tick,
} from '../fixtures/record-updates';
import { call, callError, openTestBackend, openTestDatabaseFile, TABLES, TEST_DATABASE_KEY } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

const open = (dir: string, migrations?: readonly Migration[]): Db => openDatabase(dir, TEST_DATABASE_KEY, migrations);

/** The pre-migration backups in the data directory's backups folder (full paths, sorted by name). */
function migrationBackups(dir: string): string[] {
  const folder = join(dir, 'backups');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /-migration(-\d+)?\.sqlite$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}

/** The one pre-migration backup the last open made. */
function migrationBackup(dir: string): string {
  const backups = migrationBackups(dir);
  expect(backups).toHaveLength(1);
  return backups[0]!;
}

/** Every table of the latest schema, by name. */
const LATEST_TABLES = [...TABLES].sort();

/** The tables as migration 0002 left them, before the arrangements. */
const TABLES_AT_VERSION_2 = [
  'child_participation',
  'commission',
  'commission_child',
  'commission_concern',
  'commission_guardian',
  'conference',
  'conference_child',
  'conference_guardian',
  'contact_entry',
  'network_member',
  'setting',
  'summary',
  'summary_item',
  'support_person',
];

/** The tables as migration 0003 left them, before the meeting day and the plan. */
const TABLES_AT_VERSION_3 = [
  ...TABLES_AT_VERSION_2,
  'checklist_done',
  'checklist_item',
  'meeting',
  'meeting_interpreter',
].sort();

/** The tables migration 0016 added, for the network-mapping meeting. */
const TABLES_FROM_16 = ['meeting_turn', 'meeting_flip_chart', 'meeting_flip_chart_line'];

/** The tables migration 0017 added: working time, costs, feedback, what is kept of a deleted conference. */
const TABLES_FROM_17 = ['work_entry', 'conference_cost', 'meeting_feedback', 'meeting_feedback_response', 'statistics_record'];

/** The tables as migration 0004 left them, before the follow-up meetings. */
const TABLES_AT_VERSION_4 = LATEST_TABLES.filter(
  (table) =>
    !TABLES_FROM_16.includes(table) &&
    !TABLES_FROM_17.includes(table) &&
    !table.startsWith('follow_up') &&
    !table.startsWith('plan_kept') &&
    table !== 'conference_statistics' &&
    table !== 'letter_export' &&
    table !== 'meeting_reply',
);

/** The tables as migration 0005 left them, before decided plans kept their copies. */
const TABLES_AT_VERSION_5 = LATEST_TABLES.filter(
  (table) =>
    !TABLES_FROM_16.includes(table) &&
    !TABLES_FROM_17.includes(table) &&
    !table.startsWith('plan_kept') &&
    table !== 'conference_statistics' &&
    table !== 'letter_export' &&
    table !== 'meeting_reply',
);

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
    secure_delete: db.pragma('secure_delete', { simple: true }),
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
    expect(await call(backend.dispatch, 'conference.list', {})).toHaveLength(1);
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

describe('migration 0002', () => {
  // Literal on purpose: the migration must write what it wrote when it shipped, whatever the catalog says now.
  const FINNISH_GENERAL_QUESTIONS = [
    'Jos työntekijöiden apua ja tukea tarvitaan, keneltä ja mihin?',
    'Miten suunnitelman toteutumista seurataan?',
    'Mitä tehdään, jos suunnitelman toteuttamisessa tulee ongelmia?',
    'Kuka saa suunnitelman?',
    'Milloin seurantakokous pidetään ja kenet siihen kutsutaan?',
  ];
  const C1 = '11111111-1111-4111-8111-111111111111';
  const C2 = '11111111-1111-4111-8111-111111111112';
  const CHILD = '22222222-2222-4222-8222-222222222221';
  const GUARDIAN = '33333333-3333-4333-8333-333333333331';

  /** A data dir at schema version 1 holding two conferences, one closed, and a setting. */
  function dirAtVersion1() {
    const dir = useTempDir();
    const db = open(dir, [MIGRATIONS[0]!]);
    try {
      const insert = db.prepare(
        `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, phase,
           close_reason, closed_at, phase_before_close, version, created_at, updated_at)
         VALUES (@id, @reference, 'Leena Korhonen', '2026-11-02', 'laheisneuvonpito', @phase,
           @close_reason, @closed_at, @phase_before_close, @version, @created_at, @updated_at)`,
      );
      insert.run({
        id: C1,
        reference: 'Äijälä 1/2026',
        phase: 'valmistelu',
        close_reason: null,
        closed_at: null,
        phase_before_close: null,
        version: 3,
        created_at: '2026-11-02T07:30:00.000Z',
        updated_at: '2026-11-20T12:00:00.000Z',
      });
      insert.run({
        id: C2,
        reference: 'Öhman 2/2026',
        phase: 'paattynyt',
        close_reason: 'family_withdrew',
        closed_at: '2026-12-01T09:00:00.000Z',
        phase_before_close: 'toimeksianto',
        version: 2,
        created_at: '2026-11-15T10:00:00.000Z',
        updated_at: '2026-12-01T09:00:00.000Z',
      });
      db.prepare(`INSERT INTO conference_child VALUES ('${CHILD}', '${C1}', 0, 'Äijö', 2015)`).run();
      db.prepare(`INSERT INTO conference_guardian VALUES ('${GUARDIAN}', '${C1}', 0, 'Maija Äijälä')`).run();
      db.prepare("INSERT INTO setting VALUES ('uiLanguage', '\"sv\"')").run();
    } finally {
      db.close();
    }
    return { dir, file: join(dir, DATABASE_FILE) };
  }

  it('gives existing conferences Finnish, an empty commission agreement and the Finnish general questions', () => {
    const { dir } = dirAtVersion1();
    const db = open(dir, MIGRATIONS.slice(0, 2));
    try {
      expect(userVersion(db)).toBe(2);
      expect(tables(db)).toEqual(TABLES_AT_VERSION_2);
      expect(db.prepare('SELECT id, reference, language, version FROM conference ORDER BY id').all()).toEqual([
        { id: C1, reference: 'Äijälä 1/2026', language: 'fi', version: 3 },
        { id: C2, reference: 'Öhman 2/2026', language: 'fi', version: 2 },
      ]);
      expect(db.prepare('SELECT * FROM commission ORDER BY conference_id').all()).toEqual([
        {
          conference_id: C1,
          agreed_date: null,
          social_worker_took_part: 1,
          voluntary_date: null,
          contact_consent_date: null,
          waiver_date: null,
          notes: '',
          version: 1,
          updated_at: '2026-11-02T07:30:00.000Z',
        },
        expect.objectContaining({ conference_id: C2, version: 1, updated_at: '2026-11-15T10:00:00.000Z' }),
      ]);
      expect(db.prepare('SELECT conference_id, text, version FROM summary ORDER BY conference_id').all()).toEqual([
        { conference_id: C1, text: '', version: 1 },
        { conference_id: C2, text: '', version: 1 },
      ]);
      for (const id of [C1, C2]) {
        const items = db
          .prepare("SELECT id, list, text FROM summary_item WHERE conference_id = ? ORDER BY position")
          .all(id) as { id: string; list: string; text: string }[];
        expect(items.map((item) => item.text)).toEqual(FINNISH_GENERAL_QUESTIONS);
        expect(items.every((item) => item.list === 'general')).toBe(true);
        for (const item of items) expect(item.id).toMatch(/^[0-9a-f-]{36}$/);
      }
      const itemIds = db.prepare('SELECT id FROM summary_item').pluck().all();
      expect(new Set(itemIds).size).toBe(10);
      expect(db.prepare('SELECT first_name FROM conference_child').pluck().all()).toEqual(['Äijö']);
      expect(db.prepare('SELECT value FROM setting').pluck().all()).toEqual(['"sv"']);
    } finally {
      db.close();
    }

    const backup = openTestDatabaseFile(migrationBackup(dir));
    try {
      expect(userVersion(backup)).toBe(1);
      expect(tables(backup)).toEqual(['conference', 'conference_child', 'conference_guardian', 'setting']);
      expect(columns(backup, 'conference')).not.toContain('language');
      expect(backup.prepare('SELECT reference FROM conference ORDER BY id').pluck().all()).toEqual([
        'Äijälä 1/2026',
        'Öhman 2/2026',
      ]);
    } finally {
      backup.close();
    }
  });

  it('leaves a migrated conference ready for preparation through the API', async () => {
    const { dir } = dirAtVersion1();
    const { dispatch } = openTestBackend(dir);
    const prep = await call(dispatch, 'preparation.get', { conferenceId: C1 });
    expect(prep.conference).toMatchObject({ id: C1, language: 'fi', version: 3 });
    expect(prep.children).toEqual([{ childId: CHILD, participation: 'undecided', note: '', version: 1 }]);
    // The guardian is in the network (migration 11), with her invitation left for the convener to decide.
    expect(prep.members).toEqual([
      expect.objectContaining({ name: 'Maija Äijälä', sector: 'family', closeness: 'close', invite: 'undecided', relation: 'huoltaja' }),
    ]);
    expect(prep.conference.guardians).toEqual([{ id: GUARDIAN, name: 'Maija Äijälä', memberId: prep.members[0]!.id }]);
    expect(prep.contacts).toEqual([]);
    expect(prep.summary.generalQuestions.map((q) => q.text)).toEqual(FINNISH_GENERAL_QUESTIONS);

    const updated = await call(dispatch, 'commission.update', {
      ...commissionUpdate(prep),
      agreedDate: '2026-11-20',
      guardianIds: [GUARDIAN],
      childIds: [CHILD],
      concerns: [{ text: 'Koulunkäynti' }],
    });
    expect(updated.commission).toMatchObject({ version: 2, guardianIds: [GUARDIAN], childIds: [CHILD] });
    // The closed conference came through as read-only as it was.
    const closed = await call(dispatch, 'preparation.get', { conferenceId: C2 });
    expect(closed.conference.closure).toMatchObject({ reason: 'family_withdrew' });
  });

  it('makes the new tables strict, with cascades from the conference and its people', () => {
    const { dir } = dirAtVersion1();
    const db = open(dir);
    try {
      expect(() =>
        db.prepare(`INSERT INTO summary_item VALUES ('x1', '${C1}', 'wishes', 0, 'Toive')`).run(),
      ).toThrow(/CHECK/);
      expect(() => db.prepare(`INSERT INTO commission_child VALUES ('not-a-child')`).run()).toThrow(/FOREIGN KEY/);
      expect(() => db.prepare("UPDATE commission SET social_worker_took_part = 'kyllä'").run()).toThrow(
        /cannot store TEXT value in INTEGER column/,
      );
      db.prepare(`INSERT INTO commission_child VALUES ('${CHILD}')`).run();
      db.prepare(`INSERT INTO commission_guardian VALUES ('${GUARDIAN}')`).run();
      db.prepare(`DELETE FROM conference WHERE id = '${C1}'`).run();
      for (const table of ['commission', 'summary']) {
        expect(db.prepare(`SELECT conference_id FROM ${table}`).pluck().all()).toEqual([C2]);
      }
      expect(db.prepare('SELECT count(*) FROM commission_child').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM commission_guardian').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM summary_item').pluck().get()).toBe(5);
    } finally {
      db.close();
    }
  });
});

describe('migration 0003', () => {
  const C1 = '11111111-1111-4111-8111-111111111121';
  const C2 = '11111111-1111-4111-8111-111111111122';
  const MEMBER = '44444444-4444-4444-8444-444444444421';
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  /**
   * A data dir at schema version 2 holding two conferences in preparation, one of them
   * closed, with their commission and summary rows, a network member and a contact.
   */
  function dirAtVersion2() {
    const dir = useTempDir();
    const db = open(dir, MIGRATIONS.slice(0, 2));
    try {
      const conference = db.prepare(
        `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase,
           close_reason, closed_at, phase_before_close, version, created_at, updated_at)
         VALUES (@id, @reference, 'Leena Korhonen', '2027-02-01', 'laheisneuvonpito', @language, @phase,
           @close_reason, @closed_at, @phase_before_close, @version, @created_at, @updated_at)`,
      );
      conference.run({
        id: C1,
        reference: 'Öhman 3/2027',
        language: 'sv',
        phase: 'valmistelu',
        close_reason: null,
        closed_at: null,
        phase_before_close: null,
        version: 4,
        created_at: '2027-02-01T07:30:00.000Z',
        updated_at: '2027-02-10T12:00:00.000Z',
      });
      conference.run({
        id: C2,
        reference: 'Äijälä 4/2027',
        language: 'fi',
        phase: 'paattynyt',
        close_reason: 'family_withdrew',
        closed_at: '2027-02-20T09:00:00.000Z',
        phase_before_close: 'valmistelu',
        version: 2,
        created_at: '2027-02-05T10:00:00.000Z',
        updated_at: '2027-02-20T09:00:00.000Z',
      });
      for (const [id, stamp] of [
        [C1, '2027-02-01T07:30:00.000Z'],
        [C2, '2027-02-05T10:00:00.000Z'],
      ] as const) {
        db.prepare('INSERT INTO commission (conference_id, updated_at) VALUES (?, ?)').run(id, stamp);
        db.prepare('INSERT INTO summary (conference_id, updated_at) VALUES (?, ?)').run(id, stamp);
      }
      db.prepare(
        `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, language, other_language,
           interpreter_needed, diet, invite, reply, created_at, updated_at)
         VALUES ('${MEMBER}', '${C1}', 'Cawo Maxamed Xuseen', 'täti', 'relatives', 'close', 'other', 'somali',
           1, 'Halal', 'invite', 'coming', '2027-02-02T08:00:00.000Z', '2027-02-02T08:00:00.000Z')`,
      ).run();
      db.prepare(
        `INSERT INTO contact_entry (id, conference_id, member_id, date, channel, discussed, created_at)
         VALUES ('55555555-5555-4555-8555-555555555521', '${C1}', '${MEMBER}', '2027-02-03', 'phone',
           'Kutsu neuvonpitoon.', '2027-02-03T09:00:00.000Z')`,
      ).run();
    } finally {
      db.close();
    }
    return { dir, file: join(dir, DATABASE_FILE) };
  }

  it('gives every existing conference, closed ones too, one conference meeting with nothing arranged', () => {
    const { dir } = dirAtVersion2();
    const db = open(dir, MIGRATIONS.slice(0, 3));
    try {
      expect(userVersion(db)).toBe(3);
      expect(tables(db)).toEqual(TABLES_AT_VERSION_3);
      const meetings = db.prepare('SELECT * FROM meeting ORDER BY conference_id').all() as Record<string, unknown>[];
      expect(meetings).toHaveLength(2);
      expect(meetings[0]).toMatchObject({
        conference_id: C1,
        kind: 'conference',
        date: null,
        start_time: null,
        end_time: null,
        venue_name: '',
        venue_capacity: null,
        venue_booking_status: 'not_booked',
        refreshments_ordered_headcount: null,
        childcare_needed: 0,
        materials: '[]',
        reply_by: null,
        purpose_fi: '',
        notes: '',
        version: 1,
        // Stamped with the conference's creation, not the time of the upgrade.
        created_at: '2027-02-01T07:30:00.000Z',
        updated_at: '2027-02-01T07:30:00.000Z',
      });
      expect(meetings[1]).toMatchObject({ conference_id: C2, kind: 'conference', version: 1 });
      for (const meeting of meetings) expect(meeting.id).toMatch(UUID);
      expect(meetings[0]!.id).not.toBe(meetings[1]!.id);
      for (const table of ['meeting_interpreter', 'checklist_done', 'checklist_item']) {
        expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
      // What was there stays as it was.
      expect(db.prepare('SELECT id, reference, language, version FROM conference ORDER BY id').all()).toEqual([
        { id: C1, reference: 'Öhman 3/2027', language: 'sv', version: 4 },
        { id: C2, reference: 'Äijälä 4/2027', language: 'fi', version: 2 },
      ]);
      expect(db.prepare('SELECT name, diet, reply FROM network_member').all()).toEqual([
        { name: 'Cawo Maxamed Xuseen', diet: 'Halal', reply: 'coming' },
      ]);
      expect(db.prepare('SELECT discussed FROM contact_entry').pluck().all()).toEqual(['Kutsu neuvonpitoon.']);
    } finally {
      db.close();
    }

    const backup = openTestDatabaseFile(migrationBackup(dir));
    try {
      expect(userVersion(backup)).toBe(2);
      expect(tables(backup)).toEqual(TABLES_AT_VERSION_2);
    } finally {
      backup.close();
    }
  });

  it('leaves the migrated conferences ready for arrangements through the API; the closed one read-only', async () => {
    const { dir } = dirAtVersion2();
    const { dispatch } = openTestBackend(dir);
    const prep = await call(dispatch, 'preparation.get', { conferenceId: C1 });
    expect(prep.meetings).toHaveLength(1);
    const [meeting] = prep.meetings;
    expect(meeting).toMatchObject({
      conferenceId: C1,
      kind: 'conference',
      date: null,
      interpreters: [],
      materials: [],
      checklist: { done: {}, custom: [] },
      version: 1,
      updatedAt: '2027-02-01T07:30:00.000Z',
    });

    const updated = await call(
      dispatch,
      'meeting.update',
      meetingUpdate(meeting!, {
        date: '2027-03-10',
        startTime: '09:00',
        endTime: '13:00',
        interpreters: [{ language: 'somali', provider: 'Tulkkipalvelu' }],
      }),
    );
    expect(updated.meetings[0]).toMatchObject({ date: '2027-03-10', version: 2, interpreters: [{ language: 'somali' }] });
    expect(updated.conference).toEqual(prep.conference);

    const closed = await call(dispatch, 'preparation.get', { conferenceId: C2 });
    const error = await callError(dispatch, 'meeting.update', meetingUpdate(closed.meetings[0]!, { date: '2027-03-10' }));
    expect(error.code).toBe('conflict');
  });

  it('makes the new tables strict, one conference meeting each, with cascades from the conference', () => {
    const { dir } = dirAtVersion2();
    const db = open(dir);
    try {
      const meetingId = db.prepare('SELECT id FROM meeting WHERE conference_id = ?').pluck().get(C1) as string;
      /** A meeting of C1 with the given columns besides the required ones. */
      const insertMeeting = (kind: string, columns: Record<string, string | number> = {}) => {
        const names = Object.keys(columns);
        db.prepare(
          `INSERT INTO meeting (id, conference_id, kind, created_at, updated_at${names.map((n) => `, ${n}`).join('')})
           VALUES (@id, @conferenceId, @kind, @now, @now${names.map((n) => `, @${n}`).join('')})`,
        ).run({ id: randomUUID(), conferenceId: C1, kind, now: '2027-02-11T08:00:00.000Z', ...columns });
      };
      expect(() => insertMeeting('conference')).toThrow(/UNIQUE/);
      expect(() => insertMeeting('workshop')).toThrow(/CHECK/);
      expect(() => insertMeeting('follow_up', { materials: 'flip_chart' })).toThrow(/CHECK/);
      expect(() => insertMeeting('follow_up', { materials: '{"flip_chart":true}' })).toThrow(/CHECK/);
      expect(() => insertMeeting('follow_up', { date: '10.3.2027' })).toThrow(/CHECK/);
      expect(() => insertMeeting('follow_up', { start_time: '9.00' })).toThrow(/CHECK/);
      expect(() => insertMeeting('follow_up', { venue_booking_status: 'maybe' })).toThrow(/CHECK/);
      expect(() => insertMeeting('follow_up', { childcare_needed: 2 })).toThrow(/CHECK/);
      expect(() => insertMeeting('follow_up', { venue_capacity: -1 })).toThrow(/CHECK/);
      expect(() => insertMeeting('follow_up', { venue_capacity: 'kaksi' })).toThrow(/cannot store TEXT value in INTEGER/);
      // A follow-up meeting is fine next to the conference's own.
      insertMeeting('follow_up', { date: '2027-06-10', materials: '["flip_chart"]' });
      expect(() =>
        db.prepare("INSERT INTO meeting_interpreter (meeting_id, position, language) VALUES ('nope', 0, 'somali')").run(),
      ).toThrow(/FOREIGN KEY/);
      expect(() =>
        db
          .prepare("INSERT INTO meeting_interpreter (meeting_id, position, language, mode) VALUES (?, 0, 'somali', 'video')")
          .run(meetingId),
      ).toThrow(/CHECK/);

      db.prepare("INSERT INTO meeting_interpreter (meeting_id, position, language) VALUES (?, 0, 'somali')").run(meetingId);
      db.prepare("INSERT INTO checklist_done (meeting_id, key, done_date) VALUES (?, 'venue', '2027-02-11')").run(meetingId);
      db.prepare(
        "INSERT INTO checklist_item (id, meeting_id, position, text) VALUES ('i1', ?, 0, 'Varaa parkkipaikka')",
      ).run(meetingId);
      expect(() =>
        db.prepare("INSERT INTO checklist_done (meeting_id, key, done_date) VALUES (?, 'venue', '2027-02-12')").run(meetingId),
      ).toThrow(/UNIQUE|PRIMARY KEY/);

      db.prepare(`DELETE FROM conference WHERE id = '${C1}'`).run();
      expect(db.prepare('SELECT conference_id FROM meeting').pluck().all()).toEqual([C2]);
      for (const table of ['meeting_interpreter', 'checklist_done', 'checklist_item']) {
        expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
    } finally {
      db.close();
    }
  });
});

describe('migration 0004', () => {
  const C1 = '11111111-1111-4111-8111-111111111131';
  const C2 = '11111111-1111-4111-8111-111111111132';
  const CHILD = '22222222-2222-4222-8222-222222222231';
  const MEMBER = '44444444-4444-4444-8444-444444444431';
  const MEETING = '66666666-6666-4666-8666-666666666631';
  const FOLLOW_UP = '66666666-6666-4666-8666-666666666632';
  const CLOSED_MEETING = '66666666-6666-4666-8666-666666666633';
  const QUESTION = '77777777-7777-4777-8777-777777777731';
  const MUST_INCLUDE = '77777777-7777-4777-8777-777777777732';
  const NEW_TABLES = [
    'meeting_day',
    'meeting_part_end',
    'meeting_timer_segment',
    'meeting_attendance',
    'meeting_child_heard',
    'plan',
    'plan_item',
    'plan_item_bottom_line',
    'plan_service',
    'plan_recipient',
    'plan_invitee',
    'plan_dissent',
    'plan_not_acceptable_check',
  ];

  /**
   * A data dir at schema version 3 holding a conference in preparation with its meeting
   * arranged, a follow-up meeting, a member, a child, summary questions and a bottom line,
   * and a closed conference with its meeting.
   */
  function dirAtVersion3() {
    const dir = useTempDir();
    const db = open(dir, MIGRATIONS.slice(0, 3));
    try {
      const conference = db.prepare(
        `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase,
           close_reason, closed_at, phase_before_close, version, created_at, updated_at)
         VALUES (@id, @reference, 'Leena Korhonen', '2027-03-01', 'laheisneuvonpito', 'fi', @phase,
           @close_reason, @closed_at, @phase_before_close, @version, '2027-03-01T07:30:00.000Z', @updated_at)`,
      );
      conference.run({
        id: C1,
        reference: 'Äijälä 5/2027',
        phase: 'valmistelu',
        close_reason: null,
        closed_at: null,
        phase_before_close: null,
        version: 5,
        updated_at: '2027-03-10T12:00:00.000Z',
      });
      conference.run({
        id: C2,
        reference: 'Öhman 6/2027',
        phase: 'paattynyt',
        close_reason: 'family_withdrew',
        closed_at: '2027-03-20T09:00:00.000Z',
        phase_before_close: 'valmistelu',
        version: 2,
        updated_at: '2027-03-20T09:00:00.000Z',
      });
      for (const id of [C1, C2]) {
        db.prepare("INSERT INTO commission (conference_id, updated_at) VALUES (?, '2027-03-01T07:30:00.000Z')").run(id);
        db.prepare("INSERT INTO summary (conference_id, updated_at) VALUES (?, '2027-03-01T07:30:00.000Z')").run(id);
      }
      db.prepare(`INSERT INTO conference_child VALUES ('${CHILD}', '${C1}', 0, 'Äijö', 2015)`).run();
      db.prepare(
        `INSERT INTO summary_item (id, conference_id, list, position, text) VALUES
           ('${QUESTION}', '${C1}', 'open', 0, 'Miten Äijön aamut sujuvat?'),
           ('${MUST_INCLUDE}', '${C1}', 'must_include', 0, 'Koulumatkat turvattu')`,
      ).run();
      db.prepare(
        `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, invite, reply,
           created_at, updated_at)
         VALUES ('${MEMBER}', '${C1}', 'Aune Äijälä', 'mummo', 'relatives', 'close', 'invite', 'coming',
           '2027-03-02T08:00:00.000Z', '2027-03-02T08:00:00.000Z')`,
      ).run();
      const meeting = db.prepare(
        `INSERT INTO meeting (id, conference_id, kind, date, start_time, venue_name, version, created_at, updated_at)
         VALUES (@id, @conferenceId, @kind, @date, '09:00', @venue, @version, '2027-03-01T07:30:00.000Z',
           '2027-03-05T10:00:00.000Z')`,
      );
      meeting.run({ id: MEETING, conferenceId: C1, kind: 'conference', date: '2027-04-14', venue: 'Perhekeskus', version: 3 });
      meeting.run({ id: FOLLOW_UP, conferenceId: C1, kind: 'follow_up', date: '2027-08-18', venue: '', version: 1 });
      meeting.run({ id: CLOSED_MEETING, conferenceId: C2, kind: 'conference', date: null, venue: '', version: 1 });
      db.prepare("INSERT INTO checklist_done (meeting_id, key, done_date) VALUES (?, 'venue', '2027-03-05')").run(MEETING);
    } finally {
      db.close();
    }
    return { dir, file: join(dir, DATABASE_FILE) };
  }

  it('adds the day and plan tables empty, and leaves what was there as it was', () => {
    const { dir } = dirAtVersion3();
    const db = open(dir, MIGRATIONS.slice(0, 4));
    try {
      expect(userVersion(db)).toBe(4);
      expect(tables(db)).toEqual(TABLES_AT_VERSION_4);
      // A meeting without a day row has nothing recorded: no rows are made up for the old ones.
      for (const table of NEW_TABLES) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      expect(db.prepare('SELECT id, phase, version FROM conference ORDER BY id').all()).toEqual([
        { id: C1, phase: 'valmistelu', version: 5 },
        { id: C2, phase: 'paattynyt', version: 2 },
      ]);
      expect(db.prepare('SELECT id, date, venue_name, version FROM meeting ORDER BY id').all()).toEqual([
        { id: MEETING, date: '2027-04-14', venue_name: 'Perhekeskus', version: 3 },
        { id: FOLLOW_UP, date: '2027-08-18', venue_name: '', version: 1 },
        { id: CLOSED_MEETING, date: null, venue_name: '', version: 1 },
      ]);
      expect(db.prepare('SELECT name FROM network_member').pluck().all()).toEqual(['Aune Äijälä']);
      expect(db.prepare('SELECT count(*) FROM checklist_done').pluck().get()).toBe(1);
    } finally {
      db.close();
    }

    const backup = openTestDatabaseFile(migrationBackup(dir));
    try {
      expect(userVersion(backup)).toBe(3);
      expect(tables(backup)).toEqual(TABLES_AT_VERSION_3);
    } finally {
      backup.close();
    }
  });

  it('gives the migrated meetings an empty day and the conference no plan; both can be recorded', async () => {
    const { dir } = dirAtVersion3();
    const { dispatch } = openTestBackend(dir);
    const prep = await call(dispatch, 'preparation.get', { conferenceId: C1 });
    expect(prep.meetings.map((meeting) => [meeting.id, meeting.day])).toEqual([
      [MEETING, emptyMeetingDay()],
      [FOLLOW_UP, emptyMeetingDay('follow_up')],
    ]);
    expect(prep.plans).toEqual([]);

    const day = prep.meetings[0]!;
    await call(dispatch, 'meetingDay.update', dayUpdate(day, { questionsPresented: true }));
    await call(dispatch, 'meetingDay.timer', { meetingId: MEETING, part: 'information', action: 'start' });
    await call(dispatch, 'meetingDay.setAttendance', attendance(day, MEMBER, { presence: 'in_person' }));
    await call(dispatch, 'meetingDay.setChild', childHeard(day, CHILD, { heard: 'present' }));
    const created = await call(dispatch, 'plan.create', { meetingId: MEETING });
    const planned = await call(
      dispatch,
      'plan.update',
      planUpdate(created.plans[0]!, {
        items: [
          {
            questionId: QUESTION,
            what: 'Mummo herättää Äijön koulupäivinä.',
            owner: { kind: 'member', memberId: MEMBER },
            bottomLineIds: [MUST_INCLUDE],
          },
        ],
      }),
    );
    expect(planned.meetings[0]!.day).toMatchObject({
      questionsPresented: true,
      version: 2,
      attendance: [{ memberId: MEMBER, presence: 'in_person' }],
      children: [{ childId: CHILD, heard: 'present' }],
    });
    expect(planned.plans[0]!.items).toMatchObject([{ questionId: QUESTION, bottomLineIds: [MUST_INCLUDE] }]);
    // Starting the conference's own meeting moved the migrated conference on.
    expect(planned.conference).toMatchObject({ phase: 'neuvonpito', version: 6 });

    const closed = await callError(dispatch, 'meetingDay.update', { ...dayUpdate(day), meetingId: CLOSED_MEETING });
    expect(closed.code).toBe('conflict');
  });

  it('makes the new tables strict, with one running clock a meeting, and cascades from the meeting and conference', () => {
    const { dir } = dirAtVersion3();
    const db = open(dir);
    try {
      const run = (sql: string) => db.prepare(sql).run();
      const at = '2027-04-14T06:00:00.000Z';
      expect(() => run(`INSERT INTO meeting_day VALUES ('${MEETING}', 4, 90, 45, 1, 0, 2, '${at}')`)).toThrow(/CHECK/);
      expect(() => run(`INSERT INTO meeting_day VALUES ('${MEETING}', 60, 90, 45, 'kyllä', 0, 2, '${at}')`)).toThrow(
        /cannot store TEXT value in INTEGER column/,
      );
      expect(() => run(`INSERT INTO meeting_day VALUES ('nope', 60, 90, 45, 1, 0, 2, '${at}')`)).toThrow(/FOREIGN KEY/);
      run(`INSERT INTO meeting_day VALUES ('${MEETING}', 60, 90, 45, 1, 0, 2, '${at}')`);

      const segment = (part: string, position: number, startedAt: string, endedAt: string | null, meeting = MEETING) =>
        db
          .prepare('INSERT INTO meeting_timer_segment VALUES (?, ?, ?, ?, ?)')
          .run(meeting, part, position, startedAt, endedAt);
      expect(() => segment('Coffee break', 0, at, null)).toThrow(/CHECK/);
      expect(() => segment('information', 0, '14.4.2027 9:00', null)).toThrow(/CHECK/);
      expect(() => segment('information', 0, at, '2027-04-14T05:00:00.000Z')).toThrow(/CHECK/);
      segment('information', 0, at, null);
      // One clock at a time, per meeting: another meeting's clock may run.
      expect(() => segment('plan', 0, at, null)).toThrow(/UNIQUE/);
      segment('information', 0, at, null, FOLLOW_UP);
      expect(() => run(`INSERT INTO meeting_part_end VALUES ('${MEETING}', 'information', '2027-04-14')`)).toThrow(/CHECK/);

      expect(() =>
        run(`INSERT INTO meeting_attendance (meeting_id, member_id, presence, arrived_at, gave_information) VALUES ('${MEETING}', '${MEMBER}', 'maybe', NULL, 0)`),
      ).toThrow(/CHECK/);
      expect(() =>
        run(`INSERT INTO meeting_attendance (meeting_id, member_id, presence, arrived_at, gave_information) VALUES ('${MEETING}', '${MEMBER}', 'in_person', '9.15', 0)`),
      ).toThrow(/CHECK/);
      expect(() => run(`INSERT INTO meeting_attendance (meeting_id, member_id, presence, arrived_at, gave_information) VALUES ('${MEETING}', 'nope', 'in_person', NULL, 0)`)).toThrow(
        /FOREIGN KEY/,
      );
      run(`INSERT INTO meeting_attendance (meeting_id, member_id, presence, arrived_at, gave_information) VALUES ('${MEETING}', '${MEMBER}', 'in_person', '09:15', 0)`);
      expect(() =>
        run(`INSERT INTO meeting_child_heard (meeting_id, child_id, heard, note, worries, good_things, dreams) VALUES ('${MEETING}', '${CHILD}', 'present', '', 'Huoli', NULL, NULL)`),
      ).toThrow(/CHECK/);
      expect(() =>
        run(`INSERT INTO meeting_child_heard (meeting_id, child_id, heard, note, worries, good_things, dreams) VALUES ('${MEETING}', '${CHILD}', 'undecided', '', NULL, NULL, NULL)`),
      ).toThrow(/CHECK/);
      run(`INSERT INTO meeting_child_heard (meeting_id, child_id, heard, note, worries, good_things, dreams) VALUES ('${MEETING}', '${CHILD}', 'present', '', 'Huoli', 'Mummo', 'Koira')`);

      const plan = (id: string, number: number, decision = 'NULL, NULL, NULL') =>
        run(
          `INSERT INTO plan (id, conference_id, meeting_id, number, decision_outcome, decision_reasons, decision_date,
             created_at, updated_at) VALUES ('${id}', '${C1}', '${MEETING}', ${number}, ${decision}, '${at}', '${at}')`,
        );
      expect(() => plan('p0', 0)).toThrow(/CHECK/);
      expect(() => plan('p0', 1, "'accepted', '', NULL")).toThrow(/CHECK/);
      expect(() => plan('p0', 1, "'maybe', '', '2027-04-14'")).toThrow(/CHECK/);
      plan('p1', 1, "'accepted', '', '2027-04-14'");
      expect(() => plan('p2', 1)).toThrow(/UNIQUE/);
      plan('p2', 2);

      const item = (id: string, owner: string, question = `'${QUESTION}'`) =>
        run(
          `INSERT INTO plan_item (id, plan_id, position, question_id, what, owner_kind, owner_member_id)
           VALUES ('${id}', 'p1', 0, ${question}, 'Herätys', ${owner})`,
        );
      expect(() => item('i0', "'member', NULL")).toThrow(/CHECK/);
      expect(() => item('i0', `'social_worker', '${MEMBER}'`)).toThrow(/CHECK/);
      expect(() => item('i0', "'member', 'nope'")).toThrow(/FOREIGN KEY/);
      // The link to the summary's question has had no foreign key since migration 0006 (below).
      item('i1', `'member', '${MEMBER}'`);
      item('i2', "'social_worker', NULL");
      run(`INSERT INTO plan_item_bottom_line VALUES ('i1', '${MUST_INCLUDE}', 0)`);
      expect(() => run(`INSERT INTO plan_recipient VALUES ('r1', 'p1', 0, 'social_worker', NULL, NULL, 'fax')`)).toThrow(
        /CHECK/,
      );
      run(`INSERT INTO plan_dissent VALUES ('d1', 'p1', 0, 'member', '${MEMBER}', 'Eri mieltä.')`);

      // A member with a task cannot simply go: the plan would lose its owner.
      expect(() => run(`DELETE FROM network_member WHERE id = '${MEMBER}'`)).toThrow(/FOREIGN KEY/);
      // Since migration 0006 nothing in the summary reaches into a plan: removing a question or
      // a bottom line leaves the plan's links as they were (the API unlinks an undecided plan's).
      run(`DELETE FROM summary_item WHERE id = '${QUESTION}'`);
      expect(db.prepare("SELECT question_id FROM plan_item WHERE id = 'i1'").pluck().get()).toBe(QUESTION);
      run(`DELETE FROM summary_item WHERE id = '${MUST_INCLUDE}'`);
      expect(db.prepare('SELECT count(*) FROM plan_item_bottom_line').pluck().get()).toBe(1);

      run(`DELETE FROM meeting WHERE id = '${FOLLOW_UP}'`);
      expect(db.prepare('SELECT meeting_id FROM meeting_timer_segment').pluck().all()).toEqual([MEETING]);
      run(`DELETE FROM conference WHERE id = '${C1}'`);
      for (const table of NEW_TABLES) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    } finally {
      db.close();
    }
  });
});

describe('migration 0005', () => {
  const C1 = '11111111-1111-4111-8111-111111111141';
  const C2 = '11111111-1111-4111-8111-111111111142';
  const MEMBER = '44444444-4444-4444-8444-444444444441';
  const MEETING = '66666666-6666-4666-8666-666666666641';
  const FOLLOW_UP = '66666666-6666-4666-8666-666666666642';
  const UNPLANNED_FOLLOW_UP = '66666666-6666-4666-8666-666666666643';
  const PLAN = '88888888-8888-4888-8888-888888888841';
  const PLAN_2 = '88888888-8888-4888-8888-888888888842';
  const ITEM = '99999999-9999-4999-8999-999999999941';
  const ITEM_2 = '99999999-9999-4999-8999-999999999942';
  const NEW_TABLES = ['follow_up', 'follow_up_question', 'follow_up_review'];
  const AT = '2027-03-01T07:30:00.000Z';

  /**
   * A data dir at schema version 4: a conference in follow-up with an accepted plan (and
   * an undecided version 2), a member with a task and a follow-up meeting already made;
   * a second conference with a follow-up meeting but no plan.
   */
  function dirAtVersion4() {
    const dir = useTempDir();
    const db = open(dir, MIGRATIONS.slice(0, 4));
    try {
      const conference = db.prepare(
        `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase,
           version, created_at, updated_at)
         VALUES (?, ?, 'Leena Korhonen', '2027-03-01', 'laheisneuvonpito', 'fi', ?, 4, '${AT}', '${AT}')`,
      );
      conference.run(C1, 'Äijälä 7/2027', 'seuranta');
      conference.run(C2, 'Öhman 8/2027', 'valmistelu');
      for (const id of [C1, C2]) {
        db.prepare(`INSERT INTO commission (conference_id, updated_at) VALUES (?, '${AT}')`).run(id);
        db.prepare(`INSERT INTO summary (conference_id, updated_at) VALUES (?, '${AT}')`).run(id);
      }
      db.prepare(
        `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, invite, reply,
           created_at, updated_at)
         VALUES ('${MEMBER}', '${C1}', 'Aune Äijälä', 'mummo', 'relatives', 'close', 'invite', 'coming', '${AT}', '${AT}')`,
      ).run();
      const meeting = db.prepare(
        `INSERT INTO meeting (id, conference_id, kind, date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
      );
      meeting.run(MEETING, C1, 'conference', '2027-04-14', AT, AT);
      meeting.run(FOLLOW_UP, C1, 'follow_up', '2027-08-18', '2027-05-02T08:00:00.000Z', '2027-05-02T08:00:00.000Z');
      meeting.run(UNPLANNED_FOLLOW_UP, C2, 'follow_up', null, AT, AT);
      const plan = db.prepare(
        `INSERT INTO plan (id, conference_id, meeting_id, number, decision_outcome, decision_reasons, decision_date,
           version, created_at, updated_at) VALUES (?, '${C1}', ?, ?, ?, ?, ?, 2, '${AT}', '${AT}')`,
      );
      plan.run(PLAN, MEETING, 1, 'accepted', '', '2027-04-14');
      plan.run(PLAN_2, FOLLOW_UP, 2, null, null, null);
      const item = db.prepare(
        `INSERT INTO plan_item (id, plan_id, position, what, owner_kind, owner_member_id)
         VALUES (?, ?, 0, 'Mummo herättää Äijön koulupäivinä.', 'member', '${MEMBER}')`,
      );
      item.run(ITEM, PLAN);
      item.run(ITEM_2, PLAN_2);
    } finally {
      db.close();
    }
    return { dir, file: join(dir, DATABASE_FILE) };
  }

  it('gives each existing follow-up meeting an empty record reviewing the accepted plan, keeping the rest', () => {
    const { dir } = dirAtVersion4();
    const db = open(dir);
    try {
      expect(userVersion(db)).toBe(LATEST_VERSION);
      expect(tables(db)).toEqual(LATEST_TABLES);
      expect(
        db.prepare('SELECT meeting_id, plan_id, worked, outcome, version, created_at FROM follow_up ORDER BY meeting_id').all(),
      ).toEqual([
        { meeting_id: FOLLOW_UP, plan_id: PLAN, worked: '', outcome: null, version: 1, created_at: '2027-05-02T08:00:00.000Z' },
        { meeting_id: UNPLANNED_FOLLOW_UP, plan_id: null, worked: '', outcome: null, version: 1, created_at: AT },
      ]);
      expect(db.prepare('SELECT count(*) FROM follow_up_question').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM follow_up_review').pluck().get()).toBe(0);
      expect(db.prepare('SELECT id, phase, version FROM conference ORDER BY id').all()).toEqual([
        { id: C1, phase: 'seuranta', version: 4 },
        { id: C2, phase: 'valmistelu', version: 4 },
      ]);
      expect(db.prepare('SELECT id FROM plan_item ORDER BY id').pluck().all()).toEqual([ITEM, ITEM_2]);
    } finally {
      db.close();
    }
    const backup = openTestDatabaseFile(migrationBackup(dir));
    try {
      expect(userVersion(backup)).toBe(4);
      expect(tables(backup)).toEqual(TABLES_AT_VERSION_4);
    } finally {
      backup.close();
    }
  });

  it('leaves the migrated follow-ups ready to use through the API', async () => {
    const { dir } = dirAtVersion4();
    const { dispatch } = openTestBackend(dir);
    const prep = await call(dispatch, 'preparation.get', { conferenceId: C1 });
    expect(prep.followUps).toMatchObject([{ meetingId: FOLLOW_UP, planId: PLAN, reviews: [], outcome: null }]);
    await call(dispatch, 'followUp.updateSummary', followUpSummaryUpdate(prep.followUps[0]!, { worked: 'Aamut sujuvat.' }));
    const reviewed = await call(dispatch, 'followUp.reviewItem', review(prep.followUps[0]!, ITEM, 'done'));
    expect(reviewed.followUps[0]).toMatchObject({ summary: { worked: 'Aamut sujuvat.' }, reviews: [{ itemId: ITEM }] });
    // Version 2 was made at this follow-up: it is not what the follow-up reviews.
    const second = await callError(dispatch, 'followUp.reviewItem', { meetingId: FOLLOW_UP, itemId: ITEM_2, status: 'done' });
    expect(second.code).toBe('invalid_input');
    // Without an accepted plan there is nothing to review.
    const unplanned = await callError(dispatch, 'followUp.reviewItem', {
      meetingId: UNPLANNED_FOLLOW_UP,
      itemId: ITEM,
      status: 'done',
    });
    expect(unplanned.code).toBe('invalid_input');
  });

  it('makes the new tables strict, with cascades from the meeting, the plan item and the conference', () => {
    const { dir } = dirAtVersion4();
    const db = open(dir);
    try {
      const run = (sql: string) => db.prepare(sql).run();
      const review = (status: string, item = ITEM, at = AT) =>
        run(`INSERT INTO follow_up_review (meeting_id, item_id, status, comment, updated_at) VALUES ('${FOLLOW_UP}', '${item}', '${status}', '', '${at}')`);
      expect(() => review('maybe')).toThrow(/CHECK/);
      expect(() => review('done', 'nope')).toThrow(/FOREIGN KEY/);
      expect(() => review('done', ITEM, '2027-03-01')).toThrow(/CHECK/);
      review('done');
      expect(() => review('partly')).toThrow(/UNIQUE|PRIMARY KEY/);
      expect(() => run(`INSERT INTO follow_up_question VALUES ('q0', 'nope', 0, 'Kysymys')`)).toThrow(/FOREIGN KEY/);
      run(`INSERT INTO follow_up_question VALUES ('q1', '${FOLLOW_UP}', 0, 'Tarvitaanko saattamista?')`);
      const outcome = (set: string) => () => run(`UPDATE follow_up SET ${set} WHERE meeting_id = '${FOLLOW_UP}'`);
      expect(outcome("outcome = 'pause', outcome_at = '2027-08-18T10:00:00.000Z'")).toThrow(/CHECK/);
      expect(outcome("outcome = 'close'")).toThrow(/CHECK/);
      expect(outcome("outcome = 'close', outcome_at = '2027-08-18T10:00:00.000Z'")).toThrow(/CHECK/);
      expect(outcome(`next_meeting_id = '${MEETING}'`)).toThrow(/CHECK/);
      expect(outcome("requested_date = '1.8.2027'")).toThrow(/CHECK/);
      outcome("outcome = 'close', outcome_at = '2027-08-18T10:00:00.000Z', close_reason = 'plan_made', close_text = ''")();
      expect(() => run(`INSERT INTO follow_up (meeting_id, created_at, updated_at) VALUES ('nope', '${AT}', '${AT}')`)).toThrow(
        /FOREIGN KEY/,
      );

      run(`DELETE FROM conference WHERE id = '${C1}'`);
      expect(db.prepare('SELECT meeting_id FROM follow_up').pluck().all()).toEqual([UNPLANNED_FOLLOW_UP]);
      for (const table of NEW_TABLES.slice(1)) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      run(`DELETE FROM meeting WHERE id = '${UNPLANNED_FOLLOW_UP}'`);
      expect(db.prepare('SELECT count(*) FROM follow_up').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});

describe('migration 0006', () => {
  const C1 = '11111111-1111-4111-8111-111111111161';
  const CHILD = '22222222-2222-4222-8222-222222222261';
  const MEMBER = '44444444-4444-4444-8444-444444444461';
  const WORKER = '44444444-4444-4444-8444-444444444462';
  const MEETING = '66666666-6666-4666-8666-666666666661';
  const FOLLOW_UP = '66666666-6666-4666-8666-666666666662';
  const PLAN = '88888888-8888-4888-8888-888888888861';
  const PLAN_2 = '88888888-8888-4888-8888-888888888862';
  const ITEM = '99999999-9999-4999-8999-999999999961';
  const ITEM_2 = '99999999-9999-4999-8999-999999999962';
  const QUESTION = '77777777-7777-4777-8777-777777777761';
  const GENERAL = '77777777-7777-4777-8777-777777777762';
  const MUST = '77777777-7777-4777-8777-777777777763';
  const NOT_OK = '77777777-7777-4777-8777-777777777764';
  const AT = '2027-03-01T07:30:00.000Z';
  const DECIDED_AT = '2027-04-14T12:00:00.000Z';
  const KEPT_TABLES = ['plan_kept', 'plan_kept_summary_item', 'plan_kept_member', 'plan_kept_child'];

  /**
   * A data dir at schema version 5: a conference whose plan version 1 was accepted, with an
   * item answering an open question, fulfilling a "must include" line and the plan checked
   * against a "not acceptable" one; a follow-up reviewing that item; and an undecided
   * version 2 with the same links.
   */
  function dirAtVersion5() {
    const dir = useTempDir();
    const db = open(dir, MIGRATIONS.slice(0, 5));
    try {
      const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
      run(
        `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase,
           version, created_at, updated_at)
         VALUES (?, 'Äijälä 7/2027', 'Leena Korhonen', '2027-03-01', 'laheisneuvonpito', 'sv', 'seuranta', 4, ?, ?)`,
        C1, AT, AT,
      );
      run(`INSERT INTO conference_child (id, conference_id, position, first_name, birth_year) VALUES (?, ?, 0, 'Äijö', 2016)`, CHILD, C1);
      run(`INSERT INTO commission (conference_id, updated_at) VALUES (?, ?)`, C1, AT);
      run(`INSERT INTO summary (conference_id, updated_at) VALUES (?, ?)`, C1, AT);
      const line = db.prepare(`INSERT INTO summary_item (id, conference_id, list, position, text) VALUES (?, '${C1}', ?, 0, ?)`);
      line.run(QUESTION, 'open', 'Miten Äijö pääsee kouluun ajoissa?');
      line.run(GENERAL, 'general', 'Mitä tukea perhe tarvitsee palveluilta?');
      line.run(MUST, 'must_include', 'Aikuinen on kotona iltaisin.');
      line.run(NOT_OK, 'not_acceptable', 'Äijö ei jää yksin yöksi.');
      const member = db.prepare(
        `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, is_worker, worker_organisation,
           created_at, updated_at) VALUES (?, '${C1}', ?, ?, ?, 'close', ?, ?, '${AT}', '${AT}')`,
      );
      member.run(MEMBER, 'Aune Äijälä', 'mummo', 'relatives', 0, '');
      member.run(WORKER, 'Kaisa Kuraattori', 'koulukuraattori', 'professionals', 1, 'Keskuskoulu');
      const meeting = db.prepare(`INSERT INTO meeting (id, conference_id, kind, date, created_at, updated_at) VALUES (?, '${C1}', ?, ?, '${AT}', '${AT}')`);
      meeting.run(MEETING, 'conference', '2027-04-14');
      meeting.run(FOLLOW_UP, 'follow_up', '2027-08-18');
      const plan = db.prepare(
        `INSERT INTO plan (id, conference_id, meeting_id, number, decision_outcome, decision_reasons, decision_date,
           version, created_at, updated_at) VALUES (?, '${C1}', ?, ?, ?, ?, ?, 2, '${AT}', ?)`,
      );
      plan.run(PLAN, MEETING, 1, 'accepted', '', '2027-04-14', DECIDED_AT);
      plan.run(PLAN_2, FOLLOW_UP, 2, null, null, null, AT);
      for (const [item, planId] of [[ITEM, PLAN], [ITEM_2, PLAN_2]] as const) {
        run(
          `INSERT INTO plan_item (id, plan_id, position, question_id, what, owner_kind, owner_member_id)
           VALUES (?, ?, 0, ?, 'Mummo herättää Äijön koulupäivinä.', 'member', ?)`,
          item, planId, QUESTION, MEMBER,
        );
        run(`INSERT INTO plan_item_bottom_line (item_id, summary_item_id, position) VALUES (?, ?, 0)`, item, MUST);
        run(`INSERT INTO plan_not_acceptable_check (plan_id, summary_item_id, position) VALUES (?, ?, 0)`, planId, NOT_OK);
      }
      run(`INSERT INTO follow_up (meeting_id, plan_id, created_at, updated_at) VALUES (?, ?, ?, ?)`, FOLLOW_UP, PLAN, AT, AT);
      run(`INSERT INTO follow_up_review (meeting_id, item_id, status, comment, updated_at) VALUES (?, ?, 'done', 'Sujuu.', ?)`, FOLLOW_UP, ITEM, AT);
    } finally {
      db.close();
    }
    return { dir, file: join(dir, DATABASE_FILE) };
  }

  it('keeps copies for the decided plan, keeps every link and review, and no foreign key reaches the summary', () => {
    const { dir } = dirAtVersion5();
    const db = open(dir);
    try {
      expect(userVersion(db)).toBe(LATEST_VERSION);
      expect(tables(db)).toEqual(LATEST_TABLES);
      expect(db.prepare('SELECT * FROM plan_kept').all()).toEqual([
        {
          plan_id: PLAN,
          kept_at: DECIDED_AT,
          language: 'sv',
          social_worker_name: 'Leena Korhonen',
          conference_date: '2027-04-14',
          meeting_date: '2027-04-14',
        },
      ]);
      expect(db.prepare('SELECT summary_item_id, list, text FROM plan_kept_summary_item ORDER BY summary_item_id').all()).toEqual([
        { summary_item_id: QUESTION, list: 'open', text: 'Miten Äijö pääsee kouluun ajoissa?' },
        { summary_item_id: GENERAL, list: 'general', text: 'Mitä tukea perhe tarvitsee palveluilta?' },
        { summary_item_id: MUST, list: 'must_include', text: 'Aikuinen on kotona iltaisin.' },
        { summary_item_id: NOT_OK, list: 'not_acceptable', text: 'Äijö ei jää yksin yöksi.' },
      ]);
      expect(db.prepare('SELECT member_id, position, name, relation, organisation FROM plan_kept_member ORDER BY position').all()).toEqual([
        { member_id: MEMBER, position: 0, name: 'Aune Äijälä', relation: 'mummo', organisation: '' },
        { member_id: WORKER, position: 1, name: 'Kaisa Kuraattori', relation: 'koulukuraattori', organisation: 'Keskuskoulu' },
      ]);
      expect(db.prepare('SELECT plan_id, child_id, first_name, birth_year FROM plan_kept_child').all()).toEqual([
        { plan_id: PLAN, child_id: CHILD, first_name: 'Äijö', birth_year: 2016 },
      ]);
      // The rebuilt tables hold every row they held, the follow-up's review too.
      expect(db.prepare('SELECT id, question_id FROM plan_item ORDER BY id').all()).toEqual([
        { id: ITEM, question_id: QUESTION },
        { id: ITEM_2, question_id: QUESTION },
      ]);
      expect(db.prepare('SELECT count(*) FROM plan_item_bottom_line').pluck().get()).toBe(2);
      expect(db.prepare('SELECT count(*) FROM plan_not_acceptable_check').pluck().get()).toBe(2);
      expect(db.prepare('SELECT item_id, comment FROM follow_up_review').all()).toEqual([{ item_id: ITEM, comment: 'Sujuu.' }]);
      const referenced = (table: string) =>
        (db.prepare('SELECT "table" FROM pragma_foreign_key_list(?)').pluck().all(table) as string[]).sort();
      for (const table of [...LATEST_TABLES]) expect(referenced(table), table).not.toContain('summary_item');
      expect(referenced('follow_up_review')).toEqual(['follow_up', 'plan_item']);
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // Still strict and still cascading from the plan item and the plan.
      expect(() => db.prepare(`UPDATE plan_item SET position = 'first' WHERE id = ?`).run(ITEM)).toThrow(/cannot store TEXT/);
      db.prepare('DELETE FROM plan_item WHERE id = ?').run(ITEM_2);
      expect(db.prepare('SELECT count(*) FROM plan_item_bottom_line').pluck().get()).toBe(1);
      db.prepare('DELETE FROM conference WHERE id = ?').run(C1);
      for (const table of [...KEPT_TABLES, 'plan_item', 'follow_up_review']) {
        expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
    } finally {
      db.close();
    }
    const backup = openTestDatabaseFile(migrationBackup(dir));
    try {
      expect(userVersion(backup)).toBe(5);
      expect(tables(backup)).toEqual(TABLES_AT_VERSION_5);
    } finally {
      backup.close();
    }
  });

  it('leaves the migrated decided plan reading its own questions and bottom lines after the summary is edited', async () => {
    const { dir } = dirAtVersion5();
    const { dispatch } = openTestBackend(dir);
    const before = await call(dispatch, 'preparation.get', { conferenceId: C1 });
    const { summary } = before;
    // The question and both bottom lines deleted, and typed again.
    const after = await call(dispatch, 'summary.update', {
      conferenceId: C1,
      version: summary.version,
      text: summary.text,
      openQuestions: [{ text: 'Miten Äijö pääsee kouluun?' }],
      generalQuestions: summary.generalQuestions,
      mustInclude: [{ text: 'Aikuinen on kotona illalla.' }],
      notAcceptable: [{ text: 'Äijö ei jää yksin.' }],
      requestedDate: summary.requestedDate,
      receivedDate: summary.receivedDate,
      parentsDate: summary.parentsDate,
      childrenDate: summary.childrenDate,
      supportPersonDate: summary.supportPersonDate,
      sharedWithNetwork: summary.sharedWithNetwork,
    });
    const [decided, undecided] = after.plans;
    expect(decided).toMatchObject({
      version: 2,
      items: [{ id: ITEM, questionId: QUESTION, bottomLineIds: [MUST] }],
      checkedNotAcceptableIds: [NOT_OK],
      kept: {
        summary: {
          openQuestions: [{ id: QUESTION, text: 'Miten Äijö pääsee kouluun ajoissa?' }],
          mustInclude: [{ id: MUST, text: 'Aikuinen on kotona iltaisin.' }],
          notAcceptable: [{ id: NOT_OK, text: 'Äijö ei jää yksin yöksi.' }],
        },
      },
    });
    // The undecided version follows the summary: its answer goes to the other agreements.
    expect(undecided).toMatchObject({
      kept: null,
      items: [{ id: ITEM_2, questionId: null, bottomLineIds: [] }],
      checkedNotAcceptableIds: [],
    });
    expect(after.followUps[0]?.reviews).toMatchObject([{ itemId: ITEM, comment: 'Sujuu.' }]);
  });
});

describe('migration 0007', () => {
  const C1 = '11111111-1111-4111-8111-111111111171';
  const CHILD = '22222222-2222-4222-8222-222222222271';
  const MEMBER = '44444444-4444-4444-8444-444444444471';
  const MEETING = '66666666-6666-4666-8666-666666666671';
  const ITEM = '55555555-5555-4555-8555-555555555571';
  const AT = '2027-03-01T07:30:00.000Z';
  const VERSIONED = [
    'setting',
    'child_participation',
    'checklist_done',
    'checklist_item',
    'meeting_attendance',
    'meeting_child_heard',
    'follow_up_review',
  ];

  /**
   * A data dir at schema version 6 with a row in each table that gets a version: saved
   * venues, a child's participation, a tick and an own checklist item, an attendance and
   * how the child was heard with the Three Houses.
   */
  function dirAtVersion6() {
    const dir = useTempDir();
    const db = open(dir, MIGRATIONS.slice(0, 6));
    try {
      const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
      run(
        `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase,
           version, created_at, updated_at)
         VALUES (?, 'Äijälä 9/2027', 'Leena Korhonen', '2027-03-01', 'laheisneuvonpito', 'fi', 'valmistelu', 2, ?, ?)`,
        C1,
        AT,
        AT,
      );
      run('INSERT INTO conference_child (id, conference_id, position, first_name, birth_year) VALUES (?, ?, 0, ?, 2015)', CHILD, C1, 'Äijö');
      run(`INSERT INTO commission (conference_id, updated_at) VALUES (?, ?)`, C1, AT);
      run(`INSERT INTO summary (conference_id, updated_at) VALUES (?, ?)`, C1, AT);
      run(
        `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, invite, reply, created_at, updated_at)
         VALUES (?, ?, 'Aune Äijälä', 'mummo', 'relatives', 'close', 'invite', 'coming', ?, ?)`,
        MEMBER,
        C1,
        AT,
        AT,
      );
      run(`INSERT INTO meeting (id, conference_id, kind, date, created_at, updated_at) VALUES (?, ?, 'conference', '2027-04-14', ?, ?)`, MEETING, C1, AT, AT);
      run(`INSERT INTO setting (key, value) VALUES ('venues', ?)`, JSON.stringify([
        { id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaa71', name: 'Perhekeskus Ilves', address: '', mainRoom: '', privateRoom: '', capacity: null, accessibility: '', parking: '' },
      ]));
      run(`INSERT INTO child_participation (child_id, participation, note) VALUES (?, 'letter', 'Kirjoittaa kirjeen.')`, CHILD);
      // Materials: an item only a hand ticks (a venue's tick now follows its booking).
      run(`INSERT INTO checklist_done (meeting_id, key, done_date) VALUES (?, 'materials', '2027-03-02')`, MEETING);
      run(`INSERT INTO checklist_item (id, meeting_id, position, text, due_date, done_date) VALUES (?, ?, 0, 'Varaa leikkihuone', NULL, NULL)`, ITEM, MEETING);
      run(`INSERT INTO meeting_attendance (meeting_id, member_id, presence, arrived_at, gave_information) VALUES (?, ?, 'in_person', '10:15', 0)`, MEETING, MEMBER);
      run(
        `INSERT INTO meeting_child_heard (meeting_id, child_id, heard, note, worries, good_things, dreams)
         VALUES (?, ?, 'present', '', 'Aamut', 'Mummo', 'Koira')`,
        MEETING,
        CHILD,
      );
    } finally {
      db.close();
    }
    return dir;
  }

  it('gives every record a method changes its version 1, keeping what it holds', () => {
    const dir = dirAtVersion6();
    const db = open(dir, MIGRATIONS.slice(0, 7));
    try {
      expect(userVersion(db)).toBe(7);
      for (const table of VERSIONED) expect(columns(db, table), table).toContain('version');
      for (const table of VERSIONED.filter((t) => t !== 'follow_up_review')) {
        expect(db.prepare(`SELECT version FROM ${table}`).pluck().all(), table).toEqual([1]);
      }
      expect(db.prepare('SELECT worries, good_things, dreams FROM meeting_child_heard').get()).toEqual({
        worries: 'Aamut',
        good_things: 'Mummo',
        dreams: 'Koira',
      });
      expect(() => db.prepare(`UPDATE checklist_item SET version = 0`).run()).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });

  it('leaves the migrated records ready to change through the API on version 1, and a second stale change refused', async () => {
    const { dispatch } = openTestBackend(dirAtVersion6());
    const settings = await call(dispatch, 'settings.get', {});
    expect(settings.venues.map((v) => v.name)).toEqual(['Perhekeskus Ilves']);
    expect(settings.versions.venues).toBe(1);
    const prep = await call(dispatch, 'preparation.get', { conferenceId: C1 });
    const meeting = prep.meetings[0]!;
    expect(prep.children).toEqual([{ childId: CHILD, participation: 'letter', note: 'Kirjoittaa kirjeen.', version: 1 }]);
    expect(meeting.checklist).toMatchObject({ done: { materials: '2027-03-02' }, doneVersions: { materials: 1 }, custom: [{ id: ITEM, version: 1 }] });
    expect(meeting.day.attendance).toEqual([
      { memberId: MEMBER, presence: 'in_person', arrivedAt: '10:15', gaveInformation: false, viewsReceivedDate: null, version: 1 },
    ]);
    expect(meeting.day.children[0]).toMatchObject({ childId: CHILD, version: 1 });

    const changes: [string, unknown][] = [
      ['settings.update', { section: 'venues', version: 1, value: [] }],
      ['network.updateChild', childTakingPart(prep, CHILD, { participation: 'present' })],
      ['checklist.setDone', tick(meeting, 'materials', '2027-03-03')],
      ['checklist.updateItem', checklistItemUpdate(meeting, ITEM, { text: 'Varaa leikkihuone ja lelut' })],
      ['meetingDay.setAttendance', attendance(meeting, MEMBER, { arrivedAt: '10:20' })],
      ['meetingDay.setChild', childHeard(meeting, CHILD, { note: 'Kertoi itse.' })],
    ];
    for (const [method, input] of changes) {
      expect((await dispatch(method, input)).ok, method).toBe(true);
      expect((await callError(dispatch, method, input)).code, method).toBe('conflict');
    }
  });
});
