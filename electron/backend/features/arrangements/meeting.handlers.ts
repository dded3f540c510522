import { isInvitedTo } from '../../../shared/arrangements/meetings';
import { todayInHelsinki } from '../../../shared/dates';
import type { Handlers } from '../../api/handler-types';
import { notFound } from '../../errors';
import { heldDateIssue } from '../../../shared/conference/held-before';
import { editableConference, invalidField, readPreparation, requireVersion, stale } from '../preparation/preparation.service';
import { enterMeetingAsHeld } from './held-before.service';
import { findMeeting, updateMeeting } from './meeting.repo';
import { saveReply } from './reply.repo';

export const meetingHandlers: Pick<Handlers, 'meeting.update' | 'meeting.setReply' | 'meeting.enterAsHeld'> = {
  'meeting.update'(ctx, { id, version, ...fields }) {
    const meeting = findMeeting(ctx.db, id);
    if (!meeting) throw notFound('Meeting');
    const conference = editableConference(ctx.db, meeting.conferenceId);
    requireVersion('meeting', meeting.version, version);
    const now = ctx.now();
    // A meeting held before the app keeps a day it could have been held on.
    if (meeting.heldBeforeApp) {
      if (!fields.date) throw invalidField(['date'], 'validation.required');
      const issue = heldDateIssue(fields.date, conference.commissionDate, todayInHelsinki(now));
      if (issue) throw invalidField(['date'], issue);
    }
    // The venue's booked day is stamped when it is first saved as booked (the checklist's date).
    if (!updateMeeting(ctx.db, { id, version, now: now.toISOString(), today: todayInHelsinki(now), fields })) {
      throw stale('meeting');
    }
    return readPreparation(ctx.db, meeting.conferenceId);
  },

  /*
   * A follow-up invitee's reply has its own version, like a checklist tick, so recording
   * one never makes an open arrangements form stale. The conference's replies are the
   * network's (network.updateMember); someone the follow-up does not invite has no reply to it.
   */
  'meeting.setReply'(ctx, { meetingId, memberId, version, reply }) {
    const meeting = findMeeting(ctx.db, meetingId);
    if (!meeting) throw notFound('Meeting');
    editableConference(ctx.db, meeting.conferenceId);
    if (meeting.kind !== 'follow_up') throw invalidField(['meetingId'], 'arrangements.replies.error.conference');
    const prep = readPreparation(ctx.db, meeting.conferenceId);
    if (!isInvitedTo(prep, meeting, memberId)) throw invalidField(['memberId'], 'arrangements.replies.error.notInvited');
    if (!saveReply(ctx.db, meetingId, { memberId, reply, version })) throw stale('reply');
    return readPreparation(ctx.db, meeting.conferenceId);
  },

  'meeting.enterAsHeld'(ctx, { id, version, ...held }) {
    const meeting = findMeeting(ctx.db, id);
    if (!meeting) throw notFound('Meeting');
    const conference = editableConference(ctx.db, meeting.conferenceId);
    requireVersion('meeting', meeting.version, version);
    enterMeetingAsHeld(ctx, { meeting, conference, version, held, path: [] });
    return readPreparation(ctx.db, meeting.conferenceId);
  },
};
