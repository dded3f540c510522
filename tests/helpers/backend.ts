import { onTestFinished } from 'vitest';
import { openBackend, type Backend, type BackendOptions } from '../../electron/backend/backend';
import { openRawDatabase, type Db } from '../../electron/backend/db/raw-database';
import type { Dispatch } from '../../electron/backend/api/dispatcher';
import type { MethodInput, MethodOutput } from '../../electron/shared/api/contract';
import type { MethodName } from '../../electron/shared/api/methods';
import type { ApiError } from '../../electron/shared/api/result';
import { FIXED_NOW } from '../fixtures/conference';

/** A clock the test can move: `clock.now()` answers `clock.at`. */
export function makeClock(start: Date = FIXED_NOW) {
  const clock = {
    at: start,
    now: () => clock.at,
    advanceMinutes(minutes: number) {
      clock.at = new Date(clock.at.getTime() + minutes * 60_000);
    },
  };
  return clock;
}

/** The key every test database is encrypted with (a real 256-bit key, fixed so a test can reopen). */
export const TEST_DATABASE_KEY = '0f1e2d3c4b5a69788796a5b4c3d2e1f00123456789abcdeffedcba9876543210';

/**
 * The database file behind the API's back, opened with the test key (`key: null`: a plain
 * file, as an earlier version left it). Read-only unless `writable`, which also creates it.
 */
export function openTestDatabaseFile(file: string, options: { writable?: boolean; key?: string | null } = {}): Db {
  const key = options.key === undefined ? TEST_DATABASE_KEY : options.key;
  return openRawDatabase(file, key, { readonly: !options.writable, fileMustExist: !options.writable });
}

/** The backend on `dataDir` with a fixed clock and the test key, closed when the test finishes. */
export function openTestBackend(dataDir: string, options: BackendOptions = {}): Backend {
  const backend = openBackend(dataDir, { key: TEST_DATABASE_KEY, now: () => FIXED_NOW, logError: () => {}, ...options });
  onTestFinished(() => backend.close());
  return backend;
}

/** Calls `method` and returns its value; fails the test with the API error otherwise. */
export async function call<M extends MethodName>(
  dispatch: Dispatch,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as MethodOutput<M>;
}

/** Calls `method` expecting a refusal and returns the API error. */
export async function callError(dispatch: Dispatch, method: string, input: unknown): Promise<ApiError> {
  const result = await dispatch(method, input);
  if (result.ok) throw new Error(`${method} succeeded but was expected to fail: ${JSON.stringify(result.value)}`);
  return result.error;
}

export const TABLES = [
  'conference',
  'conference_child',
  'conference_guardian',
  'setting',
  'commission',
  'commission_guardian',
  'commission_child',
  'commission_concern',
  'child_participation',
  'network_member',
  'support_person',
  'contact_entry',
  'summary',
  'summary_item',
  'meeting',
  'meeting_interpreter',
  'checklist_done',
  'checklist_item',
  'letter_export',
  'meeting_reply',
  'meeting_day',
  'meeting_part_end',
  'meeting_timer_segment',
  'meeting_attendance',
  'meeting_child_heard',
  'meeting_turn',
  'meeting_flip_chart',
  'meeting_flip_chart_line',
  'plan',
  'plan_item',
  'plan_item_bottom_line',
  'plan_service',
  'plan_recipient',
  'plan_invitee',
  'plan_dissent',
  'plan_not_acceptable_check',
  'follow_up',
  'follow_up_question',
  'follow_up_review',
  'plan_kept',
  'plan_kept_summary_item',
  'plan_kept_member',
  'plan_kept_child',
  'conference_statistics',
  'statistics_record',
  'work_entry',
  'conference_cost',
  'meeting_feedback',
  'meeting_feedback_response',
] as const;

export type TableName = (typeof TABLES)[number];

/** Every table with no rows: what a failed first call must leave behind. */
export const EMPTY_TABLES = Object.fromEntries(TABLES.map((table) => [table, 0])) as Record<TableName, number>;

/** Row counts per table, read straight from the database file on a separate connection. */
export function countRows(databaseFile: string): Record<TableName, number> {
  const db = openTestDatabaseFile(databaseFile);
  try {
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return Object.fromEntries(TABLES.map((table) => [table, count(table)])) as Record<TableName, number>;
  } finally {
    db.close();
  }
}
