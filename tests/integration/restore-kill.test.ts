import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupName } from '../../electron/backend/db/backups';
import { DATABASE_FILE } from '../../electron/backend/db/connection';
import { markOpen } from '../../electron/backend/db/integrity';
import { restoreBackup, type RestoreStep } from '../../electron/backend/db/restore';
import { DatabaseDamagedError } from '../../electron/backend/errors';
import { makeConferenceInput } from '../fixtures/conference';
import { call, openTestBackend, TEST_DATABASE_KEY } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/*
 * A restore killed (SIGKILL) after each of its steps leaves a data directory the app deals
 * with: a readable database is either the old one or the restored one, whole; a damaged one is
 * either still refused (its files kept, byte for byte) and restores on the next try, or restored.
 */

const ROOT = resolve(__dirname, '../..');
const DAY1 = new Date('2027-01-10T08:00:00Z');
const DAY2 = new Date('2027-01-11T08:00:00Z');
const LATER = new Date('2027-01-11T16:00:00Z');
const BACKUP = backupName(DAY2, 'daily');
const OLD = ['Ennen 1/2027', 'Päivä 2/2027', 'Päivä 3/2027'];
const RESTORED = ['Ennen 1/2027'];

/** "Ennen 1/2027" in day 2's backup, two more made after it; `crashed`: the files as a crash leaves them (WAL, marker). */
async function usedDataDir(crashed: boolean): Promise<string> {
  const dir = useTempDir('neuvonpito-restore-kill-');
  const first = openTestBackend(dir, { now: () => DAY1 });
  await call(first.dispatch, 'conference.create', makeConferenceInput({ reference: 'Ennen 1/2027' }));
  first.close();
  const second = openTestBackend(dir, { now: () => DAY2 });
  for (const n of [2, 3]) await call(second.dispatch, 'conference.create', makeConferenceInput({ reference: `Päivä ${n}/2027` }));
  if (!crashed) {
    second.close();
    return dir;
  }
  const snapshot = useTempDir('neuvonpito-restore-kill-crash-');
  for (const name of [DATABASE_FILE, `${DATABASE_FILE}-wal`]) copyFileSync(join(dir, name), join(snapshot, name));
  cpSync(join(dir, 'backups'), join(snapshot, 'backups'), { recursive: true });
  markOpen(join(snapshot, DATABASE_FILE));
  second.close();
  return snapshot;
}

function runChild(dir: string, killAt: RestoreStep): Promise<string | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/restore-child.ts', dir, TEST_DATABASE_KEY, BACKUP, killAt], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => child.once('exit', (_code, signal) => done(signal ?? output)));
}

async function references(dir: string): Promise<string[]> {
  const backend = openTestBackend(dir, { now: () => LATER });
  try {
    return (await call(backend.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).map((c) => c.reference).sort();
  } finally {
    backend.close();
  }
}

/** Every copy of a file with these bytes anywhere in `dir` (in place or in a damaged-… folder). */
function copiesOf(dir: string, bytes: Buffer): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => {
    const path = join(dir, name);
    return statSync(path).isFile() && readFileSync(path).equals(bytes);
  });
}

describe('a restore killed', () => {
  it.each(['copied', 'backedUp', 'renamed'] as const)('after "%s" on a readable database: the old or the restored one opens, whole', { timeout: 40_000 }, async (step) => {
    const dir = await usedDataDir(false);
    expect(await runChild(dir, step)).toBe('SIGKILL');
    expect(await references(dir)).toEqual(step === 'renamed' ? RESTORED : OLD);
  });

  it.each(['copied', 'sideFilesMoved', 'linked', 'renamed'] as const)(
    'after "%s" on a damaged database: still refused with its files kept, or restored',
    { timeout: 40_000 },
    async (step) => {
      const dir = await usedDataDir(true);
      // A damaged first frame in the WAL, with later commits after it.
      const walFile = join(dir, `${DATABASE_FILE}-wal`);
      const wal = readFileSync(walFile);
      wal[32 + 24 + 200] = wal[32 + 24 + 200]! ^ 0xff;
      writeFileSync(walFile, wal);
      const database = readFileSync(join(dir, DATABASE_FILE));

      expect(await runChild(dir, step)).toBe('SIGKILL');

      if (step === 'renamed') {
        expect(await references(dir)).toEqual(RESTORED);
        return;
      }
      expect(() => openTestBackend(dir, { now: () => LATER })).toThrow(DatabaseDamagedError);
      expect(copiesOf(dir, wal)).toHaveLength(1);
      expect(copiesOf(dir, database).length).toBeGreaterThanOrEqual(1);
      restoreBackup(dir, TEST_DATABASE_KEY, BACKUP, LATER);
      expect(await references(dir)).toEqual(RESTORED);
      expect(copiesOf(dir, wal)).toHaveLength(1);
    },
  );
});
