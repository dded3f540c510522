import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TOKEN_HEADER, createWebHost } from '../../electron/backend/web/web-host';
import type { Conference } from '../../electron/shared/conference/conference.schema';
import type { WireDocument } from '../../electron/shared/documents/documents.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { countRows, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

const TOKEN = 'testitunnus-Äö-ei-oikea';
const INDEX_HTML = '<!doctype html><html lang="fi"><meta charset="utf-8"><title>Neuvonpito</title><p>Hyvää päivää</p></html>';

let server: Server | undefined;

afterEach(async () => {
  if (!server) return;
  server.closeAllConnections();
  await new Promise((resolve) => server!.close(resolve));
  server = undefined;
});

/** A web host on a free loopback port over a fresh backend and a tiny renderer folder. */
async function startHost(rendererSuffix = '') {
  const root = useTempDir();
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("hei");');
  writeFileSync(join(root, 'secret.txt'), 'salainen: ei saa näkyä');
  const backend = openTestBackend(join(root, 'data'));
  server = createWebHost({ dispatch: backend.dispatch, rendererDir: rendererDir + rendererSuffix, token: TOKEN });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, port, backend };
}

function api(base: string, method: string, body: unknown, token: string | null = TOKEN) {
  return fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { [TOKEN_HEADER]: token }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A raw request, for what fetch will not send: a foreign Host header, an unnormalised path. */
function rawRequest(port: number, options: { path: string; host?: string; method?: string; body?: string }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `127.0.0.1:${port}`, [TOKEN_HEADER]: TOKEN, 'content-type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the API over HTTP', () => {
  it('creates a conference and lists it back with its Finnish letters intact', async () => {
    const { base } = await startHost();
    const created = await api(base, 'conference.create', makeConferenceInput({ reference: 'Äijälä–Öhman 1/2027' }));
    expect(created.status).toBe(200);
    expect(created.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(created.headers.get('cache-control')).toBe('no-store');
    const createdBody = (await created.json()) as { ok: boolean; value: Conference };
    expect(createdBody.ok).toBe(true);

    const listed = (await (await api(base, 'conference.list', '')).json()) as { ok: true; value: { items: Conference[] } };
    // Listed with the next thing due: a new conference's meeting has no date yet.
    expect(listed.value.items).toEqual([{ ...createdBody.value, nextDue: { kind: 'setDate', meetingKind: 'conference', due: null, overdueDays: 0 }, meeting: null }]);
    expect(listed.value.items[0]?.reference).toBe('Äijälä–Öhman 1/2027');
    expect(listed.value.items[0]?.children.map((c) => c.firstName)).toEqual(['Äijö', 'Sanni-Öhman']);
  });

  it('passes the dispatcher’s refusals through with their field issues', async () => {
    const { base } = await startHost();
    const response = await api(base, 'conference.create', makeConferenceInput({ commissionDate: '2027-02-30' }));
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['commissionDate'], message: 'validation.date' }] },
    });
  });

  it('sends a document as its name, type and bytes in base64, for the browser to download', async () => {
    const { base } = await startHost();
    const created = (await (await api(base, 'conference.create', makeConferenceInput())).json()) as { value: Conference };
    const prep = (await (await api(base, 'preparation.get', { conferenceId: created.value.id })).json()) as {
      value: Preparation;
    };
    const meeting = prep.value.meetings[0]!;
    await api(base, 'meeting.update', {
      ...meeting,
      date: '2027-03-04',
      startTime: '09:00',
      endTime: '13:00',
      venue: { ...meeting.venue, name: 'Perhekeskus Kajava' },
    });

    const body = (await (await api(base, 'documents.calendar', { meetingId: meeting.id })).json()) as {
      ok: true;
      value: WireDocument;
    };

    expect(body.value.name).toBe('Neuvonpito 2027-03-04.ics');
    expect(body.value.mimeType).toBe('text/calendar');
    const text = Buffer.from(body.value.base64, 'base64').toString('utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('LOCATION:Perhekeskus Kajava');
    expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20270304T090000');
  });

  it.each([
    ['missing', null],
    ['wrong', 'testitunnus-Äö-ei-oikeA'],
    ['too short', 'testi'],
    ['empty', ''],
  ])('answers 401 and writes nothing when the token is %s', async (_label, token) => {
    const { base, backend } = await startHost();
    const response = await api(base, 'conference.create', makeConferenceInput(), token);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false });
    expect(countRows(backend.databaseFile).conference).toBe(0);
  });

  it('answers 403 to a Host header that is not loopback, before anything else', async () => {
    const { port, backend } = await startHost();
    const body = JSON.stringify(makeConferenceInput());
    for (const host of ['evil.example:1234', 'evil.example', '127.0.0.1.evil.example', 'localhost.evil.example:80']) {
      const api = await rawRequest(port, { path: '/api/conference.create', method: 'POST', host, body });
      expect(api.status, host).toBe(403);
      const page = await rawRequest(port, { path: '/', host });
      expect(page.status, host).toBe(403);
      expect(page.body).not.toContain('Hyvää päivää');
    }
    expect(countRows(backend.databaseFile).conference).toBe(0);
  });

  it('accepts the loopback names the browser may use', async () => {
    const { port } = await startHost();
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect((await rawRequest(port, { path: '/', host })).status, host).toBe(200);
    }
  });

  it('answers 400 to a body that is not JSON and writes nothing', async () => {
    const { base, backend } = await startHost();
    const response = await api(base, 'conference.create', '{"reference": "Äijälä 1/2027",');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false });
    expect(countRows(backend.databaseFile).conference).toBe(0);
  });

  it.each(['GET', 'PUT', 'DELETE'])('answers 405 to %s on the API', async (method) => {
    const { base } = await startHost();
    const response = await fetch(`${base}/api/conference.list`, { method, headers: { [TOKEN_HEADER]: TOKEN } });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers an unknown method with not_found', async () => {
    const { base } = await startHost();
    expect(await (await api(base, 'conference.destroy', {})).json()).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('the renderer files', () => {
  it('serves index.html at / and by name, as HTML with security headers', async () => {
    const { base } = await startHost();
    for (const path of ['/', '/index.html', '/?token=abc']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(await response.text()).toBe(INDEX_HTML);
    }
  });

  it('serves scripts as JavaScript', async () => {
    const { base } = await startHost();
    const response = await fetch(`${base}/assets/app.js`);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log("hei");');
  });

  it('answers 404 to a file that does not exist', async () => {
    const { base } = await startHost();
    expect((await fetch(`${base}/nope.html`)).status).toBe(404);
    expect((await fetch(`${base}/assets`)).status).toBe(404);
  });

  it.each([
    '/..%2f..%2fetc/passwd',
    '/..%2fsecret.txt',
    '/../secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%2fetc%2fpasswd',
  ])('never serves a file outside the renderer folder: %s', async (path) => {
    const { port } = await startHost();
    const response = await rawRequest(port, { path });
    expect(response.status).not.toBe(200);
    expect(response.body).not.toContain('salainen');
    expect(response.body).not.toContain('root:');
  });

  it('serves the files when the renderer folder is given with a trailing slash', async () => {
    const { base } = await startHost('/');
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
  });
});
