import type { Handlers } from '../../api/handler-types';
import { notFound } from '../../errors';
import { findMeeting } from '../arrangements/meeting.repo';
import { editableConference, readPreparation, stale } from '../preparation/preparation.service';
import { feedbackOf, saveFeedback } from './feedback.repo';

/*
 * The participants' feedback forms returned at a meeting: counts and scores per group, never a
 * name or the free comment (which stays on the paper). All of a meeting's forms are one record
 * under one version, replaced whole by each save.
 */
export const feedbackHandlers: Pick<Handlers, 'feedback.save'> = {
  'feedback.save'(ctx, { meetingId, version, responses }) {
    const meeting = findMeeting(ctx.db, meetingId);
    if (!meeting) throw notFound('Meeting');
    const conference = editableConference(ctx.db, meeting.conferenceId);
    const [stored] = feedbackOf(ctx.db, [meetingId]);
    if (stored!.version !== version) throw stale('feedback');
    if (!saveFeedback(ctx.db, { meetingId, version, now: ctx.now().toISOString(), responses })) throw stale('feedback');
    return readPreparation(ctx.db, conference.id);
  },
};
