import type { Db } from '../../db/raw-database';
import type { UiLanguage } from '../../../shared/i18n/locales';
import type { CloseReason, ListPhase, MeetingType, Phase } from '../../../shared/conference/conference-lists';
import { prepared } from '../../db/prepared';
import type { OrderedTable } from '../../db/ordered-rows.repo';
import { allGuardianRows, guardianRowsOf, listGuardians, toGuardian, type GuardianRow } from './guardian.repo';
import { foldText } from '../../../shared/conference/list-search';
import type { Child, Conference, ConferenceFields, Guardian } from '../../../shared/conference/conference.schema';

interface ConferenceRow {
  id: string;
  reference: string;
  social_worker_name: string;
  social_worker_unit: string;
  social_worker_phone: string;
  social_worker_email: string;
  commission_date: string;
  meeting_type: string;
  language: string;
  phase: string;
  notes: string;
  close_reason: string | null;
  close_text: string | null;
  closed_at: string | null;
  phase_before_close: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

interface ChildRow {
  id: string;
  conference_id: string;
  first_name: string;
  birth_year: number;
}

/** A conference row as stored, with what `reopen` needs. */
export interface StoredConference extends Conference {
  phaseBeforeClose: Phase | null;
}

/** The conference as the API shows it: without what only `reopen` needs. */
export function toPublicConference({ phaseBeforeClose: _omit, ...conference }: StoredConference): Conference {
  return conference;
}

function toConference(row: ConferenceRow, children: Child[], guardians: Guardian[]): StoredConference {
  return {
    id: row.id,
    reference: row.reference,
    children,
    guardians,
    socialWorker: {
      name: row.social_worker_name,
      unit: row.social_worker_unit,
      phone: row.social_worker_phone,
      email: row.social_worker_email,
    },
    commissionDate: row.commission_date,
    meetingType: row.meeting_type as MeetingType,
    language: row.language as UiLanguage,
    phase: row.phase as Phase,
    notes: row.notes,
    closure:
      row.close_reason && row.closed_at
        ? { reason: row.close_reason as CloseReason, text: row.close_text ?? '', closedAt: row.closed_at }
        : null,
    phaseBeforeClose: (row.phase_before_close as Phase | null) ?? null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toChild(row: ChildRow): Child {
  return { id: row.id, firstName: row.first_name, birthYear: row.birth_year };
}

/** Rows of several conferences mapped by `map`, grouped by conference in their order. */
export function groupByConference<T extends { conference_id: string }, U>(rows: T[], map: (row: T) => U): Map<string, U[]> {
  const groups = new Map<string, U[]>();
  for (const row of rows) {
    const list = groups.get(row.conference_id);
    if (list) list.push(map(row));
    else groups.set(row.conference_id, [map(row)]);
  }
  return groups;
}

/** The conference with `id`, or undefined. */
export function findConference(db: Db, id: string): StoredConference | undefined {
  const row = db.prepare('SELECT * FROM conference WHERE id = @id').get({ id }) as ConferenceRow | undefined;
  if (!row) return undefined;
  const children = db
    .prepare('SELECT * FROM conference_child WHERE conference_id = @id ORDER BY position')
    .all({ id }) as ChildRow[];
  return toConference(row, children.map(toChild), listGuardians(db, id));
}

/** Every conference with its children and guardians, in three queries. */
export function listConferences(db: Db): StoredConference[] {
  const rows = db.prepare('SELECT * FROM conference ORDER BY created_at, rowid').all() as ConferenceRow[];
  const children = groupByConference(
    db.prepare('SELECT * FROM conference_child ORDER BY conference_id, position').all() as ChildRow[],
    toChild,
  );
  const guardians = groupByConference(allGuardianRows(db), toGuardian);
  return rows.map((row) => toConference(row, children.get(row.id) ?? [], guardians.get(row.id) ?? []));
}

/** A conference row as stored, for a caller that reads rows once and maps them later (the list). */
export type StoredConferenceRow = ConferenceRow;

/** What a caller has read already of some conferences: their rows, and all their guardians' rows (none when absent). */
export interface KnownConferences {
  rows: ReadonlyMap<string, StoredConferenceRow>;
  guardians: ReadonlyMap<string, readonly GuardianRow[]>;
}

/**
 * The conferences with these ids, with children and guardians, in the order of `ids`. What the
 * caller has read already (`known`) is not read again.
 */
export function conferencesByIds(
  db: Db,
  ids: readonly string[],
  known: KnownConferences = { rows: new Map(), guardians: new Map() },
): StoredConference[] {
  if (ids.length === 0) return [];
  const json = JSON.stringify(ids);
  const missing = ids.filter((id) => !known.rows.has(id));
  const missingJson = JSON.stringify(missing);
  const rows = new Map(known.rows);
  const guardians = new Map<string, Guardian[]>();
  for (const id of ids) {
    const own = known.rows.has(id) ? known.guardians.get(id) : undefined;
    if (own) guardians.set(id, own.map(toGuardian));
  }
  if (missing.length > 0) {
    const read = prepared(db, 'SELECT * FROM conference WHERE id IN (SELECT value FROM json_each(@ids))').all({ ids: missingJson }) as ConferenceRow[];
    for (const row of read) rows.set(row.id, row);
    for (const [id, own] of groupByConference(guardianRowsOf(db, missingJson), toGuardian)) guardians.set(id, own);
  }
  const children = groupByConference(
    prepared(db, 'SELECT * FROM conference_child WHERE conference_id IN (SELECT value FROM json_each(@ids)) ORDER BY conference_id, position')
      .all({ ids: json }) as ChildRow[],
    toChild,
  );
  return ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [toConference(row, children.get(id) ?? [], guardians.get(id) ?? [])] : [];
  });
}

/** What the list is narrowed by, as SQL reads it: closed-at bounds are instants (ISO, UTC). */
export interface ListCriteria {
  phase: ListPhase;
  meetingType: MeetingType | null;
  /** Folded words (list-search.ts), each to be found in the reference, social worker or a child's name. */
  words: string[];
  closedFrom: string | null;
  closedBefore: string | null;
}

/** An open conference of the list with what ordering it needs, and its row as stored (read once). */
export interface OpenListRow {
  id: string;
  reference: string;
  phase: Phase;
  meetingType: MeetingType;
  commissionDate: string;
  /** When the summary was gone through with the parents (read with the row: the next-due rule's). */
  summaryGoneThrough: string | null;
  row: StoredConferenceRow;
}

const MATCHES = 'neuvonpito_matches';
const withSearch = new WeakSet<Db>();
// eslint-disable-next-line no-control-regex -- plain ASCII, which folds by lower-casing alone
const ASCII = /^[\x00-\x7f]*$/;
/**
 * Folded references, names and children's names other than plain ASCII, so that each keystroke of a
 * search does not fold the whole history again (a city's ten years hold about 20,000; a few MB).
 */
const folds = new Map<string, string>();
const MAX_FOLDS = 50_000;

/** `foldText(text)`, remembered for text other than plain ASCII (whose folding is the costly part). */
function foldCached(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  let folded = folds.get(text);
  if (folded === undefined) {
    if (folds.size >= MAX_FOLDS) folds.clear();
    folds.set(text, (folded = foldText(text)));
  }
  return folded;
}

const foldPart = (part: unknown): string => (typeof part === 'string' ? foldCached(part) : '');

/**
 * The search as a function of this connection (registered once per connection):
 * `neuvonpito_matches(reference, socialWorker, childNames, words)` is 1 when every one of the
 * folded words (a JSON array) is found in the folded reference, social worker or children's
 * names. The same as finding each in the three joined by spaces (a word holds no space), without
 * joining them in SQL or folding a part twice.
 */
function registerSearch(db: Db): void {
  if (withSearch.has(db)) return;
  let lastWords = '';
  let parsed: string[] = [];
  db.function(MATCHES, { deterministic: true }, (reference: unknown, socialWorker: unknown, childNames: unknown, words: unknown) => {
    if (typeof words !== 'string') return 0;
    if (words !== lastWords) [lastWords, parsed] = [words, JSON.parse(words) as string[]];
    const [a, b, c] = [foldPart(reference), foldPart(socialWorker), foldPart(childNames)];
    for (const word of parsed) if (!a.includes(word) && !b.includes(word) && !c.includes(word)) return 0;
    return 1;
  });
  withSearch.add(db);
}

/**
 * The WHERE clause and parameters of the list's open (or closed) side, or null when that
 * side cannot match (closed ones under an open phase, open ones under a closing period).
 */
function listWhere(db: Db, criteria: ListCriteria, closed: boolean): { sql: string; params: Record<string, string> } | null {
  const { phase } = criteria;
  const hasPeriod = criteria.closedFrom !== null || criteria.closedBefore !== null;
  if (closed ? phase !== 'all' && phase !== 'paattynyt' : phase === 'paattynyt' || hasPeriod) return null;
  const terms = [closed ? 'c.closed_at IS NOT NULL' : 'c.closed_at IS NULL'];
  const params: Record<string, string> = {};
  if (!closed && phase !== 'active' && phase !== 'all') {
    terms.push('c.phase = @phase');
    params.phase = phase;
  }
  if (criteria.meetingType) {
    terms.push('c.meeting_type = @meetingType');
    params.meetingType = criteria.meetingType;
  }
  if (closed && criteria.closedFrom) {
    terms.push('c.closed_at >= @closedFrom');
    params.closedFrom = criteria.closedFrom;
  }
  if (closed && criteria.closedBefore) {
    terms.push('c.closed_at < @closedBefore');
    params.closedBefore = criteria.closedBefore;
  }
  if (criteria.words.length > 0) {
    registerSearch(db);
    terms.push(`${MATCHES}(c.reference, c.social_worker_name,
      (SELECT group_concat(k.first_name, ' ') FROM conference_child k WHERE k.conference_id = c.id), @words) = 1`);
    params.words = JSON.stringify(criteria.words);
  }
  return { sql: terms.join(' AND '), params };
}

/** The open conferences matching `criteria`, in no order: the list orders them by what is due. */
export function openListRows(db: Db, criteria: ListCriteria): OpenListRow[] {
  const where = listWhere(db, criteria, false);
  if (!where) return [];
  const rows = prepared(
    db,
    `SELECT c.*, (SELECT s.parents_date FROM summary s WHERE s.conference_id = c.id) AS summary_parents_date
     FROM conference c WHERE ${where.sql}`,
  ).all(where.params) as (ConferenceRow & { summary_parents_date: string | null })[];
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    phase: row.phase as Phase,
    meetingType: row.meeting_type as MeetingType,
    commissionDate: row.commission_date,
    summaryGoneThrough: row.summary_parents_date,
    row,
  }));
}

