import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { COLOR, para, run } from './styles';

/*
 * Tables of the house style: data tables with a header row that repeats on every page,
 * and borderless tables for label–value facts and layout (letterhead, signatures).
 */

/** What a cell holds: a text, runs, or whole paragraphs. */
export type CellContent = string | ParagraphChild[] | Paragraph[];

export interface Column {
  title: string;
  /** Relative width; the columns share the table's width in these proportions. */
  weight: number;
}

const line = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule } as const;
const margins = { top: 40, bottom: 40, left: 100, right: 100 };

function cellParagraphs(content: CellContent, style: 'TableText' | 'Small' = 'TableText'): Paragraph[] {
  if (Array.isArray(content) && content.length > 0 && content[0] instanceof Paragraph) return content as Paragraph[];
  return [para(content as string | ParagraphChild[], { style })];
}

function widths(columns: readonly { weight: number }[], total: number): number[] {
  const sum = columns.reduce((acc, c) => acc + c.weight, 0);
  return columns.map((c) => Math.floor((total * c.weight) / sum));
}

/** Roughly the width of an average character of table text (Arial 11 pt), in twips. */
const AVERAGE_CHAR_TWIPS = 100;
/** A row taller than this many lines may break across pages: kept whole, it could run past the page's end. */
const MAX_UNSPLIT_LINES = 20;

/** About how many lines `content` takes in a column `width` twips wide; runs and paragraphs count as one. */
function estimatedLines(content: CellContent, width: number): number {
  if (typeof content !== 'string') return 1;
  const perLine = Math.max(1, Math.floor((width - margins.left - margins.right) / AVERAGE_CHAR_TWIPS));
  return content.split('\n').reduce((sum, text) => sum + Math.max(1, Math.ceil(Array.from(text).length / perLine)), 0);
}

/** A data table: a shaded header row repeated on each page, thin rules, rows kept whole unless very long. */
export function dataTable(columns: readonly Column[], rows: readonly CellContent[][], width: number): Table {
  const columnWidths = widths(columns, width);
  const cell = (content: CellContent, index: number, header: boolean) =>
    new TableCell({
      children: header ? [para(content as string, { style: 'TableText', keepNext: true }, { bold: true })] : cellParagraphs(content),
      width: { size: columnWidths[index]!, type: WidthType.DXA },
      margins,
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: COLOR.fill, color: 'auto' } } : {}),
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.title, i, true)) }),
      ...rows.map((row) => {
        const long = row.some((content, i) => estimatedLines(content, columnWidths[i]!) > MAX_UNSPLIT_LINES);
        return new TableRow({ cantSplit: !long, children: row.map((content, i) => cell(content, i, false)) });
      }),
    ],
  });
}

/** Label–value lines without borders, the labels in bold: the facts of a meeting. */
export function factsTable(rows: readonly [string, CellContent][], width: number, labelShare = 0.28): Table {
  const labelWidth = Math.round(width * labelShare);
  const columnWidths = [labelWidth, width - labelWidth];
  const noMargin = { top: 20, bottom: 20, left: 0, right: 120 };
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ children: [para(run(label, { bold: true }), { style: 'TableText' })], width: { size: columnWidths[0]!, type: WidthType.DXA }, margins: noMargin }),
            new TableCell({ children: cellParagraphs(value), width: { size: columnWidths[1]!, type: WidthType.DXA }, margins: noMargin }),
          ],
        }),
    ),
  });
}

export interface LayoutCell {
  content: Paragraph[];
  /** Relative width; taken from the first row. */
  weight: number;
}

/** Cells side by side without borders: the letterhead, signature blocks; each row kept on one page. */
export function layoutTable(rows: readonly (readonly LayoutCell[])[], width: number): Table {
  const columnWidths = widths(rows[0] ?? [], width);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (c, i) =>
              new TableCell({
                children: c.content.length > 0 ? c.content : [para('')],
                width: { size: columnWidths[i]!, type: WidthType.DXA },
                margins: { top: 0, bottom: 0, left: 0, right: 120 },
                verticalAlign: VerticalAlignTable.TOP,
              }),
          ),
        }),
    ),
  });
}
