import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend as openBackendOn, type Backend } from '../../electron/backend/backend';
import type { Dispatch } from '../../electron/backend/api/dispatcher';
import type { Db } from '../../electron/backend/db/raw-database';
import { LATEST_VERSION } from '../../electron/backend/db/migrations';
import { databaseTables, readRows } from '../../electron/backend/features/transfer/transfer.repo';
import { TRANSFER_TABLES } from '../../electron/backend/features/transfer/transfer-tables';
import type { DocumentFile } from '../../electron/shared/documents/documents.schema';
import type { TransferFile } from '../../electron/shared/transfer/transfer.schema';
import { call, callError, openTestBackend, openTestDatabaseFile, TEST_DATABASE_KEY } from '../helpers/backend';
import { makeTempDir, useTempDir } from '../helpers/temp-dir';
import { fillRichDatabase } from '../helpers/transfer-case';

/*
 * Everything out and back in: an export of the whole database, or of one conference,
 * imported into an empty data directory gives back every row of every table, column by
 * column. A file that is not an export, is from another version or is broken is refused
 * with a typed error and leaves the database as it was.
 */

const realClock = { now: () => new Date() };

function openBackend() {
  return openTestBackend(useTempDir('neuvonpito-transfer-'), realClock);
}

/** Every row of every table, in the order written, read on a separate connection. */
function dump(databaseFile: string): Record<string, unknown[]> {
  const db = openTestDatabaseFile(databaseFile);
  try {
    return Object.fromEntries(databaseTables(db).map((table) => [table, readRows(db, table)]));
  } finally {
    db.close();
  }
}

function withDb<T>(databaseFile: string, read: (db: Db) => T): T {
  const db = openTestDatabaseFile(databaseFile);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

async function exportText(dispatch: Dispatch, method: 'transfer.exportAll' | 'transfer.exportConference', input: object): Promise<{ file: DocumentFile; text: string }> {
  const file = (await call(dispatch, method, input as never)) as DocumentFile;
  return { file, text: new TextDecoder().decode(file.bytes) };
}

/** A rich source database, exported whole; made once for the file, as filling it takes a while. */
let rich: { source: Backend; conferenceIds: string[]; all: string };
const richDir = makeTempDir('neuvonpito-transfer-source-');

beforeAll(async () => {
  const source = openBackendOn(richDir.path, { key: TEST_DATABASE_KEY, logError: () => {}, ...realClock });
  try {
    const { conferenceIds } = await fillRichDatabase(source.dispatch);
    // What an earlier version kept of a conference it deleted (0008): it travels as it is.
    const db = openTestDatabaseFile(source.databaseFile, { writable: true });
    try {
      db.prepare(
        `INSERT INTO conference_statistics (meeting_type, language, commission_month, closed_month, close_reason, phase_reached, children,
           network_members, invited, attended, follow_up_meetings, plan_decided, interpreter_used, other_language_used, deleted_month, deleted_by)
         VALUES ('laheisneuvonpito', 'fi', '2026-02', '2026-09', 'plan_made', 'seuranta', 2, 7, 6, 5, 1, 1, 0, 0, '2027-01', 'retention')`,
      ).run();
    } finally {
      db.close();
    }
    const { text } = await exportText(source.dispatch, 'transfer.exportAll', {});
    rich = { source, conferenceIds, all: text };
  } catch (error) {
    source.close();
    throw error;
  }
}, 180_000);

afterAll(() => {
  rich?.source.close();
  richDir.remove();
});

describe('the export', () => {
  it('lists every table of the database in foreign-key order, so none can be left out', () => {
    const backend = openBackend();
    const tables = withDb(backend.databaseFile, databaseTables);
    expect(TRANSFER_TABLES.map((t) => t.name).sort()).toEqual(tables.sort());
    withDb(backend.databaseFile, (db) => {
      TRANSFER_TABLES.forEach((table, index) => {
        const earlier = new Set(TRANSFER_TABLES.slice(0, index + 1).map((t) => t.name));
        const parents = db.prepare('SELECT "table" FROM pragma_foreign_key_list(?)').pluck().all(table.name) as string[];
        expect(parents.filter((parent) => !earlier.has(parent)), table.name).toEqual([]);
        const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table.name) as string[];
        expect(table.text.filter((column) => !columns.includes(column)), table.name).toEqual([]);
      });
    });
  });

  it('of everything is a readable JSON file with every table and the schema version', async () => {
    const backend = openBackend();
    const { file, text } = await exportText(backend.dispatch, 'transfer.exportAll', {});
    expect(file.mimeType).toBe('application/json');
    expect(file.name).toMatch(/^neuvonpito-kaikki-\d{4}-\d{2}-\d{2}\.json$/);
    expect(text).toContain('\n  "format": "neuvonpito-export",\n');
    const parsed = JSON.parse(text) as TransferFile;
    expect(parsed).toMatchObject({ format: 'neuvonpito-export', formatVersion: 1, schemaVersion: LATEST_VERSION, scope: 'all' });
    expect(Object.keys(parsed.tables).sort()).toEqual(withDb(backend.databaseFile, databaseTables).sort());
  });

  it('of an unknown conference is refused', async () => {
    const backend = openBackend();
    const error = await callError(backend.dispatch, 'transfer.exportConference', { id: '11111111-1111-4111-8111-111111111111' });
    expect(error.code).toBe('not_found');
  });
});

