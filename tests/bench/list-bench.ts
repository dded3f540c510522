import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATABASE_FILE, openRawDatabase, type Db } from '../../electron/backend/db/connection';
import type { ConferenceListPage } from '../../electron/shared/conference/conference.schema';
import { todayInHelsinki } from '../../electron/shared/dates';
import { copyConferences, openSeedingBackend, seedListConference, type Must } from './city-database';

/*
 * `conference.list` against a history that grows: 100, 1,000 and 10,000 conferences, of which
 * 30 are in progress and the rest closed. Two views: the default one (the conferences in
 * progress, first page) and a text search over all phases. Each is set against the raw SQL
 * that returns the same facts (the same rows of the same tables, no mapping, no rules), run
 * on the same connection in the same rounds, so the ratio is what the API adds.
 */

const ACTIVE = 30;
/** Closed conferences made through the dispatcher; the history is copies of them. */
const CLOSED_TEMPLATES = 10;
const SIZES = [100, 1_000, 10_000];
/** The search: every word must be found, diacritics aside (list-search.ts). */
const SEARCH = 'perhe 99';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Closes the conference unless it is closed already. */
async function close(must: Must, id: string): Promise<void> {
  const current = await must<{ version: number; closure: unknown }>('conference.get', { id });
  if (!current.closure) await must('conference.close', { id, version: current.version, reason: 'plan_made', text: '' });
}

/** Runs the API call and its raw SQL `runs` times each, taking turns, and returns the median of each. */
async function alternate(runs: number, api: () => Promise<unknown>, raw: () => void): Promise<[number, number]> {
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const side of i % 2 === 0 ? [0, 1] : [1, 0]) {
      const start = performance.now();
      if (side === 0) await api();
      else raw();
      samples[side]!.push(performance.now() - start);
    }
  }
  return [median(samples[0]), median(samples[1])];
}

const IN_OPEN = 'JOIN conference c ON c.id = x.conference_id AND c.closed_at IS NULL';
const MEETING_OF_OPEN = `JOIN meeting m ON m.id = x.meeting_id JOIN conference c ON c.id = m.conference_id AND c.closed_at IS NULL`;
const PLAN_OF_OPEN = `JOIN plan p ON p.id = x.plan_id JOIN conference c ON c.id = p.conference_id AND c.closed_at IS NULL`;

/**
 * The raw SQL of the default view: every row the list's answer is made of, for the
 * conferences in progress, read with plain joins and `SELECT *`, nothing mapped or decided.
 */
function rawDefaultView(db: Db): () => void {
  const statements = [
    'SELECT * FROM conference WHERE closed_at IS NULL',
    `SELECT x.* FROM conference_child x ${IN_OPEN}`,
    `SELECT x.*, n.name FROM conference_guardian x ${IN_OPEN} JOIN network_member n ON n.id = x.member_id`,
    `SELECT x.* FROM meeting x ${IN_OPEN}`,
    `SELECT DISTINCT x.meeting_id FROM meeting_timer_segment x ${MEETING_OF_OPEN}`,
    `SELECT x.* FROM meeting_interpreter x ${MEETING_OF_OPEN}`,
    `SELECT x.* FROM meeting_reply x ${MEETING_OF_OPEN}`,
    `SELECT x.* FROM follow_up x ${MEETING_OF_OPEN}`,
    `SELECT x.* FROM letter_export x ${MEETING_OF_OPEN}`,
    `SELECT x.* FROM checklist_done x ${MEETING_OF_OPEN}`,
    `SELECT x.* FROM checklist_item x ${MEETING_OF_OPEN}`,
    `SELECT x.* FROM plan x ${IN_OPEN}`,
    `SELECT x.plan_id, count(*) FROM plan_item x ${PLAN_OF_OPEN} GROUP BY x.plan_id`,
    `SELECT x.* FROM plan_invitee x ${PLAN_OF_OPEN}`,
    `SELECT x.* FROM plan_recipient x ${PLAN_OF_OPEN}`,
    `SELECT x.* FROM network_member x ${IN_OPEN}`,
    `SELECT x.* FROM contact_entry x ${IN_OPEN}`,
    `SELECT x.* FROM summary x ${IN_OPEN}`,
    "SELECT * FROM setting WHERE key = 'checklist'",
  ].map((sql) => db.prepare(sql));
  return () => {
    for (const statement of statements) statement.all();
  };
}

/**
 * The raw SQL of a search over every phase: the first page of conferences whose reference,
 * social worker or a child's name holds every word (SQLite's LIKE, which folds ASCII case
 * only), the count, and the page's children and guardians. The next-due facts of the open
 * ones among them are in the default view's figure; none of the history's are read.
 */
function rawSearch(db: Db): () => void {
  const words = SEARCH.split(' ');
  const haystack = `(c.reference || ' ' || c.social_worker_name || ' ' ||
    coalesce((SELECT group_concat(k.first_name, ' ') FROM conference_child k WHERE k.conference_id = c.id), ''))`;
  const where = words.map((_, i) => `${haystack} LIKE @w${i}`).join(' AND ');
  const params = Object.fromEntries(words.map((word, i) => [`w${i}`, `%${word}%`]));
  const page = db.prepare(`SELECT c.* FROM conference c WHERE ${where} ORDER BY c.closed_at IS NOT NULL, c.closed_at DESC LIMIT 50`);
  const count = db.prepare(`SELECT count(*) FROM conference c WHERE ${where}`);
  const children = db.prepare('SELECT * FROM conference_child WHERE conference_id IN (SELECT value FROM json_each(@ids))');
  const guardians = db.prepare(
    `SELECT g.*, n.name FROM conference_guardian g JOIN network_member n ON n.id = g.member_id
     WHERE g.conference_id IN (SELECT value FROM json_each(@ids))`,
  );
  return () => {
    const rows = page.all(params) as { id: string }[];
    count.get(params);
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
    // Warm both sides' caches and statements once.
    const listed = await list(defaultInput);
    const found = await list(searchInput);
    rawDefault();
    rawFind();
    const [apiDefault, sqlDefault] = await alternate(41, () => list(defaultInput), rawDefault);
    const [apiSearch, sqlSearch] = await alternate(41, () => list(searchInput), rawFind);
    raw.close();
    backend.close();
    const sized = total.toLocaleString('en-US').padStart(6);
    return (
      `conference.list, ${sized} conferences (${ACTIVE} active, built in ${(built / 1000).toFixed(1)} s): ` +
      `default view ${apiDefault.toFixed(2)} ms (${listed.items.length} rows; raw SQL ${sqlDefault.toFixed(2)} ms, ratio ${(apiDefault / sqlDefault).toFixed(2)}); ` +
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
