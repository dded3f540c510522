import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { strToU8, unzipSync } from 'fflate';
import type { Meeting } from '../../electron/shared/arrangements/meeting.schema';
import type { NetworkMember } from '../../electron/shared/preparation/network.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { DEFAULT_SETTINGS, type Settings } from '../../electron/shared/settings/settings.schema';
import { makeCompletePreparation, makeMeeting, makeMember } from '../fixtures/preparation';

/*
 * Opening what the document builders make: the zip, `word/document.xml` parsed as strict
 * XML, its text; LibreOffice renders to PDF for the text a reader would see. Also the
 * data of a fully arranged conference, with invented people, to build documents from.
 */

// jsdom ships no types; this is the one part of it used here.
type JsdomModule = { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };
let parser: DOMParser | null = null;

function domParser(): DOMParser {
  if (!parser) {
    // Resolved from the project root, which works whether this file runs as ESM (vitest) or CommonJS (tsx).
    const { JSDOM } = createRequire(join(process.cwd(), 'package.json'))('jsdom') as JsdomModule;
    parser = new new JSDOM('').window.DOMParser();
  }
  return parser;
}

/** The parts of a .docx (a zip), by path. */
export function unzipDocx(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/**
 * The bytes of an XML part parsed as XML 1.0, as strictly as Word reads it: invalid
 * UTF-8 or a character XML forbids throws, with the parser's message.
 */
export function parseStrictXml(bytes: Uint8Array): Document {
  const xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const doc = domParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

/** Every XML part of a .docx parsed strictly; throws on the first that is not well-formed. */
export function parseAllParts(bytes: Uint8Array): Record<string, Document> {
  const parts = unzipDocx(bytes);
  return Object.fromEntries(
    Object.entries(parts)
      .filter(([path]) => path.endsWith('.xml') || path.endsWith('.rels'))
      .map(([path, content]) => [path, parseStrictXml(content)]),
  );
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The text of one XML part of Word, a paragraph a line: tabs as \t, line breaks as \n. */
export function wordText(doc: Document): string {
  const lines: string[] = [];
  for (const p of Array.from(doc.getElementsByTagNameNS(W, 'p'))) {
    let text = '';
    const walk = (node: Element) => {
      for (const child of Array.from(node.children)) {
        if (child.namespaceURI === W && child.localName === 't') text += child.textContent ?? '';
        else if (child.namespaceURI === W && child.localName === 'tab' && node.localName === 'r') text += '\t';
        else if (child.namespaceURI === W && child.localName === 'br') text += '\n';
        else if (!(child.namespaceURI === W && child.localName === 'p')) walk(child);
      }
    };
    walk(p);
    lines.push(text);
  }
  return lines.join('\n');
}

/** The body text of a .docx (`word/document.xml`), parsed strictly. */
export function docxText(bytes: Uint8Array): string {
  const xml = unzipDocx(bytes)['word/document.xml'];
  if (!xml) throw new Error('No word/document.xml in the file');
  return wordText(parseStrictXml(xml));
}

/** The raw document.xml of a .docx, for checks on the markup itself (styles, numbering). */
export function documentXmlSource(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(unzipDocx(bytes)['word/document.xml']!);
}

/**
 * Converts every file to PDF with one LibreOffice call, with its own profile so it never
 * meets another soffice. Returns the PDF paths in the order of `files`.
 */
export function renderToPdf(files: readonly { name: string; bytes: Uint8Array }[], dir: string): string[] {
  const inDir = join(dir, 'in');
  const outDir = join(dir, 'out');
  mkdirSync(inDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  const paths = files.map((file, index) => {
    // Plain ASCII names on the command line; the real names are checked elsewhere.
    const path = join(inDir, `doc-${index}.docx`);
    writeFileSync(path, file.bytes);
    return path;
  });
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...paths],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return paths.map((_, index) => join(outDir, `doc-${index}.pdf`));
}

/** The text of a PDF as pdftotext reads it, whitespace runs collapsed to one space. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** How many pages a PDF has. */
export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN);
}

/** A real PNG file of `width`×`height`: a blue disc on white, as a stand-in logo. */
export function makePng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(strToU8(type)), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows = Buffer.alloc((width * 3 + 1) * height, 0xff);
  const r = Math.min(width, height) / 2 - 2;
  for (let y = 0; y < height; y++) {
    rows[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      if ((x - height / 2) ** 2 + (y - height / 2) ** 2 < r * r) rows.set([0x1f, 0x5a, 0x9f], y * (width * 3 + 1) + 1 + x * 3);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array())]),
  );
}

/** Things that must never appear in a letter or the calendar file. */
export const CONFIDENTIAL = {
  reference: 'Äijälä 1/2027',
  concern: 'Äidin jaksaminen iltaisin',
  summary: 'Perheessä on ollut riitoja',
  conferenceNote: 'Muistiinpano: isän tilanne',
  memberNote: 'Muistiinpano: ei soita iltaisin',
  meetingNote: 'Sisäinen: sali maksaa',
} as const;

/** The convener's settings: a unit with a 240×80 logo, return address and phone. */
export function makeDocumentSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    convener: { name: 'Riikka Salmela', title: 'Koollekutsuja', phone: '040 555 0101', email: 'riikka.salmela@example.fi' },
    unit: {
      name: 'Itäisen perhesosiaalityön yksikkö',
      postalAddress: 'PL 4210\n00099 Helsingin kaupunki',
      phone: '09 310 12345',
      email: 'perhesosiaalityo@example.fi',
      logo: { mimeType: 'image/png', data: Buffer.from(makePng(240, 80)).toString('base64') },
    },
    ...overrides,
  };
}

