import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as electron from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE } from '../../../electron/backend/db/connection';
import { runApp } from '../../../electron/main/lifecycle';
import { openTestDatabaseFile } from '../../helpers/backend';
import { FakeBrowserWindow, type ElectronStub } from './electron-stub';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());

const stub = electron as unknown as ElectronStub;
let dataDir: string | undefined;

afterEach(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('starting on a database from a newer app (real backend)', () => {
  it('explains in Finnish, quits, and leaves the file byte for byte as it was', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'neuvonpito-newer-db-'));
    const file = join(dataDir, DATABASE_FILE);
    const newer = openTestDatabaseFile(file, { writable: true, key: null });
    newer.exec("CREATE TABLE future (note TEXT); INSERT INTO future VALUES ('tulevaisuudesta')");
    newer.pragma('user_version = 999');
    newer.close();
    const before = readFileSync(file);
    stub.app.getPath.mockReturnValue(dataDir);

    runApp();
    await new Promise((resolve) => setImmediate(resolve));

    expect(stub.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith(
      'Neuvonpito ei käynnisty',
      'Tietokanta on tallennettu Neuvonpidon uudemmalla versiolla. Päivitä sovellus uusimpaan versioon. Tiedostoa ei muutettu.',
    );
    expect(stub.app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
