import { spawn } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import { DATABASE_FILE, databaseFileKind, type EncryptStep } from '../../electron/backend/db/connection';
import { FIXED_NOW, makeChild, makeConferenceInput } from '../fixtures/conference';
import { call, openTestBackend, TEST_DATABASE_KEY } from '../helpers/backend';
import { decryptToPlain, filesHolding } from '../helpers/encryption';
import { makeTempDir, useTempDir } from '../helpers/temp-dir';

/*
 * Encrypting an earlier version's plain database is one step a crash cannot leave half done:
 * a child process doing it is SIGKILLed between each of its steps and at moments along the
 * way; after every kill the next open succeeds, with every conference, and nothing readable.
 */

const ROOT = resolve(__dirname, '../..');
const CANARY = 'Kanarialintu';
const CONFERENCES = 120;
const STEPS: EncryptStep[] = ['copied', 'rekeyed', 'verified', 'checkpointed', 'closed', 'renamed'];

const fixture = makeTempDir('neuvonpito-kill-fixture-');

beforeAll(async () => {
  const backend = openBackend(fixture.path, { key: TEST_DATABASE_KEY, now: () => FIXED_NOW, logError: () => {} });
  await call(backend.dispatch, 'conference.create', makeConferenceInput({ reference: 'Kanari 0/2027', children: [makeChild({ firstName: CANARY })] }));
  for (let n = 1; n < CONFERENCES; n++) {
    await call(backend.dispatch, 'conference.create', makeConferenceInput({ reference: `Äijälä ${n}/2027` }));
  }
  backend.close();
  decryptToPlain(join(fixture.path, DATABASE_FILE));
  return () => fixture.remove();
}, 60_000);

/** A copy of the plain data directory for one run. */
function plainDir(): string {
  const dir = useTempDir('neuvonpito-kill-');
  copyFileSync(join(fixture.path, DATABASE_FILE), join(dir, DATABASE_FILE));
  return dir;
}

/** Runs the child on `dir`; it kills itself at `killAt`, or the test kills it `afterMs` after it starts. */
function runChild(dir: string, killAt: EncryptStep | 'none', afterMs?: number): Promise<string | null> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/helpers/encrypt-child.ts', join(dir, DATABASE_FILE), TEST_DATABASE_KEY, killAt],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((done) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (afterMs !== undefined && output.startsWith('start')) {
        output = 'started';
        setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (_code, signal) => done(signal ?? (output.includes('done') ? null : output)));
  });
}

/** After a kill: the app opens, every conference is there, and nothing is left readable. */
async function expectWholeAfterwards(dir: string): Promise<void> {
  const backend = openTestBackend(dir);
  const listed = await call(backend.dispatch, 'conference.list', { phase: 'all', limit: 500 }).then((page) => page.items);
  expect(listed).toHaveLength(CONFERENCES);
  expect(listed.map((c) => c.reference)).toContain('Kanari 0/2027');
  backend.close();
  expect(databaseFileKind(join(dir, DATABASE_FILE))).toBe('encrypted');
  expect(filesHolding(dir, CANARY)).toEqual([]);
  expect(readdirSync(dir).filter((name) => name.includes('encrypting'))).toEqual([]);
}

describe('encrypting a plain database, killed', () => {
  it.each(STEPS)('after the step "%s": the next open has all the data, encrypted', { timeout: 30_000 }, async (step) => {
    const dir = plainDir();
    expect(await runChild(dir, step)).toBe('SIGKILL');
    // Before the rename the plain original is still what is there; after it, the whole encrypted file.
    expect(databaseFileKind(join(dir, DATABASE_FILE))).toBe(step === 'renamed' ? 'encrypted' : 'plain');
    await expectWholeAfterwards(dir);
  });

  it('at moments along the way: the next open always has all the data', { timeout: 60_000 }, async () => {
    const found: string[] = [];
    for (const afterMs of [0, 3, 6, 9, 12, 15, 18, 21, 25, 30, 40]) {
      const dir = plainDir();
      const ended = await runChild(dir, 'none', afterMs);
      const copy = readdirSync(dir).some((name) => name.includes('encrypting')) ? ', encrypted copy half made' : '';
      found.push(`${afterMs} ms: ${ended === null ? 'finished' : 'killed'}, file ${databaseFileKind(join(dir, DATABASE_FILE))}${copy}`);
      await expectWholeAfterwards(dir);
    }
    console.log(found.join('\n'));
  });
});
