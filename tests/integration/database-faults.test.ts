import { copyFileSync, cpSync, existsSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupName, listBackups } from '../../electron/backend/db/backups';
import { DATABASE_FILE } from '../../electron/backend/db/connection';
import { generateDatabaseKey } from '../../electron/backend/db/database-key';
import { DatabaseKeyError } from '../../electron/backend/db/database-key';
import { markOpen } from '../../electron/backend/db/integrity';
import { restoreBackup } from '../../electron/backend/db/restore';
import { DatabaseDamagedError, databaseOpenMessage, type DatabaseDamage } from '../../electron/backend/errors';
import { makeConferenceInput } from '../fixtures/conference';
import { call, openTestBackend, TEST_DATABASE_KEY } from '../helpers/backend';
import { folderHashes } from '../helpers/encryption';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Each fault the issue names, driven on a real encrypted database made through the API with
 * backups present: the app refuses to open it and says what it found in Finnish, every file stays
 * byte for byte as it was, and restoring the newest backup brings the app back with its data,
 * the damaged files kept aside.
 */

const DAY1 = new Date('2027-01-10T08:00:00Z');
const DAY2 = new Date('2027-01-11T08:00:00Z');
const LATER = new Date('2027-01-11T15:00:00Z');
const NEWEST_BACKUP = backupName(DAY2, 'daily');
const SQLITE_TEXT = /SQLITE_|SqliteError|file is not a database|malformed/;

/**
 * A data directory used on two days: "Ennen 1/2027" made on day 1 (so it is in day 2's daily
 * backup, the newest), then three conferences made on day 2. `crashed`: the app is still running
 * on day 2 when the files are taken, as a crash or power cut leaves them (WAL with the day's
 * changes, the open marker); otherwise it closed cleanly.
 */
