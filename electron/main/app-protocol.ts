import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { protocol } from 'electron';
import { contentTypeFor, fileInside } from '../backend/static-files';

/**
 * The renderer is served from `app://neuvonpito/…` rather than `file://`: a file URL
 * would give the page the whole disk as its origin, while a standard, secure custom
 * scheme gives it one origin of its own that the CSP's 'self' and the IPC sender
 * check can both name.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'neuvonpito';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Registers the app scheme's privileges; Electron only accepts this before `ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * The file under `rootDir` that an app URL names, or null when the URL is not ours or
 * would reach outside `rootDir`. Paths without an extension fall back to index.html so
 * a reload on a client-side route still finds the app.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname === '/' || extname(pathname) === '') pathname = '/index.html';
  return fileInside(rootDir, pathname);
}

/**
 * Headers for one served file. The CSP repeats the meta tag of renderer/index.html so
 * the policy holds even for a document that lacks the tag. It is written as one string
 * literal in an assignment because that is the form Electronegativity's CSP check reads
 * and evaluates.
 */
function responseHeaders(file: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': contentTypeFor(file),
    'X-Content-Type-Options': 'nosniff',
  };
  headers['Content-Security-Policy'] =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
  return headers;
}

/** Answers one request on the app scheme from the files in `rootDir`. */
export async function serveAppRequest(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405 });
  }
  const file = resolveAppFile(rootDir, request.url);
  if (file === null) return new Response(null, { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: responseHeaders(file) });
  } catch {
    return new Response(null, { status: 404 });
  }
}

/** Serves the app scheme from `rootDir` (the built renderer); call after `ready`. */
export function handleAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rootDir, request));
}
