import type { Dispatch } from '../../electron/backend/api/dispatcher';
import type { ReviewStatus } from '../../electron/shared/follow-up/follow-up.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { tick } from '../fixtures/record-updates';
import { call } from './backend';

/** Ticks (or un-ticks, with null) a checklist entry of a meeting on the version stored now. */
export async function tickNow(
  dispatch: Dispatch,
  conferenceId: string,
  meetingId: string,
  key: string,
  doneDate: string | null,
): Promise<Preparation> {
  const prep = await call(dispatch, 'preparation.get', { conferenceId });
  const meeting = prep.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new Error(`tickNow: no meeting ${meetingId}`);
  return call(dispatch, 'checklist.setDone', tick(meeting, key, doneDate));
}

/** Reviews an item at a follow-up meeting on the version its review has now (1 before the first). */
export async function reviewNow(
  s: { dispatch: Dispatch; conference: { id: string } },
  meetingId: string,
  itemId: string,
  status: ReviewStatus,
  comment = '',
): Promise<Preparation> {
  const prep = await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id });
  const version = prep.followUps.find((f) => f.meetingId === meetingId)?.reviews.find((r) => r.itemId === itemId)?.version ?? 1;
  return call(s.dispatch, 'followUp.reviewItem', { meetingId, itemId, version, status, comment });
}
