import { join } from 'node:path';
import { app, safeStorage, screen, session, type BrowserWindow, type Rectangle } from 'electron';
import type { Backend } from '../backend/backend';
import type { UiLanguage } from '../shared/i18n/locales';
import { openOrOfferRestore } from '../backend/startup-restore';
import { APP_ENTRY_URL, handleAppProtocol, registerAppScheme } from './app-protocol';
import { loadDatabaseKey } from './database-key';
import { createDocumentSaver, savingDocuments } from './document-save';
import { registerApiHandler } from './ipc';
import { installEditContextMenu, installMenu } from './menu';
import { followingUiLanguage, storedUiLanguage } from './shell-language';
import { claimSingleInstance } from './single-instance';
import { askToRestore, showStartupError } from './startup-error';
import { confirmUnsavedClose, createMainWindow, denyAllPermissions, hardenWebContents } from './window';
import {
  DEFAULT_WINDOW_STATE,
  WINDOW_STATE_FILE,
  fitToDisplays,
  readWindowState,
  trackWindowState,
} from './window-state';

/**
 * The page to load: electron-vite's dev server in development, our own files
 * otherwise. A packaged app ignores the variable, or anyone who could set it could
 * point the window (and its API access) at another site.
 */
export function rendererUrl(): string {
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  return !app.isPackaged && devUrl ? devUrl : APP_ENTRY_URL;
}

/** Work areas of the connected displays, the primary display's first. */
function displayWorkAreas(): Rectangle[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

/** Runtime assets from resources/: packed beside app.asar, or in the repository in development. */
function resourcePath(name: string): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources', name) : join(__dirname, '../../resources', name);
}

/**
 * Runs the desktop app: one instance, one window, one backend on the database in the
 * user's data folder. The built bundle lives in out/main, beside out/preload and
 * out/renderer, which is what the relative paths below rely on.
 */
export function runApp(): void {
  registerAppScheme();
  app.enableSandbox();

  let win: BrowserWindow | null = null;
  let backend: Backend | null = null;
  if (!claimSingleInstance(() => win)) return;

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    backend?.close();
    backend = null;
  });

  const start = async (): Promise<void> => {
    const dataDir = app.getPath('userData');
    // The key first: on a first start it is made and stored, wrapped by the OS, before the
    // database exists. It stays in this process; the window never sees it.
    const key = loadDatabaseKey(dataDir, { storage: safeStorage, allowWeakKeyring: !app.isPackaged });
    // Throws DatabaseTooNewError before writing anything to a database from a newer app. A
    // damaged or missing database is offered its newest backup; null: the user chose to quit.
    const opened = openOrOfferRestore(dataDir, { key, ask: askToRestore });
    if (opened === null) {
      app.quit();
      return;
    }
    backend = opened;

    denyAllPermissions(session.defaultSession);
    handleAppProtocol(join(__dirname, '../renderer'));
    const url = rendererUrl();
    const devTools = !app.isPackaged;
    // The shell speaks the language chosen in the app: the stored one at start, then each
    // one the app reads or saves (the menu is rebuilt; dialogs take it when they open).
    let language: UiLanguage = await storedUiLanguage(opened.dispatch);
    const followLanguage = (next: UiLanguage): void => {
      if (next === language) return;
      language = next;
      installMenu({ devTools, language });
    };
    const saving = savingDocuments(opened.dispatch, createDocumentSaver(() => win, () => language));
    const dispatch = followingUiLanguage(saving, followLanguage);
    registerApiHandler({ getWindow: () => win, dispatch, trustedOrigin: new URL(url) });
    installMenu({ devTools, language });

    const stateFile = join(dataDir, WINDOW_STATE_FILE);
    const state = fitToDisplays(readWindowState(stateFile) ?? DEFAULT_WINDOW_STATE, displayWorkAreas());
    const created = createMainWindow({
      preload: join(__dirname, '../preload/index.js'),
      state,
      devTools,
      icon: resourcePath('icon.png'),
    });
    win = created;
    trackWindowState(created, stateFile);
    confirmUnsavedClose(created, () => language);
    installEditContextMenu(created.webContents, () => language);
    created.on('closed', () => {
      win = null;
    });
    created.loadURL(url).catch((error: unknown) => console.error('[main] could not load the app page', error));
  };

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      showStartupError(error);
      app.quit();
    });
}
