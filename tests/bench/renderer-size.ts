import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(__dirname, '../..');
const RENDERER = join(ROOT, 'out/renderer');

interface Size {
  raw: number;
  gzip: number;
}

function sizeOf(file: string): Size {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const both = ({ raw, gzip }: Size) => `${kb(raw)} raw, ${kb(gzip)} gzipped`;

/**
 * What index.html makes the browser fetch before anything can show: its module script,
 * the chunks it preloads and its style sheets (Vite writes every static import of the
 * entry as a modulepreload link). The favicon is left out: nothing waits for it.
 */
export function initialFiles(html: string): string[] {
  const files = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script');
    const rel = /\brel="([^"]*)"/.exec(tag)?.[1];
    if (!isScript && rel !== 'stylesheet' && rel !== 'modulepreload') continue;
    const url = /\b(?:src|href)="([^"]*)"/.exec(tag)?.[1];
    if (url) files.add(url.replace(/^\.?\//, ''));
  }
  return [...files];
}

/**
 * `npm run bench`: builds the production renderer and prints what the first screen costs
 * (index.html, what it loads, and the UI language's catalog, which the app loads before
 * anything shows: the largest of the three is counted), raw and gzipped, and every chunk.
 */
export function benchRendererSize(): void {
  execFileSync(join(ROOT, 'node_modules/.bin/electron-vite'), ['build'], { cwd: ROOT, stdio: 'ignore' });
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  const assets = readdirSync(join(RENDERER, 'assets'));
  const catalogs = assets.filter((name) => /^catalog-[a-z]+-.*\.js$/.test(name)).map((name) => `assets/${name}`);
  const largestCatalog = catalogs.map((file) => ({ file, size: sizeOf(join(RENDERER, file)) })).sort((a, b) => b.size.gzip - a.size.gzip)[0];
  const initial = ['index.html', ...initialFiles(html), ...(largestCatalog ? [largestCatalog.file] : [])];
  const sizes = new Map(initial.map((file) => [file, sizeOf(join(RENDERER, file))]));
  const total = [...sizes.values()].reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });
  const chunks = assets
    .map((name) => ({ name: `assets/${name}`, size: sizeOf(join(RENDERER, 'assets', name)) }))
    .sort((a, b) => b.size.raw - a.size.raw);
  const initialChunks = new Set(initial);

  console.log(
    `renderer, initial load (index.html + ${initial.length - 1} files): ${both(total)} ` +
      `(budget 150.0 kB gzipped: ${total.gzip <= 150_000 ? 'within' : 'OVER'})`,
  );
  for (const file of initial) console.log(`  initial ${file}: ${both(sizes.get(file)!)}`);
  // The other languages' catalogs are not loaded at all unless the language is switched.
  const lazy = chunks.filter((chunk) => !initialChunks.has(chunk.name) && !catalogs.includes(chunk.name));
  const lazyTotal = lazy.reduce((sum, chunk) => ({ raw: sum.raw + chunk.size.raw, gzip: sum.gzip + chunk.size.gzip }), { raw: 0, gzip: 0 });
  console.log(`renderer, ${lazy.length} chunks loaded on demand: ${both(lazyTotal)}`);
  for (const chunk of lazy) console.log(`  ${chunk.name}: ${both(chunk.size)}`);
  for (const file of catalogs) console.log(`  UI catalog ${file}: ${both(sizeOf(join(RENDERER, file)))}`);
}
