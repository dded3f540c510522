import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupName } from '../../electron/backend/db/backups';
import { DATABASE_FILE } from '../../electron/backend/db/connection';
import { WEB_KEY_FILE } from '../../electron/backend/web/web-database-key';
import { TOKEN_HEADER } from '../../electron/backend/web/web-host';
import type { Conference } from '../../electron/shared/conference/conference.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { call, openTestBackend, TEST_DATABASE_KEY } from '../helpers/backend';
import { folderHashes } from '../helpers/encryption';
import { useTempDir } from '../helpers/temp-dir';

/*
 * `npm run web` on a damaged database: it says in Finnish what it found, lists the backups and
 * prints the command that restores the newest, exits with 1 and changes no file; that command
 * (`--restore-backup NAME`) then restores the backup and starts the app on it.
 */

const ROOT = resolve(__dirname, '../..');
const TOKEN = 'testitoken-palautus';
const DAY1 = new Date('2027-01-10T08:00:00Z');
const DAY2 = new Date('2027-01-11T08:00:00Z');
const ENV = { ...process.env, NEUVONPITO_TOKEN: TOKEN, NEUVONPITO_DB_KEY: TEST_DATABASE_KEY, PORT: '' };

/** A data dir whose newest backup (day 2) holds "Ennen 1/2027"; "Jälkeen 2/2027" was made after it. Page 2 is then zeroed. */
async function damagedDataDir(): Promise<string> {
  const dir = useTempDir('neuvonpito-web-restore-');
  const first = openTestBackend(dir, { now: () => DAY1 });
  await call(first.dispatch, 'conference.create', makeConferenceInput({ reference: 'Ennen 1/2027' }));
  first.close();
  const second = openTestBackend(dir, { now: () => DAY2 });
  await call(second.dispatch, 'conference.create', makeConferenceInput({ reference: 'Jälkeen 2/2027' }));
  second.close();
  const file = join(dir, DATABASE_FILE);
  const bytes = readFileSync(file);
  bytes.fill(0, 4096, 8192);
  writeFileSync(file, bytes);
  return dir;
}

/** Runs the web host with `args` until it prints ready (then lists the conferences and stops it) or exits. */
function runWebHost(dir: string, args: string[]): Promise<{ code: number | null; output: string; references?: string[] }> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['electron/backend/web/start.ts', '--port', '0', '--data-dir', dir, ...args], {
    cwd: ROOT,
    env: ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let listing = false;
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`The web host neither started nor exited:\n${output}`));
    }, 55_000);
    const onData = async (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /Open (http:\/\/127\.0\.0\.1:\d+)\/\?token=/.exec(output)?.[1];
      if (!url || !/^ready$/m.test(output) || listing) return;
      listing = true;
      const response = await fetch(`${url}/api/conference.list`, { method: 'POST', headers: { [TOKEN_HEADER]: TOKEN }, body: '{"phase":"all"}' });
      const { value } = (await response.json()) as { value: { items: Conference[] } };
      clearTimeout(timer);
      child.once('exit', (code) => done({ code, output, references: value.items.map((c) => c.reference).sort() }));
      child.kill('SIGTERM');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      if (!/^ready$/m.test(output)) {
        clearTimeout(timer);
        done({ code, output });
      }
    });
  });
}

describe('npm run web on a damaged database', () => {
  it('refuses in Finnish, lists the backups and the restore command, and changes no file', async () => {
    const dir = await damagedDataDir();
    const before = folderHashes(dir);

    const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['electron/backend/web/start.ts', '--port', '0', '--data-dir', dir], {
      cwd: ROOT,
      env: ENV,
      encoding: 'utf8',
      timeout: 55_000,
    });

    expect(result.status).toBe(1);
    const newest = backupName(DAY2, 'daily');
    expect(result.stderr).toContain('Tietokantatiedosto on vahingoittunut');
    expect(result.stderr).toContain(join(dir, DATABASE_FILE));
    expect(result.stderr).toContain('Varmuuskopiot (uusin ensin):');
    expect(result.stderr).toMatch(new RegExp(`${newest}\\s+11\\.1\\.2027 klo 10\\.00\\s+\\d+ kt`));
    expect(result.stderr).toContain(backupName(DAY1, 'daily'));
    expect(result.stderr).toContain(`npm run web -- --data-dir ${dir} --restore-backup ${newest}`);
    expect(result.stderr).not.toMatch(/SQLITE_|SqliteError|malformed/);
    expect(result.stdout).not.toContain('ready');
    expect(folderHashes(dir)).toEqual(before);
  }, 60_000);

  it('--restore-backup restores the named backup, keeps the damaged file aside and starts on the backup', async () => {
    const dir = await damagedDataDir();
    const damaged = readFileSync(join(dir, DATABASE_FILE));

    const result = await runWebHost(dir, ['--restore-backup', backupName(DAY2, 'daily')]);

    expect(result.output).toContain(`Varmuuskopio ${backupName(DAY2, 'daily')} palautettiin.`);
    expect(result.output).toMatch(/Vahingoittuneet tiedostot on siirretty kansioon .*backups\/damaged-/);
    expect(result.references).toEqual(['Ennen 1/2027']);
    const aside = readdirSync(join(dir, 'backups')).filter((name) => name.startsWith('damaged-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, 'backups', aside[0]!, DATABASE_FILE)).equals(damaged)).toBe(true);
  }, 60_000);

  it('--restore-backup with a name that is no backup refuses, changing nothing', async () => {
    const dir = await damagedDataDir();
    const before = folderHashes(dir);
    const result = await runWebHost(dir, ['--restore-backup', 'neuvonpito-2020-01-01T000000-daily.sqlite']);
    expect(result.code).toBe(1);
    expect(result.output).toContain('Varmuuskopion palauttaminen ei onnistunut, eikä tietokantaa muutettu.');
    expect(folderHashes(dir)).toEqual(before);
    expect(existsSync(join(dir, WEB_KEY_FILE))).toBe(false);
  }, 60_000);
});
