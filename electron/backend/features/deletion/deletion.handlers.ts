import type { Handlers } from '../../api/handler-types';
import { notFound } from '../../errors';
import { countConferenceRows } from './deletion.repo';
import { deleteConferences } from './deletion.service';
import { findConference } from '../conference/conference.repo';

export const deletionHandlers: Pick<Handlers, 'conference.deletePreview' | 'conference.delete'> = {
  'conference.deletePreview'(ctx, { id }) {
    if (!findConference(ctx.db, id)) throw notFound('Conference');
    return countConferenceRows(ctx.db, id);
  },

  'conference.delete'(ctx, { id, version }) {
    return { deleted: deleteConferences(ctx, [{ id, version }], 'convener') };
  },
};
