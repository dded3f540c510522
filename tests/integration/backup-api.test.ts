import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupName } from '../../electron/backend/db/backups';
import type { DocumentFile } from '../../electron/shared/documents/documents.schema';
import { makeChild, makeConferenceInput } from '../fixtures/conference';
import { call, callError, makeClock, openTestBackend, openTestDatabaseFile } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Settings → Varmuuskopiot through the API: the list with dates, reasons and sizes, a backup made
 * now, and a copy of one handed out as a file (the renderer names a backup, never a path).
 */

const CANARY = 'Varmistuskäpy';

describe('the backups API', () => {
  it('lists the day’s backup with its time, reason and size; "make one now" adds a verified manual backup holding today’s data, newest first', async () => {
    const dir = useTempDir('neuvonpito-backup-api-');
    const clock = makeClock(new Date('2027-02-03T07:30:00Z'));
    const backend = openTestBackend(dir, { now: clock.now });

    const daily = await call(backend.dispatch, 'backup.list', {});
    expect(daily).toEqual([
      { name: backupName(clock.at, 'daily'), at: '2027-02-03T07:30:00.000Z', reason: 'daily', size: expect.any(Number) },
    ]);
    expect(daily[0]!.size).toBeGreaterThan(0);

    await call(backend.dispatch, 'conference.create', makeConferenceInput({ children: [makeChild({ firstName: CANARY })] }));
    clock.advanceMinutes(90);
    const listed = await call(backend.dispatch, 'backup.create', {});
    const manual = backupName(clock.at, 'manual');
    expect(listed.map((entry) => [entry.name, entry.reason])).toEqual([
      [manual, 'manual'],
      [backupName(new Date('2027-02-03T07:30:00Z'), 'daily'), 'daily'],
    ]);

    const copy = openTestDatabaseFile(join(dir, 'backups', manual));
    try {
      expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT first_name FROM conference_child').pluck().all()).toEqual([CANARY]);
    } finally {
      copy.close();
    }
    // The app goes on working on its own database after the backup.
    expect(await call(backend.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).toHaveLength(1);
  });

  it('two backups made in the same second both stay, under their own names', async () => {
    const dir = useTempDir('neuvonpito-backup-api-');
    const clock = makeClock(new Date('2027-02-03T07:30:00Z'));
    const backend = openTestBackend(dir, { now: clock.now });
    await call(backend.dispatch, 'backup.create', {});
    const listed = await call(backend.dispatch, 'backup.create', {});
    expect(listed.filter((entry) => entry.reason === 'manual').map((entry) => entry.name).sort()).toEqual(
      [backupName(clock.at, 'manual'), backupName(clock.at, 'manual', 2)].sort(),
    );
  });

  it('a backup that fails its check is refused as a storage error and leaves no file behind', async () => {
    const dir = useTempDir('neuvonpito-backup-api-');
    const clock = makeClock(new Date('2027-02-03T07:30:00Z'));
    let failNext = false;
    const backend = openTestBackend(dir, {
      now: clock.now,
      verifyBackup: () => {
        if (failNext) throw Object.assign(new Error('quick_check failed'), { code: 'SQLITE_CORRUPT' });
      },
    });
    const before = readdirSync(join(dir, 'backups')).sort();
    failNext = true;
    clock.advanceMinutes(5);
    expect(await callError(backend.dispatch, 'backup.create', {})).toMatchObject({ code: 'storage' });
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(before);
  });

  it('a copy of a backup is the backup’s own encrypted bytes, under its name; an unknown or path-like name is refused', async () => {
    const dir = useTempDir('neuvonpito-backup-api-');
    const clock = makeClock(new Date('2027-02-03T07:30:00Z'));
    const backend = openTestBackend(dir, { now: clock.now });
    const name = backupName(clock.at, 'daily');

    const result = await backend.dispatch('backup.copy', { name });
    expect(result.ok).toBe(true);
    const file = (result as { value: DocumentFile }).value;
    expect(file.name).toBe(name);
    expect(file.mimeType).toBe('application/vnd.sqlite3');
    expect(Buffer.from(file.bytes).equals(readFileSync(join(dir, 'backups', name)))).toBe(true);
    expect(Buffer.from(file.bytes).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');

    expect(await callError(backend.dispatch, 'backup.copy', { name: backupName(new Date('2020-01-01T00:00:00Z'), 'daily') })).toMatchObject({
      code: 'not_found',
    });
    for (const bad of ['../neuvonpito.sqlite', 'neuvonpito.sqlite', `../backups/${name}`, `${name}/..`]) {
      expect(await callError(backend.dispatch, 'backup.copy', { name: bad })).toMatchObject({ code: 'invalid_input' });
    }
    expect(existsSync(join(dir, 'neuvonpito.sqlite'))).toBe(true);
  });

  it('restoring a backup brings back its data in the running app, keeps the state before it as a backup, and can itself be undone', async () => {
    const dir = useTempDir('neuvonpito-backup-api-');
    const clock = makeClock(new Date('2027-02-03T07:30:00Z'));
    const backend = openTestBackend(dir, { now: clock.now });
    await call(backend.dispatch, 'conference.create', makeConferenceInput({ reference: 'Ennen 1/2027' }));
    clock.advanceMinutes(1);
    const [made] = await call(backend.dispatch, 'backup.create', {});
    expect(made?.reason).toBe('manual');
    clock.advanceMinutes(60);
    await call(backend.dispatch, 'conference.create', makeConferenceInput({ reference: 'Jälkeen 2/2027' }));

    clock.advanceMinutes(1);
    const listed = await call(backend.dispatch, 'backup.restore', { name: made!.name });
    const references = async () => (await call(backend.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).map((item) => item.reference).sort();
    expect(await references()).toEqual(['Ennen 1/2027']);
    const kept = listed.find((entry) => entry.reason === 'restore');
    expect(kept?.name).toBe(backupName(clock.at, 'restore'));

    // The app writes on to the restored database.
    await call(backend.dispatch, 'conference.create', makeConferenceInput({ reference: 'Uusi 3/2027' }));
    expect(await references()).toEqual(['Ennen 1/2027', 'Uusi 3/2027']);

    // Undoing: the state before the restore comes back from its backup.
    clock.advanceMinutes(1);
    await call(backend.dispatch, 'backup.restore', { name: kept!.name });
    expect(await references()).toEqual(['Ennen 1/2027', 'Jälkeen 2/2027']);
  });

  it('a damaged or unknown backup is refused, and the app goes on with its data unchanged', async () => {
    const dir = useTempDir('neuvonpito-backup-api-');
    const clock = makeClock(new Date('2027-02-03T07:30:00Z'));
    const backend = openTestBackend(dir, { now: clock.now });
    await call(backend.dispatch, 'conference.create', makeConferenceInput({ reference: 'Pysyy 1/2027' }));
    const daily = backupName(clock.at, 'daily');
    writeFileSync(join(dir, 'backups', daily), Buffer.alloc(8192, 7));
    const before = readdirSync(join(dir, 'backups')).sort();

    clock.advanceMinutes(5);
    expect(await callError(backend.dispatch, 'backup.restore', { name: daily })).toEqual({
      code: 'invalid_input',
      message: 'Invalid input',
      issues: [{ path: ['name'], message: 'backups.error.damaged' }],
    });
    expect(await callError(backend.dispatch, 'backup.restore', { name: backupName(new Date('2020-01-01T00:00:00Z'), 'daily') })).toMatchObject({
      code: 'not_found',
    });
    expect(await callError(backend.dispatch, 'backup.restore', { name: '../neuvonpito.sqlite' })).toMatchObject({ code: 'invalid_input' });
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(before);
    expect((await call(backend.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).map((item) => item.reference)).toEqual(['Pysyy 1/2027']);
  });
});