/**
 * The ids of the closed conferences matching `criteria` from `offset` (the most recently closed
 * first), and how many match in all. Without a search the count and the page are two indexed
 * or cheap queries; with one, the search runs once and its (few) matches are counted here.
 */
export function closedListPage(db: Db, criteria: ListCriteria, offset: number, limit: number): { ids: string[]; total: number } {
  const where = listWhere(db, criteria, true);
  if (!where) return { ids: [], total: 0 };
  const ordered = `SELECT c.id FROM conference c WHERE ${where.sql} ORDER BY c.closed_at DESC, c.rowid DESC`;
  if (criteria.words.length > 0) {
    const all = prepared(db, ordered).pluck().all(where.params) as string[];
    return { ids: limit > 0 ? all.slice(offset, offset + limit) : [], total: all.length };
  }
  const total = prepared(db, `SELECT count(*) FROM conference c WHERE ${where.sql}`).pluck().get(where.params) as number;
  if (limit <= 0 || offset >= total) return { ids: [], total };
  const ids = prepared(db, `${ordered} LIMIT @limit OFFSET @offset`).pluck().all({ ...where.params, limit, offset }) as string[];
  return { ids, total };
}

/** Whether there is any conference at all. */
export function anyConference(db: Db): boolean {
  return prepared(db, 'SELECT EXISTS (SELECT 1 FROM conference)').pluck().get() === 1;
}

