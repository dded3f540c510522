import type { Paragraph, Table } from 'docx';
import { formatEuros, formatHours } from '../../shared/amounts';
import type { Preparation } from '../../shared/preparation/preparation.schema';
import type { Settings } from '../../shared/settings/settings.schema';
import { UI_LOCALES } from '../../shared/i18n/locales';
import { WORK_ACTIVITIES } from '../../shared/work/work.schema';
import {
  conferenceCosts,
  costLines,
  isInMonth,
  workCost,
  workLogRows,
  workTotals,
  type CostLine,
  type WorkLogRow,
} from '../../shared/work/work-log';
import type { DocxPlan } from './document-data';
import { datedPaper, safeFileName } from './file-name';
import { wordsFor, type Words } from './format';
import { afterLetterhead, confidentialMarking, letterhead } from './letterhead';
import { contentWidth, heading, makeDocument, para, run } from './styles';
import { dataTable, factsTable, type CellContent } from './tables';

/*
 * The time report and invoice specification: the convener's working time and the costs of one
 * conference, or of every conference in one month, for the employer or the invoice. It goes
 * outside the family's matter, so it names a conference by its reference and dates only:
 * never the family's or the children's names, the concerns or any free text but a cost's
 * `what` (written for this paper). In the language the convener uses the app in.
 */

/** What the report is made of: read in the handler's transaction. */
export interface TimeReportData {
  settings: Settings;
  /** The report's date, `YYYY-MM-DD`. */
  today: string;
  /** The conferences reported, each whole; a month's report keeps only what falls in `month`. */
  conferences: Preparation[];
  /** `YYYY-MM` for a month's report across conferences; null for one conference's. */
  month: string | null;
}

/** One conference's part of the report: its rows and lines, cut to the month when there is one. */
interface Part {
  reference: string;
  rows: WorkLogRow[];
  lines: CostLine[];
}

function partOf(prep: Preparation, month: string | null): Part {
  const rows = workLogRows(prep);
  const lines = costLines(conferenceCosts(prep));
  return {
    reference: prep.conference.reference,
    rows: month ? rows.filter((row) => isInMonth(row.date, month)) : rows,
    lines: month ? lines.filter((line) => isInMonth(line.date, month)) : lines,
  };
}

const minutesOf = (rows: readonly WorkLogRow[]) => rows.reduce((sum, row) => sum + row.minutes, 0);
const centsOf = (lines: readonly CostLine[]) => lines.reduce((sum, line) => sum + line.amount, 0);

function hours(words: Words, minutes: number): string {
  return words.t('work.hours', { hours: formatHours(minutes, words.lang) });
}

function euros(words: Words, cents: number): string {
  return formatEuros(cents, words.lang);
}

function costKind(words: Words, line: CostLine): string {
  return line.kind === 'interpreter' ? words.t('cost.interpreter', { language: languageOf(words, line.what) }) : words.t(`cost.kind.${line.kind}`);
}

/** An interpreter's language key: fi/sv/en in the catalog's words, else as the convener wrote it. */
function languageOf(words: Words, key: string): string {
  return key === 'fi' || key === 'sv' || key === 'en' ? words.t(`language.${key}`) : key;
}

const bold = (text: string): CellContent => run(text, { bold: true });

function workTable(words: Words, rows: readonly WorkLogRow[]): Table | Paragraph {
  const { t } = words;
  if (rows.length === 0) return para(t('work.doc.noWork'));
  return dataTable(
    [
      { title: t('work.column.date'), weight: 25 },
      { title: t('work.column.activity'), weight: 50 },
      { title: t('work.column.duration'), weight: 25 },
    ],
    [
      ...rows.map((row): CellContent[] => [words.date(row.date), t(`work.activity.${row.activity}`), hours(words, row.minutes)]),
      ['', bold(t('work.doc.totalHours')), bold(hours(words, minutesOf(rows)))],
    ],
    contentWidth(),
  );
}

function costTable(words: Words, lines: readonly CostLine[]): Table | Paragraph {
  const { t } = words;
  if (lines.length === 0) return para(t('work.doc.noCosts'));
  return dataTable(
    [
      { title: t('cost.column.date'), weight: 18 },
      { title: t('cost.column.kind'), weight: 24 },
      { title: t('cost.column.what'), weight: 38 },
      { title: t('cost.column.amount'), weight: 20 },
    ],
    [
      ...lines.map((line): CellContent[] => [
        words.dateOrNone(line.date),
        costKind(words, line),
        line.cost ? line.what : '',
        euros(words, line.amount),
      ]),
      ['', '', bold(t('work.doc.costsTotal')), bold(euros(words, centsOf(lines)))],
    ],
    contentWidth(),
  );
}

