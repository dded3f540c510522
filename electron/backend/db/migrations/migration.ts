import type Database from 'better-sqlite3-multiple-ciphers';

/*
 * Foreign keys stay on while migrations run. `openDatabase` sets `foreign_keys = ON` before it
 * migrates, and `migrate` (connection.ts) runs every pending migration and the `user_version`
 * bump in one transaction. SQLite ignores `PRAGMA foreign_keys` inside a transaction (it is a
 * no-op while a BEGIN or SAVEPOINT is pending), so a migration cannot turn them off; turning
 * them off before the transaction (SQLite's own 12-step procedure) would mean a migration's
 * copying is no longer checked, and is not done. The gain: every row a migration writes or
 * copies back is checked against its parents as it is written, so a migration cannot leave an
 * orphan behind and fails (rolling back the whole open) instead.
 *
 * What that means for a table rebuild (a changed column or foreign key needs a new table):
 * with foreign keys on, `DROP TABLE` first deletes the table's rows, and that delete acts on
 * every table that refers to it: ON DELETE CASCADE deletes their rows, SET NULL blanks their
 * references, and a plain REFERENCES makes the drop fail. So:
 * - a table nothing refers to may be rebuilt directly: create `new_x`, copy, drop `x`,
 *   rename `new_x` to `x` (0014, 0016);
 * - a table others refer to is rebuilt with its children: each referring table (and theirs,
 *   children first) is copied aside and dropped, the parent is rebuilt, the children are made
 *   again from their own SQL in `sqlite_master` and filled back, and `PRAGMA
 *   foreign_key_check` must then report nothing, else the migration throws (0006, 0011, 0015).
 * Never drop a referenced table with its children in place: their rows would go with it.
 */

/** One schema step. `up` must be synchronous: it runs inside the migration transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
