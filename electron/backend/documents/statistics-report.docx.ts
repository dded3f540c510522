import { AlignmentType, ImageRun, type Paragraph, type Table } from 'docx';
import type { Settings } from '../../shared/settings/settings.schema';
import { figureText, isEmptyReport, isMasked, labelText, MASKED } from '../../shared/statistics/statistics-format';
import type { StatisticsReport, StatisticsTable } from '../../shared/statistics/statistics.schema';
import type { DocxPlan } from './document-data';
import { safeFileName } from './file-name';
import { wordsFor, type Words } from './format';
import { imageSize } from './image-size';
import { afterLetterhead, letterhead } from './letterhead';
import { contentWidth, heading, makeDocument, para } from './styles';
import { dataTable, type CellContent } from './tables';
import { statisticsTitle, typeText } from './statistics-words';

/*
 * The statistics of a period as a Word report on the unit's letterhead, in the language the
 * app is used in: the period and the type of meetings, what the report does not hold, then
 * each section with its tables, a table's chart (drawn by the page, sent as a PNG) above it.
 * Like the CSV, a breakdown's counts of 1–4, and shares and means made from them, read "< 5";
 * a table that hides a figure so has no chart in the report.
 */

/** A report's chart images, by table key, already checked to be PNGs. */
export type ChartImages = Record<string, Uint8Array>;

export interface StatisticsReportData {
  report: StatisticsReport;
  settings: Settings;
  /** The report's date, `YYYY-MM-DD` in Helsinki. */
  today: string;
  charts: ChartImages;
}

/** A chart as wide as the text, at 96 pixels per inch as docx counts them (a twip is 1/1440 inch). */
const CHART_MAX_WIDTH = Math.floor(contentWidth() / 15);
/** A tall chart is limited so that it and its table's start fit on a page. */
const CHART_MAX_HEIGHT = 340;

function chartParagraph(bytes: Uint8Array, title: string, words: Words): Paragraph | null {
  const size = imageSize(bytes);
  if (!size) return null;
  let width = Math.min(CHART_MAX_WIDTH, size.width);
  let height = Math.round((width * size.height) / size.width);
  if (height > CHART_MAX_HEIGHT) {
    height = CHART_MAX_HEIGHT;
    width = Math.round((height * size.width) / size.height);
  }
  const alt = words.t('statisticsPage.report.chart', { title });
  return para(
    [new ImageRun({ type: 'png', data: bytes, transformation: { width, height }, altText: { name: 'chart', title: alt, description: alt } })],
    { spacing: { before: 60, after: 120 }, keepNext: true },
  );
}

/**
 * True when the report writes "< 5" for some figure of `table`. Its chart is then left out:
 * the page draws the figures as they are, and a bar of length 1 would tell what "< 5" hides.
 */
export function hidesSome(table: StatisticsTable): boolean {
  return table.rows.some((row) => row.values.some((figure) => isMasked(table, figure)));
}

const right = (text: string): Paragraph[] => [para(text, { style: 'TableText', alignment: AlignmentType.RIGHT })];

/** A table's cells as the report writes them: each figure in the reader's format, or "< 5". */
export function reportCells(table: StatisticsTable, words: Words): string[][] {
  return table.rows.map((row) => [
    labelText(row.label, words.lang),
    ...row.values.map((figure) => (isMasked(table, figure) ? MASKED : figureText(figure, words.lang))),
  ]);
}

function tableBlock(table: StatisticsTable, words: Words, charts: ChartImages): (Paragraph | Table)[] {
  const title = words.t(table.title);
  const chart = table.chart && charts[table.key] && !hidesSome(table) ? chartParagraph(charts[table.key]!, title, words) : null;
  const labelWeight = Math.max(30, 70 - 12 * table.columns.length);
  const columns = [
    { title: '', weight: labelWeight },
    ...table.columns.map((column) => ({ title: words.t(column), weight: (100 - labelWeight) / table.columns.length })),
  ];
  const rows = reportCells(table, words).map(([label, ...values]): CellContent[] => [label!, ...values.map(right)]);
  return [heading(title, 3), ...(chart ? [chart] : []), dataTable(columns, rows, contentWidth()), para('', { spacing: { after: 60 } })];
}

/** The Word report of `data.report`. */
export function buildStatisticsReport(data: StatisticsReportData): DocxPlan {
  const { report, settings } = data;
  const words = wordsFor(settings.uiLanguage);
  const { t } = words;
  const title = statisticsTitle(report.period, words.lang);
  const older = report.olderDeletedConferences;
  const intro = [
    para(t('statisticsPage.report.type', { type: typeText(report.period.meetingType, words.lang) }), { spacing: { after: 120 } }, { bold: true }),
    para(t('statisticsPage.report.privacy'), { style: 'Small', spacing: { after: 120 } }),
    ...(older > 0
      ? [para(older === 1 ? t('statisticsPage.olderDeleted.one') : t('statisticsPage.olderDeleted.other', { count: older }), { style: 'Small' })]
      : []),
  ];
  const body = isEmptyReport(report)
    ? [para(t('statisticsPage.empty'))]
    : report.sections.flatMap((section) => [
        heading(t(section.title), 2),
        // A table with no rows (no interpreters in the period) is left out, as on the page.
        ...section.tables.filter((table) => table.rows.length > 0).flatMap((table) => tableBlock(table, words, data.charts)),
      ]);
  const children = [
    letterhead({ settings, words, docType: t('statisticsPage.report.docType'), date: data.today }),
    ...afterLetterhead(),
    heading(title, 1),
    ...intro,
    ...body,
  ];
  return {
    name: safeFileName(statisticsTitle(report.period, words.lang, 'file'), 'docx'),
    document: makeDocument({ words, title, sender: settings.unit.name, children }),
  };
}
