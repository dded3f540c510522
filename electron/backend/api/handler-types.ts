import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import type { DocumentMethodName, MethodName } from '../../shared/api/methods';
import type { DocumentFile } from '../../shared/documents/documents.schema';
import type { HandlerContext } from './handler-context';

/* The handlers' types, apart from the map of them: each feature's handlers file imports these. */

/**
 * Builds a file from what a document handler read: runs after the transaction has
 * ended, because packing a Word file is asynchronous and no await may hold a transaction.
 */
export type DocumentBuild = () => Promise<DocumentFile>;

/**
 * One handler per method, typed from the contract: a missing handler is a compile error.
 * Handlers are synchronous so the dispatcher can run each one inside a transaction; a
 * document handler reads inside it and returns the build to run after it.
 */
export type Handlers = {
  [M in MethodName]: (
    ctx: HandlerContext,
    input: ParsedInput<M>,
  ) => M extends DocumentMethodName ? DocumentBuild : MethodOutput<M>;
};
