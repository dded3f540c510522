import type { FollowUp } from '../../../shared/follow-up/follow-up.schema';
import { isNextDateAfter, openFollowUp, planInForce, unreviewedItems } from '../../../shared/follow-up/follow-up-rules';
import { isAcceptance } from '../../../shared/plan/plan-rules';
import type { Handlers } from '../../api/handler-types';
import type { HandlerContext } from '../../api/handler-context';
import { conflict, notFound } from '../../errors';
import { findMeeting, insertMeeting } from '../arrangements/meeting.repo';
import { conferenceHandlers } from '../conference/conference.handlers';
import type { StoredConference } from '../conference/conference.repo';
import { findPlan, listPlans } from '../plan/plan.repo';
import {
  editableConference,
  invalidField,
  readPreparation,
  requireVersion,
  stale,
} from '../preparation/preparation.service';
import {
  findFollowUp,
  insertFollowUp,
  isItemOfPlan,
  listFollowUps,
  saveOutcome,
  saveReview,
  updateFollowUpSummary,
} from './follow-up.repo';

type FollowUpMethod = 'followUp.create' | 'followUp.updateSummary' | 'followUp.reviewItem' | 'followUp.setOutcome';

/** The follow-up about to be changed, with its conference (which must be open). */
function editableFollowUp(ctx: HandlerContext, meetingId: string): { followUp: FollowUp; conference: StoredConference } {
  const followUp = findFollowUp(ctx.db, meetingId);
  if (!followUp) throw notFound('Follow-up meeting');
  const conferenceId = findMeeting(ctx.db, meetingId)!.conferenceId;
  return { followUp, conference: editableConference(ctx.db, conferenceId) };
}

/**
 * Makes a follow-up meeting on `date` (undated when null) reviewing the plan in force:
 * a meeting with nothing arranged yet and an empty follow-up record.
 */
function startFollowUp(ctx: HandlerContext, conferenceId: string, date: string | null, now: string): string {
  const plan = planInForce(listPlans(ctx.db, conferenceId));
  if (!plan) throw conflict('The conference has no accepted plan to follow up.');
  const meetingId = ctx.newId();
  insertMeeting(ctx.db, { id: meetingId, conferenceId, kind: 'follow_up', date, now });
  insertFollowUp(ctx.db, { meetingId, planId: plan.id, now });
  return meetingId;
}

export const followUpHandlers: Pick<Handlers, FollowUpMethod> = {
  'followUp.create'(ctx, { planId, version, date }) {
    const plan = findPlan(ctx.db, planId);
    if (!plan) throw notFound('Plan');
    editableConference(ctx.db, plan.conferenceId);
    requireVersion('plan', plan.version, version);
    if (!isAcceptance(plan.decision)) {
      throw conflict('Only an accepted plan is followed up; record the social worker’s decision first.');
    }
    if (planInForce(listPlans(ctx.db, plan.conferenceId))?.id !== plan.id) {
      throw conflict('A later version of the plan is in force; follow that one up.');
    }
    if (openFollowUp(listFollowUps(ctx.db, plan.conferenceId))) {
      throw conflict('The conference already has a follow-up meeting whose outcome is not recorded.');
    }
    startFollowUp(ctx, plan.conferenceId, date ?? plan.followUpDate, ctx.now().toISOString());
    return readPreparation(ctx.db, plan.conferenceId);
  },

  'followUp.updateSummary'(ctx, { meetingId, version, ...fields }) {
    const { followUp, conference } = editableFollowUp(ctx, meetingId);
    requireVersion('follow-up', followUp.version, version);
    const now = ctx.now().toISOString();
    if (!updateFollowUpSummary(ctx.db, { meetingId, version, now, fields }, ctx.newId)) throw stale('follow-up');
    return readPreparation(ctx.db, conference.id);
  },

  'followUp.reviewItem'(ctx, { meetingId, itemId, version, status, comment }) {
    const { followUp, conference } = editableFollowUp(ctx, meetingId);
    // Only the plan that was in force when the follow-up was made is reviewed at it; a
    // version revised at this meeting is what the next follow-up reviews.
    if (followUp.planId === null || !isItemOfPlan(ctx.db, itemId, followUp.planId)) {
      throw invalidField(['itemId'], 'validation.invalid');
    }
    if (!saveReview(ctx.db, { meetingId, itemId, status, comment, version, now: ctx.now().toISOString() })) {
      throw stale('review');
    }
    return readPreparation(ctx.db, conference.id);
  },

  'followUp.setOutcome'(ctx, { meetingId, version, outcome, nextDate, closeReason, closeText, acceptUnreviewed }) {
    const { followUp, conference } = editableFollowUp(ctx, meetingId);
    requireVersion('follow-up', followUp.version, version);
    if (followUp.outcome !== null) throw conflict('The outcome of this follow-up meeting is already recorded.');
    // Checked by the schema: another follow-up always has its date.
    if (outcome === 'another_follow_up' && !isNextDateAfter(findMeeting(ctx.db, meetingId)!.date, nextDate!)) {
      throw invalidField(['nextDate'], 'validation.nextFollowUpDate');
    }
    const reviewed = followUp.planId === null ? undefined : findPlan(ctx.db, followUp.planId);
    const unreviewed = reviewed ? unreviewedItems(reviewed.items, followUp.reviews).length : 0;
    if (unreviewed > 0 && !acceptUnreviewed) {
      throw conflict(
        `${unreviewed} item(s) of the plan have no review; review them, or pass acceptUnreviewed: true to record the outcome anyway.`,
      );
    }
    const now = ctx.now().toISOString();
    if (outcome === 'another_follow_up') {
      const date = nextDate!;
      const nextMeetingId = startFollowUp(ctx, conference.id, date, now);
      if (!saveOutcome(ctx.db, { meetingId, version, now, outcome: { kind: outcome, nextMeetingId } })) {
        throw stale('follow-up');
      }
    } else {
      const reason = closeReason!;
      if (!saveOutcome(ctx.db, { meetingId, version, now, outcome: { kind: outcome, reason, text: closeText } })) {
        throw stale('follow-up');
      }
      // Closed exactly as the conference's own close does; from here on it is read-only.
      conferenceHandlers['conference.close'](ctx, {
        id: conference.id,
        version: conference.version,
        reason,
        text: closeText,
      });
    }
    return readPreparation(ctx.db, conference.id);
  },
};
