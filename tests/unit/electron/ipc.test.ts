import * as electron from 'electron';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../electron/backend/api/dispatcher';
import { API_CHANNEL, isTrustedUrl, registerApiHandler } from '../../../electron/main/ipc';
import { FakeBrowserWindow, FakeFrame, FakeWebContents, type ElectronStub } from './electron-stub';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());

const stub = electron as unknown as ElectronStub;
const APP_ORIGIN = new URL('app://neuvonpito/index.html');

let win: FakeBrowserWindow | null;
let dispatch: ReturnType<typeof vi.fn<Dispatch>>;

function handler(): (event: unknown, method: unknown, input: unknown) => Promise<unknown> {
  const registered = stub.ipcMain.handlers.get(API_CHANNEL);
  if (!registered) throw new Error('no handler on the api channel');
  return async (event, method, input) => registered(event, method, input);
}

beforeEach(() => {
  stub.ipcMain.handlers.clear();
  win = new FakeBrowserWindow({});
  dispatch = vi.fn<Dispatch>(async (method) => ({ ok: true, value: `answer to ${method}` }));
  registerApiHandler({
    getWindow: () => win as unknown as BrowserWindow,
    dispatch,
    trustedOrigin: APP_ORIGIN,
  });
});

function fromMainFrame() {
  const contents = (win as FakeBrowserWindow).webContents;
  return { sender: contents, senderFrame: contents.mainFrame };
}

describe('the api channel', () => {
  it('passes a call from the main frame of our window to the dispatcher', async () => {
    const input = { title: 'Neuvonpito Virtasen perheelle' };
    await expect(handler()(fromMainFrame(), 'conference.create', input)).resolves.toEqual({
      ok: true,
      value: 'answer to conference.create',
    });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('conference.create', input);
  });

  it('refuses a call from a subframe of our window', async () => {
    const contents = (win as FakeBrowserWindow).webContents;
    const event = { sender: contents, senderFrame: new FakeFrame('app://neuvonpito/index.html') };
    await expect(handler()(event, 'conference.list', {})).rejects.toThrow(/Refused/);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a call from another web contents, even naming our frame', async () => {
    const foreign = new FakeWebContents();
    const event = { sender: foreign, senderFrame: (win as FakeBrowserWindow).webContents.mainFrame };
    await expect(handler()(event, 'conference.list', {})).rejects.toThrow(/Refused/);
    const own = { sender: foreign, senderFrame: foreign.mainFrame };
    await expect(handler()(own, 'conference.list', {})).rejects.toThrow(/Refused/);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each(['https://evil.example/index.html', 'app://neuvonpito.evil.example/index.html', 'file:///index.html', 'about:blank'])(
    'refuses a call from our main frame once it shows %s',
    async (url) => {
      const event = fromMainFrame();
      event.senderFrame.url = url;
      await expect(handler()(event, 'conference.list', {})).rejects.toThrow(/Refused/);
      expect(dispatch).not.toHaveBeenCalled();
    },
  );

  it('refuses a call whose frame is gone', async () => {
    const event = { sender: (win as FakeBrowserWindow).webContents, senderFrame: null };
    await expect(handler()(event, 'conference.list', {})).rejects.toThrow(/Refused/);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses calls when the window is closed or destroyed', async () => {
    const event = fromMainFrame();
    (win as FakeBrowserWindow).destroyed = true;
    await expect(handler()(event, 'conference.list', {})).rejects.toThrow(/Refused/);
    win = null;
    await expect(handler()(event, 'conference.list', {})).rejects.toThrow(/Refused/);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a method name that is not a string', async () => {
    await expect(handler()(fromMainFrame(), { toString: () => 'conference.list' }, {})).rejects.toThrow(/Refused/);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('leaves unknown method names to the dispatcher, which answers not_found', async () => {
    await handler()(fromMainFrame(), 'no.such', {});
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('no.such', {});
  });
});

describe('isTrustedUrl', () => {
  it('trusts our origin, any path', () => {
    expect(isTrustedUrl('app://neuvonpito/index.html#/conferences', APP_ORIGIN)).toBe(true);
    expect(isTrustedUrl('app://neuvonpito/', APP_ORIGIN)).toBe(true);
  });

  it('compares scheme and host exactly, not as a prefix', () => {
    expect(isTrustedUrl('app://neuvonpito.evil/index.html', APP_ORIGIN)).toBe(false);
    expect(isTrustedUrl('app://neuvonpito:8080/index.html', APP_ORIGIN)).toBe(false);
    expect(isTrustedUrl('apps://neuvonpito/index.html', APP_ORIGIN)).toBe(false);
    expect(isTrustedUrl('not a url', APP_ORIGIN)).toBe(false);
  });

  it('trusts the dev server only on its own port', () => {
    const dev = new URL('http://localhost:5173/');
    expect(isTrustedUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/index.html', dev)).toBe(false);
  });
});
