import type { Meeting } from '../../../shared/arrangements/meeting.schema';
import { heldDateIssue, mayEnterAsHeld } from '../../../shared/conference/held-before';
import type { HeldBefore } from '../../../shared/conference/held-before.schema';
import { todayInHelsinki } from '../../../shared/dates';
import { phaseWhenMeetingStarts } from '../../../shared/meeting-day/meeting-day-rules';
import type { HandlerContext } from '../../api/handler-context';
import { conflict } from '../../errors';
import { movePhase, type StoredConference } from '../conference/conference.repo';
import { listPlans } from '../plan/plan.repo';
import { invalidField, stale } from '../preparation/preparation.service';
import { recordHeldBefore } from './meeting.repo';

/**
 * Records `meeting`, the conference's own, as held before the app (issue 13 §5) and moves the
 * conference to "Neuvonpito" as a meeting started in the app would. Refused when the meeting
 * was held in the app after all (its day started, attendance or a plan recorded), and for a
 * date in the future or before the commission; `path` is where the date sits in the input.
 */
export function enterMeetingAsHeld(
  ctx: HandlerContext,
  { meeting, conference, version, held, path }: {
    meeting: Meeting;
    conference: StoredConference;
    version: number;
    held: HeldBefore;
    path: readonly (string | number)[];
  },
): void {
  const now = ctx.now();
  const issue = heldDateIssue(held.date, conference.commissionDate, todayInHelsinki(now));
  if (issue) throw invalidField([...path, 'date'], issue);
  if (!mayEnterAsHeld(meeting, listPlans(ctx.db, conference.id).length)) {
    throw conflict(
      'Only the conference meeting, with nothing of it recorded in the app (its day, a plan) and not so recorded already, can be recorded as held before the app.',
    );
  }
  if (!recordHeldBefore(ctx.db, { id: meeting.id, version, now: now.toISOString(), held })) throw stale('meeting');
  const phase = phaseWhenMeetingStarts(conference.phase);
  if (phase) movePhase(ctx.db, { id: conference.id, phase, now: now.toISOString() });
}
