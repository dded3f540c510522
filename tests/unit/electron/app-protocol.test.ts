import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as electron from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  handleAppProtocol,
  registerAppScheme,
  resolveAppFile,
  serveAppRequest,
} from '../../../electron/main/app-protocol';
import { contentTypeFor } from '../../../electron/backend/static-files';
import type { ElectronStub } from './electron-stub';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());

const stub = electron as unknown as ElectronStub;
const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

// <tmp>/secret.txt sits beside the served folder <tmp>/renderer, as a target for traversal.
let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'neuvonpito-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, 'fonts.d'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Neuvonpito</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'not for the page');
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('registerAppScheme', () => {
  it('registers app: as a standard, secure scheme that supports fetch', () => {
    registerAppScheme();
    expect(stub.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the renderer on that scheme', () => {
    handleAppProtocol(root);
    expect(stub.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(APP_ENTRY_URL).toBe('app://neuvonpito/index.html');
  });
});

describe('resolveAppFile', () => {
  it('maps app URLs to files under the root', () => {
    expect(resolveAppFile(root, 'app://neuvonpito/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://neuvonpito/assets/index-abc.js?v=1')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://neuvonpito/assets/a%20b.css')).toBe(join(root, 'assets', 'a b.css'));
  });

  it('serves index.html for the root and for client-side routes', () => {
    expect(resolveAppFile(root, 'app://neuvonpito/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://neuvonpito/conferences/123')).toBe(join(root, 'index.html'));
  });

  it('keeps dot segments that the URL parser resolves inside the root', () => {
    expect(resolveAppFile(root, 'app://neuvonpito/../secret.txt')).toBe(join(root, 'secret.txt'));
    expect(resolveAppFile(root, 'app://neuvonpito/%2e%2e/secret.txt')).toBe(join(root, 'secret.txt'));
  });

  it.each([
    'app://neuvonpito/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://neuvonpito/..%2fsecret.txt',
    'app://neuvonpito/..%5csecret.txt',
    'app://neuvonpito/assets%5c..%5c..%5csecret.txt',
    'app://neuvonpito/index.html%00.png',
    'app://neuvonpito/%E0%A4%A',
  ])('refuses the path in %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it.each([
    'app://other/index.html',
    'app://neuvonpito.evil/index.html',
    'app://neuvonpito:8080/index.html',
    'https://neuvonpito/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s, which is not ours', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['data.bin', 'application/octet-stream'],
  ])('%s is %s', (name, type) => {
    expect(contentTypeFor(name)).toBe(type);
  });
});

describe('serveAppRequest', () => {
  const get = (url: string, method = 'GET') => serveAppRequest(root, new Request(url, { method }));

  it('serves a file with its type, the CSP and nosniff', async () => {
    const response = await get('app://neuvonpito/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP);
  });

  it('serves the page itself as HTML', async () => {
    const response = await get('app://neuvonpito/index.html');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Neuvonpito</title>');
  });

  it('answers 404 for a missing file and for traversal', async () => {
    expect((await get('app://neuvonpito/assets/missing.js')).status).toBe(404);
    const traversal = await get('app://neuvonpito/..%2fsecret.txt');
    expect(traversal.status).toBe(404);
    expect(await traversal.text()).not.toContain('not for the page');
  });

  it('answers 404 for a directory', async () => {
    expect((await get('app://neuvonpito/fonts.d')).status).toBe(404);
  });

  it('answers 405 to anything but GET and HEAD', async () => {
    expect((await get('app://neuvonpito/index.html', 'POST')).status).toBe(405);
    const head = await get('app://neuvonpito/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
