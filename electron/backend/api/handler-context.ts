import type { Db } from '../db/connection';

/** What every handler receives besides its input. */
export interface HandlerContext {
  db: Db;
  /** The current instant; injected so tests can fix the clock. */
  now(): Date;
  newId(): string;
}
