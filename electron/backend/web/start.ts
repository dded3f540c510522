import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openBackend } from '../backend';
import { listBackups } from '../db/backups';
import { DATABASE_FILE, hasBackups } from '../db/connection';
import { fileDamage } from '../db/integrity';
import { restoreBackup, RestoreError } from '../db/restore';
import { DatabaseDamagedError, databaseOpenMessage } from '../errors';
import { damagedDatabaseReport, restoredReport } from '../startup-restore';
import { translate } from '../../shared/i18n';
import { webDatabaseKey } from './web-database-key';
import { createWebHost } from './web-host';

/*
 * `npm run web`: builds the renderer when it is missing or older than its sources, opens
 * the database in the data directory (its key from NEUVONPITO_DB_KEY or the data directory's
 * `neuvonpito.key`, see web-database-key.ts) and serves both on 127.0.0.1. For development
 * and tests on machines without Electron; never packaged.
 *
 * A damaged or missing database (db/integrity.ts) is refused, touching nothing: the host prints
 * what it found, the backups and the command to restore one, and exits with 1.
 * `--restore-backup NAME` (or `newest`) restores that backup first (db/restore.ts), then starts.
 */

const root = resolve(__dirname, '../../..');
const rendererDir = join(root, 'out/renderer');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfNeeded(): void {
  const built = join(rendererDir, 'index.html');
  const sources = Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'electron/shared')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('Building the renderer…');
  const result = spawnSync(join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed.');
    process.exit(1);
  }
}

function main(): void {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, 'restore-backup': { type: 'string' } },
    allowPositionals: false,
  });
  const port = Number(values.port ?? process.env.PORT ?? 5174);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Not a port number: ${values.port ?? process.env.PORT}`);
    process.exit(2);
  }
  const dataDir = values['data-dir'] ?? process.env.NEUVONPITO_DATA_DIR;
  if (!dataDir) {
    console.error('Give the data directory with --data-dir DIR or NEUVONPITO_DATA_DIR.');
    process.exit(2);
  }
  const token = process.env.NEUVONPITO_TOKEN || randomBytes(24).toString('base64url');

  buildIfNeeded();
  let backend;
  const dir = resolve(dataDir);
  const restore = values['restore-backup'];
  try {
    // Before the key: a missing database beside backups must not get a new key file either.
    const damage = restore === undefined ? fileDamage(join(dir, DATABASE_FILE), hasBackups(dir)) : null;
    if (damage !== null) throw new DatabaseDamagedError(damage, join(dir, DATABASE_FILE));
    const { key, notice } = webDatabaseKey(dir);
    if (notice) console.log(notice);
    if (restore !== undefined) {
      const name = restore === 'newest' ? (listBackups(dir)[0]?.name ?? '') : restore;
      console.log(restoredReport(restoreBackup(dir, key ?? '', name, new Date())));
    }
    backend = openBackend(dir, { key });
  } catch (error) {
    // A database that does not open is explained plainly; anything else is a bug, shown whole.
    if (error instanceof DatabaseDamagedError) console.error(damagedDatabaseReport(error, dir));
    else if (error instanceof RestoreError) console.error(translate('fi', 'startup.restore.failed', { name: error.backup || restore || '' }));
    else console.error(databaseOpenMessage(error) ?? error);
    process.exit(1);
  }
  const server = createWebHost({ dispatch: backend.dispatch, rendererDir, token });
  const shutdown = () => {
    server.close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    console.log(`Neuvonpito web host, data in ${backend.databaseFile}`);
    console.log(`Open http://127.0.0.1:${actualPort}/?token=${encodeURIComponent(token)}`);
    console.log('ready');
  });
}

main();
