import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from '../backend/api/dispatcher';

/** The one IPC channel; the preload sends every API call on it. */
export const API_CHANNEL = 'api';

/** True when `url` has the trusted origin; compared as scheme and host, never as a prefix. */
export function isTrustedUrl(url: string, trustedOrigin: URL): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === trustedOrigin.protocol && parsed.host === trustedOrigin.host;
  } catch {
    return false;
  }
}

/**
 * True when the call comes from the main frame of `win` while it shows our own page.
 * An iframe, another window or a page that navigated elsewhere is not trusted, even
 * though it could reach the same preload.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, win: BrowserWindow | null, trustedOrigin: URL): boolean {
  if (!win || win.isDestroyed()) return false;
  const frame = event.senderFrame;
  return (
    frame !== null &&
    event.sender === win.webContents &&
    frame === win.webContents.mainFrame &&
    isTrustedUrl(frame.url, trustedOrigin)
  );
}

export interface ApiHandlerOptions {
  /** The app window, or null before it exists and after it closes. */
  getWindow: () => BrowserWindow | null;
  dispatch: Dispatch;
  /** The origin our page is served from: app://neuvonpito, or the dev server's. */
  trustedOrigin: URL;
}

/**
 * Routes API calls from the app window to the dispatcher. A call from anywhere else
 * is refused by throwing, so the caller's promise rejects and the dispatcher never
 * sees it; the ApiResult codes stay reserved for answers to legitimate calls.
 */
export function registerApiHandler({ getWindow, dispatch, trustedOrigin }: ApiHandlerOptions): void {
  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event, getWindow(), trustedOrigin)) {
      throw new Error('Refused: API calls are accepted only from the app window.');
    }
    if (typeof method !== 'string') {
      throw new Error('Refused: the API method name must be a string.');
    }
    return dispatch(method, input);
  });
}
