import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/methods';
import { commissionHandlers } from '../features/commission/commission.handlers';
import { conferenceHandlers } from '../features/conference/conference.handlers';
import { contactHandlers } from '../features/contact/contact.handlers';
import { networkHandlers } from '../features/network/network.handlers';
import { preparationHandlers } from '../features/preparation/preparation.handlers';
import { settingsHandlers } from '../features/settings/settings.handlers';
import { summaryHandlers } from '../features/summary/summary.handlers';
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
  ...preparationHandlers,
  ...commissionHandlers,
  ...networkHandlers,
  ...contactHandlers,
  ...summaryHandlers,
  ...settingsHandlers,
};
