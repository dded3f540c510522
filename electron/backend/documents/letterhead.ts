import { ImageRun, type Paragraph, type Table } from 'docx';
import type { Settings } from '../../shared/settings/settings.schema';
import { addressLines, type Words } from './format';
import { imageSize } from './image-size';
import { cleanText } from './sanitise';
import { contentWidth, COLOR, pageNumberRuns, para, run } from './styles';
import { layoutTable } from './tables';

/*
 * The unit's letterhead at the top of every document: logo, the unit's name, its
 * return address and phone (never the convener's home), and on the right the paper's
 * name, its date and the page count, as Finnish letters have them.
 */

/** The logo's height on paper: about 2 cm, in pixels at 96 per inch as docx counts them. */
const LOGO_HEIGHT = 76;
/** A very wide logo is limited to about 7 cm. */
const LOGO_MAX_WIDTH = 265;

function logoParagraph(settings: Settings): Paragraph | null {
  const logo = settings.unit.logo;
  if (!logo) return null;
  const data = Buffer.from(logo.data, 'base64');
  const size = imageSize(data);
  // An image whose size cannot be read is left out rather than drawn distorted.
  if (!size) return null;
  let height = LOGO_HEIGHT;
  let width = Math.round((height * size.width) / size.height);
  if (width > LOGO_MAX_WIDTH) {
    width = LOGO_MAX_WIDTH;
    height = Math.round((width * size.height) / size.width);
  }
  const alt = cleanText(settings.unit.name) || 'logo';
  return para(
    [
      new ImageRun({
        type: logo.mimeType === 'image/png' ? 'png' : 'jpg',
        data,
        transformation: { width, height },
        altText: { name: 'logo', title: alt, description: alt },
      }),
    ],
    { spacing: { after: 80 } },
  );
}

/** The sender: the unit's name, return address and phone. */
function senderLines(settings: Settings, words: Words): Paragraph[] {
  const unit = settings.unit;
  const lines: Paragraph[] = [];
  if (unit.name) lines.push(para(unit.name, { spacing: { after: 0 } }, { bold: true, size: 20 }));
  for (const line of addressLines(unit.postalAddress)) lines.push(para(line, { style: 'Small' }));
  if (unit.phone) lines.push(para(words.t('documents.phone', { phone: unit.phone }), { style: 'Small' }));
  return lines;
}

export interface LetterheadOptions {
  settings: Settings;
  words: Words;
  /** The paper's name in capitals, e.g. "KUTSU". */
  docType: string;
  /** The document's date (today). */
  date: string;
  landscape?: boolean;
  /** A confidential paper's statutory marking (`confidentialMarking`), under the paper's name and date. */
  confidential?: string;
}

/**
 * The statutory marking of a confidential paper in its language, "Salassa pidettävä" with the
 * legal ground the unit has worded in Settings (the same citation in every language).
 */
export function confidentialMarking(settings: Settings, words: Words): string {
  const basis = settings.confidentialityBasis.trim();
  const marking = words.t('documents.confidential');
  return basis === '' ? marking : `${marking} (${basis})`;
}

/** The letterhead table that opens the first page. */
export function letterhead(options: LetterheadOptions): Table {
  const { settings, words } = options;
  const logo = logoParagraph(settings);
  const left = [...(logo ? [logo] : []), ...senderLines(settings, words)];
  const right = [
    para(options.docType, { spacing: { after: 40 } }, { bold: true, size: 24, color: COLOR.heading }),
    para(
      [...run(`${words.date(options.date)}    `), ...pageNumberRuns(words)],
      { spacing: { after: 0 } },
    ),
    ...(options.confidential ? [para(options.confidential, { spacing: { before: 60, after: 0 } }, { bold: true, size: 18 })] : []),
  ];
  const width = contentWidth(options.landscape);
  return layoutTable(
    [
      [
        { content: left, weight: 55 },
        { content: right, weight: 45 },
      ],
    ],
    width,
  );
}

/** Space under the letterhead before the document's own content. */
export function afterLetterhead(lines = 1): Paragraph[] {
  return Array.from({ length: lines }, () => para('', { spacing: { after: 120 } }));
}

/** The recipient's name and postal address, where a window envelope shows them. */
export function addressBlock(name: string, address: string): Paragraph[] {
  return [name, ...addressLines(address)].map((line) => para(line, { spacing: { after: 0 } }));
}

/**
 * The convener's title in a document's language: their own title when the document is in
 * the language they use the app in (the language they wrote it in), else the catalog's word.
 */
export function convenerTitle(settings: Settings, words: Words): string {
  const own = settings.convener.title.trim();
  return own !== '' && settings.uiLanguage === words.lang ? own : words.t('documents.convenerRole');
}

/** The convener's signature: closing words, room to sign, name, title and unit. */
export function signatureBlock(settings: Settings, words: Words, closing: string): Paragraph[] {
  return [
    para(closing, { spacing: { before: 240, after: 600 }, keepNext: true }),
    ...[settings.convener.name, convenerTitle(settings, words), settings.unit.name]
      .filter((line) => line.trim() !== '')
      .map((line, index) => para(line, { spacing: { after: 0 }, keepNext: true }, index === 0 ? { bold: true } : {})),
  ];
}
