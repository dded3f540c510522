import { z } from 'zod';
import { MEETING_TYPES } from '../conference/conference-lists';
import { isoDate } from '../validation';

/*
 * The statistics' exports: the CSV and the Word year report of the period the page shows.
 * The report's charts are drawn by the page (the backend has no canvas): it sends each drawn
 * chart as a PNG keyed by its table's key; an API call without charts gets the tables only.
 */

/** A chart image can be at most this large (bytes); a page's chart is some tens of kilobytes. */
export const MAX_CHART_BYTES = 400 * 1024;
/** More charts than the report has tables with one is not a page's export. */
export const MAX_CHARTS = 16;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** The base64 of a PNG file's eight-byte signature. */
const PNG_BASE64_HEAD = 'iVBORw0KGgo';

/** A chart as a PNG in base64 (no `data:` prefix). */
const chartPng = z
  .string({ error: 'statisticsPage.error.chartImage' })
  .max(Math.ceil(MAX_CHART_BYTES / 3) * 4, { error: 'statisticsPage.error.chartImage' })
  .regex(BASE64, { error: 'statisticsPage.error.chartImage' })
  .refine((data) => data.startsWith(PNG_BASE64_HEAD), { error: 'statisticsPage.error.chartImage' });

const period = {
  from: isoDate,
  to: isoDate,
  meetingType: z.enum(MEETING_TYPES, { error: 'validation.choice' }).nullable().default(null),
  /** Files exported together share a batch id (see documents.schema). */
  batch: z.string().uuid({ error: 'validation.id' }).optional(),
};
const inOrder = (p: { from: string; to: string }) => p.from <= p.to;
const outOfOrder = { error: 'validation.periodOrder', path: ['to'] };

/** `statistics.csv`: the period's figures as a CSV for a spreadsheet. */
export const statisticsCsvInput = z.object(period).refine(inOrder, outOfOrder);

/** `statistics.report`: the period's Word report, with the page's charts keyed by table key. */
export const statisticsReportInput = z
  .object({
    ...period,
    charts: z
      .record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, { error: 'statisticsPage.error.chartImage' }), chartPng)
      .refine((charts) => Object.keys(charts).length <= MAX_CHARTS, { error: 'statisticsPage.error.chartImage' })
      .default({}),
  })
  .refine(inOrder, outOfOrder);

export type StatisticsReportInput = z.input<typeof statisticsReportInput>;
