import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

/*
 * Opening what the document builders make: the zip, `word/document.xml` parsed as strict
 * XML, its text; LibreOffice renders to PDF for the text a reader would see. The data to
 * build documents from is in `tests/fixtures/documents.ts`.
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
