import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as electron from 'electron';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openBackend } from '../../../electron/backend/backend';
import { DatabaseTooNewError } from '../../../electron/backend/errors';
import { DatabaseKeyStoreError, loadDatabaseKey } from '../../../electron/main/database-key';
import { runApp } from '../../../electron/main/lifecycle';
import { FakeBrowserWindow, FakeEvent, FakeWebContents, type ElectronStub } from './electron-stub';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());
vi.mock('../../../electron/backend/backend', () => ({ openBackend: vi.fn() }));
vi.mock('../../../electron/main/database-key', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../electron/main/database-key')>()),
  loadDatabaseKey: vi.fn(),
}));

const stub = electron as unknown as ElectronStub;
const open = vi.mocked(openBackend);
const loadKey = vi.mocked(loadDatabaseKey);
const KEY = '5e'.repeat(32);
const backend = { dispatch: vi.fn(async () => ({ ok: true as const, value: 1 })), databaseFile: '/x', backup: null, close: vi.fn() };

/** Lets `app.whenReady().then(start)` run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Calls the registered api handler as ipcMain would: a throw becomes a rejection. */
async function callApi(event: unknown, method: string, input: unknown): Promise<unknown> {
  const handle = stub.ipcMain.handlers.get('api');
  if (!handle) throw new Error('no api handler');
  return handle(event, method, input);
}

async function started(): Promise<FakeBrowserWindow | undefined> {
  runApp();
  await settle();
  return FakeBrowserWindow.instances[0];
}

