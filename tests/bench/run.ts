import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openBackend } from '../../electron/backend/backend';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput } from '../fixtures/preparation';

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

const SECTORS = ['family', 'relatives', 'friends', 'professionals'] as const;
const RINGS = ['close', 'middle', 'distant'] as const;

/**
 * One large preparation: `members` people with five contact entries each. Reading it is what
 * every preparation screen waits for, and every change returns it whole.
 */
async function benchPreparation(members: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'neuvonpito-bench-'));
  const backend = openBackend(dir, { logError: () => {} });
  const must = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await backend.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  try {
    const conference = await must<{ id: string }>('conference.create', makeConferenceInput());
    let prep: Preparation | undefined;
    for (let i = 0; i < members; i++) {
      prep = await must<Preparation>(
        'network.addMember',
        makeMemberInput(conference.id, { name: `Läheinen ${i}`, sector: SECTORS[i % 4], closeness: RINGS[i % 3] }),
      );
      const memberId = prep.members.at(-1)!.id;
      for (let j = 0; j < 5; j++) {
        await must('contact.add', {
          conferenceId: conference.id,
          memberId,
          date: '2027-01-12',
          channel: 'phone',
          discussed: 'Kerroin neuvonpidosta ja kutsuin mukaan.',
        });
      }
    }
    const raw = new Database(backend.databaseFile, { readonly: true });
    // Baseline: the rows of one preparation read with plain queries, no mapping.
    const baseline = await time(50, () => {
      for (const table of ['network_member', 'contact_entry', 'summary_item', 'commission_concern']) {
        raw.prepare(`SELECT * FROM ${table} WHERE conference_id = ?`).all(conference.id);
      }
      raw.prepare('SELECT * FROM support_person').all();
    });
    raw.close();
    const get = await time(50, () => backend.dispatch('preparation.get', { conferenceId: conference.id }));
    const member = (await must<Preparation>('preparation.get', { conferenceId: conference.id })).members[0]!;
    let version = member.version;
    const update = await time(50, async () => {
      const { id, conferenceId: _c, createdAt: _a, updatedAt: _u, version: _v, ...fields } = member;
      const next = await must<Preparation>('network.updateMember', { ...fields, id, version });
      version = next.members[0]!.version;
    });
    console.log(
      `preparation.get, ${members} members, ${members * 5} contacts: ${get.toFixed(2)} ms; ` +
        `network.updateMember (returns it whole): ${update.toFixed(2)} ms ` +
        `(baseline raw SELECTs ${baseline.toFixed(2)} ms, ratios ${(get / baseline).toFixed(2)} / ${(update / baseline).toFixed(2)})`,
    );
  } finally {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  for (const count of [30, 300, 1000]) await benchList(count);
  for (const members of [12, 40]) await benchPreparation(members);
}

void main();
