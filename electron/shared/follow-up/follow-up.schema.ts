import { z } from 'zod';
import { completeRecord } from '../complete-record';
import { CLOSE_REASONS, type CloseReason } from '../conference/conference-lists';
import { entityId, optionalDate, optionalText, textList, version } from '../validation';

/*
 * The follow-up meeting (seurantakokous), 3–6 months after the conference: the plan in
 * force is gone through item by item with the social worker's follow-up summary, and the
 * meeting ends by agreeing on another follow-up or by closing the conference. Its
 * arrangements, checklist and day are those of any meeting (meeting.*, checklist.*,
 * meetingDay.*).
 */

/** How one item of the plan in force went, as the follow-up meeting judged it. */
export const REVIEW_STATUSES = ['done', 'partly', 'not_done', 'no_longer_needed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** What a follow-up meeting ends with. */
export const FOLLOW_UP_OUTCOMES = ['another_follow_up', 'close'] as const;
export type FollowUpOutcomeKind = (typeof FOLLOW_UP_OUTCOMES)[number];

/** A follow-up meeting for the conference of an accepted plan: `planId` must be the plan in force. */
export const createFollowUpInput = z.object({
  planId: entityId,
  version,
  /** The meeting's date; the plan's agreed follow-up date when left out. */
  date: optionalDate,
});

/** The social worker's follow-up summary (seurantakokouksen yhteenveto, DOMAIN.md). */
export const followUpSummaryFieldsSchema = z
  .object({
    /** What in the plan worked and can stay. */
    worked: optionalText(5000).default(''),
    /** What needs refining, and how. */
    toRefine: optionalText(5000).default(''),
    /** New concerns or changes to take into account. */
    newConcerns: optionalText(5000).default(''),
    /** How the work with the client and network went, and how far it followed the plan. */
    workSoFar: optionalText(5000).default(''),
    /** The questions on which the network's assessment is wanted. */
    questions: textList(30),
    requestedDate: optionalDate,
    receivedDate: optionalDate,
  })
  .superRefine((s, ctx) => {
    if (s.requestedDate && s.receivedDate && s.receivedDate < s.requestedDate) {
      ctx.addIssue({ code: 'custom', path: ['receivedDate'], message: 'validation.receivedBeforeRequested' });
    }
  });

/** Replaces the follow-up summary; optimistic on the follow-up's version. */
export const updateFollowUpSummaryInput = z.intersection(
  z.object({ meetingId: entityId, version }),
  completeRecord(followUpSummaryFieldsSchema),
);

/** How one item of the plan in force went, on the version of its review the caller last saw (1 before the first). */
export const reviewItemInput = z.object({
  meetingId: entityId,
  itemId: entityId,
  version,
  status: z.enum(REVIEW_STATUSES, { error: 'validation.choice' }),
  comment: optionalText(2000),
});

/**
 * What the follow-up meeting decided: another follow-up on `nextDate`, or closing the
 * conference with a reason as `conference.close` takes it.
 */
export const setFollowUpOutcomeInput = z
  .object({
    meetingId: entityId,
    version,
    outcome: z.enum(FOLLOW_UP_OUTCOMES, { error: 'validation.choice' }),
    /** Every part of the outcome is given (null or '' where it does not apply): see completeRecord. */
    nextDate: optionalDate.unwrap(),
    closeReason: z.enum(CLOSE_REASONS, { error: 'validation.choice' }).nullable(),
    closeText: optionalText(1000),
    /**
     * The outcome is refused while items of the reviewed plan have no review, unless the
     * caller says the meeting decided without reviewing them.
     */
    acceptUnreviewed: z.boolean({ error: 'validation.choice' }).default(false),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'another_follow_up' && v.nextDate === null) {
      ctx.addIssue({ code: 'custom', path: ['nextDate'], message: 'validation.required' });
    }
    if (v.outcome === 'close' && v.closeReason === null) {
      ctx.addIssue({ code: 'custom', path: ['closeReason'], message: 'validation.choice' });
    }
    if (v.outcome === 'close' && v.closeReason === 'other' && v.closeText === '') {
      ctx.addIssue({ code: 'custom', path: ['closeText'], message: 'validation.closeReasonText' });
    }
  });

export type FollowUpSummaryFields = z.output<typeof followUpSummaryFieldsSchema>;
export type FollowUpSummaryFieldsInput = z.input<typeof followUpSummaryFieldsSchema>;

/** The follow-up summary as the API returns it: every question with its id. */
export interface FollowUpSummary extends Omit<FollowUpSummaryFields, 'questions'> {
  questions: { id: string; text: string }[];
}

/** How one item of the reviewed plan went. */
export interface ItemReview {
  itemId: string;
  status: ReviewStatus;
  comment: string;
  updatedAt: string;
  version: number;
}

/** What the follow-up meeting decided, once recorded. */
export type FollowUpOutcome =
  | { kind: 'another_follow_up'; nextMeetingId: string | null; recordedAt: string }
  | { kind: 'close'; reason: CloseReason; text: string; recordedAt: string };

/** One follow-up meeting's own record, keyed by its meeting. */
export interface FollowUp {
  meetingId: string;
  /**
   * The plan version in force when the follow-up was made, whose items it reviews; null
   * only for a follow-up meeting made before follow-ups were recorded.
   */
  planId: string | null;
  summary: FollowUpSummary;
  /** In the order of the reviewed plan's items; an item without a review is not here. */
  reviews: ItemReview[];
  outcome: FollowUpOutcome | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
