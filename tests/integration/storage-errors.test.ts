import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import type { Db } from '../../electron/backend/db/raw-database';
import { storageProblem } from '../../electron/backend/errors';
import type { ApiError } from '../../electron/shared/api/result';
import { translate } from '../../electron/shared/i18n';
import { makeConferenceInput } from '../fixtures/conference';
import { call, TEST_DATABASE_KEY } from '../helpers/backend';
import { dispatcherOn } from '../helpers/dispatcher-on';
import { useTempDir } from '../helpers/temp-dir';

/*
 * A full disk, simulated with SQLite's own page limit: `max_page_count` set to what the file
 * holds makes the next write that needs a page fail with SQLITE_FULL, the error a real
 * full disk gives.
 */

function openFullDatabase(): Db {
  const db = openDatabase(useTempDir('neuvonpito-full-'), TEST_DATABASE_KEY);
  onTestFinished(() => {
    db.close();
  });
  return db;
}

function fillTheDisk(db: Db): void {
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count = ${pages}`);
}

const conferenceCount = (db: Db) => (db.prepare('SELECT count(*) AS n FROM conference').get() as { n: number }).n;

describe('a full disk', () => {
  it('is SQLITE_FULL when SQLite runs out of pages, as on a real full disk', () => {
    const db = openFullDatabase();
    fillTheDisk(db);
    let code: unknown;
    try {
      db.exec(`CREATE TABLE filler (x TEXT); INSERT INTO filler VALUES ('${'x'.repeat(100_000)}')`);
    } catch (error) {
      code = (error as { code?: unknown }).code;
    }
    expect(code).toBe('SQLITE_FULL');
  });

  it('answers a save with disk_full, said in plain Finnish, and saves nothing', async () => {
    const db = openFullDatabase();
    const dispatch = dispatcherOn(db, { logError: () => {} });
    await call(dispatch, 'conference.create', makeConferenceInput());
    fillTheDisk(db);

    // Free space inside the last page may take one more conference: keep saving until it fails.
    let error: ApiError | undefined;
    for (let n = 0; n < 50 && !error; n++) {
      const before = conferenceCount(db);
      const result = await dispatch('conference.create', makeConferenceInput({ reference: `Täysi ${n}`, notes: 'ö'.repeat(4000) }));
      if (!result.ok) {
        error = result.error;
        expect(conferenceCount(db)).toBe(before);
      }
    }

    expect(error).toEqual({ code: 'disk_full', message: 'Disk full' });
    expect(translate('fi', `error.${error!.code}`)).toBe('Levy on täynnä. Vapauta tilaa ja yritä uudelleen – mitään ei tallennettu.');
    expect(JSON.stringify(error)).not.toMatch(/SQLITE|database or disk/i);
  });

  it('reads still work on a full disk', async () => {
    const db = openFullDatabase();
    const dispatch = dispatcherOn(db, { logError: () => {} });
    await call(dispatch, 'conference.create', makeConferenceInput());
    fillTheDisk(db);
    expect(await call(dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).toHaveLength(1);
  });
});

describe('storage problems', () => {
  it('tells a full disk from a disk that cannot be written', () => {
    expect(storageProblem({ code: 'SQLITE_FULL' })).toBe('disk_full');
    expect(storageProblem({ code: 'ENOSPC' })).toBe('disk_full');
    for (const code of ['SQLITE_IOERR', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'SQLITE_READONLY', 'SQLITE_CORRUPT', 'EIO']) {
      expect(storageProblem({ code })).toBe('storage');
    }
    expect(storageProblem({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' })).toBeNull();
    expect(storageProblem(new Error('boom'))).toBeNull();
  });

  it('has a message in every language that says nothing was saved', () => {
    for (const code of ['disk_full', 'storage'] as const) {
      expect(translate('fi', `error.${code}`)).toMatch(/mitään ei tallennettu/i);
      expect(translate('sv', `error.${code}`)).toMatch(/ingenting sparades/i);
      expect(translate('en', `error.${code}`)).toMatch(/nothing was saved/i);
    }
  });
});
