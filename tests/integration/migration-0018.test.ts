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

describe('migration 0018', () => {
  it('adds the indexes the statistics read through, to a database at version 17', () => {
    const dir = useTempDir();
    open(dir, MIGRATIONS.slice(0, 17)).close();
    const db = open(dir);
    try {
      expect(plan(db, 'SELECT id, conference_id, sector, invite, is_worker FROM network_member')).toContain(
        'COVERING INDEX network_member_statistics',
      );
      expect(plan(db, 'SELECT conference_id, date, duration_minutes FROM contact_entry WHERE duration_minutes IS NOT NULL')).toContain(
        'contact_entry_duration',
      );
    } finally {
      db.close();
    }
  });
});
