import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../electron/backend/db/connection';
import { LATEST_VERSION } from '../../electron/backend/db/migrations';
import type { Db } from '../../electron/backend/db/raw-database';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { makeConferenceInput } from '../fixtures/conference';
import { call, openTestBackend, TABLES, TEST_DATABASE_KEY } from './backend';
import { useTempDir } from './temp-dir';

/* What the migration tests share: opening at a version, the schema's tables at each version, backups. */

export const open = (dir: string, migrations?: readonly Migration[]): Db => openDatabase(dir, TEST_DATABASE_KEY, migrations);

/** The pre-migration backups in the data directory's backups folder (full paths, sorted by name). */
export function migrationBackups(dir: string): string[] {
  const folder = join(dir, 'backups');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /-migration(-\d+)?\.sqlite$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}

/** The one pre-migration backup the last open made. */
export function migrationBackup(dir: string): string {
  const backups = migrationBackups(dir);
  expect(backups).toHaveLength(1);
  return backups[0]!;
}

/** Every table of the latest schema, by name. */
export const LATEST_TABLES = [...TABLES].sort();

/** The tables as migration 0002 left them, before the arrangements. */
export const TABLES_AT_VERSION_2 = [
  'child_participation',
  'commission',
  'commission_child',
  'commission_concern',
  'commission_guardian',
  'conference',
  'conference_child',
  'conference_guardian',
  'contact_entry',
  'network_member',
  'setting',
  'summary',
  'summary_item',
  'support_person',
];

/** The tables as migration 0003 left them, before the meeting day and the plan. */
export const TABLES_AT_VERSION_3 = [
  ...TABLES_AT_VERSION_2,
  'checklist_done',
  'checklist_item',
  'meeting',
  'meeting_interpreter',
].sort();

/** The tables migration 0016 added, for the network-mapping meeting. */
export const TABLES_FROM_16 = ['meeting_turn', 'meeting_flip_chart', 'meeting_flip_chart_line'];

/** The tables migration 0017 added: working time, costs, feedback, what is kept of a deleted conference. */
export const TABLES_FROM_17 = ['work_entry', 'conference_cost', 'meeting_feedback', 'meeting_feedback_response', 'statistics_record'];

/** The tables as migration 0004 left them, before the follow-up meetings. */
export const TABLES_AT_VERSION_4 = LATEST_TABLES.filter(
  (table) =>
    !TABLES_FROM_16.includes(table) &&
    !TABLES_FROM_17.includes(table) &&
    !table.startsWith('follow_up') &&
    !table.startsWith('plan_kept') &&
    table !== 'conference_statistics' &&
    table !== 'letter_export' &&
    table !== 'meeting_reply',
);

/** The tables as migration 0005 left them, before decided plans kept their copies. */
export const TABLES_AT_VERSION_5 = LATEST_TABLES.filter(
  (table) =>
    !TABLES_FROM_16.includes(table) &&
    !TABLES_FROM_17.includes(table) &&
    !table.startsWith('plan_kept') &&
    table !== 'conference_statistics' &&
    table !== 'letter_export' &&
    table !== 'meeting_reply',
);

export function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function tables(db: Db): string[] {
  return db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
}

export function columns(db: Db, table: string): string[] {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
}

export function pragmas(db: Db) {
  return {
    journal_mode: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
    foreign_keys: db.pragma('foreign_keys', { simple: true }),
    secure_delete: db.pragma('secure_delete', { simple: true }),
  };
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A test-only second migration: a venue column with a default, and a new table. */
export const addVenue: Migration = {
  version: LATEST_VERSION + 1,
  name: 'test-venue',
  up(db) {
    db.exec(`ALTER TABLE conference ADD COLUMN venue TEXT NOT NULL DEFAULT '';
             CREATE TABLE test_venue (id TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT;
             UPDATE conference SET venue = 'Perhekeskus, kokoushuone Ilves';`);
  },
};

/** A data dir at the current schema holding one conference, made through the API. */
export async function dirWithConference() {
  const dir = useTempDir();
  const backend = openTestBackend(dir);
  const conference = await call(backend.dispatch, 'conference.create', makeConferenceInput());
  backend.close();
  return { dir, file: join(dir, DATABASE_FILE), conference };
}