function fieldParams(fields: ConferenceFields) {
  return {
    reference: fields.reference,
    social_worker_name: fields.socialWorker.name,
    social_worker_unit: fields.socialWorker.unit,
    social_worker_phone: fields.socialWorker.phone,
    social_worker_email: fields.socialWorker.email,
    commission_date: fields.commissionDate,
    meeting_type: fields.meetingType,
    language: fields.language,
    notes: fields.notes,
  };
}

/** Inserts a conference row (children and guardians are written separately). */
export function insertConference(
  db: Db,
  conference: { id: string; phase: Phase; now: string; fields: ConferenceFields },
): void {
  db.prepare(
    `INSERT INTO conference (id, reference, social_worker_name, social_worker_unit, social_worker_phone,
       social_worker_email, commission_date, meeting_type, language, phase, notes, version, created_at, updated_at)
     VALUES (@id, @reference, @social_worker_name, @social_worker_unit, @social_worker_phone,
       @social_worker_email, @commission_date, @meeting_type, @language, @phase, @notes, 1, @now, @now)`,
  ).run({ id: conference.id, phase: conference.phase, now: conference.now, ...fieldParams(conference.fields) });
}

/**
 * Updates the editable fields if the row is still at `version`; returns false when
 * someone else saved in between.
 */
