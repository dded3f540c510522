import { todayInHelsinki } from '../../../shared/dates';
import type { Handlers } from '../../api/handlers';
import { notFound } from '../../errors';
import { editableConference, readPreparation, requireVersion, stale } from '../preparation/preparation.service';
import { findMeeting, updateMeeting } from './meeting.repo';

export const meetingHandlers: Pick<Handlers, 'meeting.update'> = {
  'meeting.update'(ctx, { id, version, ...fields }) {
    const meeting = findMeeting(ctx.db, id);
    if (!meeting) throw notFound('Meeting');
    editableConference(ctx.db, meeting.conferenceId);
    requireVersion('meeting', meeting.version, version);
    const now = ctx.now();
    // The venue's booked day is stamped when it is first saved as booked (the checklist's date).
    if (!updateMeeting(ctx.db, { id, version, now: now.toISOString(), today: todayInHelsinki(now), fields })) {
      throw stale('meeting');
    }
    return readPreparation(ctx.db, meeting.conferenceId);
  },
};
