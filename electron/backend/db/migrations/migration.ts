import type Database from 'better-sqlite3-multiple-ciphers';

/** One schema step. `up` must be synchronous: it runs inside the migration transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
