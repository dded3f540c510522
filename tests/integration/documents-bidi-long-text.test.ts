import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChecklist } from '../../electron/backend/documents/checklist.docx';
import { packDocx, type MeetingData } from '../../electron/backend/documents/document-data';
import { buildInvitation } from '../../electron/backend/documents/invitation.docx';
import { buildParticipants } from '../../electron/backend/documents/participants.docx';
import { buildPlan } from '../../electron/backend/documents/plan.docx';
import { PAGE } from '../../electron/backend/documents/styles';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { makeDocumentPreparation, makePlanPreparation } from '../fixtures/documents';
import { makeDocumentSettings } from '../fixtures/document-settings';
import { pdfText, renderToPdf } from '../helpers/docx';
import { makeTempDir } from '../helpers/temp-dir';

/*
 * What a reader sees of text the app does not control: a right-to-left override left open
 * in a name or a venue, and words of thousands of letters without a space. Rendered by
 * LibreOffice and read back with pdftotext, which gives the text in its visual order.
 * PNGs of the pages are left under test-results/documents-bidi-long-text to look at.
 */

const RLO = '\u202E';
const LONG = 'Pitkäsanainenteksti'.repeat(110).slice(0, 2000);

const dir = makeTempDir('neuvonpito-bidi-long-');
const pdfs: Record<'letter' | 'checklist' | 'participants' | 'plan', string> = {} as never;

function withMember(prep: Preparation, id: string, fields: Partial<Preparation['members'][number]>): Preparation {
  return { ...prep, members: prep.members.map((m) => (m.id === id ? { ...m, ...fields } : m)) };
}

beforeAll(async () => {
  const people = makeDocumentPreparation();
  // An override opened and never closed, in the name, the language and the venue.
  let prep = withMember(people.prep, people.arabic.id, { name: `Asia:${RLO} abc loppu`, otherLanguage: `${RLO}arabia` });
  const meeting = { ...prep.meetings[0]!, venue: { ...prep.meetings[0]!.venue, name: `Perhekeskus ${RLO}Kajava` } };
  prep = { ...prep, meetings: [meeting, ...prep.meetings.slice(1)] };
  const data: MeetingData = { prep, settings: makeDocumentSettings(), meeting, today: '2027-02-22' };
  const member = prep.members.find((m) => m.id === people.arabic.id)!;

  // Long unbroken words in the places a table or a page could be pushed wider.
  const longPrep = withMember(people.prep, people.grandma.id, { name: LONG.slice(0, 100), diet: LONG.slice(0, 300), accessibility: LONG.slice(0, 500) });
  const longMeeting = { ...longPrep.meetings[0]!, venue: { ...longPrep.meetings[0]!.venue, name: LONG.slice(0, 120), address: LONG.slice(0, 300) } };
  const longData: MeetingData = { ...data, prep: { ...longPrep, meetings: [longMeeting] }, meeting: longMeeting };
  const planned = makePlanPreparation();
  const plan = { ...planned.plan, items: planned.plan.items.map((item, index) => (index === 0 ? { ...item, what: LONG, followUp: LONG.slice(0, 500) } : item)) };

  const files = await Promise.all(
    [
      buildInvitation(data, member),
      buildChecklist(longData),
      buildParticipants(longData),
      buildPlan({ prep: planned.prep, settings: data.settings, today: '2027-03-05' }, plan),
    ].map(packDocx),
  );
  const paths = renderToPdf(files, dir.path);
  (['letter', 'checklist', 'participants', 'plan'] as const).forEach((key, index) => {
    pdfs[key] = paths[index]!;
    const out = `test-results/documents-bidi-long-text/${key}`;
    execFileSync('mkdir', ['-p', 'test-results/documents-bidi-long-text']);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '3', paths[index]!, out]);
  });
}, 240_000);

afterAll(() => dir.remove());

interface WordBox {
  word: string;
  xMax: number;
  yMax: number;
  pageWidth: number;
  pageHeight: number;
}

/** Every word pdftotext finds, with its right and bottom edges, and the size of its page (points). */
function wordBoxes(path: string): WordBox[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const boxes: WordBox[] = [];
  for (const page of html.split('<page ').slice(1)) {
    const pageWidth = Number(/width="([\d.]+)"/.exec(page)?.[1]);
    const pageHeight = Number(/height="([\d.]+)"/.exec(page)?.[1]);
    for (const match of page.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      boxes.push({ word: match[3]!, xMax: Number(match[1]), yMax: Number(match[2]), pageWidth, pageHeight });
    }
  }
  return boxes;
}

/** The bottom margin of the house style (2 cm): body text ends above it; only the footer is in it. */
const BOTTOM_MARGIN_PT = PAGE.bottom / 20;

describe('an override in stored text, rendered', () => {
  it('turns only the value it is in, not the words after it', () => {
    // pdftotext copies the invisible isolate marks (U+2066–U+2069) into its text: read past them.
    const text = pdfText(pdfs.letter).replace(/[\u2066-\u2069]/g, '');
    // The user's own value is shown as typed (reversed by its override) …
    expect(text).toContain('Hyvä Asia:uppol cba');
    expect(text).toContain('avajaK');
    // … and what follows it on the line reads in its own order.
    expect(text).toContain('avajaK, Kajavantie 5, 00950 Helsinki');
    expect(text).toContain('(kieli: aibara).');
  });
});

/** The words of the confidentiality marking, which the footer holds by design. */
const FOOTER_WORDS = new Set('Salassa pidettävä (JulkL 621/1999 24 § 1 mom. 25 k)'.split(' '));

describe('long unbroken words in documents', () => {
  it.each(['checklist', 'participants', 'plan'] as const)('stay inside the page in the %s', (key) => {
    const boxes = wordBoxes(pdfs[key]);
    expect(boxes.some((box) => box.word.includes('Pitkäsana'))).toBe(true);
    const outside = boxes.filter((box) => box.xMax > box.pageWidth);
    expect(outside.map((box) => `${box.word.slice(0, 30)} ${box.xMax}/${box.pageWidth}`)).toEqual([]);
    const intoFooter = boxes.filter((box) => !FOOTER_WORDS.has(box.word) && box.yMax > box.pageHeight - BOTTOM_MARGIN_PT);
    expect(intoFooter.map((box) => `${box.word.slice(0, 30)} ${box.yMax}/${box.pageHeight}`)).toEqual([]);
  });
});
