import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, databaseFileKind } from '../../electron/backend/db/connection';
import { generateDatabaseKey } from '../../electron/backend/db/database-key';
import { WEB_KEY_FILE } from '../../electron/backend/web/web-database-key';
import { TOKEN_HEADER } from '../../electron/backend/web/web-host';
import type { Conference } from '../../electron/shared/conference/conference.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { call, openTestBackend, openTestDatabaseFile, TEST_DATABASE_KEY } from '../helpers/backend';
import { folderHashes } from '../helpers/encryption';
import { makeTempDir, useTempDir } from '../helpers/temp-dir';

/*
 * `npm run web` as a developer or the e2e tests start it. The first start may build the
 * renderer with electron-vite, hence the long hook timeouts.
 */

const ROOT = resolve(__dirname, '../..');
const TOKEN = 'testitoken-ei-oikea';
const START_TIMEOUT_MS = 55_000;

interface RunningHost {
  child: ChildProcess;
  url: string;
  base: string;
  output: () => string;
}

/** Starts the web host in its own process group so that npx, tsx and node all stop together. */
function startWebHost(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<RunningHost> {
  const child = spawn('npx', ['tsx', 'electron/backend/web/start.ts', '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    env: { ...process.env, NEUVONPITO_TOKEN: TOKEN, PORT: '', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      stopWebHost(child);
      reject(new Error(`The web host did not print ready in time. Output:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output)?.[1];
      if (url && /^ready$/m.test(output)) {
        clearTimeout(timer);
        resolvePromise({ child, url, base: new URL(url).origin, output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited with ${code} before it was ready. Output:\n${output}`));
    });
  });
}

/** Ends the process group this test started, and waits for its leader to exit. */
async function stopWebHost(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

function callApi(base: string, method: string, body: unknown, token: string | null = TOKEN) {
  return fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { [TOKEN_HEADER]: token } : {}) },
    body: JSON.stringify(body),
  });
}