function activityTable(words: Words, rows: readonly WorkLogRow[]): Table {
  const { t } = words;
  const totals = workTotals(rows);
  return dataTable(
    [
      { title: t('work.totals.activity'), weight: 70 },
      { title: t('work.totals.hours'), weight: 30 },
    ],
    [
      ...WORK_ACTIVITIES.filter((activity) => totals.byActivity[activity] > 0).map((activity): CellContent[] => [
        t(`work.activity.${activity}`),
        hours(words, totals.byActivity[activity]),
      ]),
      [bold(t('work.doc.totalHours')), bold(hours(words, totals.total))],
    ],
    contentWidth(),
  );
}

/** Hours × rate, the costs, and the sum; without a rate, the costs alone and why. */
function invoice(words: Words, settings: Settings, minutes: number, cents: number): (Paragraph | Table)[] {
  const { t } = words;
  const rate = settings.convener.hourlyRate;
  if (rate === null) {
    return [heading(t('work.doc.invoice'), 2), factsTable([[t('work.doc.costsTotal'), euros(words, cents)]], contentWidth(), 0.6), para(t('work.doc.noRate'), { style: 'Small', spacing: { before: 120 } })];
  }
  const work = workCost(minutes, rate);
  const rateText = euros(words, rate);
  return [
    heading(t('work.doc.invoice'), 2),
    factsTable(
      [
        [t('work.doc.workCost', { hours: formatHours(minutes, words.lang), rate: rateText }), euros(words, work)],
        [t('work.doc.costsTotal'), euros(words, cents)],
        [t('work.doc.grandTotal'), bold(euros(words, work + cents))],
      ],
      contentWidth(),
      0.6,
    ),
  ];
}

/** The conference's meetings by their dates: "Neuvonpito 24.2.2027, Seurantakokous 2.6.2027". */
function meetingDates(words: Words, prep: Preparation): string {
  return prep.meetings
    .map((m) => {
      const name = m.kind === 'conference' ? words.t(`nextDue.meeting.conference.${prep.conference.meetingType}`) : words.t('nextDue.meeting.follow_up');
      return `${name} ${m.date ? words.date(m.date) : words.t('cost.meeting.noDate')}`;
    })
    .join(', ');
}

/** The time report of `data.conferences` (one, or a month's). */
export function buildTimeReport(data: TimeReportData): DocxPlan {
  const { settings, month } = data;
  const words = wordsFor(settings.uiLanguage);
  const { t } = words;
  const monthName = month
    ? new Intl.DateTimeFormat(UI_LOCALES[words.lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`))
    : '';
  const title = month ? t('work.doc.monthTitle', { month: monthName }) : t('work.doc.title');
  const parts = data.conferences.map((prep) => partOf(prep, month)).filter((part) => !month || part.rows.length > 0 || part.lines.length > 0);
  const allRows = parts.flatMap((part) => part.rows);
  const allLines = parts.flatMap((part) => part.lines);
  const facts: [string, CellContent][] = [];
  if (settings.convener.name.trim() !== '') facts.push([t('work.doc.convener'), settings.convener.name]);
  if (month) facts.push([t('work.doc.period'), monthName]);
  else {
    const prep = data.conferences[0]!;
    facts.push([t('work.doc.reference'), prep.conference.reference], [t('work.doc.dates'), meetingDates(words, prep)]);
  }
  const body: (Paragraph | Table)[] = month
    ? [
        ...parts.flatMap((part) => [
          heading(part.reference, 2),
          heading(t('work.doc.work'), 3),
          workTable(words, part.rows),
          heading(t('work.doc.costs'), 3),
          costTable(words, part.lines),
        ]),
        heading(t('work.doc.allConferences'), 2),
        heading(t('work.doc.hoursByActivity'), 3),
        activityTable(words, allRows),
      ]
    : [
        heading(t('work.doc.work'), 2),
        workTable(words, allRows),
        heading(t('work.doc.hoursByActivity'), 2),
        activityTable(words, allRows),
        heading(t('work.doc.costs'), 2),
        costTable(words, allLines),
      ];
  const confidential = confidentialMarking(settings, words);
  const children = [
    letterhead({ settings, words, docType: t('work.doc.docType'), date: data.today, confidential }),
    ...afterLetterhead(),
    heading(title, 1),
    factsTable(facts, contentWidth(), 0.24),
    ...body,
    ...invoice(words, settings, minutesOf(allRows), centsOf(allLines)),
  ];
  return {
    name: safeFileName(month ? `${t('work.doc.file')} ${month}` : datedPaper(t('work.doc.file'), data.today), 'docx'),
    document: makeDocument({ words, title, sender: settings.unit.name, children, confidential }),
  };
}
