import { translate } from '../i18n';
import { UI_LOCALES, type UiLanguage } from '../i18n/locales';
import { SMALLEST_SHOWN_COUNT, type Figure, type Label, type StatisticsReport, type StatisticsTable } from './statistics.schema';

/*
 * How the statistics' figures and labels are written: on the page (the reader's number
 * format, "1 234,5", "12 %", "1 234,50 €", "1,5 h", "31,5 pv"), and in the exports, which
 * also hide small groups: in a breakdown a count of 1–4, and a share or mean made from
 * 1–4 cases, reads "< 5".
 */


/** What an export writes for a masked figure. */
export const MASKED = '< 5';

const small = (n: number) => n > 0 && n < SMALLEST_SHOWN_COUNT;

/** True when an export must show `figure` of `table` as "< 5": a small group in a breakdown. */
export function isMasked(table: Pick<StatisticsTable, 'breakdown'>, figure: Figure): boolean {
  if (!table.breakdown) return false;
  switch (figure.unit) {
    case 'count':
      return small(figure.value);
    // A share tells its count when either side of it is small.
    case 'share':
      return small(figure.value) || small(figure.of);
    case 'mean':
      return small(figure.n);
    default:
      return false;
  }
}

/** A share as a percentage (0–100); null when there is nothing to take a share of. */
function percentOf(figure: Extract<Figure, { unit: 'share' }>): number | null {
  return figure.of === 0 ? null : (100 * figure.value) / figure.of;
}

/** The figure as a plain number in its display unit (hours, euros, percent, days); null when there is none. */
export function figureNumber(figure: Figure): number | null {
  switch (figure.unit) {
    case 'count':
      return figure.value;
    case 'share':
      return percentOf(figure);
    case 'days':
    case 'mean':
      return figure.value;
    case 'minutes':
      return figure.value / 60;
    case 'cents':
      return figure.value / 100;
  }
}

/** Formatters of one language, built once. */
function formatters(lang: UiLanguage) {
  const locale = UI_LOCALES[lang];
  return {
    count: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
    percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
    oneDecimal: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    upToOne: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
    euros: new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }),
    month: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    shortMonth: new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
  };
}

const cache = new Map<UiLanguage, ReturnType<typeof formatters>>();
function formatOf(lang: UiLanguage) {
  let known = cache.get(lang);
  if (!known) cache.set(lang, (known = formatters(lang)));
  return known;
}

/** The figure as the page shows it, in `lang`'s number format; a dash where there is nothing to show. */
export function figureText(figure: Figure, lang: UiLanguage): string {
  const format = formatOf(lang);
  const none = '–';
  switch (figure.unit) {
    case 'count':
      return format.count.format(figure.value);
    case 'share':
      return figure.of === 0 ? none : format.percent.format(figure.value / figure.of);
    case 'days':
      return figure.value === null ? none : translate(lang, 'statisticsPage.unit.days', { value: format.upToOne.format(figure.value) });
    case 'minutes':
      return translate(lang, 'statisticsPage.unit.hours', { value: format.upToOne.format(figure.value / 60) });
    case 'cents':
      return format.euros.format(figure.value / 100);
    case 'mean':
      return figure.value === null ? none : format.oneDecimal.format(figure.value);
  }
}

/** A month of the period written out: "maaliskuu 2027"; `short` for a chart's axis: "maalis". */
export function monthText(month: string, lang: UiLanguage, short = false): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return (short ? formatOf(lang).shortMonth : formatOf(lang).month).format(date);
}

/** A row's label in `lang`. */
export function labelText(label: Label, lang: UiLanguage): string {
  if ('key' in label) return translate(lang, label.key);
  if ('month' in label) return monthText(label.month, lang);
  return label.text;
}

/** True when nothing at all happened in the period: no count, time, cost or answer above zero. */
export function isEmptyReport(report: StatisticsReport): boolean {
  return report.sections.every((section) =>
    section.tables.every((table) =>
      table.rows.every((row) =>
        row.values.every((figure) => (figure.unit === 'share' ? figure.of === 0 : figure.unit === 'mean' ? figure.n === 0 : !figure.value)),
      ),
    ),
  );
}
