import { z } from 'zod';
import { CLOSE_REASONS, MEETING_TYPES, OPEN_PHASES } from '../conference/conference-lists';
import { ANSWERS, RESPONDENT_GROUPS } from '../feedback/feedback.schema';
import { REVIEW_STATUSES } from '../follow-up/follow-up.schema';
import { CHILD_HEARD } from '../meeting-day/meeting-day.schema';
import { DECISIONS } from '../plan/plan.schema';
import { SECTORS } from '../preparation/network.schema';
import { COST_KINDS, WORK_ACTIVITIES } from '../work/work.schema';

/*
 * One conference as the statistics see it: what happened and when, in counts, durations,
 * amounts and scores. It has no field for a name, a reference or a text anyone typed (an
 * interpreter's language is the one word, as a key). Made from the live tables for the
 * conferences that exist, and kept as it is (its days made months) when one is deleted,
 * so the year's figures survive the retention purge.
 */

/** A day ('2027-03-04'), or for a deleted conference its month ('2027-03'). */
const day = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);
const count = z.number().int().min(0);

/** The meeting costs come with the arrangements; travel and other costs are entered apart. */
export const STATISTICS_COST_KINDS = ['venue', 'refreshments', 'interpreters', ...COST_KINDS] as const;

/** The roles counted besides the sectors: a person may have one of them and a sector both. */
export const PARTICIPANT_ROLES = ['guardians', 'support_persons', 'workers'] as const;

const invitedAndCame = z.object({ invited: count, came: count });

export const statisticsRecordSchema = z.object({
  meetingType: z.enum(MEETING_TYPES),
  language: z.enum(['fi', 'sv', 'en']),
  /** The commission (for a mapping meeting, the request). */
  commission: day,
  /** The conference (or mapping) meeting, once held: who was invited and who came. */
  held: z
    .object({
      day,
      daysFromCommission: z.number().int(),
      sectors: z.object(Object.fromEntries(SECTORS.map((sector) => [sector, invitedAndCame])) as Record<(typeof SECTORS)[number], typeof invitedAndCame>),
      roles: z.object(
        Object.fromEntries(PARTICIPANT_ROLES.map((role) => [role, invitedAndCame])) as Record<(typeof PARTICIPANT_ROLES)[number], typeof invitedAndCame>,
      ),
      /** How each child took part; 'unknown' where the day's record does not say. */
      children: z.array(z.enum([...CHILD_HEARD, 'unknown'])),
      /** The interpreters' languages (as keys: 'en', 'arabia'), one per interpreter. */
      interpreters: z.array(z.string().max(60)),
      remote: count,
    })
    .nullable(),
  /** The follow-up meetings held, in date order. */
  followUps: z.array(z.object({ day, daysFromMeeting: z.number().int().nullable() })),
  /** The family's plan as first decided, and what its items were given to. */
  plan: z
    .object({
      decided: day,
      outcome: z.enum(DECISIONS),
      /** Items owned by the family's network (its people and the children) and by services (workers, the social worker). */
      network: count,
      services: count,
    })
    .nullable(),
  /** The items as the last follow-up that reviewed them found them. */
  review: z.object({ day, statuses: z.array(z.enum(REVIEW_STATUSES)) }).nullable(),
  closed: z.object({ day, reason: z.enum(CLOSE_REASONS), phase: z.enum(OPEN_PHASES) }).nullable(),
  work: z.array(z.object({ day, activity: z.enum(WORK_ACTIVITIES), minutes: z.number().int().min(1) })),
  /** Each cost; `meeting` tells one meeting of the conference from another (an index), null for none. */
  costs: z.array(z.object({ day, kind: z.enum(STATISTICS_COST_KINDS), cents: count, meeting: count.nullable() })),
  feedback: z.array(
    z.object({
      day,
      group: z.enum(RESPONDENT_GROUPS),
      satisfaction: z.number().int().min(1).max(10).nullable(),
      heard: z.enum(ANSWERS).nullable(),
      planHelps: z.enum(ANSWERS).nullable(),
    }),
  ),
});

export type StatisticsRecord = z.output<typeof statisticsRecordSchema>;

const month = (value: string) => value.slice(0, 7);

/** The record kept of a deleted conference: every day made its month, nothing else changed. */
export function monthsOnly(record: StatisticsRecord): StatisticsRecord {
  return {
    ...record,
    commission: month(record.commission),
    held: record.held && { ...record.held, day: month(record.held.day) },
    followUps: record.followUps.map((followUp) => ({ ...followUp, day: month(followUp.day) })),
    plan: record.plan && { ...record.plan, decided: month(record.plan.decided) },
    review: record.review && { ...record.review, day: month(record.review.day) },
    closed: record.closed && { ...record.closed, day: month(record.closed.day) },
    work: record.work.map((entry) => ({ ...entry, day: month(entry.day) })),
    costs: record.costs.map((cost) => ({ ...cost, day: month(cost.day) })),
    feedback: record.feedback.map((answer) => ({ ...answer, day: month(answer.day) })),
  };
}
