import * as electron from 'electron';
import type { BrowserWindow, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { confirmUnsavedClose, createMainWindow, denyAllPermissions, hardenWebContents } from '../../../electron/main/window';
import type { UiLanguage } from '../../../electron/shared/i18n/locales';
import { FakeBrowserWindow, FakeEvent, FakeWebContents, type ElectronStub } from './electron-stub';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());

const state = { x: 40, y: 50, width: 1100, height: 750, maximized: false };

function create(overrides: Partial<Parameters<typeof createMainWindow>[0]> = {}): FakeBrowserWindow {
  return createMainWindow({ preload: '/app/out/preload/index.js', state, devTools: false, ...overrides }) as unknown as FakeBrowserWindow;
}

describe('createMainWindow', () => {
  it('writes out every security preference', () => {
    const win = create();
    expect(win.options['webPreferences']).toEqual({
      preload: '/app/out/preload/index.js',
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
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      devTools: false,
    });
  });

  it('opens hidden at the given bounds, with a minimum size', () => {
    const win = create();
    expect(win.options).toMatchObject({ show: false, x: 40, y: 50, width: 1100, height: 750, minWidth: 800, minHeight: 600 });
  });

  it('offers developer tools only when asked', () => {
    const win = create({ devTools: true });
    expect((win.options['webPreferences'] as Record<string, unknown>)['devTools']).toBe(true);
  });

  it('shows the window on ready-to-show, not before', () => {
    const win = create();
    expect(win.visible).toBe(false);
    win.emit('ready-to-show');
    expect(win.visible).toBe(true);
    expect(win.maximized).toBe(false);
  });

  it('restores the maximised state when showing', () => {
    const win = create({ state: { ...state, maximized: true } });
    win.emit('ready-to-show');
    expect(win.maximized).toBe(true);
    expect(win.visible).toBe(true);
  });
});

describe('hardenWebContents', () => {
  function hardened(): FakeWebContents {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    return contents;
  }

  it.each(['https://example.com/', 'app://neuvonpito/other.html', 'file:///etc/passwd'])(
    'prevents navigating to %s',
    (url) => {
      const contents = hardened();
      const event = new FakeEvent();
      contents.emit('will-navigate', event, url);
      expect(event.defaultPrevented).toBe(true);
    },
  );

  it.each(['https://example.com/', 'app://neuvonpito/index.html', 'mailto:a@example.com'])(
    'denies opening a window for %s',
    (url) => {
      const contents = hardened();
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    },
  );

  it('prevents attaching a webview', () => {
    const contents = hardened();
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  function install() {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(session as unknown as Session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    return { request, check };
  }

  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'refuses a request for %s',
    (permission) => {
      const { request } = install();
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it.each(['media', 'notifications', 'clipboard-sanitized-write'])('answers no to a check for %s', (permission) => {
    const { check } = install();
    expect(check({}, permission, 'app://neuvonpito', {})).toBe(false);
  });
});

describe('confirmUnsavedClose', () => {
  const stub = electron as unknown as ElectronStub;

  function closeWithUnsavedChanges(choice: number, language: UiLanguage = 'fi'): { event: FakeEvent; question: Record<string, unknown> } {
    const win = create();
    confirmUnsavedClose(win as unknown as BrowserWindow, () => language);
    stub.dialog.showMessageBoxSync.mockReturnValueOnce(choice);
    const event = new FakeEvent();
    win.webContents.emit('will-prevent-unload', event);
    const question = stub.dialog.showMessageBoxSync.mock.lastCall?.[1] as Record<string, unknown>;
    return { event, question };
  }

  it('asks in Finnish, with "keep editing" as the safe default', () => {
    const { question } = closeWithUnsavedChanges(0);
    expect(question).toMatchObject({
      message: 'Tallentamattomia muutoksia',
      buttons: ['Jatka muokkausta', 'Poistu tallentamatta'],
      defaultId: 0,
      cancelId: 0,
    });
  });

  it('asks in Swedish or English when that is the language chosen in the app', () => {
    expect(closeWithUnsavedChanges(0, 'sv').question).toMatchObject({
      title: 'Osparade ändringar',
      message: 'Osparade ändringar',
      detail: 'Formuläret har ändringar som inte har sparats. Om du lämnar sidan går de förlorade.',
      buttons: ['Fortsätt redigera', 'Lämna utan att spara'],
      defaultId: 0,
    });
    expect(closeWithUnsavedChanges(0, 'en').question).toMatchObject({
      message: 'Unsaved changes',
      buttons: ['Keep editing', 'Leave without saving'],
    });
  });

  it('keeps the window open when the user keeps editing', () => {
    expect(closeWithUnsavedChanges(0).event.defaultPrevented).toBe(false);
  });

  it('lets the window close when the user chooses to leave', () => {
    expect(closeWithUnsavedChanges(1).event.defaultPrevented).toBe(true);
  });
});
