import { z } from 'zod';
import { completeRecord } from '../complete-record';
import { duration, entityId, euros, isoDate, optionalText, version } from '../validation';

/**
 * What the convener's working time went to. A contact with a length counts as 'preparation'
 * (the preparation talks) without being entered again.
 */
export const WORK_ACTIVITIES = ['preparation', 'travel', 'meeting', 'documents', 'follow_up', 'other'] as const;
export type WorkActivity = (typeof WORK_ACTIVITIES)[number];

/** One entry of a conference's working-time log. */
export const workEntryFieldsSchema = z.object({
  date: isoDate,
  /** Minutes; a text as written ("1 h 30 min", "1,5 h", "90"). */
  minutes: duration,
  activity: z.enum(WORK_ACTIVITIES, { error: 'validation.choice' }),
});

export const addWorkEntryInput = workEntryFieldsSchema.extend({ conferenceId: entityId });
export const updateWorkEntryInput = completeRecord(workEntryFieldsSchema).extend({ id: entityId, version });
export const removeWorkEntryInput = z.object({ id: entityId, version });

export type WorkEntryFields = z.output<typeof workEntryFieldsSchema>;
export type WorkEntryFieldsInput = z.input<typeof workEntryFieldsSchema>;

export interface WorkEntry extends WorkEntryFields {
  id: string;
  conferenceId: string;
  version: number;
  createdAt: string;
}

/**
 * The costs besides a meeting's own (venue, refreshments, interpreters, recorded with its
 * arrangements): the convener's or the family's travel, and anything else.
 */
export const COST_KINDS = ['travel', 'other'] as const;
export type CostKind = (typeof COST_KINDS)[number];

export const costFieldsSchema = z.object({
  date: isoDate,
  kind: z.enum(COST_KINDS, { error: 'validation.choice' }),
  /** What it was ("Matka Espoo–Vantaa 32 km"): shown on the invoice specification, never in statistics. */
  what: optionalText(200).default(''),
  /** Cents; a text is euros as written ("45,60 €"). */
  amount: euros,
  /** The meeting it was a cost of; null for a cost of the preparation. */
  meetingId: entityId.nullable().default(null),
});

export const addCostInput = costFieldsSchema.extend({ conferenceId: entityId });
// `euros` keeps its narrowing to a number only as itself: completeRecord's copy would type it `number | null`.
export const updateCostInput = completeRecord(costFieldsSchema).extend({ id: entityId, version, amount: euros });
export const removeCostInput = z.object({ id: entityId, version });

export type CostFields = z.output<typeof costFieldsSchema>;
export type CostFieldsInput = z.input<typeof costFieldsSchema>;

export interface CostEntry extends CostFields {
  id: string;
  conferenceId: string;
  version: number;
  createdAt: string;
}
