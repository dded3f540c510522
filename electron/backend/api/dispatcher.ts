import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { contract } from '../../shared/api/contract';
import { isDocumentMethod, isMethodName, isReadMethod, runsOutsideTransaction, type MethodName } from '../../shared/api/methods';
import type { ApiResult, FieldIssue } from '../../shared/api/result';
import { isMessageKey } from '../../shared/i18n';
import type { Db } from '../db/raw-database';
import type { DocumentBuild } from './handler-types';
import { prepared } from '../db/prepared';
import type { Store } from '../db/store';
import { AppError, storageProblem } from '../errors';
import type { HandlerContext } from './handler-context';
import { handlers } from './handlers';

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface DispatcherOptions {
  now?: () => Date;
  newId?: () => string;
  /** Where unexpected errors are reported; they never reach the caller. */
  logError?: (error: unknown, method: string) => void;
}

/** Field issues keyed by catalog messages; zod's own messages become a generic key. */
function toIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: isMessageKey(issue.message) ? issue.message : 'validation.invalid',
  }));
}

/**
 * Runs a handler in a transaction. A write begins immediately (BEGIN IMMEDIATE): it takes
 * the write lock before reading, so a second process writing the same file makes it wait
 * (busy_timeout) instead of failing when its read snapshot went stale. A read stays deferred
 * and never waits for a writer (WAL); a read method that writes fails loudly and writes
 * nothing (its transaction rolls back). That is checked by the count of changed rows, not with
 * `PRAGMA query_only`: setting a pragma expires every prepared statement of the connection.
 */
function runInTransaction<T>(db: Db, method: MethodName, fn: () => T): T {
  // A backup or a restore works on the files (VACUUM INTO cannot run inside a transaction).
  if (runsOutsideTransaction(method)) return fn();
  if (!isReadMethod(method)) return db.transaction(fn).immediate();
  const changes = prepared(db, 'SELECT total_changes()').pluck();
  const before = changes.get();
  return db
    .transaction(() => {
      const value = fn();
      if (changes.get() !== before) throw new Error(`${method} is a read method but wrote to the database`);
      return value;
    })
    .deferred();
}

/**
 * The one entry point for every API call, from IPC and from the web host alike:
 * validates the input against the contract, runs the handler in a transaction and
 * wraps the outcome. A failed call writes nothing and leaks no stack trace. A document
 * method's file is built after its transaction, from what the handler read inside it.
 */
export function createDispatcher(store: Store, options: DispatcherOptions = {}): Dispatch {
  const ctx: HandlerContext = {
    get db() {
      return store.db;
    },
    store,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? randomUUID,
  };
  const logError = options.logError ?? ((error, method) => console.error(`[api] ${method} failed`, error));

  return async (method, input) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'not_found', message: `Unknown method: ${String(method)}` } };
    }
    const handler = handlers[method] as (ctx: HandlerContext, input: unknown) => unknown;
    try {
      // Inside the try: a schema refinement that throws must not take the call down with it.
      const parsed = contract[method].input.safeParse(input ?? {});
      if (!parsed.success) {
        return {
          ok: false,
          error: { code: 'invalid_input', message: `Invalid input for ${method}`, issues: toIssues(parsed.error) },
        };
      }
      const read = runInTransaction(ctx.db, method, () => handler(ctx, parsed.data));
      const value = isDocumentMethod(method) ? await (read as DocumentBuild)() : read;
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) {
        return {
          ok: false,
          error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) },
        };
      }
      logError(error, method);
      // A full or failing disk is something the user can fix; SQLite's own text stays here.
      const problem = storageProblem(error);
      if (problem) return { ok: false, error: { code: problem, message: problem === 'disk_full' ? 'Disk full' : 'Storage error' } };
      return { ok: false, error: { code: 'internal', message: 'Internal error' } };
    }
  };
}
