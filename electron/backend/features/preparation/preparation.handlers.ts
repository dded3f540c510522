import type { Handlers } from '../../api/handler-types';
import { readPreparation } from './preparation.service';

export const preparationHandlers: Pick<Handlers, 'preparation.get'> = {
  'preparation.get'(ctx, { conferenceId }) {
    return readPreparation(ctx.db, conferenceId);
  },
};
