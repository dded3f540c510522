import * as electron from 'electron';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CHANNEL } from '../../../electron/main/ipc';
import { METHOD_NAMES } from '../../../electron/shared/api/methods';
import type { ElectronStub } from './electron-stub';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());

const stub = electron as unknown as ElectronStub;
type Invoke = (method: unknown, input?: unknown) => Promise<unknown>;
let exposed: Record<string, unknown>;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  expect(stub.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = stub.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
  expect(key).toBe('neuvonpito');
  exposed = api;
});

beforeEach(() => {
  stub.ipcRenderer.invoke.mockClear();
});

const invoke = (): Invoke => exposed['invoke'] as Invoke;

describe('the preload bridge', () => {
  it('exposes exactly one function, invoke', () => {
    expect(Object.keys(exposed)).toEqual(['invoke']);
    expect(typeof exposed['invoke']).toBe('function');
  });

  it('passes a known method and its input to the api channel', async () => {
    const input = { id: 'c-1' };
    await expect(invoke()('conference.get', input)).resolves.toEqual({ ok: true, value: 'from main' });
    expect(stub.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(API_CHANNEL, 'conference.get', input);
  });

  it('passes every method of the API', async () => {
    for (const method of METHOD_NAMES) await invoke()(method, {});
    expect(stub.ipcRenderer.invoke.mock.calls.map((call) => call[1])).toEqual([...METHOD_NAMES]);
  });

  it.each(['no.such', 'toString', '__proto__', 'constructor', '', 'conference.create '])(
    'refuses the unknown method %j without touching IPC',
    async (method) => {
      await expect(invoke()(method, {})).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(stub.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it.each([undefined, null, 42, { name: 'conference.list' }, ['conference.list']])(
    'refuses a method name that is not a string (%j)',
    async (method) => {
      await expect(invoke()(method, {})).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(stub.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('hands the page nothing from ipcRenderer', () => {
    const values = Object.values(exposed);
    expect(values).not.toContain(stub.ipcRenderer);
    expect(values).not.toContain(stub.ipcRenderer.invoke);
  });
});
