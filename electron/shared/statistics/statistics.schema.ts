import { z } from 'zod';
import { MEETING_TYPES } from '../conference/conference-lists';
import type { MessageKey } from '../i18n';
import { isoDate } from '../validation';

/**
 * The statistics of a period, as the Tilastot page, the CSV and the Word year report show
 * them. Pseudonymous by construction: the report is made of counts, durations, amounts and
 * scores; its only words are catalog keys and interpreters' languages. No name, reference or
 * free text reaches it.
 */

/** The period (both days included) and, when given, one kind of meeting only. */
export const statisticsInput = z
  .object({
    from: isoDate,
    to: isoDate,
    meetingType: z.enum(MEETING_TYPES, { error: 'validation.choice' }).nullable().default(null),
  })
  .refine((period) => period.from <= period.to, { error: 'validation.periodOrder', path: ['to'] });

export type StatisticsInput = z.input<typeof statisticsInput>;
export type StatisticsPeriod = z.output<typeof statisticsInput>;

/** One figure, in its unit; null where there is nothing to compute it from (no conferences). */
export type Figure =
  | { unit: 'count'; value: number }
  /** A share: shown as a percent of `of`. */
  | { unit: 'share'; value: number; of: number }
  | { unit: 'days'; value: number | null }
  /** Working time, shown in hours. */
  | { unit: 'minutes'; value: number }
  | { unit: 'cents'; value: number }
  /** A mean (a satisfaction score, items per plan), shown with one decimal, from `n` answers or cases. */
  | { unit: 'mean'; value: number | null; n: number };

/**
 * A row's label: a catalog key, a month of the period ('2027-03', written out in the reader's
 * language), or a plain name (an interpreter's language as the convener wrote it).
 */
export type Label = { key: MessageKey } | { month: string } | { text: string };

export interface StatisticsRow {
  /** Stable within its table (the CSV's row id): 'commissions', 'family', 'arabia', '2026-03'. */
  key: string;
  label: Label;
  /** One figure per column of the table. */
  values: Figure[];
}

/** How a table is drawn besides being a table: bars of one column, or a timeline of every column. */
export type ChartSpec = { kind: 'bars'; column: number } | { kind: 'timeline' };

export interface StatisticsTable {
  key: string;
  title: MessageKey;
  columns: MessageKey[];
  rows: StatisticsRow[];
  /**
   * A breakdown of people or cases into groups (languages, how children took part): in an
   * export a count of 1–4 in it, and any share or mean made from one, is shown as "< 5".
   */
  breakdown: boolean;
  chart: ChartSpec | null;
}

export interface StatisticsSection {
  key: string;
  title: MessageKey;
  tables: StatisticsTable[];
}

export interface StatisticsReport {
  period: StatisticsPeriod;
  sections: StatisticsSection[];
  /**
   * Conferences deleted before version 17 kept only a few counts by month: they count in
   * commissions and closures, not in the other figures.
   */
  olderDeletedConferences: number;
}

/** The smallest count an export shows as it is; smaller counts in a breakdown read "< 5". */
export const SMALLEST_SHOWN_COUNT = 5;
