import { CSV_MIME, type DocumentFile } from '../../shared/documents/documents.schema';
import type { MessageKey } from '../../shared/i18n';
import { figureNumber, isMasked, labelText, MASKED } from '../../shared/statistics/statistics-format';
import type { Figure, StatisticsReport, StatisticsTable } from '../../shared/statistics/statistics.schema';
import type { UiLanguage } from '../../shared/i18n/locales';
import { safeFileName } from './file-name';
import { wordsFor } from './format';
import { withoutInvisible } from './sanitise';
import { statisticsTitle, typeText } from './statistics-words';

/*
 * The statistics as a CSV that Finnish Excel opens with a double click: UTF-8 with a BOM,
 * semicolons between fields, CRLF line ends, decimal commas (Excel reads numbers by the
 * machine's regional settings, which are Finnish whatever language the app speaks).
 *
 * Each table is a block: a header line (Osio;Taulukko;Rivi;<columns>), one line per row, an
 * empty line. Numbers are plain (1234,5, no thousands separator): shares as percentages
 * (0–100), working time in hours, costs in euros, durations in days. A column whose rows all
 * share a unit names it in its header ("Osuus (%)"); a column of mixed units (a table of
 * totals) names it after the row's label ("Työaika yhteensä (h)"). In a breakdown, a count of
 * 1–4 and a share or mean made from one read "< 5".
 */

const SEPARATOR = ';';
const EOL = '\r\n';
const BOM = '\uFEFF';

const UNIT_KEYS: Partial<Record<Figure['unit'], MessageKey>> = {
  share: 'statisticsPage.csv.unit.share',
  days: 'statisticsPage.csv.unit.days',
  minutes: 'statisticsPage.csv.unit.hours',
  cents: 'statisticsPage.csv.unit.euros',
};

/** Digits after the comma for each unit: at most (trailing zeros dropped) or exactly. */
const DIGITS: Record<Figure['unit'], { max: number; exact?: boolean }> = {
  count: { max: 0 },
  share: { max: 1 },
  days: { max: 1 },
  minutes: { max: 2 },
  cents: { max: 2, exact: true },
  mean: { max: 2 },
};

/** A number as Excel reads it on a Finnish machine: "1234,5". */
export function plainNumber(value: number, max: number, exact = false): string {
  let text = value.toFixed(max);
  if (!exact && text.includes('.')) text = text.replace(/\.?0+$/, '');
  return text.replace('.', ',');
}

/** One figure as the CSV writes it: a plain number, "< 5", or nothing when there is none. */
export function csvFigure(table: Pick<StatisticsTable, 'breakdown'>, figure: Figure): string {
  if (isMasked(table, figure)) return MASKED;
  const value = figureNumber(figure);
  if (value === null) return '';
  const { max, exact } = DIGITS[figure.unit];
  return plainNumber(value, max, exact);
}

/** A field quoted when it must be; a text Excel would take for a formula is kept text. */
export function csvField(text: string): string {
  const plain = withoutInvisible(text);
  const safe = /^[=+\-@\t\r]/.test(plain) ? `'${plain}` : plain;
  return /[";\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const line = (fields: readonly string[]) => fields.map(csvField).join(SEPARATOR);

/** The CSV's text (without the BOM) of `report` in `lang`. */
export function statisticsCsvText(report: StatisticsReport, lang: UiLanguage): string {
  const { t } = wordsFor(lang);
  const unitOf = (figure: Figure | undefined) => (figure && UNIT_KEYS[figure.unit] ? t(UNIT_KEYS[figure.unit]!) : null);
  const lines: string[] = [
    line([statisticsTitle(report.period, lang)]),
    line([t('statisticsPage.report.type', { type: typeText(report.period.meetingType, lang) })]),
    line([t('statisticsPage.csv.masked')]),
  ];
  if (report.olderDeletedConferences > 0) {
    const count = report.olderDeletedConferences;
    lines.push(line([count === 1 ? t('statisticsPage.olderDeleted.one') : t('statisticsPage.olderDeleted.other', { count })]));
  }
  for (const section of report.sections) {
    for (const table of section.tables) {
      // A column's unit, when every row agrees on it.
      const columnUnits = table.columns.map((_, index) => {
        const units = new Set(table.rows.map((row) => row.values[index]?.unit));
        return units.size === 1 ? { shared: true, unit: unitOf(table.rows[0]?.values[index]) } : { shared: false, unit: null };
      });
      lines.push('');
      lines.push(
        line([
          t('statisticsPage.csv.section'),
          t('statisticsPage.csv.table'),
          t('statisticsPage.csv.row'),
          ...table.columns.map((column, index) => {
            const unit = columnUnits[index]!.unit;
            return unit ? `${t(column)} (${unit})` : t(column);
          }),
        ]),
      );
      for (const row of table.rows) {
        const rowUnits = row.values.flatMap((figure, index) => (columnUnits[index]!.shared ? [] : [unitOf(figure)])).filter((unit) => unit !== null);
        const label = labelText(row.label, lang);
        lines.push(
          line([
            t(section.title),
            t(table.title),
            rowUnits.length > 0 ? `${label} (${[...new Set(rowUnits)].join(', ')})` : label,
            ...row.values.map((figure) => csvFigure(table, figure)),
          ]),
        );
      }
    }
  }
  return lines.join(EOL) + EOL;
}

/** The CSV file of `report` in `lang`. */
export function buildStatisticsCsv(report: StatisticsReport, lang: UiLanguage): DocumentFile {
  const bytes = new TextEncoder().encode(BOM + statisticsCsvText(report, lang));
  return { name: safeFileName(statisticsTitle(report.period, lang, 'file'), 'csv'), mimeType: CSV_MIME, bytes };
}
