import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type Paragraph,
} from 'docx';
import type { Meeting } from '../../shared/arrangements/meeting.schema';
import type { MeetingType } from '../../shared/conference/conference-lists';
import type { UiLanguage } from '../../shared/i18n/locales';
import { ANSWERS, type RespondentGroup } from '../../shared/feedback/feedback.schema';
import type { Settings } from '../../shared/settings/settings.schema';
import type { DocxPlan } from './document-data';
import { datedPaper, recipientBase, safeFileName } from './file-name';
import { wordsFor, type Words } from './format';
import { afterLetterhead, letterhead } from './letterhead';
import { COLOR, contentWidth, heading, makeDocument, para } from './styles';

/*
 * A blank, anonymous feedback form for one participant group of a meeting: the meeting's kind
 * and date (never a name or the reference), satisfaction 1–10 as boxes to tick, "did you feel
 * heard" and "will the plan help" as yes / partly / no, and a box for a free comment, which stays
 * on the paper. The child's group gets its own version: plain words, larger type, bigger boxes
 * and a sad and a happy face at the ends of the scale.
 */

export interface FeedbackFormData {
  meetingType: MeetingType;
  meeting: Pick<Meeting, 'kind' | 'date'>;
  group: RespondentGroup;
  language: UiLanguage;
  settings: Settings;
  /** The document's date when the meeting has none yet, `YYYY-MM-DD`. */
  today: string;
}

const BOX = { style: BorderStyle.SINGLE, size: 12, color: '333333' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const BOXED = { top: BOX, bottom: BOX, left: BOX, right: BOX } as const;
const OPEN = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;

function cell(children: Paragraph[], width: number, boxed: boolean): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: boxed ? BOXED : OPEN,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 40, right: 40 },
  });
}

function grid(rows: { height: number; cells: { content: Paragraph[]; boxed: boolean }[] }[], columnWidths: number[]): Table {
  return new Table({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          height: { value: row.height, rule: HeightRule.ATLEAST },
          children: row.cells.map((c, i) => cell(c.content, columnWidths[i]!, c.boxed)),
        }),
    ),
  });
}

const centred = (text: string, style: { size?: number; bold?: boolean; color?: string } = {}) =>
  para(text, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } }, style);

/** The scale 1–10: the numbers, and under each an empty box to tick (a child's with faces at the ends). */
function scale(child: boolean, width: number): Table {
  const column = Math.floor(width / 10);
  const numbers = Array.from({ length: 10 }, (_, i) => String(i + 1));
  const rows = [
    { height: 0, cells: numbers.map((n) => ({ content: [centred(n, { bold: true, size: child ? 32 : 24 })], boxed: false })) },
    { height: child ? 720 : 520, cells: numbers.map(() => ({ content: [centred('')], boxed: true })) },
  ];
  if (child) {
    const faces = numbers.map((_, i) => (i === 0 ? '☹' : i === 9 ? '☺' : ''));
    rows.push({ height: 0, cells: faces.map((face) => ({ content: [centred(face, { size: 44, color: COLOR.heading })], boxed: false })) });
  }
  return grid(rows, Array.from({ length: 10 }, () => column));
}

/** "☐ Kyllä  ☐ Osittain  ☐ Ei" drawn as boxes to tick, each followed by its word. */
function choices(labels: readonly string[], child: boolean): Table {
  const box = child ? 560 : 420;
  const label = child ? 1700 : 1500;
  const cells = labels.flatMap((text) => [
    { content: [centred('')], boxed: true },
    { content: [para(text, { spacing: { before: 0, after: 0 }, indent: { left: 120 } })], boxed: false },
  ]);
  return grid([{ height: box, cells }], labels.flatMap(() => [box, label]));
}

/** A framed box for the free comment, which stays on the paper. */
function commentBox(height: number, width: number): Table {
  return grid([{ height, cells: [{ content: [para('')], boxed: true }] }], [width]);
}

const question = (text: string) => para(text, { spacing: { before: 280, after: 120 }, keepNext: true }, { bold: true });
const note = (text: string, child: boolean) =>
  para(text, { spacing: { before: 60, after: 0 } }, { size: child ? 22 : 18, color: COLOR.muted });

/** The meeting's kind and date, as the form names it: "Seurantakokous 10.6.2027". */
function meetingLine(words: Words, data: FeedbackFormData): string {
  const date = data.meeting.date ? words.date(data.meeting.date) : '';
  return words.t(`feedback.form.meeting.${data.meetingType}.${data.meeting.kind}`, { date }).trim();
}

/** The form's file name: the paper, the group and the meeting's date; nothing of the family. */
export function feedbackFormFileName(words: Words, data: Pick<FeedbackFormData, 'group' | 'meeting'>): string {
  const base = datedPaper(recipientBase(words.t('feedback.form.file'), words.t(`feedback.group.${data.group}`)), data.meeting.date);
  return safeFileName(base, 'docx');
}

/** The blank feedback form of `data.group` for a meeting, in `data.language`. */
export function buildFeedbackForm(data: FeedbackFormData): DocxPlan {
  const words = wordsFor(data.language);
  const { t } = words;
  const child = data.group === 'child';
  const width = contentWidth();
  const kind = child ? 'feedback.form.child' : 'feedback.form';
  const title = t(child ? 'feedback.form.child.title' : 'feedback.form.title');
  const answers = ANSWERS.map((answer) => t(child ? `feedback.form.child.answer.${answer}` : `feedback.answer.${answer}`));
  const children: FileChild[] = [
    letterhead({ settings: data.settings, words, docType: t('feedback.form.docType'), date: data.meeting.date ?? data.today }),
    ...afterLetterhead(),
    heading(title, 1),
    para(meetingLine(words, data), { spacing: { after: 60 } }, { bold: true }),
    ...(child ? [] : [para(t('feedback.form.for', { group: t(`feedback.group.${data.group}`) }), { spacing: { after: 160 } })]),
    para(t(`${kind}.intro`)),
    note(t(`${kind}.anonymous`), child),
    question(t(`${kind}.satisfaction`)),
    scale(child, width),
    note(t(`${kind}.scaleEnds`), child),
    question(t(`${kind}.heard`)),
    choices(answers, child),
    question(t(`${kind}.planHelps.${data.meetingType}`)),
    choices(answers, child),
    question(t(`${kind}.comment`)),
    commentBox(child ? 3600 : 2600, width),
    para(t(`${kind}.return`), { spacing: { before: 240 } }),
  ];
  return {
    name: feedbackFormFileName(words, data),
    document: makeDocument({ words, title, sender: data.settings.unit.name, children, size: child ? 28 : 24 }),
  };
}
