import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeChild, makeConferenceInput } from '../fixtures/conference';
import { call, callError, countRows, makeClock, openTestBackend, openTestDatabaseFile } from '../helpers/backend';
import { decryptDatabaseAndWal, decryptDatabaseFile, holdsText } from '../helpers/sqlcipher-pages';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Retention: a closed conference is kept the months the settings say (6 by default) after
 * closing, then listed as due; the app asks once a Helsinki day and deletes only what the
 * convener agrees to, after a 'purge' backup.
 */

const CANARY = 'Peippolintu';

async function setUp(options: { verifyBackup?: () => void } = {}) {
  const dir = useTempDir('neuvonpito-retention-');
  // 2027-01-11 10:00 in Helsinki.
  const clock = makeClock(new Date('2027-01-11T08:00:00.000Z'));
  const backend = openTestBackend(dir, { now: clock.now, ...options });
  const { dispatch } = backend;
  const closedOne = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'Peippo 1/2027', children: [makeChild({ firstName: CANARY })] }));
  const open = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'Auki 2/2027' }));
  // Closed at 01:30 Helsinki time on 12.1.2027 (23:30 UTC the day before).
  clock.at = new Date('2027-01-11T23:30:00.000Z');
  const closed = await call(dispatch, 'conference.close', { id: closedOne.id, version: closedOne.version, reason: 'plan_made', text: '' });
  return { dir, clock, backend, dispatch, closed, open };
}

describe('retention', () => {
  it('lists a closed conference as due from the same Helsinki date six months after closing, following the setting', async () => {
    const { clock, dispatch, closed } = await setUp();
    clock.at = new Date('2027-07-11T20:59:00.000Z'); // 23:59 on 11.7. in Helsinki
    expect(await call(dispatch, 'retention.due', {})).toEqual({ months: 6, conferences: [] });
    clock.at = new Date('2027-07-11T21:00:00.000Z'); // 00:00 on 12.7. in Helsinki
    expect(await call(dispatch, 'retention.due', {})).toEqual({
      months: 6,
      conferences: [{ id: closed.id, reference: 'Peippo 1/2027', closedAt: '2027-01-11T23:30:00.000Z', dueSince: '2027-07-12', version: closed.version }],
    });
    await call(dispatch, 'settings.update', { section: 'retentionMonths', version: 1, value: 12 });
    expect((await call(dispatch, 'retention.due', {})).conferences).toEqual([]);
    expect((await callError(dispatch, 'settings.update', { section: 'retentionMonths', version: 2, value: 5 })).code).toBe('invalid_input');
    await call(dispatch, 'settings.update', { section: 'retentionMonths', version: 2, value: 3 });
    expect((await call(dispatch, 'retention.due', {})).conferences.map((c) => c.dueSince)).toEqual(['2027-04-12']);
  });

  it('asks at most once a Helsinki day, and only when something is due', async () => {
    const { clock, dispatch, closed } = await setUp();
    expect(await call(dispatch, 'retention.question', {})).toEqual({ ask: false, conferences: [] });
    clock.at = new Date('2027-08-01T05:00:00.000Z');
    const first = await call(dispatch, 'retention.question', {});
    expect(first.ask).toBe(true);
    expect(first.conferences.map((c) => c.id)).toEqual([closed.id]);
    clock.at = new Date('2027-08-01T20:59:00.000Z'); // still 1.8. in Helsinki
    expect(await call(dispatch, 'retention.question', {})).toEqual({ ask: false, conferences: [] });
    clock.at = new Date('2027-08-01T21:00:00.000Z'); // 2.8. in Helsinki
    expect((await call(dispatch, 'retention.question', {})).ask).toBe(true);
  });

  it('purges after a purge backup that still holds the family; the file no longer does, only counts are kept', async () => {
    const { dir, clock, dispatch, closed, open, backend } = await setUp();
    clock.at = new Date('2027-08-01T05:00:00.000Z');
    const { conferences } = await call(dispatch, 'retention.due', {});
    expect(await call(dispatch, 'retention.purge', { conferences: conferences.map(({ id, version }) => ({ id, version })) })).toEqual({ deleted: [closed.id] });

    const purgeBackups = readdirSync(join(dir, 'backups')).filter((name) => name.endsWith('-purge.sqlite'));
    expect(purgeBackups).toHaveLength(1);
    expect(holdsText(decryptDatabaseFile(join(dir, 'backups', purgeBackups[0]!)), CANARY)).toBe(true);
    expect(holdsText(decryptDatabaseAndWal(backend.databaseFile), CANARY)).toBe(false);
    expect((await call(dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).map((c) => c.id)).toEqual([open.id]);
    const db = openTestDatabaseFile(backend.databaseFile);
    try {
      const kept = db.prepare('SELECT record, deleted_month, deleted_by FROM statistics_record').all() as { record: string }[];
      expect(kept).toEqual([{ record: expect.any(String), deleted_month: '2027-08', deleted_by: 'retention' }]);
      expect(JSON.parse(kept[0]!.record)).toMatchObject({ closed: { day: '2027-01', reason: 'plan_made' } });
      expect(kept[0]!.record).not.toContain(CANARY);
    } finally {
      db.close();
    }
  });

  it('refuses to purge a conference that is not due or changed since, deleting nothing and making no backup', async () => {
    const { dir, clock, dispatch, closed, open, backend } = await setUp();
    clock.at = new Date('2027-08-01T05:00:00.000Z');
    const rows = countRows(backend.databaseFile);
    const backupsBefore = readdirSync(join(dir, 'backups'));
    const refused = await callError(dispatch, 'retention.purge', {
      conferences: [
        { id: closed.id, version: closed.version },
        { id: open.id, version: open.version },
      ],
    });
    expect(refused.code).toBe('conflict');
    expect((await callError(dispatch, 'retention.purge', { conferences: [{ id: closed.id, version: closed.version - 1 }] })).code).toBe('conflict');
    expect((await callError(dispatch, 'retention.purge', { conferences: [] })).code).toBe('invalid_input');
    expect(countRows(backend.databaseFile)).toEqual(rows);
    expect(readdirSync(join(dir, 'backups')).filter((n) => n.includes('purge'))).toEqual([]);
    expect(readdirSync(join(dir, 'backups')).length).toBe(backupsBefore.length);
  });

  it('deletes nothing when the purge backup fails', async () => {
    let failing = false;
    const { clock, dispatch, closed, backend } = await setUp({
      verifyBackup: () => {
        if (failing) throw new Error('disk gone');
      },
    });
    clock.at = new Date('2027-08-01T05:00:00.000Z');
    failing = true;
    const rows = countRows(backend.databaseFile);
    expect((await callError(dispatch, 'retention.purge', { conferences: [{ id: closed.id, version: closed.version }] })).code).toBe('storage');
    expect(countRows(backend.databaseFile)).toEqual(rows);
    expect((await call(dispatch, 'conference.get', { id: closed.id })).reference).toBe('Peippo 1/2027');
  });
});