export function updateConferenceFields(
  db: Db,
  update: { id: string; version: number; phase: Phase; now: string; fields: ConferenceFields },
): boolean {
  const result = db
    .prepare(
      `UPDATE conference SET reference = @reference, social_worker_name = @social_worker_name,
         social_worker_unit = @social_worker_unit, social_worker_phone = @social_worker_phone,
         social_worker_email = @social_worker_email, commission_date = @commission_date,
         meeting_type = @meeting_type, language = @language, notes = @notes, phase = @phase,
         version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    )
    .run({ id: update.id, version: update.version, phase: update.phase, now: update.now, ...fieldParams(update.fields) });
  return result.changes === 1;
}

/** Sets or clears the closure; returns false when the row is no longer at `version`. */
export function updateClosure(
  db: Db,
  change: {
    id: string;
    version: number;
    now: string;
    phase: Phase;
    closure: { reason: CloseReason; text: string; phaseBefore: Phase } | null;
  },
): boolean {
  const result = db
    .prepare(
      `UPDATE conference SET phase = @phase, close_reason = @close_reason, close_text = @close_text,
         closed_at = @closed_at, phase_before_close = @phase_before_close,
         version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    )
    .run({
      id: change.id,
      version: change.version,
      now: change.now,
      phase: change.phase,
      close_reason: change.closure?.reason ?? null,
      close_text: change.closure?.text ?? null,
      closed_at: change.closure ? change.now : null,
      phase_before_close: change.closure?.phaseBefore ?? null,
    });
  return result.changes === 1;
}

export const CHILD_TABLE: OrderedTable<{ firstName: string; birthYear: number }> = {
  table: 'conference_child',
  columns: ['first_name', 'birth_year'],
  values: (child) => ({ first_name: child.firstName, birth_year: child.birthYear }),
};

/**
 * Marks the conference changed (its version moves) without changing its fields: a guardian's
 * name, which the conference form shows, was changed on the network member.
 */
export function touchConference(db: Db, change: { id: string; now: string }): void {
  db.prepare('UPDATE conference SET version = version + 1, updated_at = @now WHERE id = @id').run(change);
}

/**
 * Moves an open conference to `phase` as the recorded work implies (the meeting started,
 * the plan accepted), bumping its version so an open form sees the change.
 */
export function movePhase(db: Db, change: { id: string; phase: Phase; now: string }): void {
  db.prepare(
    `UPDATE conference SET phase = @phase, version = version + 1, updated_at = @now
     WHERE id = @id AND closed_at IS NULL AND phase <> @phase`,
  ).run(change);
}
