import type { Meeting } from '../arrangements/meeting.schema';
import type { MessageKey } from '../i18n';
import { meetingHasStarted } from '../meeting-day/meeting-day-rules';
import type { BottomLines } from '../plan/plan-checks';
import type { Plan } from '../plan/plan.schema';

/*
 * Cases already under way (issue 13 §5): a conference whose meeting was held before the
 * convener started using the app. Its meeting is recorded as held on its date, with no day
 * recorded in the app (no clocks, no attendance) and no arrangements to make; the plan made
 * at it is entered afterwards as it stands ("kirjattu jälkikäteen"), and its follow-up runs
 * in the app like any other. The flag lives on the meeting; everything else reads it there.
 */

/**
 * What is wrong with `date` as the day a meeting was held before the app, or null: it cannot
 * be after `today`, nor before the conference was commissioned.
 */
export function heldDateIssue(date: string, commissionDate: string, today: string): MessageKey | null {
  if (date > today) return 'validation.heldInFuture';
  if (date < commissionDate) return 'validation.heldBeforeCommission';
  return null;
}

/**
 * True while `meeting` may still be recorded as held before the app: the conference's own,
 * not so recorded yet, and nothing of it recorded in the app (its day, or a plan made at it).
 */
export function mayEnterAsHeld(meeting: Pick<Meeting, 'kind' | 'heldBeforeApp' | 'day'>, planCount: number): boolean {
  const dayRecorded =
    meetingHasStarted(meeting.day.timers) || meeting.day.attendance.length > 0 || meeting.day.children.length > 0;
  return meeting.kind === 'conference' && !meeting.heldBeforeApp && !dayRecorded && planCount === 0;
}

/** The conference's own meeting if it was held before the app, else undefined. */
export function meetingHeldBefore<M extends Pick<Meeting, 'kind' | 'heldBeforeApp'>>(meetings: readonly M[]): M | undefined {
  return meetings.find((meeting) => meeting.kind === 'conference' && meeting.heldBeforeApp);
}

/** True for a plan version made at a meeting held before the app: it was entered afterwards. */
export function isEnteredAfterwards(
  plan: Pick<Plan, 'meetingId'>,
  meetings: readonly Pick<Meeting, 'id' | 'heldBeforeApp'>[],
): boolean {
  return meetings.some((meeting) => meeting.id === plan.meetingId && meeting.heldBeforeApp);
}

const NO_BOTTOM_LINES: BottomLines = { mustInclude: [], notAcceptable: [] };

/**
 * The bottom lines `plan` is checked against on screen: none for a plan entered afterwards,
 * which the social worker weighed against them at the meeting, before the app. The plan's
 * other checks (owners, dates, the follow-up window after the held day) stay.
 */
export function bottomLinesToCheck(
  plan: Pick<Plan, 'meetingId'>,
  meetings: readonly Pick<Meeting, 'id' | 'heldBeforeApp'>[],
  bottomLines: BottomLines,
): BottomLines {
  return isEnteredAfterwards(plan, meetings) ? NO_BOTTOM_LINES : bottomLines;
}
