/**
 * `npm run pack:check` (after `npm run build`): packs the app with electron-builder's
 * Linux `dir` target, offline, around a stand-in Electron executable, then checks what
 * went into the package: the built app and its runtime modules, the unpacked SQLite
 * addon, the fuses, and none of the sources, tests, web host or dev tools. The real
 * installers (nsis, portable, AppImage, deb) are built on a connected build machine;
 * here their configuration is only validated.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listPackage, statFile } from '@electron/asar';
import { Arch, build, Platform, type Configuration } from 'electron-builder';

const ROOT = resolve(__dirname, '..');
const ELECTRON_VERSION = '45.4.1';
const EXECUTABLE = 'neuvonpito';

/** What @electron/fuses looks for in an Electron binary, followed by the fuse wire. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
// Electron's own defaults, as in a real binary: '1' enabled, '0' disabled.
const DEFAULT_FUSE_WIRE = '10110001';
const EXPECTED_FUSES: Partial<Record<(typeof FUSE_NAMES)[number], boolean>> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

const failures: string[] = [];
const check = (ok: boolean, message: string): void => {
  if (!ok) failures.push(message);
};

/**
 * A folder that passes for an unpacked Electron: an "executable" carrying a fuse wire
 * so the configured fuses can be flipped and read back, a version file, and a few
 * locales so the language pruning has something to prune.
 */
function makeStubElectron(dir: string): void {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const wire = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron for pack-check"\nexit 0\n# '),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, FUSE_NAMES.length]),
    Buffer.from(DEFAULT_FUSE_WIRE),
    Buffer.from('\n'),
  ]);
  writeFileSync(join(dir, 'electron'), wire);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), ELECTRON_VERSION);
  for (const locale of ['fi', 'sv', 'en-US', 'de', 'ja']) writeFileSync(join(dir, 'locales', `${locale}.pak`), locale);
}

/** The fuse wire of a packaged executable, by name. */
function readFuses(executable: string): Record<string, boolean | undefined> {
  const binary = readFileSync(executable);
  const at = binary.indexOf(FUSE_SENTINEL);
  if (at < 0) return {};
  const start = at + FUSE_SENTINEL.length + 2;
  return Object.fromEntries(
    FUSE_NAMES.map((name, i) => [name, binary[start + i] === 0x31 ? true : binary[start + i] === 0x30 ? false : undefined]),
  );
}

/** Bare module names that out/main's bundle requires at run time. */
function runtimeRequires(): string[] {
  const builtins = new Set(builtinModules);
  const names = new Set<string>();
  for (const file of readdirSync(join(ROOT, 'out/main')).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(join(ROOT, 'out/main', file), 'utf8');
    for (const match of code.matchAll(/require\(["']([^"'.][^"']*)["']\)/g)) {
      const specifier = match[1] as string;
      if (specifier.startsWith('node:') || builtins.has(specifier) || specifier === 'electron') continue;
      const parts = specifier.split('/');
      names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string));
    }
  }
  return [...names];
}

function checkConfig(config: Configuration): void {
  const targets = (value: unknown): string[] =>
    (Array.isArray(value) ? value : [value]).map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));
  check(config.appId === 'fi.neuvonpito.app', `appId is ${config.appId}`);
  check(config.productName === 'Neuvonpito', `productName is ${config.productName}`);
  check(config.directories?.buildResources === 'build', 'directories.buildResources is not build');
  const win = targets(config.win?.target);
  check(win.includes('nsis') && win.includes('portable'), `win targets are ${win.join(', ')}, want nsis and portable`);
  check(config.nsis?.perMachine === false, 'nsis must install per user (perMachine: false)');
  check(config.nsis?.allowElevation === false, 'nsis must not ask for administrator rights (allowElevation: false)');
  check(config.nsis?.deleteAppDataOnUninstall !== true, 'uninstalling must keep the user data');
  check(config.portable?.requestExecutionLevel === 'user', 'portable must run without administrator rights');
  const linux = targets(config.linux?.target);
  check(linux.includes('AppImage') && linux.includes('deb'), `linux targets are ${linux.join(', ')}, want AppImage and deb`);
  check(Boolean(config.linux?.maintainer) && Boolean(config.linux?.category), 'linux needs maintainer and category');
  const unpack = [config.asarUnpack ?? []].flat();
  check(unpack.some((pattern) => pattern.includes('better-sqlite3-multiple-ciphers')), 'asarUnpack must cover better-sqlite3-multiple-ciphers');
  for (const icon of ['build/icon.png', 'build/icons/256x256.png', 'build/icons/512x512.png']) {
    check(existsSync(join(ROOT, icon)), `missing ${icon}`);
  }
}

