import type { Db } from '../db/raw-database';
import type { Store } from '../db/store';

/** What every handler receives besides its input. */
export interface HandlerContext {
  /** The open connection (`store.db`, read at each call: a restore replaces it). */
  readonly db: Db;
  /** For the methods that work on the database files themselves: backups and restore. */
  store: Store;
  /** The current instant; injected so tests can fix the clock. */
  now(): Date;
  newId(): string;
}
