import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import type { Db } from '../../electron/backend/db/raw-database';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { TEST_DATABASE_KEY } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Migration 0018: the statistics read the network and the contacts' lengths through indexes,
 * never through the wide rows that hold names and what was discussed.
 */

const open = (dir: string, migrations?: readonly Migration[]): Db => openDatabase(dir, TEST_DATABASE_KEY, migrations);

const plan = (db: Db, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');

const STATISTICS_INDEXES = ['contact_entry_duration', 'network_member_statistics'];

/** The statistics' reads go through the indexes. */
function expectStatisticsIndexes(db: Db): void {
  expect(plan(db, 'SELECT id, conference_id, sector, invite, is_worker FROM network_member')).toContain(
    'COVERING INDEX network_member_statistics',
  );
  expect(plan(db, 'SELECT conference_id, date, duration_minutes FROM contact_entry WHERE duration_minutes IS NOT NULL')).toContain(
    'contact_entry_duration',
  );
}

/*
 * Two versions of 0017 reached users: the one in the code makes these indexes, an earlier one
 * did not. A database at version 17 from either opens and ends with the indexes.
 */
describe('migration 0018', () => {
  it('adds the indexes to a database whose 0017 did not make them', () => {
    const dir = useTempDir();
    const at17 = open(dir, MIGRATIONS.slice(0, 17));
    for (const index of STATISTICS_INDEXES) at17.exec(`DROP INDEX ${index}`);
    at17.close();
    const db = open(dir);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(18);
      expectStatisticsIndexes(db);
    } finally {
      db.close();
    }
  });

  it('opens a database whose 0017 made them already, and leaves them as they were', () => {
    const dir = useTempDir();
    open(dir, MIGRATIONS.slice(0, 17)).close();
    const db = open(dir);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(18);
      const indexes = db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name IN (${STATISTICS_INDEXES.map(() => '?').join(', ')}) ORDER BY name`)
        .pluck()
        .all(...STATISTICS_INDEXES);
      expect(indexes).toEqual(STATISTICS_INDEXES);
      expectStatisticsIndexes(db);
    } finally {
      db.close();
    }
  });
});
