import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as electron from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE } from '../../../electron/backend/db/connection';
import { generateDatabaseKey } from '../../../electron/backend/db/database-key';
import { DATABASE_KEY_FILE } from '../../../electron/main/database-key';
import { runApp } from '../../../electron/main/lifecycle';
import { openTestDatabaseFile } from '../../helpers/backend';
import { useTempDir } from '../../helpers/temp-dir';
import { FAKE_WRAP_PREFIX, FakeBrowserWindow, type ElectronStub } from './electron-stub';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());

/*
 * The desktop app's start on a real data folder and the real (encrypted) backend: the key is
 * made, kept wrapped by the OS and found again; without it the app says so and stops,
 * leaving every file as it was.
 */

const stub = electron as unknown as ElectronStub;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

beforeEach(() => {
  vi.clearAllMocks();
  stub.app.isPackaged = false;
  stub.safeStorage.isEncryptionAvailable.mockReturnValue(true);
  stub.safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
});

/** Starts the app on `dataDir` as a user would; returns its window, if it opened one. */
async function start(dataDir: string): Promise<FakeBrowserWindow | undefined> {
  stub.app.removeAllListeners();
  stub.ipcMain.handlers.clear();
  FakeBrowserWindow.instances = [];
  stub.app.getPath.mockReturnValue(dataDir);
  runApp();
  await new Promise((resolve) => setImmediate(resolve));
  return FakeBrowserWindow.instances[0];
}

/** Quits as the app does: the backend closes its database. */
function quit(): void {
  stub.app.emit('will-quit');
}

/** Every file in `dir` and its folders (the backups) with its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(join(dir, name)).isFile())
      .sort()
      .map((name) => [name, readFileSync(join(dir, name)).toString('hex')]),
  );
}

function expectRefused(messageStart: RegExp): void {
  expect(FakeBrowserWindow.instances).toHaveLength(0);
  expect(stub.dialog.showErrorBox).toHaveBeenCalledTimes(1);
  const [title, message] = stub.dialog.showErrorBox.mock.calls[0] as [string, string];
  expect(title).toBe('Neuvonpito ei käynnisty');
  expect(message).toMatch(messageStart);
  expect(stub.app.quit).toHaveBeenCalled();
}

/** The key the stand-in OS wrapping holds in the key file. */
function keyInFile(dataDir: string): string {
  return stub.safeStorage.decryptString(readFileSync(join(dataDir, DATABASE_KEY_FILE)));
}

describe('starting the desktop app', () => {
  it('on the first start makes a key, keeps it wrapped, and opens an encrypted database', async () => {
    const dataDir = useTempDir('neuvonpito-start-first-');

    const win = await start(dataDir);
    quit();

    expect(win).toBeDefined();
    expect(stub.dialog.showErrorBox).not.toHaveBeenCalled();
    const wrapped = readFileSync(join(dataDir, DATABASE_KEY_FILE));
    expect(wrapped.toString('latin1').startsWith(FAKE_WRAP_PREFIX)).toBe(true);
    const key = keyInFile(dataDir);
    expect(wrapped.includes(Buffer.from(key))).toBe(false);
    const database = readFileSync(join(dataDir, DATABASE_FILE));
    expect(database.subarray(0, 16).equals(SQLITE_MAGIC)).toBe(false);
    // Nothing the window is given carries the key.
    expect(JSON.stringify(win?.options)).not.toContain(key);
  });

  it('on the next start opens the same database with the same key', async () => {
    const dataDir = useTempDir('neuvonpito-start-again-');
    expect(await start(dataDir)).toBeDefined();
    quit();
    const keyFileBefore = readFileSync(join(dataDir, DATABASE_KEY_FILE));

    const win = await start(dataDir);
    quit();

    expect(win).toBeDefined();
    expect(stub.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(readFileSync(join(dataDir, DATABASE_KEY_FILE)).equals(keyFileBefore)).toBe(true);
  });

  it('with a key file this user cannot unwrap, says so in Finnish, quits and changes no file', async () => {
    const dataDir = useTempDir('neuvonpito-start-foreign-');
    expect(await start(dataDir)).toBeDefined();
    quit();
    writeFileSync(join(dataDir, DATABASE_KEY_FILE), Buffer.from('DPAPI-toisen-käyttäjän-avain'));
    const before = snapshot(dataDir);
    vi.clearAllMocks();

    await start(dataDir);

    expectRefused(/^Tietokannan avainta ei voitu avata tällä käyttäjätunnuksella/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('without OS encryption, says so and writes nothing', async () => {
    const dataDir = useTempDir('neuvonpito-start-noos-');
    stub.safeStorage.isEncryptionAvailable.mockReturnValue(false);

    await start(dataDir);

    expectRefused(/^Tietokannan avainta ei voitu avata, koska käyttöjärjestelmän salaus ei ole käytettävissä/);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('with an encrypted database and no key file, says the key file is missing and makes no new one', async () => {
    const dataDir = useTempDir('neuvonpito-start-lost-');
    expect(await start(dataDir)).toBeDefined();
    quit();
    rmSync(join(dataDir, DATABASE_KEY_FILE));
    const before = snapshot(dataDir);
    vi.clearAllMocks();

    await start(dataDir);

    expectRefused(/^Tietokanta on salattu, mutta sen avaintiedosto puuttuu/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('with a key that does not open the database, refuses and changes no file', async () => {
    const dataDir = useTempDir('neuvonpito-start-wrongkey-');
    expect(await start(dataDir)).toBeDefined();
    quit();
    writeFileSync(join(dataDir, DATABASE_KEY_FILE), stub.safeStorage.encryptString(generateDatabaseKey()));
    const before = snapshot(dataDir);
    vi.clearAllMocks();

    await start(dataDir);

    expectRefused(/^Tietokantaa ei voitu avata: salausavain on väärä/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('with a plain database from the earlier version, makes its key and opens it encrypted', async () => {
    const dataDir = useTempDir('neuvonpito-start-plain-');
    const plain = openTestDatabaseFile(join(dataDir, DATABASE_FILE), { writable: true, key: null });
    plain.exec("CREATE TABLE kanari (nimi TEXT); INSERT INTO kanari VALUES ('Kanarialintu Äijälä')");
    plain.close();

    const win = await start(dataDir);
    quit();

    expect(win).toBeDefined();
    expect(stub.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(readFileSync(join(dataDir, DATABASE_KEY_FILE)).toString('latin1').startsWith(FAKE_WRAP_PREFIX)).toBe(true);
    const database = readFileSync(join(dataDir, DATABASE_FILE));
    expect(database.subarray(0, 16).equals(SQLITE_MAGIC)).toBe(false);
    expect(database.includes(Buffer.from('Kanarialintu Äijälä'))).toBe(false);
  });

  it.runIf(process.platform === 'linux')('on Linux without a keyring, the packaged app refuses and writes nothing', async () => {
    const dataDir = useTempDir('neuvonpito-start-basic-');
    stub.app.isPackaged = true;
    stub.safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');

    await start(dataDir);

    expectRefused(/^Tietokannan avaimen suojaamiseen tarvitaan järjestelmän avainnippu/);
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
