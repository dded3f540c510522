import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeBackup, verifyBackup } from '../../electron/backend/db/backups';
import { DATABASE_FILE, openDatabase } from '../../electron/backend/db/connection';
import type { ConferenceListPage } from '../../electron/shared/conference/conference.schema';
import { todayInHelsinki } from '../../electron/shared/dates';
import { dispatcherOn } from '../helpers/dispatcher-on';
import { benchStatistics } from './statistics-bench';
import { copyConferences, openSeedingBackend, seedCaseConference } from './city-database';

/** Conferences made through the dispatcher; the rest of the city is copies of them. */
const TEMPLATE_CONFERENCES = 50;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * A whole city's database (`total` conferences, encrypted with `key`): what opening it and a
 * first `conference.list` take, what a `PRAGMA quick_check` at open would add to that, and
 * what a backup (VACUUM INTO + quick_check of the copy, db/backups.ts) takes and weighs.
 */
export async function benchCity(total: number, key: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'neuvonpito-bench-city-'));
  const file = join(dir, DATABASE_FILE);
  try {
    const started = performance.now();
    const { db: build, must } = openSeedingBackend(dir, key);
    // The copies go in at random places of every index: a page cache the size of the file.
    build.pragma('cache_size = -262144');
    const today = todayInHelsinki(new Date());
    for (let i = 0; i < TEMPLATE_CONFERENCES; i++) await seedCaseConference(must, i, today);
    copyConferences(build, total);
    build.pragma('wal_checkpoint(TRUNCATE)');
    // The copies hold together: every reference points at a row of the same copy's.
    if ((build.pragma('foreign_key_check') as unknown[]).length > 0) throw new Error('The copied conferences break a foreign key');
    const tables = build.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    const rows = tables.reduce((sum, table) => sum + (build.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number), 0);
    const conferences = build.prepare('SELECT count(*) FROM conference').pluck().get() as number;
    const open = build.prepare('SELECT count(*) FROM conference WHERE closed_at IS NULL').pluck().get() as number;
    build.close();
    const built = performance.now() - started;
    const size = statSync(file).size;

    // Opening as the app does (key check, pragmas, schema version), then the first list; the
    // quick_check measured on the same fresh connection before the list, as an open would run it.
    const openList: number[] = [];
    const quickCheck: number[] = [];
    for (let round = 0; round < 3; round++) {
      const t0 = performance.now();
      const db = openDatabase(dir, key);
      const t1 = performance.now();
      const result = db.pragma('quick_check', { simple: true });
      const t2 = performance.now();
      if (result !== 'ok') throw new Error(`quick_check: ${String(result)}`);
      // The list as it opens: the conferences in progress, first page; the count is of all of them.
      const listed = await dispatcherOn(db)('conference.list', {});
      if (!listed.ok || (listed.value as ConferenceListPage).total !== open) throw new Error('conference.list failed');
      const t3 = performance.now();
      db.close();
      quickCheck.push(t2 - t1);
      openList.push(t1 - t0 + (t3 - t2));
    }

    const backups: number[] = [];
    const verifies: number[] = [];
    let backupSize = 0;
    const db = openDatabase(dir, key);
    try {
      for (let round = 0; round < 3; round++) {
        const t0 = performance.now();
        const outcome = makeBackup(db, dir, key, 'manual', new Date(), {
          verify: (copy, copyKey) => {
            const t = performance.now();
            verifyBackup(copy, copyKey);
            verifies.push(performance.now() - t);
          },
        });
        backups.push(performance.now() - t0);
        if (!outcome.ok) throw outcome.error;
        backupSize = statSync(outcome.file).size;
      }
    } finally {
      db.close();
    }
    const [openMs, checkMs] = [median(openList), median(quickCheck)];
    console.log(
      `city database, ${conferences} conferences (${rows} rows, ${mb(size)}, built in ${s(built)}): ` +
        `open + first conference.list ${openMs.toFixed(0)} ms; PRAGMA quick_check at open ${checkMs.toFixed(0)} ms more ` +
        `(ratio ${((openMs + checkMs) / openMs).toFixed(2)}); backup ${s(median(backups))} ` +
        `(of which quick_check of the copy ${s(median(verifies))}), ${mb(backupSize)}`,
    );
    await benchStatistics(dir, key);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
