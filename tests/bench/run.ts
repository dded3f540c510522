import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openBackend } from '../../electron/backend/backend';
import { makeConferenceInput } from '../fixtures/conference';

/*
 * `npm run bench`: figures, not assertions. Each figure is set against a baseline
 * measured in the same run on the same machine, so the ratio is what to compare
 * between runs.
 */

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function time(runs: number, work: () => unknown | Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

async function benchList(count: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'neuvonpito-bench-'));
  const backend = openBackend(dir, { logError: () => {} });
  try {
    for (let i = 0; i < count; i++) {
      const result = await backend.dispatch('conference.create', makeConferenceInput({ reference: `Perhe ${i}/2027` }));
      if (!result.ok) throw new Error(JSON.stringify(result.error));
    }
    const raw = new Database(backend.databaseFile, { readonly: true });
    // Baseline: the same rows read with three plain queries and no mapping or validation.
    const baseline = await time(30, () => {
      raw.prepare('SELECT * FROM conference').all();
      raw.prepare('SELECT * FROM conference_child').all();
      raw.prepare('SELECT * FROM conference_guardian').all();
    });
    const list = await time(30, () => backend.dispatch('conference.list', {}));
    raw.close();
    console.log(
      `conference.list, ${String(count).padStart(4)} conferences: ${list.toFixed(2)} ms ` +
        `(baseline raw SELECTs ${baseline.toFixed(2)} ms, ratio ${(list / baseline).toFixed(2)})`,
    );
  } finally {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  for (const count of [30, 300, 1000]) await benchList(count);
}

void main();