beforeEach(() => {
  vi.clearAllMocks();
  stub.app.removeAllListeners();
  stub.app.isPackaged = false;
  stub.app.requestSingleInstanceLock.mockReturnValue(true);
  stub.ipcMain.handlers.clear();
  FakeBrowserWindow.instances = [];
  open.mockReturnValue(backend);
  loadKey.mockReturnValue(KEY);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('runApp', () => {
  it('registers the app scheme and the sandbox before ready', () => {
    stub.app.whenReady.mockReturnValueOnce(new Promise(() => undefined));
    runApp();
    expect(stub.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(stub.app.enableSandbox).toHaveBeenCalledTimes(1);
  });

  it('opens the backend in userData and the window on our own page', async () => {
    stub.app.getPath.mockReturnValue('/home/sari/.config/Neuvonpito');
    const win = await started();
    expect(stub.app.getPath).toHaveBeenCalledWith('userData');
    expect(loadKey).toHaveBeenCalledExactlyOnceWith('/home/sari/.config/Neuvonpito', expect.objectContaining({ storage: stub.safeStorage }));
    expect(open).toHaveBeenCalledExactlyOnceWith('/home/sari/.config/Neuvonpito', { key: KEY });
    // The key goes to the backend only: nothing the window is given carries it.
    expect(JSON.stringify(win?.options)).not.toContain(KEY);
    expect(stub.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(win?.loadURL).toHaveBeenCalledExactlyOnceWith('app://neuvonpito/index.html');
    expect((win?.options['webPreferences'] as Record<string, unknown>)['preload']).toMatch(/preload[/\\]index\.js$/);
    expect(stub.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });

  it('opens the window where it was, fitted to the displays, and saves it on close', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'neuvonpito-lifecycle-'));
    try {
      writeFileSync(join(dataDir, 'window-state.json'), JSON.stringify({ x: 1700, y: 100, width: 1200, height: 800 }));
      stub.app.getPath.mockReturnValue(dataDir);
      const win = (await started()) as FakeBrowserWindow;
      expect(win.options).toMatchObject({ x: 720, y: 100, width: 1200, height: 800 });
      win.normalBounds = { x: 60, y: 70, width: 1000, height: 700 };
      win.emit('close');
      expect(JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8'))).toEqual({
        x: 60,
        y: 70,
        width: 1000,
        height: 700,
        maximized: false,
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('denies every permission on the default session', async () => {
    await started();
    const request = stub.session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => void;
    const callback = vi.fn();
    request({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(stub.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
  });

  it('routes calls from the window to the backend, and nothing else', async () => {
    const win = (await started()) as FakeBrowserWindow;
    // At start the main process read the language itself.
    backend.dispatch.mockClear();
    await callApi({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, 'settings.get', {});
    expect(backend.dispatch).toHaveBeenCalledExactlyOnceWith('settings.get', {});
    const other = new FakeWebContents();
    await expect(callApi({ sender: other, senderFrame: other.mainFrame }, 'settings.get', {})).rejects.toThrow(/Refused/);
    expect(backend.dispatch).toHaveBeenCalledTimes(1);
  });

  it('speaks the stored language from the start, and the one the user picks after', async () => {
    const answers = new Map<string, unknown>([['settings.get', { uiLanguage: 'sv' }]]);
    backend.dispatch.mockImplementation((async (method: string, input: { value?: string }) =>
      method === 'settings.update' ? { ok: true, value: { uiLanguage: input.value } } : { ok: true, value: answers.get(method) ?? 1 }) as never);
    const win = (await started()) as FakeBrowserWindow;
    const menuLabels = () => (stub.Menu.setApplicationMenu.mock.lastCall?.[0] as { template: { label: string }[] }).template.map((m) => m.label);
    expect(menuLabels()).toEqual(['Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);

    // The sidebar's language select saves the language: the menu follows at once.
    const fromWindow = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    await callApi(fromWindow, 'settings.update', { section: 'uiLanguage', version: 1, value: 'en' });
    expect(menuLabels()).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    // So does the question asked when the window closes over unsaved changes.
    win.webContents.emit('will-prevent-unload', new FakeEvent());
    expect(stub.dialog.showMessageBoxSync.mock.lastCall?.[1]).toMatchObject({ buttons: ['Keep editing', 'Leave without saving'] });
    backend.dispatch.mockImplementation(async () => ({ ok: true as const, value: 1 }));
  });

  it('hardens every web contents that is created', async () => {
    await started();
    const contents = new FakeWebContents();
    stub.app.emit('web-contents-created', {}, contents as unknown as WebContents);
    const event = new FakeEvent();
    contents.emit('will-navigate', event, 'https://example.com/');
    expect(event.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('loads the dev server in development', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const win = await started();
    expect(win?.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example/');
    stub.app.isPackaged = true;
    Object.defineProperty(process, 'resourcesPath', { value: '/opt/Neuvonpito/resources', configurable: true });
    const win = (await started()) as FakeBrowserWindow;
    expect(win.loadURL).toHaveBeenCalledWith('app://neuvonpito/index.html');
    expect((win.options['webPreferences'] as Record<string, unknown>)['devTools']).toBe(false);
    expect(win.options['icon']).toBe(join('/opt/Neuvonpito/resources', 'resources', 'icon.png'));
    win.webContents.mainFrame.url = 'https://evil.example/';
    backend.dispatch.mockClear();
    const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    await expect(callApi(event, 'settings.get', {})).rejects.toThrow(/Refused/);
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('refuses a database from a newer version in Finnish, quits and opens no window', async () => {
    open.mockImplementation(() => {
      throw new DatabaseTooNewError(7, 1);
    });
    const win = await started();
    expect(win).toBeUndefined();
    expect(stub.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith(
      'Neuvonpito ei käynnisty',
      expect.stringContaining('uudemmalla versiolla'),
    );
    expect(stub.dialog.showErrorBox.mock.calls[0]?.[1]).toContain('Tiedostoa ei muutettu');
    expect(stub.app.quit).toHaveBeenCalledTimes(1);
    expect(stub.ipcMain.handlers.size).toBe(0);
  });

  it('stops before the database when the key cannot be had, in Finnish, opening no window', async () => {
    loadKey.mockImplementation(() => {
      throw new DatabaseKeyStoreError('unreadable', '/home/sari/.config/Neuvonpito/neuvonpito.key.enc');
    });
    const win = await started();
    expect(win).toBeUndefined();
    expect(open).not.toHaveBeenCalled();
    const [title, message] = stub.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('Neuvonpito ei käynnisty');
    expect(message).toMatch(/^Tietokannan avainta ei voitu avata tällä käyttäjätunnuksella/);
    expect(message).toContain('Tiedostoja ei muutettu.');
    expect(stub.app.quit).toHaveBeenCalledTimes(1);
    expect(stub.ipcMain.handlers.size).toBe(0);
  });

  it('refuses Linux\'s keyring-less wrapping only in the packaged app', async () => {
    stub.app.isPackaged = true;
    await started();
    expect(loadKey.mock.calls[0]?.[1]).toMatchObject({ allowWeakKeyring: false });
  });

  it('reports any other startup failure with its message, then quits', async () => {
    open.mockImplementation(() => {
      throw new Error('EMFILE: too many open files');
    });
    await started();
    const [title, message] = stub.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('Neuvonpito ei käynnisty');
    expect(message).toMatch(/^Sovelluksen käynnistäminen epäonnistui/);
    expect(message).toContain('EMFILE: too many open files');
    expect(stub.app.quit).toHaveBeenCalledTimes(1);
  });

  it("never shows SQLite's own text, even from an error it does not recognise", async () => {
    open.mockImplementation(() => {
      throw new Error('SQLITE_CANTOPEN: unable to open database file');
    });
    await started();
    const [, message] = stub.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(message).toMatch(/^Sovelluksen käynnistäminen epäonnistui\. Käynnistä tietokone uudelleen/);
    expect(message).not.toContain('SQLITE');
    expect(stub.app.quit).toHaveBeenCalledTimes(1);
  });

  it('quits at once when another instance runs, starting nothing', async () => {
    stub.app.requestSingleInstanceLock.mockReturnValue(false);
    await started();
    expect(stub.app.quit).toHaveBeenCalledTimes(1);
    expect(stub.app.whenReady).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('brings its window forward when launched again', async () => {
    const win = (await started()) as FakeBrowserWindow;
    win.minimized = true;
    stub.app.emit('second-instance', {}, [], '/');
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
  });

  it('closes the backend on quit, and quits when the window closes', async () => {
    await started();
    stub.app.emit('window-all-closed');
    expect(stub.app.quit).toHaveBeenCalledTimes(1);
    stub.app.emit('will-quit');
    expect(backend.close).toHaveBeenCalledTimes(1);
    stub.app.emit('will-quit');
    expect(backend.close).toHaveBeenCalledTimes(1);
  });
});