describe('export and import', () => {
  it('of everything gives back every row of every table, every column, in order', { timeout: 120_000 }, async () => {
    const { source, all } = rich;
    const before = dump(source.databaseFile);
    // The round trip proves something only if every table has rows.
    expect(Object.entries(before).filter(([, rows]) => rows.length === 0).map(([table]) => table)).toEqual([]);

    const target = openBackend();
    // Settings saved in the empty app are replaced by the file's.
    const settings = await call(target.dispatch, 'settings.get', {});
    await call(target.dispatch, 'settings.update', { section: 'uiLanguage', version: settings.versions.uiLanguage, value: 'sv' });
    const outcome = await call(target.dispatch, 'transfer.import', { content: all });
    expect(outcome).toEqual({ scope: 'all', conferences: 3, rows: Object.values(before).reduce((n, rows) => n + rows.length, 0) });
    expect(dump(target.databaseFile)).toEqual(before);
    // And the app reads it as before.
    expect(await call(target.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).toEqual(await call(source.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items));
  });

  it('of one conference brings that conference whole and nothing else', { timeout: 120_000 }, async () => {
    const { source, conferenceIds } = rich;
    const [id, other] = conferenceIds as [string, string];
    const { file, text } = await exportText(source.dispatch, 'transfer.exportConference', { id });
    expect(file.name).toMatch(/^neuvonpito-vienti-\d{4}-\d{2}-\d{2}\.json$/);
    expect(text).not.toContain(other);
    const parsed = JSON.parse(text) as TransferFile;
    expect(parsed.scope).toBe('conference');
    expect(Object.keys(parsed.tables)).not.toContain('setting');

    const target = openBackend();
    await call(target.dispatch, 'transfer.import', { content: text });
    const expected = withDb(source.databaseFile, (db) =>
      Object.fromEntries(
        TRANSFER_TABLES.filter((t) => t.of).map((t) => [t.name, readRows(db, t.name, { sql: t.of!, conferenceId: id })]),
      ),
    );
    const imported = dump(target.databaseFile);
    for (const [table, rows] of Object.entries(expected)) expect(imported[table], table).toEqual(rows);
    expect(imported.setting).toEqual([]);
    expect(await call(target.dispatch, 'preparation.get', { conferenceId: id })).toEqual(
      await call(source.dispatch, 'preparation.get', { conferenceId: id }),
    );
  });

  it('applies the text rule to typed text: invisible controls go, Windows line ends become newlines', async () => {
    const source = openBackend();
    const created = await call(source.dispatch, 'conference.create', {
      reference: 'Koivu',
      children: [{ firstName: 'Eino', birthYear: new Date().getFullYear() - 8 }],
      socialWorker: { name: 'Leena Lahti' },
      commissionDate: '2026-11-02',
      meetingType: 'laheisneuvonpito',
      notes: 'Ensimmäinen\nToinen',
    });
    const { text } = await exportText(source.dispatch, 'transfer.exportConference', { id: created.id });
    const edited = text.replace('"reference": "Koivu"', '"reference": "Koi\\u200bvu"').replace('Ensimmäinen\\nToinen', 'Ensimmäinen\\r\\nToinen');
    expect(edited).not.toEqual(text);
    const target = openBackend();
    await call(target.dispatch, 'transfer.import', { content: edited });
    const conference = await call(target.dispatch, 'conference.get', { id: created.id });
    expect(conference.reference).toBe('Koivu');
    expect(conference.notes).toBe('Ensimmäinen\nToinen');
  });
});

describe('a bad file', () => {
  /** A fresh database with settings saved, the file refused with `code` and `message`, and nothing changed. */
  async function expectRefused(content: string, code: string, message: string) {
    const target = openBackend();
    const settings = await call(target.dispatch, 'settings.get', {});
    await call(target.dispatch, 'settings.update', { section: 'uiLanguage', version: settings.versions.uiLanguage, value: 'en' });
    const before = dump(target.databaseFile);
    const error = await callError(target.dispatch, 'transfer.import', { content });
    expect(error.code).toBe(code);
    expect(error.issues?.[0]?.message).toBe(message);
    expect(dump(target.databaseFile)).toEqual(before);
  }

  /** The whole rich export, changed by `edit`. */
  async function edited(edit: (file: TransferFile) => void): Promise<string> {
    const file = JSON.parse(rich.all) as TransferFile;
    edit(file);
    return JSON.stringify(file);
  }

  it('that is not JSON is refused', async () => {
    await expectRefused('Tämä ei ole vientitiedosto {', 'invalid_input', 'transfer.error.notJson');
    await expectRefused('', 'invalid_input', 'transfer.error.notJson');
  });

  it('that is JSON but not an export is refused', async () => {
    await expectRefused(JSON.stringify({ format: 'muu', tables: {} }), 'invalid_input', 'transfer.error.notExport');
    await expectRefused('[1, 2, 3]', 'invalid_input', 'transfer.error.notExport');
  });

  it('from a newer or older version is refused', { timeout: 120_000 }, async () => {
    await expectRefused(await edited((f) => (f.formatVersion = 2)), 'invalid_input', 'transfer.error.formatVersion');
    await expectRefused(await edited((f) => (f.schemaVersion = LATEST_VERSION + 1)), 'invalid_input', 'transfer.error.newerSchema');
    await expectRefused(await edited((f) => (f.schemaVersion = LATEST_VERSION - 1)), 'invalid_input', 'transfer.error.olderSchema');
  });

  it('with a broken reference, a bad value, a missing column or an unknown table is refused, settings kept', { timeout: 120_000 }, async () => {
    // The plan items point at a network member who is not in the file.
    await expectRefused(
      await edited((f) => {
        f.tables.network_member = f.tables.network_member!.filter((row) => row.id !== f.tables.plan_item![0]!.owner_member_id);
      }),
      'invalid_input',
      'transfer.error.brokenReference',
    );
    await expectRefused(await edited((f) => (f.tables.meeting![0]!.venue_booking_status = 'maybe')), 'invalid_input', 'transfer.error.invalidRow');
    await expectRefused(await edited((f) => (f.tables.conference![0]!.version = 'yksi')), 'invalid_input', 'transfer.error.invalidRow');
    await expectRefused(await edited((f) => delete f.tables.conference![0]!.notes), 'invalid_input', 'transfer.error.columns');
    await expectRefused(await edited((f) => (f.tables.secrets = [])), 'invalid_input', 'transfer.error.unknownTable');
    await expectRefused(await edited((f) => delete f.tables.plan_kept), 'invalid_input', 'transfer.error.missingTable');
    await expectRefused(await edited((f) => (f.tables.conference![0]!.notes = 'Henkilötunnus 010190-123A')), 'invalid_input', 'validation.identityCode');
    await expectRefused(
      await edited((f) => (f.tables.setting![0]!.value = '{"not": "a setting"')),
      'invalid_input',
      'transfer.error.invalid',
    );
  });

  it('is refused by a database that has conferences already', { timeout: 120_000 }, async () => {
    const { source, all } = rich;
    const before = dump(source.databaseFile);
    const error = await callError(source.dispatch, 'transfer.import', { content: all });
    expect(error).toMatchObject({ code: 'conflict', issues: [{ message: 'transfer.error.notEmpty' }] });
    expect(dump(source.databaseFile)).toEqual(before);
  });
});
