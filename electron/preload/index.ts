import { contextBridge, ipcRenderer } from 'electron';
import { isMethodName, type MethodName } from '../shared/api/methods';
import type { ApiResult } from '../shared/api/result';

/**
 * What the page sees as `window.neuvonpito`: one function and nothing else, so a
 * compromised page can reach only the API methods, never IPC itself.
 */
export interface NeuvonpitoBridge {
  invoke(method: MethodName, input?: unknown): Promise<ApiResult<unknown>>;
}

/**
 * Sends one API call to the main process. An unknown method never reaches IPC: it
 * resolves with the same `not_found` result the dispatcher (and so the web host) gives.
 */
function invoke(method: unknown, input?: unknown): Promise<ApiResult<unknown>> {
  if (!isMethodName(method)) {
    return Promise.resolve({
      ok: false,
      error: { code: 'not_found', message: `Unknown method: ${typeof method === 'string' ? method : typeof method}` },
    });
  }
  // 'api' is API_CHANNEL of electron/main/ipc.ts; importing it would pull main code in here.
  return ipcRenderer.invoke('api', method, input) as Promise<ApiResult<unknown>>;
}

const bridge: NeuvonpitoBridge = { invoke };

contextBridge.exposeInMainWorld('neuvonpito', bridge);