/** The conference's meeting, fully arranged: 4 March 2027, 9–13, a venue, food, an Arabic interpreter. */
export function makeArrangedMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return makeMeeting({
    date: '2027-03-04',
    startTime: '09:00',
    endTime: '13:00',
    venue: {
      name: 'Perhekeskus Kajava',
      address: 'Kajavantie 5, 00950 Helsinki',
      mainRoom: 'Sali 2',
      privateRoom: 'Neuvotteluhuone Pikku-Kajava',
      capacity: 14,
      accessibility: 'Esteetön sisäänkäynti pihan puolelta',
      parking: 'Pysäköinti pihalla, bussi 97 pysähtyy oven edessä',
      bookingContact: 'Tilavaraus 09 310 00000',
      bookingStatus: 'booked',
    },
    refreshments: {
      what: 'Kahvi, voileivät ja hedelmät',
      supplier: 'Kahvila Kajava',
      supplierContact: '050 000 0000',
      orderedDate: '2027-02-20',
      orderedHeadcount: 9,
      cost: '120 €',
    },
    interpreters: [{ language: 'arabia', provider: 'Tulkkikeskus', bookedDate: '2027-02-10', confirmed: true, mode: 'on_site', cost: '' }],
    remoteLink: 'https://meet.example.fi/j/123456',
    remoteFor: 'Pekka Lind',
    materials: ['flip_chart', 'markers', 'name_tags'],
    invitation: {
      replyBy: '2027-02-20',
      purpose: {
        fi: 'Kokoonnumme yhdessä miettimään, miten Äijön ja Sannin arkea voidaan tukea.',
        sv: 'Vi samlas för att tillsammans fundera på hur Äijös och Sannis vardag kan stödas.',
        en: 'We meet to think together about how to support Äijö and Sanni in everyday life.',
      },
    },
    notes: CONFIDENTIAL.meetingNote,
    ...overrides,
  });
}

/**
 * A fully prepared conference ready for its documents: makeCompletePreparation's people,
 * plus a Swedish-speaking aunt, an English-speaking godfather and an Arabic-speaking
 * neighbour who needs an interpreter; concerns, a summary and notes that must stay out
 * of the letters.
 */
export function makeDocumentPreparation(): { prep: Preparation; grandma: NetworkMember; neighbour: NetworkMember; curator: NetworkMember; swede: NetworkMember; english: NetworkMember; arabic: NetworkMember } {
  const { prep: base, grandma, neighbour, curator } = makeCompletePreparation();
  const swede = makeMember({ name: 'Britt-Marie Lindqvist', relation: 'moster', language: 'sv', invite: 'invite', reply: 'coming', diet: 'laktoositon', phone: '040 222 3333', chairsPrivateTime: true });
  const english = makeMember({ name: 'John Carter', relation: 'kummi', language: 'en', invite: 'invite', reply: 'not_asked', address: '12 Elm Road, Leeds LS1 4AB', phone: '+44 7700 900123' });
  const arabic = makeMember({ name: 'فاطمة الحسيني', relation: 'naapuri', language: 'other', otherLanguage: 'arabia', interpreterNeeded: true, invite: 'invite', reply: 'coming', diet: 'halal', accessibility: 'Pyörätuoli' });
  const members = base.members.map((m) =>
    m.id === grandma.id ? { ...m, address: 'Kuusitie 4 B 12, 00950 Helsinki', phone: '040 765 4321', notes: CONFIDENTIAL.memberNote, diet: 'gluteeniton' } : m,
  );
  const prep: Preparation = {
    ...base,
    conference: { ...base.conference, notes: CONFIDENTIAL.conferenceNote },
    commission: {
      ...base.commission,
      guardianIds: base.conference.guardians.map((g) => g.id),
      childIds: [base.conference.children[0]!.id],
      concerns: [...base.commission.concerns, { id: '66666666-6666-4666-8666-000000000002', text: CONFIDENTIAL.concern }],
    },
    members: [...members, swede, english, arabic],
    summary: {
      ...base.summary,
      text: `${CONFIDENTIAL.summary} viime syksystä lähtien.\n\nKoulu on tukenut Äijöä tukiopetuksella.\nPerhe toivoo rauhallisempia iltoja.`,
      openQuestions: [
        { id: '88888888-8888-4888-8888-000000000001', text: 'Miten Äijö pääsee aamuisin kouluun ajoissa?' },
        { id: '88888888-8888-4888-8888-000000000002', text: 'Kuka tukee Sannia iltaisin?' },
      ],
      generalQuestions: [
        { id: '88888888-8888-4888-8888-000000000003', text: 'Jos työntekijöiden apua ja tukea tarvitaan, kenen ja mihin?' },
        { id: '88888888-8888-4888-8888-000000000004', text: 'Miten suunnitelman toteutumista seurataan?' },
      ],
      mustInclude: [{ id: '88888888-8888-4888-8888-000000000005', text: 'Aikuinen on kotona iltaisin.' }],
      notAcceptable: [{ id: '88888888-8888-4888-8888-000000000006', text: 'Lapset jäävät yöksi yksin.' }],
    },
    meetings: [makeArrangedMeeting()],
  };
  const find = (m: NetworkMember) => prep.members.find((x) => x.id === m.id)!;
  return { prep, grandma: find(grandma), neighbour: find(neighbour), curator: find(curator), swede, english, arabic };
}
