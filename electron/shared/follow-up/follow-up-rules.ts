import type { MeetingType } from '../conference/conference-lists';
import { MEETING_TYPE_DEFINITIONS } from '../conference/meeting-types';
import { isAcceptance } from '../plan/plan-rules';
import type { Plan } from '../plan/plan.schema';
import type { FollowUp, ItemReview } from './follow-up.schema';

/*
 * The rules of follow-up meetings, pure so the backend and the follow-up screen agree:
 * which plan a follow-up reviews, when another may be made, and when the next one may be.
 */

/** The plan in force: the latest version the social worker accepted, or undefined. */
export function planInForce<P extends Pick<Plan, 'decision'>>(plans: readonly P[]): P | undefined {
  return plans.findLast((plan) => isAcceptance(plan.decision));
}

/** True while a follow-up meeting's outcome has not been recorded. */
function isFollowUpOpen(followUp: Pick<FollowUp, 'outcome'>): boolean {
  return followUp.outcome === null;
}

/** The open follow-up among `followUps`, if any: a conference has at most one at a time. */
export function openFollowUp<F extends Pick<FollowUp, 'outcome'>>(followUps: readonly F[]): F | undefined {
  return followUps.find(isFollowUpOpen);
}

/**
 * True when the conference's kind holds a follow-up only when one is agreed and none is: the
 * plan in force names no follow-up date and no follow-up has been held. What is left then is
 * closing it (the next thing due, and the follow-up tab's offer).
 */
export function noFollowUpAgreed(
  meetingType: MeetingType,
  inForce: Pick<Plan, 'followUpDate'>,
  followUps: readonly unknown[],
): boolean {
  return MEETING_TYPE_DEFINITIONS[meetingType].followUp === 'when_agreed' && inForce.followUpDate === null && followUps.length === 0;
}

/** True when the next follow-up's date comes after this meeting's (an undated meeting allows any). */
export function isNextDateAfter(meetingDate: string | null, nextDate: string): boolean {
  return meetingDate === null || nextDate > meetingDate;
}

/** The items of the reviewed plan that have no review yet, in the plan's order. */
export function unreviewedItems<I extends { id: string }>(
  items: readonly I[],
  reviews: readonly Pick<ItemReview, 'itemId'>[],
): I[] {
  const reviewed = new Set(reviews.map((review) => review.itemId));
  return items.filter((item) => !reviewed.has(item.id));
}
