import { z } from 'zod';
import { todayInHelsinki } from '../dates';
import { entityId, version } from '../validation';

/** How many months after closing a closed conference is kept (the convener's choice). */
export const RETENTION_MONTHS = [3, 6, 12, 24] as const;
export type RetentionMonths = (typeof RETENTION_MONTHS)[number];
export const DEFAULT_RETENTION_MONTHS: RetentionMonths = 6;

export const retentionMonthsSchema = z.literal(RETENTION_MONTHS, { error: 'validation.choice' });

/**
 * The Helsinki calendar date from which a conference closed at `closedAt` (an instant) is due
 * for deletion: the same day `months` later, or the month's last day when it is shorter.
 */
export function retentionEnds(closedAt: string, months: number): string {
  const closed = todayInHelsinki(new Date(closedAt));
  const [year, month, day] = closed.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** True when a conference closed at `closedAt` has been kept its `months` by `today` (Helsinki). */
export function isRetentionDue(closedAt: string, months: number, today: string): boolean {
  return retentionEnds(closedAt, months) <= today;
}

/** A closed conference kept past the retention time, as the list and the start-of-day question show it. */
export interface DueConference {
  id: string;
  reference: string;
  closedAt: string;
  /** The Helsinki date the retention time ended. */
  dueSince: string;
  version: number;
}

export interface RetentionDue {
  months: RetentionMonths;
  conferences: DueConference[];
}

/** The start-of-day question: asked (with what is due) at most once a Helsinki day. */
export interface RetentionQuestion {
  ask: boolean;
  conferences: DueConference[];
}

export const retentionDueInput = z.object({}).strict();
export const retentionQuestionInput = z.object({}).strict();

/** Deleting the given due conferences now (after a 'purge' backup), each on the version the question showed. */
export const retentionPurgeInput = z
  .object({
    conferences: z
      .array(z.object({ id: entityId, version }).strict(), { error: 'validation.required' })
      .min(1, { error: 'validation.required' })
      .max(500, { error: 'validation.tooMany' }),
  })
  .strict();
