import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as electron from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE } from '../../../electron/backend/db/connection';
import { backupTimeText } from '../../../electron/backend/startup-restore';
import { DATABASE_KEY_FILE } from '../../../electron/main/database-key';
import { API_CHANNEL } from '../../../electron/main/ipc';
import { runApp } from '../../../electron/main/lifecycle';
import { makeConferenceInput } from '../../fixtures/conference';
import { call, openTestBackend, TEST_DATABASE_KEY } from '../../helpers/backend';
import { folderHashes } from '../../helpers/encryption';
import { useTempDir } from '../../helpers/temp-dir';
import { FakeBrowserWindow, type ElectronStub } from './electron-stub';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());

/*
 * The desktop app started on a damaged database (real backend, real files): it says what it
 * found and offers "Palauta uusin varmuuskopio (<date>)" or "Lopeta". Restoring starts the app on
 * the backup's data; quitting changes no file.
 */

const stub = electron as unknown as ElectronStub;
const DAY1 = new Date('2027-01-10T08:00:00Z');
const DAY2 = new Date('2027-01-11T08:00:00Z');

beforeEach(() => {
  vi.clearAllMocks();
  stub.app.isPackaged = false;
  stub.safeStorage.isEncryptionAvailable.mockReturnValue(true);
  stub.safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
});

async function start(dataDir: string): Promise<FakeBrowserWindow | undefined> {
  stub.app.removeAllListeners();
  stub.ipcMain.handlers.clear();
  FakeBrowserWindow.instances = [];
  stub.app.getPath.mockReturnValue(dataDir);
  runApp();
  await new Promise((resolve) => setImmediate(resolve));
  return FakeBrowserWindow.instances[0];
}

/**
 * A desktop data folder (the test key, wrapped by the stand-in OS) whose newest backup holds
 * "Ennen 1/2027", and "Jälkeen 2/2027" made after it; then `damage` is done to it.
 */
async function damagedDataDir(damage: (file: string) => void): Promise<string> {
  const dir = useTempDir('neuvonpito-desktop-restore-');
  writeFileSync(join(dir, DATABASE_KEY_FILE), stub.safeStorage.encryptString(TEST_DATABASE_KEY));
  const first = openTestBackend(dir, { now: () => DAY1 });
  await call(first.dispatch, 'conference.create', makeConferenceInput({ reference: 'Ennen 1/2027' }));
  first.close();
  const second = openTestBackend(dir, { now: () => DAY2 });
  await call(second.dispatch, 'conference.create', makeConferenceInput({ reference: 'Jälkeen 2/2027' }));
  second.close();
  damage(join(dir, DATABASE_FILE));
  return dir;
}

const zeroSecondPage = (file: string) => {
  const bytes = readFileSync(file);
  bytes.fill(0, 4096, 8192);
  writeFileSync(file, bytes);
};

/** The conferences the started app lists, through its own API handler. */
async function listedReferences(): Promise<string[]> {
  const handler = stub.ipcMain.handlers.get(API_CHANNEL);
  const contents = FakeBrowserWindow.instances[0]!.webContents;
  const event = { sender: contents, senderFrame: contents.mainFrame };
  const result = (await handler!(event, 'conference.list', { phase: 'all' })) as { ok: boolean; value: { items: { reference: string }[] } };
  return result.value.items.map((c) => c.reference);
}

describe('starting on a damaged database', () => {
  it('offers the newest backup by its date, and restoring it starts the app on its data', async () => {
    const dir = await damagedDataDir(zeroSecondPage);
    const damaged = readFileSync(join(dir, DATABASE_FILE));
    stub.dialog.showMessageBoxSync.mockReturnValueOnce(0);

    const win = await start(dir);

    expect(stub.dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    const [options] = stub.dialog.showMessageBoxSync.mock.calls[0] as [Record<string, unknown>];
    expect(options).toMatchObject({
      title: 'Neuvonpito ei käynnisty',
      buttons: ['Palauta uusin varmuuskopio (11.1.2027 klo 10.00)', 'Lopeta'],
      defaultId: 0,
      cancelId: 1,
    });
    expect(options.message).toMatch(/^Tietokantatiedosto on vahingoittunut/);
    expect(options.detail).toContain('backups/damaged-');
    expect(stub.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(win).toBeDefined();
    expect(await listedReferences()).toEqual(['Ennen 1/2027']);
    const aside = readdirSync(join(dir, 'backups')).filter((name) => name.startsWith('damaged-'));
    expect(readFileSync(join(dir, 'backups', aside[0]!, DATABASE_FILE)).equals(damaged)).toBe(true);
    stub.app.emit('will-quit');
  });

  it('"Lopeta" quits without a window and changes no file', async () => {
    const dir = await damagedDataDir((file) => rmSync(file));
    const before = folderHashes(dir);
    stub.dialog.showMessageBoxSync.mockReturnValueOnce(1);

    const win = await start(dir);

    const [options] = stub.dialog.showMessageBoxSync.mock.calls[0] as [Record<string, unknown>];
    expect(options.message).toMatch(/^Tietokantatiedosto puuttuu/);
    expect(win).toBeUndefined();
    expect(stub.app.quit).toHaveBeenCalled();
    expect(stub.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(folderHashes(dir)).toEqual(before);
  });

  it('with no backup to offer, explains the damage and quits, changing no file', async () => {
    const dir = await damagedDataDir(zeroSecondPage);
    rmSync(join(dir, 'backups'), { recursive: true });
    const before = folderHashes(dir);

    const win = await start(dir);

    expect(win).toBeUndefined();
    expect(stub.dialog.showMessageBoxSync).not.toHaveBeenCalled();
    const [, message] = stub.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(message).toMatch(/^Tietokantatiedosto on vahingoittunut/);
    expect(message).toContain('Varmuuskopioita ei ole. Älä poista tiedostoja, vaan ota yhteyttä IT-tukeen.');
    expect(stub.app.quit).toHaveBeenCalled();
    expect(folderHashes(dir)).toEqual(before);
    expect(statSync(join(dir, DATABASE_FILE)).size).toBeGreaterThan(0);
  });
});

describe('backupTimeText', () => {
  it('gives the time in Helsinki as a Finnish reader writes it', () => {
    expect(backupTimeText(new Date('2027-01-11T08:05:00Z'))).toBe('11.1.2027 klo 10.05');
    expect(backupTimeText(new Date('2027-07-01T21:30:00Z'))).toBe('2.7.2027 klo 0.30');
  });
});
