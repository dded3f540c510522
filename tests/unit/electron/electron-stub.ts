import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module, which cannot load outside Electron. It keeps
 * only what electron/main and electron/preload touch, and records what they do so the
 * tests can assert it. Use: `vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub())`.
 */

export class FakeFrame {
  constructor(public url: string) {}
}

/** An event whose default can be prevented, like Electron's. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeWebContents extends EventEmitter {
  mainFrame = new FakeFrame('app://neuvonpito/index.html');
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  maximized = false;
  visible = false;
  focused = false;
  normalBounds = { x: 10, y: 20, width: 1000, height: 700 };
  loadURL = vi.fn(async (_url: string) => undefined);

  constructor(public options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return this.normalBounds;
  }
}

/** What the stand-in `safeStorage` puts before its wrapping, so a test can tell wrapped from plain. */
export const FAKE_WRAP_PREFIX = 'fake-os-wrap:';

/**
 * A reversible stand-in for the OS wrapping: the prefix and the text in base64, so the plain
 * text never appears in what is written. Like Electron's, it throws on what it did not wrap.
 */
function createSafeStorage() {
  return {
    isEncryptionAvailable: vi.fn(() => true),
    getSelectedStorageBackend: vi.fn((): string => 'gnome_libsecret'),
    encryptString: vi.fn((plainText: string) => Buffer.from(FAKE_WRAP_PREFIX + Buffer.from(plainText).toString('base64'))),
    decryptString: vi.fn((encrypted: Buffer) => {
      const text = encrypted.toString('latin1');
      if (!text.startsWith(FAKE_WRAP_PREFIX)) {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      }
      return Buffer.from(text.slice(FAKE_WRAP_PREFIX.length), 'base64').toString();
    }),
  };
}

const display = (id: number, x: number, y: number, width: number, height: number) => ({
  id,
  workArea: { x, y, width, height },
});

/** A fresh stand-in; each test file (or each `vi.resetModules()`) gets its own. */
export function createElectronStub() {
  FakeBrowserWindow.instances = [];
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn((_name: string) => '/nonexistent/userData'),
  });
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handlers: ipcHandlers,
      handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => {
        ipcHandlers.set(channel, handler);
      }),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    screen: {
      getPrimaryDisplay: vi.fn(() => display(1, 0, 0, 1920, 1040)),
      getAllDisplays: vi.fn(() => [display(1, 0, 0, 1920, 1040)]),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template, popup: vi.fn() })),
      setApplicationMenu: vi.fn(),
    },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBoxSync: vi.fn((..._args: unknown[]) => 0),
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    },
    safeStorage: createSafeStorage(),
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'from main' })) },
  };
}

export type ElectronStub = ReturnType<typeof createElectronStub>;
