import type { Meeting } from '../../../shared/arrangements/meeting.schema';
import { dayLayoutOf } from '../../../shared/conference/meeting-types';
import {
  applyTimerAction,
  meetingHasStarted,
  phaseWhenMeetingStarts,
} from '../../../shared/meeting-day/meeting-day-rules';
import { applyTurnAction } from '../../../shared/meeting-day/turns';
import { memberFieldsSchema } from '../../../shared/preparation/network.schema';
import type { Handlers } from '../../api/handler-types';
import type { HandlerContext } from '../../api/handler-context';
import { conflict, notFound } from '../../errors';
import { findMeeting } from '../arrangements/meeting.repo';
import { movePhase, type StoredConference } from '../conference/conference.repo';
import { findMember, insertMember } from '../network/network.repo';
import {
  editableConference,
  invalidField,
  readPreparation,
  requireVersion,
  stale,
} from '../preparation/preparation.service';
import {
  saveAttendance,
  saveChildHeard,
  saveFlipChart,
  saveMeetingDayFields,
  saveTimers,
  saveTurns,
} from './meeting-day.repo';

type MeetingDayMethod =
  | 'meetingDay.update'
  | 'meetingDay.timer'
  | 'meetingDay.setAttendance'
  | 'meetingDay.addPerson'
  | 'meetingDay.setChild'
  | 'meetingDay.turn'
  | 'meetingDay.flipChart';

/** The meeting whose day is recorded, with its conference (which must be open). */
function editableMeeting(ctx: HandlerContext, meetingId: string): { meeting: Meeting; conference: StoredConference } {
  const meeting = findMeeting(ctx.db, meetingId);
  if (!meeting) throw notFound('Meeting');
  const conference = editableConference(ctx.db, meeting.conferenceId);
  // Its day was before the app: none is invented afterwards.
  if (meeting.heldBeforeApp) throw conflict('The meeting was held before the app; its day is not recorded afterwards.');
  return { meeting, conference };
}

/**
 * The meeting whose day is recorded, refused unless its kind runs it in steps: turns to speak
 * and the flip chart belong to such a meeting only (the definition says which, not the screen).
 */
function editableSteppedMeeting(ctx: HandlerContext, meetingId: string): { meeting: Meeting; conference: StoredConference } {
  const found = editableMeeting(ctx, meetingId);
  if (dayLayoutOf(found.conference.meetingType, found.meeting.kind).layout !== 'steps') {
    throw invalidField(['meetingId'], 'validation.invalid');
  }
  return found;
}

export const meetingDayHandlers: Pick<Handlers, MeetingDayMethod> = {
  'meetingDay.update'(ctx, { meetingId, version, ...fields }) {
    const { meeting, conference } = editableMeeting(ctx, meetingId);
    requireVersion('meeting day', meeting.day.version, version);
    if (!saveMeetingDayFields(ctx.db, { meetingId, version, now: ctx.now().toISOString(), fields })) {
      throw stale('meeting day');
    }
    return readPreparation(ctx.db, conference.id);
  },

  'meetingDay.timer'(ctx, { meetingId, part, action }) {
    const { meeting, conference } = editableMeeting(ctx, meetingId);
    const now = ctx.now().toISOString();
    const before = meeting.day.timers;
    // Each kind of meeting times its own parts (or steps): another's is not this meeting's.
    if (!before.some((timer) => timer.part === part)) throw invalidField(['part'], 'validation.choice');
    const after = applyTimerAction(before, part, action, now);
    if (after !== before) saveTimers(ctx.db, meetingId, after);
    // The conference's own meeting has begun: the conference is being held.
    if (meeting.kind === 'conference' && !meetingHasStarted(before) && meetingHasStarted(after)) {
      const phase = phaseWhenMeetingStarts(conference.phase);
      if (phase) movePhase(ctx.db, { id: conference.id, phase, now });
    }
    return readPreparation(ctx.db, conference.id);
  },

  'meetingDay.setAttendance'(ctx, { meetingId, ...attendance }) {
    const { conference } = editableMeeting(ctx, meetingId);
    const member = findMember(ctx.db, attendance.memberId);
    if (!member || member.conferenceId !== conference.id) throw notFound('Network member');
    // Only workers give information in part 1 (tiedonanto).
    if (attendance.gaveInformation && member.worker === null) {
      throw invalidField(['gaveInformation'], 'validation.invalid');
    }
    if (!saveAttendance(ctx.db, meetingId, attendance)) throw stale('attendance');
    return readPreparation(ctx.db, conference.id);
  },

  'meetingDay.addPerson'(ctx, { meetingId, presence, arrivedAt, ...person }) {
    const { conference } = editableMeeting(ctx, meetingId);
    // Someone who came is someone who was invited, whether or not they were on the list.
    const fields = memberFieldsSchema.parse({
      ...person,
      language: 'fi',
      invite: 'invite',
      reply: presence === 'remote' ? 'remote' : 'coming',
    });
    const memberId = ctx.newId();
    insertMember(ctx.db, { id: memberId, conferenceId: conference.id, now: ctx.now().toISOString(), fields });
    // A new member has no attendance yet: version 1.
    saveAttendance(ctx.db, meetingId, { memberId, presence, arrivedAt, gaveInformation: false, viewsReceivedDate: null, version: 1 });
    return readPreparation(ctx.db, conference.id);
  },

  'meetingDay.setChild'(ctx, { meetingId, ...record }) {
    const { conference } = editableMeeting(ctx, meetingId);
    if (!conference.children.some((child) => child.id === record.childId)) throw notFound('Child');
    if (!saveChildHeard(ctx.db, meetingId, record)) throw stale('child record');
    return readPreparation(ctx.db, conference.id);
  },

  'meetingDay.turn'(ctx, { meetingId, memberId, action }) {
    const { meeting, conference } = editableSteppedMeeting(ctx, meetingId);
    const member = findMember(ctx.db, memberId);
    if (!member || member.conferenceId !== conference.id) throw notFound('Network member');
    const before = meeting.day.turns;
    const after = applyTurnAction(before, memberId, action, ctx.now().toISOString());
    if (after !== before) saveTurns(ctx.db, meetingId, after);
    return readPreparation(ctx.db, conference.id);
  },

  'meetingDay.flipChart'(ctx, { meetingId, version, ...fields }) {
    const { meeting, conference } = editableSteppedMeeting(ctx, meetingId);
    requireVersion('flip chart', meeting.day.flipChart.version, version);
    if (!saveFlipChart(ctx.db, { meetingId, version, now: ctx.now().toISOString(), fields })) throw stale('flip chart');
    return readPreparation(ctx.db, conference.id);
  },
};
