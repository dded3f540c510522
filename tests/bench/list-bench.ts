import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATABASE_FILE } from '../../electron/backend/db/connection';
import { openRawDatabase, type Db } from '../../electron/backend/db/raw-database';
import type { ConferenceListPage } from '../../electron/shared/conference/conference.schema';
import { generateDatabaseKey } from '../../electron/backend/db/database-key';
import { todayInHelsinki } from '../../electron/shared/dates';
import { copyConferences, openSeedingBackend, seedListConference, type Must } from './city-database';

/*
 * `conference.list` against a history that grows: 100, 1,000 and 10,000 conferences, of which
 * 30 are in progress and the rest closed. Two views: the default one (the conferences in
 * progress, first page) and a text search over all phases. Each is set against the raw SQL
 * that returns the same facts (the same rows of the same tables, no mapping, no rules), run
 * on a read-only connection to the same file in the same rounds, so the ratio is what the API adds.
 * This part alone: `npx tsx tests/bench/list-bench.ts` (LIST_BENCH_SIZES narrows the sizes).
 */

const ACTIVE = 30;
/** Closed conferences made through the dispatcher; the history is copies of them. */
const CLOSED_TEMPLATES = 10;
/** `LIST_BENCH_SIZES=100,10000` measures only those sizes (for a quick run of this part alone). */
const SIZES = process.env.LIST_BENCH_SIZES ? process.env.LIST_BENCH_SIZES.split(',').map(Number) : [100, 1_000, 10_000];
/** The search: every word must be found, diacritics aside (list-search.ts). */
const SEARCH = 'perhe 99';
/** Rounds of batches of each side, taking turns, and how long a batch lasts (see `alternate`). */
const ROUNDS = 31;
const BATCH_MS = 25;
/** Calls of each side before measuring: the first size is not to pay for compiling the code. */
const WARM_UP = 100;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Closes the conference unless it is closed already. */
async function close(must: Must, id: string): Promise<void> {
  const current = await must<{ version: number; closure: unknown }>('conference.get', { id });
  if (!current.closure) await must('conference.close', { id, version: current.version, reason: 'plan_made', text: '' });
}

/**
 * Times the API call against its raw SQL, taking turns: `rounds` rounds, in each a batch of
 * each side (the first in turn alternating), and returns the median of each side's time per
 * call. A batch lasts about `BATCH_MS`: on a busy machine the other processes take their share
 * of every batch alike, where single calls of a few milliseconds would be cut off by them
 * unevenly (the longer call more often).
 */
async function alternate(rounds: number, api: () => Promise<unknown>, raw: () => unknown): Promise<[number, number]> {
  const sides = [api, raw];
  // How many calls make a batch: from one warm call of each.
  const counts = await Promise.all(
    sides.map(async (run) => {
      const start = performance.now();
      await run();
      return Math.max(1, Math.ceil(BATCH_MS / Math.max(performance.now() - start, 0.01)));
    }),
  );
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < rounds; i++) {
    for (const side of i % 2 === 0 ? [0, 1] : [1, 0]) {
      const start = performance.now();
      for (let n = 0; n < counts[side]!; n++) await sides[side]!();
      samples[side]!.push((performance.now() - start) / counts[side]!);
    }
  }
  return [median(samples[0]), median(samples[1])];
}

/**
 * The raw SQL of the default view: every row the list's answer is made of, for the
 * conferences in progress, read with `SELECT *` through the same indexes (the open ones'
 * ids, then their meetings' and plans'), nothing mapped or decided, each statement prepared once.
 */
function rawDefaultView(db: Db): () => void {
  const among = (table: string, column: string, param: string) =>
    db.prepare(`SELECT * FROM ${table} WHERE ${column} IN (SELECT value FROM json_each(@${param}))`);
  const open = db.prepare('SELECT * FROM conference WHERE closed_at IS NULL');
  const meetings = among('meeting', 'conference_id', 'ids');
  const plans = among('plan', 'meeting_id', 'meetings');
  const byConference = [
    among('conference_child', 'conference_id', 'ids'),
    db.prepare(`SELECT g.*, n.name FROM conference_guardian g JOIN network_member n ON n.id = g.member_id
      WHERE g.conference_id IN (SELECT value FROM json_each(@ids))`),
    among('network_member', 'conference_id', 'ids'),
    among('contact_entry', 'conference_id', 'ids'),
    among('summary', 'conference_id', 'ids'),
  ];
  const byMeeting = ['meeting_timer_segment', 'meeting_interpreter', 'meeting_reply', 'follow_up', 'letter_export', 'checklist_done', 'checklist_item'].map(
    (table) => among(table, 'meeting_id', 'meetings'),
  );
  const byPlan = ['plan_item', 'plan_invitee', 'plan_recipient'].map((table) => among(table, 'plan_id', 'plans'));
  const setting = db.prepare("SELECT * FROM setting WHERE key = 'checklist'");
  return () => {
    const ids = JSON.stringify((open.all() as { id: string }[]).map((row) => row.id));
    const meetingIds = JSON.stringify((meetings.all({ ids }) as { id: string }[]).map((row) => row.id));
    const planIds = JSON.stringify((plans.all({ meetings: meetingIds }) as { id: string }[]).map((row) => row.id));
    for (const statement of byConference) statement.all({ ids });
    for (const statement of byMeeting) statement.all({ meetings: meetingIds });
    for (const statement of byPlan) statement.all({ plans: planIds });
    setting.all();
  };
}

