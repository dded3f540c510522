import { z } from 'zod';
import { entityId, version } from '../validation';

/** Who filled a feedback form: each group has its own form (the child's is its own version). */
export const RESPONDENT_GROUPS = ['child', 'parents', 'family', 'workers'] as const;
export type RespondentGroup = (typeof RESPONDENT_GROUPS)[number];

/** The answer to "did you feel heard" and "will the plan help". */
export const ANSWERS = ['yes', 'partly', 'no'] as const;
export type Answer = (typeof ANSWERS)[number];

/**
 * One returned form as the app keeps it: the group and the answers, never a name or the
 * free comment (which stays on the paper). A question left unanswered is null.
 */
export const feedbackResponseSchema = z.object({
  group: z.enum(RESPONDENT_GROUPS, { error: 'validation.choice' }),
  satisfaction: z
    .number({ error: 'validation.satisfaction' })
    .int({ error: 'validation.satisfaction' })
    .min(1, { error: 'validation.satisfaction' })
    .max(10, { error: 'validation.satisfaction' })
    .nullable(),
  heard: z.enum(ANSWERS, { error: 'validation.choice' }).nullable(),
  planHelps: z.enum(ANSWERS, { error: 'validation.choice' }).nullable(),
});

export type FeedbackResponse = z.output<typeof feedbackResponseSchema>;

/** Every form returned at one meeting, on the version the caller last saw (1 before any was recorded). */
export const saveFeedbackInput = z.object({
  meetingId: entityId,
  version,
  responses: z.array(feedbackResponseSchema).max(200, { error: 'validation.tooMany' }),
});

export interface MeetingFeedback {
  meetingId: string;
  version: number;
  responses: FeedbackResponse[];
}
