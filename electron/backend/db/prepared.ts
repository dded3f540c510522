import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './raw-database';

/*
 * Statements prepared once per connection: compiling SQL costs more than running a small
 * query, and a screen asked for at every keystroke (the conference list) runs a dozen of them.
 * Keyed by the connection, so a reopened or restored database starts afresh.
 */
const cache = new WeakMap<Db, Map<string, Statement>>();

/** The statement for `sql` on `db`, prepared on first use. */
export function prepared(db: Db, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}