/**
 * The raw SQL of a search over every phase: the first page of conferences whose reference,
 * social worker or a child's name holds every word (SQLite's LIKE, which folds ASCII case
 * only, where the API also folds diacritics), with the count, and the page's children and guardians. The next-due facts of the open
 * ones among them are in the default view's figure; none of the history's are read.
 */
function rawSearch(db: Db): () => void {
  const words = SEARCH.split(' ');
  const haystack = `(c.reference || ' ' || c.social_worker_name || ' ' ||
    coalesce((SELECT group_concat(k.first_name, ' ') FROM conference_child k WHERE k.conference_id = c.id), ''))`;
  const where = words.map((_, i) => `${haystack} LIKE @w${i}`).join(' AND ');
  const params = Object.fromEntries(words.map((word, i) => [`w${i}`, `%${word}%`]));
  // The page and the count in one pass (a window function).
  const page = db.prepare(
    `SELECT c.*, count(*) OVER () AS total FROM conference c WHERE ${where} ORDER BY c.closed_at IS NOT NULL, c.closed_at DESC LIMIT 50`,
  );
  const children = db.prepare('SELECT * FROM conference_child WHERE conference_id IN (SELECT value FROM json_each(@ids))');
  const guardians = db.prepare(
    `SELECT g.*, n.name FROM conference_guardian g JOIN network_member n ON n.id = g.member_id
     WHERE g.conference_id IN (SELECT value FROM json_each(@ids))`,
  );
  return () => {
    const rows = page.all(params) as { id: string }[];
    const ids = JSON.stringify(rows.map((row) => row.id));
    children.all({ ids });
    guardians.all({ ids });
  };
}

/** One size: its database built from the template, then both views measured against their raw SQL. */
async function measure(templateFile: string, key: string, total: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'neuvonpito-bench-list-'));
  try {
    copyFileSync(templateFile, join(dir, DATABASE_FILE));
    const started = performance.now();
    const backend = openSeedingBackend(dir, key);
    backend.db.pragma('cache_size = -262144');
    copyConferences(backend.db, total - ACTIVE);
    const today = todayInHelsinki(new Date());
    // Thirty in progress, made through the dispatcher (seedListConference closes every tenth: skipped).
    for (let i = 10_000, made = 0; made < ACTIVE; i++) {
      if (i % 10 === 9) continue;
      await seedListConference(backend.must, i, today);
      made++;
    }
    const built = performance.now() - started;
    const counts = backend.db.prepare('SELECT count(*), count(closed_at) FROM conference').raw().get() as [number, number];
    if (counts[0] !== total || counts[0] - counts[1] !== ACTIVE) throw new Error(`built ${counts[0]} conferences, ${counts[1]} closed`);
    const raw = openRawDatabase(backend.databaseFile, key, { readonly: true });
    const defaultInput = {};
    const searchInput = { phase: 'all', query: SEARCH };
    const list = (input: unknown) => backend.must<ConferenceListPage>('conference.list', input);
    const rawDefault = rawDefaultView(raw);
    const rawFind = rawSearch(raw);
    // Warm both sides' caches, statements and compiled code.
    const listed = await list(defaultInput);
    const found = await list(searchInput);
    for (let i = 0; i < WARM_UP; i++) {
      await list(defaultInput);
      await list(searchInput);
      rawDefault();
      rawFind();
    }
    const [apiDefault, sqlDefault] = await alternate(ROUNDS, () => list(defaultInput), rawDefault);
    const [apiSearch, sqlSearch] = await alternate(ROUNDS, () => list(searchInput), rawFind);
    // What finding the open ones costs without an index on closed_at: a scan of the whole table.
    const scan = raw.prepare('SELECT id FROM conference WHERE closed_at IS NULL');
    const [scanMs] = await alternate(ROUNDS, async () => scan.all(), () => {});
    raw.close();
    backend.close();
    const sized = total.toLocaleString('en-US').padStart(6);
    return (
      `conference.list, ${sized} conferences (${ACTIVE} active, built in ${(built / 1000).toFixed(1)} s): ` +
      `default view ${apiDefault.toFixed(2)} ms (${listed.items.length} rows; raw SQL ${sqlDefault.toFixed(2)} ms, ratio ${(apiDefault / sqlDefault).toFixed(2)}; of which finding the open ones ${scanMs.toFixed(2)} ms); ` +
      `search "${SEARCH}" over all phases ${apiSearch.toFixed(2)} ms (${found.items.length} of ${found.total}; raw SQL ${sqlSearch.toFixed(2)} ms, ratio ${(apiSearch / sqlSearch).toFixed(2)})`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The list at 100 / 1,000 / 10,000 conferences, 30 of them in progress, and how it scales. */
export async function benchListScale(key: string): Promise<void> {
  const templateDir = mkdtempSync(join(tmpdir(), 'neuvonpito-bench-list-template-'));
  try {
    mkdirSync(templateDir, { recursive: true });
    const template = openSeedingBackend(templateDir, key);
    const today = todayInHelsinki(new Date());
    for (let i = 0; i < CLOSED_TEMPLATES; i++) {
      await seedListConference(template.must, i, today, async (id) => {
        if (i % 10 !== 9) await close(template.must, id);
      });
    }
    template.db.pragma('wal_checkpoint(TRUNCATE)');
    template.close();
    for (const total of SIZES) console.log(await measure(join(templateDir, DATABASE_FILE), key, total));
  } finally {
    rmSync(templateDir, { recursive: true, force: true });
  }
}

// `npx tsx tests/bench/list-bench.ts`: this part of `npm run bench` alone.
if (require.main === module) void benchListScale(generateDatabaseKey());
