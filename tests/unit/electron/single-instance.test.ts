import * as electron from 'electron';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from '../../../electron/main/single-instance';
import { FakeBrowserWindow, type ElectronStub } from './electron-stub';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());

const stub = electron as unknown as ElectronStub;

beforeEach(() => {
  stub.app.removeAllListeners();
  stub.app.quit.mockClear();
  stub.app.requestSingleInstanceLock.mockReturnValue(true);
});

describe('claimSingleInstance', () => {
  it('quits a second instance that does not get the lock', () => {
    stub.app.requestSingleInstanceLock.mockReturnValue(false);
    expect(claimSingleInstance(() => null)).toBe(false);
    expect(stub.app.quit).toHaveBeenCalledTimes(1);
    expect(stub.app.listenerCount('second-instance')).toBe(0);
  });

  it('keeps the first instance running', () => {
    expect(claimSingleInstance(() => null)).toBe(true);
    expect(stub.app.quit).not.toHaveBeenCalled();
  });

  it('brings the first window back when a second launch is attempted', () => {
    const win = new FakeBrowserWindow({});
    win.minimized = true;
    claimSingleInstance(() => win as unknown as BrowserWindow);
    stub.app.emit('second-instance', {}, ['neuvonpito'], '/home');
    expect(win.minimized).toBe(false);
    expect(win.visible).toBe(true);
    expect(win.focused).toBe(true);
  });

  it('ignores a second launch while there is no window', () => {
    claimSingleInstance(() => null);
    expect(() => stub.app.emit('second-instance', {}, [], '/')).not.toThrow();
    const destroyed = new FakeBrowserWindow({});
    destroyed.destroyed = true;
    stub.app.removeAllListeners();
    claimSingleInstance(() => destroyed as unknown as BrowserWindow);
    stub.app.emit('second-instance', {}, [], '/');
    expect(destroyed.focused).toBe(false);
  });
});
