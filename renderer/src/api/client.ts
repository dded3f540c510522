import type { MethodInput, MethodOutput } from '../../../electron/shared/api/contract';
import type { DocumentMethodName, MethodName } from '../../../electron/shared/api/methods';
import type { ApiError, ApiResult } from '../../../electron/shared/api/result';
import type { ExportOutcome, WireDocument } from '../../../electron/shared/documents/documents.schema';

/** Methods that answer with data; document methods go through `exportDocument`. */
export type DataMethodName = Exclude<MethodName, DocumentMethodName>;

const TOKEN_KEY = 'neuvonpito.token';
const TOKEN_HEADER = 'x-neuvonpito-token';

/** The web host passes its token in the URL once; keep it for this tab and hide it. */
function takeTokenFromUrl(): string | null {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return token;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const NETWORK_ERROR: ApiError = { code: 'internal', message: 'network' };

async function overHttp(method: string, input: unknown, token: string | null): Promise<ApiResult<unknown>> {
  try {
    const response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { [TOKEN_HEADER]: token } : {}) },
      body: JSON.stringify(input),
    });
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
}

/** True when a failure came from losing the connection rather than from the backend. */
export function isNetworkError(error: ApiError): boolean {
  return error === NETWORK_ERROR || (error.code === 'internal' && error.message === 'network');
}

/** Chromium silently drops automatic downloads that come faster than about ten a second. */
const DOWNLOAD_SPACING_MS = 200;
let lastDownloadAt = 0;

/** Hands a file from the web host to the browser as a download. */
async function download(file: WireDocument): Promise<void> {
  const wait = lastDownloadAt + DOWNLOAD_SPACING_MS - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  lastDownloadAt = Date.now();
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob asynchronously after the click: revoking at once can lose the file.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function createClient() {
  const token = window.neuvonpito ? null : takeTokenFromUrl();
  return {
    /** Calls an API method over the Electron bridge, or over HTTP in the web host. */
    async call<M extends DataMethodName>(method: M, input: MethodInput<M>): Promise<ApiResult<MethodOutput<M>>> {
      const result = window.neuvonpito
        ? await window.neuvonpito.invoke(method, input).catch(() => ({ ok: false as const, error: NETWORK_ERROR }))
        : await overHttp(method, input, token);
      return result as ApiResult<MethodOutput<M>>;
    },
    /**
     * Builds a file and delivers it: the desktop app saves it where the user chooses
     * (files of one `batch` into one folder); in the web host it arrives as a download.
     */
    async exportDocument<M extends DocumentMethodName>(method: M, input: MethodInput<M>): Promise<ApiResult<ExportOutcome>> {
      if (window.neuvonpito) {
        const result = await window.neuvonpito.invoke(method, input).catch(() => ({ ok: false as const, error: NETWORK_ERROR }));
        return result as ApiResult<ExportOutcome>;
      }
      const result = (await overHttp(method, input, token)) as ApiResult<WireDocument>;
      if (!result.ok) return result;
      await download(result.value);
      return { ok: true, value: { status: 'saved', names: [result.value.name], location: null } };
    },
  };
}

export type ApiClient = ReturnType<typeof createClient>;

export const api: ApiClient = createClient();