function checkPackage(appOutDir: string): void {
  const resources = join(appOutDir, 'resources');
  const archive = join(resources, 'app.asar');
  if (!existsSync(archive)) {
    failures.push(`no app.asar in ${resources}`);
    return;
  }
  const files = listPackage(archive, { isPack: false }).map((file) => file.replaceAll('\\', '/'));
  const has = (path: string): boolean => files.includes(path);

  for (const path of ['/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html', '/package.json']) {
    check(has(path), `missing ${path}`);
  }
  check(files.some((f) => f.startsWith('/out/renderer/assets/') && f.endsWith('.js')), 'no renderer script in out/renderer/assets');

  const addon = files.find((f) => f.endsWith('/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node'));
  if (!addon) failures.push('better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node is not packaged');
  else {
    check(statFile(archive, addon.slice(1)).unpacked === true, `${addon} is not marked unpacked in app.asar`);
    check(existsSync(join(`${archive}.unpacked`, addon)), `${addon} is missing from app.asar.unpacked`);
  }

  for (const name of runtimeRequires()) {
    check(has(`/node_modules/${name}/package.json`), `out/main requires ${name}, which is not packaged`);
  }

  const forbidden: [RegExp, string][] = [
    [/^\/(?!node_modules\/).*\.(ts|tsx|mts|cts)$/, 'TypeScript source'],
    [/\.map$/, 'source map'],
    [/^\/(electron|renderer\/src|scripts|tests|build|resources|\.ci)\//, 'repository folder'],
    [/^\/(?!node_modules\/).*\/web\//, 'web host'],
    [/^\/node_modules\/(react|react-dom|react-hook-form|@hookform)\//, 'a renderer-only module (bundled into out/renderer)'],
    [/^\/node_modules\/electron\//, 'the electron package'],
    [/^\/node_modules\/(vitest|@vitest|playwright-core|electron-builder|electron-vite|vite|typescript|eslint|jsdom|@doyensec|tsx)\//, 'a devDependency'],
    [/^\/node_modules\/better-sqlite3-multiple-ciphers\/(deps|src)\//, 'better-sqlite3-multiple-ciphers sources'],
    [/^\/node_modules\/better-sqlite3\//, 'the unencrypted better-sqlite3'],
    [/\.(sqlite|sqlite-wal|sqlite-shm)$/, 'a database file'],
  ];
  for (const [pattern, what] of forbidden) {
    const found = files.filter((f) => pattern.test(f) && !f.endsWith('.d.ts'));
    check(found.length === 0, `${what} packaged: ${found.slice(0, 5).join(', ')}${found.length > 5 ? ', …' : ''}`);
  }
  const bundle = readFileSync(join(ROOT, 'out/main/index.js'), 'utf8');
  check(!/backend[/\\]web[/\\]/.test(bundle), 'out/main/index.js contains code from electron/backend/web');

  check(existsSync(join(resources, 'resources', 'icon.png')), 'resources/icon.png is not beside app.asar');
  const locales = readdirSync(join(appOutDir, 'locales')).sort();
  check(locales.join(',') === 'en-US.pak,fi.pak,sv.pak', `locales are ${locales.join(', ')}, want en-US, fi, sv`);

  const fuses = readFuses(join(appOutDir, EXECUTABLE));
  for (const [name, want] of Object.entries(EXPECTED_FUSES)) {
    check(fuses[name] === want, `fuse ${name} is ${String(fuses[name])}, want ${want}`);
  }

  const unpackedCount = files.filter((f) => statFile(archive, f.slice(1)).unpacked).length;
  const modules = new Set(files.filter((f) => /^\/node_modules\/[^/]+\/package\.json$/.test(f) || /^\/node_modules\/@[^/]+\/[^/]+\/package\.json$/.test(f)));
  console.log(
    `app.asar: ${files.length} entries (${unpackedCount} unpacked), ${modules.size} modules; ` +
      `runtime requires: ${runtimeRequires().join(', ')}`,
  );
}

async function main(): Promise<number> {
  const started = Date.now();
  for (const built of ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']) {
    if (!existsSync(join(ROOT, built))) {
      console.error(`pack-check: ${built} is missing; run \`npm run build\` first.`);
      return 1;
    }
  }
  const work = mkdtempSync(join(tmpdir(), 'neuvonpito-pack-'));
  try {
    const electronDist = join(work, 'electron-dist');
    const output = join(work, 'dist');
    makeStubElectron(electronDist);
    let effective: Configuration | undefined;
    await build({
      projectDir: ROOT,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      config: {
        electronDist,
        npmRebuild: false,
        directories: { output },
        afterPack: (context) => {
          effective = context.packager.config;
        },
      },
    });
    if (!effective) failures.push('electron-builder finished without packing anything');
    else checkConfig(effective);
    checkPackage(join(output, 'linux-unpacked'));
  } finally {
    if (process.env['PACK_CHECK_KEEP']) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  for (const failure of failures) console.log(`FAIL  ${failure}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`pack-check: ${failures.length === 0 ? 'ok' : `${failures.length} problems`} (${seconds}s)`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('pack-check crashed:', error);
    process.exit(1);
  },
);
