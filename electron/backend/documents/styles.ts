import { UI_LOCALES } from '../../shared/i18n/locales';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TextRun,
  type FileChild,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Words } from './format';
import { isolate } from '../../shared/i18n/isolate';
import { cleanText, withoutInvisible } from './sanitise';

/*
 * The house style of every generated Word file: A4, Arial (Liberation Sans where Word
 * is not), real Word styles (headings, lists, tables), and one way to make a text run,
 * `run`, which sanitises every text that reaches the XML and isolates it for bidirectional
 * display, so a direction override or a right-to-left name in one run cannot reorder the
 * runs after it.
 */

export const FONT = 'Arial';
export const COLOR = { heading: '1F3A5F', muted: '5A6470', rule: 'A9B4C0', fill: 'E8EEF4', alert: 'A4262C' } as const;

/** A4 in twips, and margins of 2 cm (left 2.5 cm for filing). */
export const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1418, right: 1134, header: 567, footer: 567 };

/** The width text may take on a page, in twips. */
export function contentWidth(landscape = false): number {
  return (landscape ? PAGE.height : PAGE.width) - PAGE.left - PAGE.right;
}

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** A run of text, made XML-safe and isolated (see `isolate`); line breaks in `text` become line breaks in Word. */
export function run(text: string, style: RunStyle = {}): TextRun[] {
  return cleanText(text)
    .split('\n')
    .map((line, index) => new TextRun({ ...style, text: isolate(line), ...(index > 0 ? { break: 1 } : {}) }));
}

type ParagraphOptions = Omit<IParagraphOptions, 'children' | 'text'>;

/** A paragraph of `content`: a text, or runs made with `run`. */
export function para(content: string | ParagraphChild[], options: ParagraphOptions = {}, style: RunStyle = {}): Paragraph {
  return new Paragraph({ ...options, children: typeof content === 'string' ? run(content, style) : content });
}

/** A bold label followed by its text, in one paragraph: "Aika: torstai …". */
export function labelled(label: string, text: string, options: ParagraphOptions = {}): Paragraph {
  return para([...run(`${label}: `, { bold: true }), ...run(text)], options);
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  return para(text, { heading: HEADINGS[level], keepNext: true, keepLines: true });
}

/** Paragraphs of a longer text as written: a blank line starts a new paragraph. */
export function paragraphs(text: string): Paragraph[] {
  return cleanText(text)
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => para(block));
}

/** A numbered list (Word's own numbering), counting from 1. */
export function numbered(items: readonly (string | ParagraphChild[])[]): Paragraph[] {
  return items.map((item, index) =>
    para(item, { numbering: { reference: 'numbered', level: 0, restart: index === 0 }, keepLines: true }),
  );
}

/** A bulleted list. */
export function bullets(items: readonly (string | ParagraphChild[])[]): Paragraph[] {
  return items.map((item) => para(item, { numbering: { reference: 'bullets', level: 0 }, keepLines: true }));
}

/** "2 (3)": the page number and the page count as Word fields, in the words of the language. */
export function pageNumberRuns(words: Words, style: RunStyle = {}): TextRun[] {
  const template = words.t('documents.pageOf');
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part === '{page}') return new TextRun({ ...style, children: [PageNumber.CURRENT] });
      if (part === '{pages}') return new TextRun({ ...style, children: [PageNumber.TOTAL_PAGES] });
      return new TextRun({ ...style, text: cleanText(part) });
    });
}

export interface DocumentOptions {
  words: Words;
  /** The document's title in its properties and in the running head of later pages. */
  title: string;
  /** Who sent it: the running head of later pages. */
  sender: string;
  children: FileChild[];
  landscape?: boolean;
  /** Body text size in half-points; a child's letter is larger. */
  size?: number;
  /** Papers for the convener and the family, not letters: their statutory marking (`confidentialMarking`), on every page. */
  confidential?: string;
}

const small = { size: 16, color: COLOR.muted } as const;

function runningHead(options: DocumentOptions): Header {
  const left = [options.sender, options.title].filter((part) => part.trim() !== '').map(isolate).join(' · ');
  return new Header({
    children: [
      para([...run(left, small), ...run('\t', small), ...pageNumberRuns(options.words, small)], {
        tabStops: [{ type: 'right', position: contentWidth(options.landscape) }],
      }),
    ],
  });
}

function footer(options: DocumentOptions): Footer {
  return new Footer({
    children: [para(options.confidential ?? '', { alignment: AlignmentType.CENTER }, small)],
  });
}

/** A Word document in the house style: the letterhead goes in `children`, later pages get a running head. */
export function makeDocument(options: DocumentOptions): Document {
  const size = options.size ?? 22;
  const language = { value: UI_LOCALES[options.words.lang] };
  const headingStyle = (grow: number, before: number, after: number) => ({
    run: { font: FONT, size: size + grow, bold: true, color: COLOR.heading },
    paragraph: { spacing: { before, after }, keepNext: true },
  });
  const indent = { left: 397, hanging: 397 };
  return new Document({
    // File properties are shown bare (Explorer, Word's title bar): no invisible characters there.
    creator: withoutInvisible(options.sender),
    title: withoutInvisible(options.title),
    styles: {
      default: {
        document: {
          run: { font: FONT, size, language },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        heading1: headingStyle(10, 0, 200),
        heading2: headingStyle(4, 320, 120),
        heading3: headingStyle(0, 200, 80),
        listParagraph: { paragraph: { spacing: { after: 80 } } },
      },
      paragraphStyles: [
        { id: 'TableText', name: 'Table Text', basedOn: 'Normal', paragraph: { spacing: { before: 40, after: 40, line: 252, lineRule: LineRuleType.AUTO } } },
        { id: 'Small', name: 'Small', basedOn: 'Normal', run: { size: 18, color: COLOR.muted }, paragraph: { spacing: { after: 0 } } },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'numbered',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent } } }],
        },
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START, style: { paragraph: { indent } } }],
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // docx swaps width and height itself for a landscape page.
            size: {
              width: PAGE.width,
              height: PAGE.height,
              orientation: options.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer },
          },
        },
        headers: { first: new Header({ children: [para('')] }), default: runningHead(options) },
        footers: { first: footer(options), default: footer(options) },
        // Word wants a paragraph after a table that ends the body.
        children: options.children.at(-1) instanceof Table ? [...options.children, para('')] : options.children,
      },
    ],
  });
}
