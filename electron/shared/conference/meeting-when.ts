import { comingMeeting } from '../arrangements/meetings';
import type { Meeting } from '../arrangements/meeting.schema';
import type { FollowUp } from '../follow-up/follow-up.schema';
import { daysBetween } from '../dates';
import type { ConferenceTiming } from './conference-timing';
import type { MeetingWhen } from './meeting-when.types';

/*
 * "When is the meeting?": once the coming meeting has a date, that date is what the list
 * and the overview show first; the 4–6 week window only says whether the date keeps to it.
 */

/** What the rule reads of a meeting. */
export type MeetingWhenSource = Pick<Meeting, 'id' | 'kind' | 'date' | 'startTime' | 'endTime'>;

/**
 * The date of the meeting the convener is working towards (the open follow-up, else the
 * conference's own, as `comingMeeting` says), or null while it has no date.
 */
export function meetingWhenOf(conference: {
  meetings: readonly MeetingWhenSource[];
  followUps: readonly Pick<FollowUp, 'meetingId' | 'outcome'>[];
}): MeetingWhen | null {
  const meeting = comingMeeting(conference);
  if (!meeting || meeting.date === null) return null;
  return { meetingId: meeting.id, kind: meeting.kind, date: meeting.date, startTime: meeting.startTime, endTime: meeting.endTime };
}

/** How far a conference's date falls outside its 4–6 week window; null inside it. */
export type WindowFlag = { side: 'before' | 'after'; days: number };

/** Whether the conference meeting on `date` keeps to the window; a follow-up has no window. */
export function windowFlag(when: Pick<MeetingWhen, 'kind' | 'date'>, timing: Pick<ConferenceTiming, 'opens' | 'closes'>): WindowFlag | null {
  if (when.kind !== 'conference') return null;
  if (when.date < timing.opens) return { side: 'before', days: daysBetween(when.date, timing.opens) };
  if (when.date > timing.closes) return { side: 'after', days: daysBetween(timing.closes, when.date) };
  return null;
}
