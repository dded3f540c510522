import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/methods';
import { conferenceHandlers } from '../features/conference/conference.handlers';
import { settingsHandlers } from '../features/settings/settings.handlers';
import type { HandlerContext } from './handler-context';

/**
 * One handler per method, typed from the contract: a missing handler is a compile error.
 * Handlers are synchronous so the dispatcher can run each one inside a transaction.
 */
export type Handlers = {
  [M in MethodName]: (ctx: HandlerContext, input: ParsedInput<M>) => MethodOutput<M>;
};

export const handlers: Handlers = {
  ...conferenceHandlers,
  ...settingsHandlers,
};
