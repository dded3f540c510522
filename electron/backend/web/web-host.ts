import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { ApiResult } from '../../shared/api/result';
import { isDocumentMethod } from '../../shared/api/methods';
import type { DocumentFile, WireDocument } from '../../shared/documents/documents.schema';
import type { Dispatch } from '../api/dispatcher';
import { contentTypeFor, fileInside } from '../static-files';

/** The development web host: the renderer and the dispatcher over HTTP, loopback only. */
export interface WebHostOptions {
  dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  token: string;
}

export const TOKEN_HEADER = 'x-neuvonpito-token';
const MAX_BODY_BYTES = 5 * 1024 * 1024;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

function refusal(status: number, message: string): [number, unknown] {
  return [status, { ok: false, error: { code: 'invalid_input', message } }];
}

/** True when the Host header names this machine's loopback interface (no DNS rebinding). */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
  return LOOPBACK_HOSTS.has(name ?? '');
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, options: WebHostOptions) {
  if (!tokenMatches(req.headers[TOKEN_HEADER], options.token)) {
    return send(res, ...refusal(401, 'Missing or wrong token'));
  }
  if (req.method !== 'POST') return send(res, ...refusal(405, 'Use POST'), { allow: 'POST' });
  const body = await readBody(req);
  if (body === null) return send(res, ...refusal(413, 'Request body too large'));
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return send(res, ...refusal(400, 'The request body is not JSON'));
  }
  const result = await options.dispatch(method, input);
  send(res, 200, isDocumentMethod(method) ? toWire(result as ApiResult<DocumentFile>) : result);
}

/** A document method's file as JSON can carry it: the browser turns it into a download. */
function toWire(result: ApiResult<DocumentFile>): ApiResult<WireDocument> {
  if (!result.ok) return result;
  const { name, mimeType, bytes } = result.value;
  return { ok: true, value: { name, mimeType, base64: Buffer.from(bytes).toString('base64') } };
}

async function serveFile(res: ServerResponse, pathname: string, rendererDir: string): Promise<void> {
  const file = fileInside(rendererDir, pathname === '/' ? '/index.html' : pathname);
  if (file === null) {
    res.writeHead(404, SECURITY_HEADERS).end();
    return;
  }
  try {
    const content = await readFile(file);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': contentTypeFor(file),
      'cache-control': 'no-cache',
    });
    res.end(content);
  } catch {
    res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  }
}

/** Creates (but does not start) the web host's HTTP server. */
export function createWebHost(options: WebHostOptions): Server {
  // resolve() drops a trailing separator, which would make every file fail the containment check.
  return createServer((req, res) => {
    if (!isLoopbackHost(req.headers.host)) {
      send(res, ...refusal(403, 'Only loopback host names are served'));
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      send(res, ...refusal(400, 'Malformed URL'));
      return;
    }
    const api = /^\/api\/([^/]+)$/.exec(pathname);
    const work = api ? handleApi(req, res, api[1] ?? '', options) : serveFile(res, pathname, options.rendererDir);
    work.catch((error: unknown) => {
      console.error('[web] request failed', error);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: 'Internal error' } });
      else res.end();
    });
  });
}
