import type { Dispatch } from '../../electron/backend/api/dispatcher';
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
