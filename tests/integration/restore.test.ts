import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupName, listBackups } from '../../electron/backend/db/backups';
import { DATABASE_FILE } from '../../electron/backend/db/connection';
import { restoreBackup, RestoreError } from '../../electron/backend/db/restore';
import { openStore } from '../../electron/backend/db/store';
import { generateDatabaseKey } from '../../electron/backend/db/database-key';
import { makeConferenceInput } from '../fixtures/conference';
import { call, openTestBackend, openTestDatabaseFile, TEST_DATABASE_KEY } from '../helpers/backend';
import { folderHashes } from '../helpers/encryption';
import { useTempDir } from '../helpers/temp-dir';

/*
 * restoreBackup puts a chosen backup in place of the database: the backup is checked first, the
 * current database is kept (as a backup when readable, moved aside when damaged), never deleted.
 */

const DAY1 = new Date('2027-01-10T08:00:00Z');
const DAY2 = new Date('2027-01-11T08:00:00Z');
const LATER = new Date('2027-01-11T12:30:00Z');

/**
 * A data directory where conference "Ennen 1/2027" was made on day 1, the daily backup of day 2
 * holds it, and "Jälkeen 2/2027" was made after that backup. Returns the day-2 backup's name.
 */
async function dataDirWithBackup(): Promise<{ dir: string; backup: string }> {
  const dir = useTempDir('neuvonpito-restore-');
  const first = openTestBackend(dir, { now: () => DAY1 });
  await call(first.dispatch, 'conference.create', makeConferenceInput({ reference: 'Ennen 1/2027' }));
  first.close();
  const second = openTestBackend(dir, { now: () => DAY2 });
  await call(second.dispatch, 'conference.create', makeConferenceInput({ reference: 'Jälkeen 2/2027' }));
  second.close();
  return { dir, backup: backupName(DAY2, 'daily') };
}

function references(file: string): string[] {
  const db = openTestDatabaseFile(file);
  try {
    return db.prepare('SELECT reference FROM conference ORDER BY reference').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('restoreBackup', () => {
  it('puts the backup in place and first keeps the readable database as a restore backup', async () => {
    const { dir, backup } = await dataDirWithBackup();

    const outcome = restoreBackup(dir, TEST_DATABASE_KEY, backup, LATER);

    const keptName = backupName(LATER, 'restore');
    expect(outcome).toEqual({ restored: backup, kept: { kind: 'backup', name: keptName } });
    expect(references(join(dir, DATABASE_FILE))).toEqual(['Ennen 1/2027']);
    expect(references(join(dir, 'backups', keptName))).toEqual(['Ennen 1/2027', 'Jälkeen 2/2027']);
    expect(existsSync(join(dir, `${DATABASE_FILE}.restoring`))).toBe(false);

    // The app opens on it and sees the backup's data.
    const reopened = openTestBackend(dir, { now: () => LATER });
    const listed = await call(reopened.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items);
    expect(listed.map((c) => c.reference)).toEqual(['Ennen 1/2027']);
  });

  it('works on an open Store through reopenAfter, which then reads the restored data', async () => {
    const { dir, backup } = await dataDirWithBackup();
    const store = openStore(dir, TEST_DATABASE_KEY, { now: () => LATER });
    try {
      const outcome = store.reopenAfter((dataDir, key) => restoreBackup(dataDir, key, backup, LATER));
      expect(outcome.kept.kind).toBe('backup');
      expect(store.db.prepare('SELECT reference FROM conference').pluck().all()).toEqual(['Ennen 1/2027']);
    } finally {
      store.close();
    }
  });

  it('moves a damaged database aside, byte for byte, instead of backing it up', async () => {
    const { dir, backup } = await dataDirWithBackup();
    const file = join(dir, DATABASE_FILE);
    const bytes = readFileSync(file);
    bytes.fill(0, 4096, 8192); // the second page
    writeFileSync(file, bytes);

    const outcome = restoreBackup(dir, TEST_DATABASE_KEY, backup, LATER);

    expect(outcome.kept).toEqual({ kind: 'damaged', folder: join(dir, 'backups', 'damaged-2027-01-11T123000'), files: [DATABASE_FILE] });
    expect(readFileSync(join(dir, 'backups', 'damaged-2027-01-11T123000', DATABASE_FILE)).equals(bytes)).toBe(true);
    expect(references(file)).toEqual(['Ennen 1/2027']);
    // No restore backup was made of the damaged file.
    expect(listBackups(dir).map((entry) => entry.reason)).not.toContain('restore');
  });

  it('restores where the database file is missing', async () => {
    const { dir, backup } = await dataDirWithBackup();
    const file = join(dir, DATABASE_FILE);
    rmSync(file);

    const outcome = restoreBackup(dir, TEST_DATABASE_KEY, backup, LATER);

    expect(outcome.kept).toEqual({ kind: 'none' });
    expect(readdirSync(join(dir, 'backups')).filter((name) => name.startsWith('damaged-'))).toEqual([]);
    expect(references(file)).toEqual(['Ennen 1/2027']);
  });

  it('refuses a name that is not a backup in the folder, or a path, changing nothing', async () => {
    const { dir } = await dataDirWithBackup();
    const before = folderHashes(dir);
    for (const name of ['neuvonpito-2020-01-01T000000-daily.sqlite', `../${DATABASE_FILE}`, '../../etc/passwd', DATABASE_FILE]) {
      expect(() => restoreBackup(dir, TEST_DATABASE_KEY, name, LATER)).toThrow(expect.objectContaining({ problem: 'not_found' }));
    }
    expect(folderHashes(dir)).toEqual(before);
  });

  it('refuses a damaged backup, or one the key does not open, changing nothing', async () => {
    const { dir, backup } = await dataDirWithBackup();
    const before = folderHashes(dir);
    expect(() => restoreBackup(dir, generateDatabaseKey(), backup, LATER)).toThrow(RestoreError);
    expect(folderHashes(dir)).toEqual(before);

    const path = join(dir, 'backups', backup);
    const bytes = readFileSync(path);
    bytes.fill(0, 4096, 8192);
    writeFileSync(path, bytes);
    const damaged = folderHashes(dir);
    let error: unknown;
    try {
      restoreBackup(dir, TEST_DATABASE_KEY, backup, LATER);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(RestoreError);
    expect((error as RestoreError).problem).toBe('backup_damaged');
    expect(folderHashes(dir)).toEqual(damaged);
    expect(readdirSync(dir).filter((name) => name.endsWith('.restoring'))).toEqual([]);
  });
});
