import { BrowserWindow, dialog, type Session, type WebContents } from 'electron';
import type { UiLanguage } from '../shared/i18n/locales';
import { unsavedCloseQuestion } from './shell-language';
import { MIN_WINDOW_SIZE, type WindowState } from './window-state';

export interface MainWindowOptions {
  /** Absolute path of the built preload script. */
  preload: string;
  /** Where and how big to open, already fitted to the displays. */
  state: WindowState;
  /** Developer tools only in development: a packaged app has no use for them. */
  devTools: boolean;
  /** Window icon; Linux shows it in the task switcher, other platforms use the executable's. */
  icon?: string;
}

/**
 * Creates the one application window, hidden until its first paint. Every security
 * preference is written out, even where it is Electron's default, so a reader (and
 * Electronegativity) can see them and a changed default cannot weaken them.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { state } = options;
  const win = new BrowserWindow({
    title: 'Neuvonpito',
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: '#f5f4f0',
    icon: options.icon,
    webPreferences: {
      // Electronegativity flags every preload for manual review; ours exposes one checked
      // `invoke` and nothing else (reviewed, and pinned by tests/unit/electron/preload.test.ts).
      preload: options.preload, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would open links in new windows, which the app never wants.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      devTools: options.devTools,
    },
  });
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  return win;
}

/**
 * Locks down any web contents: the app is one page that routes in-document, so every
 * navigation away, every new window and every <webview> is refused.
 */
export function hardenWebContents(contents: WebContents): void {
  // Same-document navigations (history API, #fragments) never raise this event.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Refuses every permission (camera, notifications, clipboard-read, …) the page might ask for. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * A page with unsaved changes cancels its unload; Electron would then silently refuse to
 * close. Ask the user instead, with the same words the page uses, in the app's language.
 */
export function confirmUnsavedClose(win: BrowserWindow, language: () => UiLanguage): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, unsavedCloseQuestion(language()));
    if (choice === 1) event.preventDefault();
  });
}