describe('npm run web', () => {
  const dataDir = makeTempDir('neuvonpito-web-cli-');
  let host: RunningHost | undefined;

  beforeAll(async () => {
    host = await startWebHost(dataDir.path);
  }, 60_000);

  afterAll(async () => {
    await stopWebHost(host?.child);
    dataDir.remove();
  }, 15_000);

  it('prints ready and a loopback URL that carries the token', () => {
    expect(host!.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/\\?token=${TOKEN}$`));
    expect(host!.output()).toContain(join(dataDir.path, DATABASE_FILE));
  });

  it('serves the app page on the printed port', async () => {
    const response = await fetch(host!.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<div id="root">');
  });

  it('refuses API calls without the token', async () => {
    const response = await callApi(host!.base, 'conference.list', {}, null);
    expect(response.status).toBe(401);
  });

  it('makes a key file only its owner can read, and keeps the database encrypted with it', () => {
    const keyFile = join(dataDir.path, WEB_KEY_FILE);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(host!.output()).toContain(`Made a new database key in ${keyFile}`);
    expect(databaseFileKind(join(dataDir.path, DATABASE_FILE))).toBe('encrypted');
  });

  it('keeps a conference in the data dir across a restart', async () => {
    const created = await callApi(host!.base, 'conference.create', makeConferenceInput({ reference: 'Öhman 9/2027' }));
    const { value } = (await created.json()) as { ok: true; value: Conference };
    expect(value.reference).toBe('Öhman 9/2027');

    await stopWebHost(host!.child);
    host = await startWebHost(dataDir.path);

    const listed = (await (await callApi(host.base, 'conference.list', {})).json()) as { value: { items: Conference[] } };
    expect(listed.value.items).toEqual([{ ...value, nextDue: { kind: 'setDate', meetingKind: 'conference', due: null, overdueDays: 0 }, meeting: null }]);
  }, 60_000);
});

describe('npm run web refuses to start', () => {
  it('without a data directory, saying how to give one', () => {
    const result = spawnSync('npx', ['tsx', 'electron/backend/web/start.ts', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, NEUVONPITO_DATA_DIR: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--data-dir');
  }, 35_000);

  it('on a database from a newer app version, leaving it alone', () => {
    const dir = makeTempDir('neuvonpito-web-cli-newer-');
    try {
      const newer = openTestDatabaseFile(join(dir.path, DATABASE_FILE), { writable: true, key: null });
      newer.pragma('user_version = 99');
      newer.close();
      const result = spawnSync('npx', ['tsx', 'electron/backend/web/start.ts', '--port', '0', '--data-dir', dir.path], {
        cwd: ROOT,
        env: { ...process.env, NEUVONPITO_TOKEN: TOKEN },
        encoding: 'utf8',
        timeout: 55_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('Tietokanta on tallennettu Neuvonpidon uudemmalla versiolla.');
      const check = openTestDatabaseFile(join(dir.path, DATABASE_FILE), { key: null });
      expect(check.pragma('user_version', { simple: true })).toBe(99);
      check.close();
    } finally {
      dir.remove();
    }
  }, 60_000);

  /** Runs the web host on `dataDir` to its end (it is expected to refuse). */
  function runRefused(dataDir: string, env: NodeJS.ProcessEnv = {}) {
    return spawnSync('npx', ['tsx', 'electron/backend/web/start.ts', '--port', '0', '--data-dir', dataDir], {
      cwd: ROOT,
      env: { ...process.env, NEUVONPITO_TOKEN: TOKEN, NEUVONPITO_DB_KEY: '', ...env },
      encoding: 'utf8',
      timeout: 55_000,
    });
  }

  /** A data directory with an encrypted database (the test key) and no key file. */
  async function encryptedWithoutKeyFile(): Promise<string> {
    const dir = useTempDir('neuvonpito-web-cli-key-');
    const backend = openTestBackend(dir);
    await call(backend.dispatch, 'conference.create', makeConferenceInput());
    backend.close();
    return dir;
  }

  it('on an encrypted database without its key, in Finnish, making no key and touching nothing', async () => {
    const dir = await encryptedWithoutKeyFile();
    const before = folderHashes(dir);
    const result = runRefused(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Tietokantaa ei voitu avata: salausavain puuttuu. Mitään ei ole muutettu.');
    expect(result.stderr).toContain(join(dir, DATABASE_FILE));
    expect(result.stderr).not.toMatch(/SQLITE_|SqliteError|file is not a database/);
    expect(folderHashes(dir)).toEqual(before);
    expect(existsSync(join(dir, WEB_KEY_FILE))).toBe(false);
  }, 60_000);

  it('with another key, from NEUVONPITO_DB_KEY or the key file, in Finnish, touching nothing', async () => {
    const dir = await encryptedWithoutKeyFile();
    const before = folderHashes(dir);
    const fromEnv = runRefused(dir, { NEUVONPITO_DB_KEY: generateDatabaseKey() });
    expect(fromEnv.status).toBe(1);
    expect(fromEnv.stderr).toContain('Tietokantaa ei voitu avata: salausavain on väärä. Mitään ei ole muutettu.');
    expect(folderHashes(dir)).toEqual(before);

    writeFileSync(join(dir, WEB_KEY_FILE), `${generateDatabaseKey()}\n`, { mode: 0o600 });
    const withKeyFile = folderHashes(dir);
    const fromFile = runRefused(dir);
    expect(fromFile.status).toBe(1);
    expect(fromFile.stderr).toContain('salausavain on väärä');
    expect(folderHashes(dir)).toEqual(withKeyFile);
  }, 90_000);

  it('on a file that is not a database, saying so in plain Finnish without SQLite text', () => {
    const dir = makeTempDir('neuvonpito-web-cli-notadb-');
    try {
      writeFileSync(join(dir.path, DATABASE_FILE), 'ei tietokanta\n'.repeat(500));
      const result = spawnSync('npx', ['tsx', 'electron/backend/web/start.ts', '--port', '0', '--data-dir', dir.path], {
        cwd: ROOT,
        env: { ...process.env, NEUVONPITO_TOKEN: TOKEN },
        encoding: 'utf8',
        timeout: 55_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('Tietokantatiedosto on vahingoittunut');
      expect(result.stderr).toContain(join(dir.path, DATABASE_FILE));
      expect(result.stderr).not.toMatch(/SQLITE_|SqliteError|file is not a database/);
    } finally {
      dir.remove();
    }
  }, 60_000);
});

describe('npm run web with NEUVONPITO_DB_KEY', () => {
  it('opens the encrypted database with that key and makes no key file', async () => {
    const dir = makeTempDir('neuvonpito-web-cli-env-key-');
    const backend = openTestBackend(dir.path);
    await call(backend.dispatch, 'conference.create', makeConferenceInput({ reference: 'Avain 1/2027' }));
    backend.close();
    let host: RunningHost | undefined;
    try {
      host = await startWebHost(dir.path, { NEUVONPITO_DB_KEY: TEST_DATABASE_KEY });
      const listed = (await (await callApi(host.base, 'conference.list', {})).json()) as { value: { items: Conference[] } };
      expect(listed.value.items.map((c) => c.reference)).toEqual(['Avain 1/2027']);
      expect(existsSync(join(dir.path, WEB_KEY_FILE))).toBe(false);
    } finally {
      await stopWebHost(host?.child);
      dir.remove();
    }
  }, 60_000);
});
