import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../../electron/backend/db/connection';
import { DatabaseOpenError, databaseOpenReason } from '../../../electron/backend/errors';
import { startupErrorMessage } from '../../../electron/main/startup-error';
import { openTestDatabaseFile, TEST_DATABASE_KEY } from '../../helpers/backend';
import { useTempDir } from '../../helpers/temp-dir';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());

/*
 * A database that cannot be opened is explained in plain Finnish: what happened and what
 * to do, naming the file, and never SQLite's own English text ("file is not a database").
 */

const SQLITE_TEXT = /SQLITE_|SqliteError|file is not a database|malformed|database is locked|unable to open|readonly|disk I\/O/;

/** What the user is told when the app starts on `dataDir`. */
function messageOnOpening(dataDir: string): { title: string; message: string; error: unknown } {
  let error: unknown;
  try {
    openDatabase(dataDir, TEST_DATABASE_KEY).close();
  } catch (thrown) {
    error = thrown;
  }
  if (!error) throw new Error('the database opened');
  return { ...startupErrorMessage(error), error };
}

describe('a database file that is not a database', () => {
  it('says the file is damaged, names it, and says to restore it, without SQLite text', () => {
    const dataDir = useTempDir('neuvonpito-notadb-');
    const file = join(dataDir, DATABASE_FILE);
    writeFileSync(file, 'Tämä on tekstitiedosto eikä tietokanta.\n'.repeat(200));

    const { title, message, error } = messageOnOpening(dataDir);

    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).reason).toBe('corrupt');
    expect(title).toBe('Neuvonpito ei käynnisty');
    expect(message).toContain('vahingoittunut');
    expect(message).toContain(file);
    expect(message).toMatch(/varmuuskop/);
    expect(message).not.toMatch(SQLITE_TEXT);
  });

  it('says the same of a database whose pages are damaged', () => {
    const dataDir = useTempDir('neuvonpito-corrupt-');
    const file = join(dataDir, DATABASE_FILE);
    const db = openTestDatabaseFile(file, { writable: true, key: null });
    db.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('Äijälä')");
    db.close();
    // A valid header followed by pages of noise.
    const header = Buffer.alloc(100);
    Buffer.from('SQLite format 3\0').copy(header);
    header.writeUInt16BE(4096, 16);
    header.writeUInt8(1, 18);
    header.writeUInt8(1, 19);
    writeFileSync(file, Buffer.concat([header, Buffer.alloc(8192 - 100, 0xa5)]));

    const { message, error } = messageOnOpening(dataDir);

    expect((error as DatabaseOpenError).reason).toBe('corrupt');
    expect(message).toContain('vahingoittunut');
    expect(message).not.toMatch(SQLITE_TEXT);
  });
});

describe('a database another program holds', () => {
  it('says it is in use and to close the other window', { timeout: 20_000 }, () => {
    const dataDir = useTempDir('neuvonpito-locked-');
    openDatabase(dataDir, TEST_DATABASE_KEY).close();
    const other = openTestDatabaseFile(join(dataDir, DATABASE_FILE), { writable: true });
    onTestFinished(() => {
      other.close();
    });
    other.pragma('journal_mode = DELETE');
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');

    const { message, error } = messageOnOpening(dataDir);

    expect((error as DatabaseOpenError).reason).toBe('locked');
    expect(message).toMatch(/toisen ohjelman käytössä/);
    expect(message).toMatch(/Sulje/);
    expect(message).not.toMatch(SQLITE_TEXT);
  });
});

describe('a data folder that cannot be used', () => {
  it('says the app has no access there, without the system text', () => {
    const parent = useTempDir('neuvonpito-noaccess-');
    const dataDir = join(parent, 'tiedosto');
    writeFileSync(dataDir, 'not a folder');

    const { message, error } = messageOnOpening(dataDir);

    expect((error as DatabaseOpenError).reason).toBe('no_access');
    expect(message).toMatch(/oikeu/);
    expect(message).not.toMatch(/EEXIST|ENOTDIR|file already exists/i);
  });

  it('takes permission refusals and a full disk for what they are', () => {
    // Tests run as root here, so a real permission refusal cannot be made: its codes are checked.
    expect(databaseOpenReason({ code: 'SQLITE_CANTOPEN' })).toBe('no_access');
    expect(databaseOpenReason({ code: 'SQLITE_READONLY' })).toBe('no_access');
    expect(databaseOpenReason({ code: 'EACCES' })).toBe('no_access');
    expect(databaseOpenReason({ code: 'SQLITE_FULL' })).toBe('disk_full');
    expect(databaseOpenReason({ code: 'SQLITE_BUSY' })).toBe('locked');
    expect(databaseOpenReason({ code: 'SQLITE_NOTADB' })).toBe('corrupt');
    expect(databaseOpenReason(new Error('outo'))).toBe('unknown');
    for (const reason of ['no_access', 'disk_full', 'unknown'] as const) {
      const { message } = startupErrorMessage(new DatabaseOpenError(reason, '/data/neuvonpito.sqlite'));
      expect(message).toContain('/data/neuvonpito.sqlite');
      expect(message).not.toMatch(SQLITE_TEXT);
    }
  });
});

describe('other startup failures', () => {
  it('never show SQLite text even when it was not recognised', () => {
    const error = Object.assign(new Error('SQLITE_MISUSE: bad parameter or other API misuse'), { code: 'SQLITE_MISUSE' });
    expect(startupErrorMessage(error).message).not.toMatch(SQLITE_TEXT);
    expect(startupErrorMessage(new Error('SQLITE_CANTOPEN: unable to open database file')).message).not.toMatch(SQLITE_TEXT);
  });

  it('keep the detail of a non-database error for support', () => {
    mkdirSync(useTempDir(), { recursive: true });
    expect(startupErrorMessage(new Error('ikkunaa ei voitu luoda')).message).toContain('ikkunaa ei voitu luoda');
  });
});