async function usedDataDir({ crashed }: { crashed: boolean }): Promise<string> {
  const dir = useTempDir('neuvonpito-faults-');
  const first = openTestBackend(dir, { now: () => DAY1 });
  await call(first.dispatch, 'conference.create', makeConferenceInput({ reference: 'Ennen 1/2027' }));
  first.close();
  const second = openTestBackend(dir, { now: () => DAY2 });
  for (const n of [2, 3, 4]) await call(second.dispatch, 'conference.create', makeConferenceInput({ reference: `Päivä ${n}/2027` }));
  if (!crashed) {
    second.close();
    return dir;
  }
  // The files as a crash leaves them: copied while the app still has them open (the shared-memory
  // index is rebuilt on open and is not copied).
  const snapshot = useTempDir('neuvonpito-faults-crash-');
  for (const name of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}.open`]) {
    if (existsSync(join(dir, name))) copyFileSync(join(dir, name), join(snapshot, name));
  }
  cpSync(join(dir, 'backups'), join(snapshot, 'backups'), { recursive: true });
  // The copy is another file (inode): its marker must name it, as the app's would have.
  markOpen(join(snapshot, DATABASE_FILE));
  second.close();
  return snapshot;
}

/** Opens the app on `dir` (as the desktop app and the web host do) and returns what it threw. */
function openingFails(dir: string, key = TEST_DATABASE_KEY): unknown {
  try {
    openTestBackend(dir, { key, now: () => LATER }).close();
  } catch (error) {
    return error;
  }
  throw new Error('the database opened');
}

async function references(dir: string): Promise<string[]> {
  const backend = openTestBackend(dir, { now: () => LATER });
  try {
    return (await call(backend.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).map((c) => c.reference).sort();
  } finally {
    backend.close();
  }
}

function zeroPage(file: string, page: number, pageSize = 4096): void {
  const bytes = readFileSync(file);
  bytes.fill(0, page * pageSize, (page + 1) * pageSize);
  writeFileSync(file, bytes);
}

/**
 * Asserts the refusal: a DatabaseDamagedError of `damage`, the Finnish `message` naming the file,
 * no SQLite text, nothing changed. Then restores the newest backup and asserts the app opens on
 * its data, with the damaged files kept aside byte for byte.
 */
async function expectRefusedThenRestored(dir: string, damage: DatabaseDamage, message: string | RegExp): Promise<void> {
  const before = folderHashes(dir);
  const error = openingFails(dir);
  expect(error).toBeInstanceOf(DatabaseDamagedError);
  expect((error as DatabaseDamagedError).damage).toBe(damage);
  const shown = databaseOpenMessage(error) ?? '';
  expect(shown).toMatch(message);
  expect(shown).toContain(join(dir, DATABASE_FILE));
  expect(shown).toContain('palauttamalla varmuuskopion');
  expect(shown).not.toMatch(SQLITE_TEXT);
  expect(folderHashes(dir)).toEqual(before);

  const outcome = restoreBackup(dir, TEST_DATABASE_KEY, listBackups(dir)[0]!.name, LATER);

  expect(outcome.restored).toBe(NEWEST_BACKUP);
  // A missing file leaves nothing to keep; every other fault's files are moved aside.
  expect(outcome.kept.kind).toBe(damage === 'missing' ? 'none' : 'damaged');
  const folder = outcome.kept.kind === 'damaged' ? outcome.kept.folder : '';
  for (const name of outcome.kept.kind === 'damaged' ? outcome.kept.files : []) {
    expect(folderHashes(folder)[name], name).toBe(before[name]);
  }
  expect(await references(dir)).toEqual(['Ennen 1/2027']);
}

describe('a damaged database is refused, touching nothing, and a backup restores it', () => {
  it('a file cut short in the middle of a page', async () => {
    const dir = await usedDataDir({ crashed: false });
    const file = join(dir, DATABASE_FILE);
    truncateSync(file, statSync(file).size - 1000);
    await expectRefusedThenRestored(dir, 'corrupt', /^Tietokantatiedosto on vahingoittunut/);
  });

  it('a file cut short at a page boundary', async () => {
    const dir = await usedDataDir({ crashed: false });
    const file = join(dir, DATABASE_FILE);
    truncateSync(file, statSync(file).size - 3 * 4096);
    await expectRefusedThenRestored(dir, 'corrupt', /^Tietokantatiedosto on vahingoittunut/);
  });

  it('a zeroed first page (told apart from a wrong key: the newest backup opens with the key)', async () => {
    const dir = await usedDataDir({ crashed: false });
    zeroPage(join(dir, DATABASE_FILE), 0);
    await expectRefusedThenRestored(dir, 'corrupt', /^Tietokantatiedosto on vahingoittunut/);
  });

  it('a zeroed page in the middle', async () => {
    const dir = await usedDataDir({ crashed: false });
    const file = join(dir, DATABASE_FILE);
    zeroPage(file, Math.floor(statSync(file).size / 4096 / 2));
    await expectRefusedThenRestored(dir, 'corrupt', /^Tietokantatiedosto on vahingoittunut/);
  });

  it('the WAL deleted after a crash, while it held the latest changes', async () => {
    const dir = await usedDataDir({ crashed: true });
    expect(statSync(join(dir, `${DATABASE_FILE}-wal`)).size).toBeGreaterThan(0);
    rmSync(join(dir, `${DATABASE_FILE}-wal`));
    await expectRefusedThenRestored(dir, 'wal_missing', /^Tietokannan muutostiedosto \(-wal\) puuttuu/);
  });

  it('a damaged frame in the WAL, with later commits SQLite would drop', async () => {
    const dir = await usedDataDir({ crashed: true });
    const wal = join(dir, `${DATABASE_FILE}-wal`);
    const bytes = readFileSync(wal);
    const pageSize = bytes.readUInt32BE(8);
    bytes[32 + 24 + 200] = bytes[32 + 24 + 200]! ^ 0xff; // the first frame's page
    expect(bytes.length).toBeGreaterThan(32 + 4 * (24 + pageSize));
    writeFileSync(wal, bytes);
    await expectRefusedThenRestored(dir, 'wal_mismatch', /^Tietokannan muutostiedosto \(-wal\) on vahingoittunut/);
  });

  it('a WAL whose header is damaged', async () => {
    const dir = await usedDataDir({ crashed: true });
    const wal = join(dir, `${DATABASE_FILE}-wal`);
    const bytes = readFileSync(wal);
    bytes.writeUInt32BE((bytes.readUInt32BE(16) ^ 1) >>> 0, 16); // salt-1: no frame belongs to the header any more
    writeFileSync(wal, bytes);
    await expectRefusedThenRestored(dir, 'wal_mismatch', /muutostiedosto \(-wal\) on vahingoittunut/);
  });

  it('the database file deleted while backups exist (no empty database is made)', async () => {
    const dir = await usedDataDir({ crashed: false });
    rmSync(join(dir, DATABASE_FILE));
    await expectRefusedThenRestored(dir, 'missing', /^Tietokantatiedosto puuttuu/);
    expect(existsSync(join(dir, DATABASE_FILE))).toBe(true);
  });

  it('a 0-byte database file while backups exist', async () => {
    const dir = await usedDataDir({ crashed: false });
    writeFileSync(join(dir, DATABASE_FILE), '');
    await expectRefusedThenRestored(dir, 'empty', /^Tietokantatiedosto on tyhjä \(0 tavua\)/);
  });
});

describe('what is not damage', () => {
  it('a wrong key is told as a wrong key, touching nothing', async () => {
    const dir = await usedDataDir({ crashed: false });
    const before = folderHashes(dir);
    const error = openingFails(dir, generateDatabaseKey());
    expect(error).toBeInstanceOf(DatabaseKeyError);
    expect((error as DatabaseKeyError).reason).toBe('wrong_key');
    expect(databaseOpenMessage(error)).toContain('salausavain on väärä');
    expect(folderHashes(dir)).toEqual(before);
  });

  it('a crash leaves a WAL and the open marker, and the app opens with every change', async () => {
    const dir = await usedDataDir({ crashed: true });
    expect(await references(dir)).toEqual(['Ennen 1/2027', 'Päivä 2/2027', 'Päivä 3/2027', 'Päivä 4/2027']);
  });

  it('a clean close moves every change into the file: a WAL removed afterwards loses nothing', async () => {
    const dir = await usedDataDir({ crashed: false });
    expect(existsSync(join(dir, `${DATABASE_FILE}.open`))).toBe(false);
    rmSync(join(dir, `${DATABASE_FILE}-wal`), { force: true });
    expect(await references(dir)).toEqual(['Ennen 1/2027', 'Päivä 2/2027', 'Päivä 3/2027', 'Päivä 4/2027']);
  });

  it('an open marker left beside another file (one renamed into place since) is not taken for a lost WAL', async () => {
    const dir = await usedDataDir({ crashed: false });
    writeFileSync(join(dir, `${DATABASE_FILE}.open`), '1:2\n');
    expect(await references(dir)).toEqual(['Ennen 1/2027', 'Päivä 2/2027', 'Päivä 3/2027', 'Päivä 4/2027']);
  });

  it('a new data directory (no backups) starts with an empty database', async () => {
    const dir = useTempDir('neuvonpito-faults-new-');
    expect(await references(dir)).toEqual([]);
  });
});
