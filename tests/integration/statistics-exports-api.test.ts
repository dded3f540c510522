import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/backend/api/dispatcher';
import { openBackend } from '../../electron/backend/backend';
import type { DocumentFile } from '../../electron/shared/documents/documents.schema';
import { makeConferenceInput, FIXED_NOW } from '../fixtures/conference';
import { makePng } from '../fixtures/document-settings';
import { meetingUpdate } from '../fixtures/record-updates';
import { call, callError, TEST_DATABASE_KEY } from '../helpers/backend';
import { docxText, pdfText, renderToPdf, unzipDocx } from '../helpers/docx';
import { saveSettings } from '../helpers/settings';
import { makeTempDir } from '../helpers/temp-dir';

/*
 * statistics.csv and statistics.report through the API on a small database: three
 * conferences commissioned in the autumn of 2026, met five weeks later, one closed when the
 * family withdrew, one meeting with an Arabic interpreter. The CSV's bytes, the Word report
 * rendered by LibreOffice, and no name or reference in either.
 */

const dir = makeTempDir('neuvonpito-statistics-exports-');
const PERIOD = { from: '2026-09-01', to: '2027-01-31', meetingType: null };
/** A child's name and a reference that must never reach the statistics. */
const CANARIES = ['Kanarialintu', 'Sirkkunen 7/2026', 'isän tilanne'];
const chartPng = (width: number, height: number) => Buffer.from(makePng(width, height)).toString('base64');

let dispatch: Dispatch;
let close: () => void;
let csv: DocumentFile;
let report: DocumentFile;
let reportText: string;

beforeAll(async () => {
  const backend = openBackend(join(dir.path, 'data'), { key: TEST_DATABASE_KEY, now: () => FIXED_NOW, logError: () => {} });
  dispatch = backend.dispatch;
  close = () => backend.close();
  await saveSettings(dispatch, {
    unit: { name: 'Itäisen perhesosiaalityön yksikkö', postalAddress: 'PL 4210\n00099 Helsingin kaupunki', phone: '09 310 12345', email: '', logo: null },
  });
  for (const [i, month] of ['09', '10', '11'].entries()) {
    const conference = await call(
      dispatch,
      'conference.create',
      makeConferenceInput({
        reference: i === 0 ? CANARIES[1]! : `Äijälä ${i + 1}/2026`,
        commissionDate: `2026-${month}-01`,
        children: [{ firstName: i === 0 ? CANARIES[0]! : 'Aino', birthYear: 2015 }],
        notes: `Muistiinpano: ${CANARIES[2]}`,
      }),
    );
    const meeting = (await call(dispatch, 'preparation.get', { conferenceId: conference.id })).meetings[0]!;
    await call(
      dispatch,
      'meeting.update',
      meetingUpdate(meeting, { date: `2026-${String(Number(month) + 1).padStart(2, '0')}-06`, startTime: '09:00', endTime: '13:00', ...(i === 1 ? { interpreters: [{ language: 'arabia' }] } : {}) }),
    );
    if (i === 2) await call(dispatch, 'conference.close', { id: conference.id, version: conference.version, reason: 'family_withdrew', text: '' });
  }
  csv = await call(dispatch, 'statistics.csv', PERIOD);
  report = await call(dispatch, 'statistics.report', { ...PERIOD, charts: { timeline: chartPng(1400, 560), closeReasons: chartPng(1400, 240) } });
  if (process.env.STATISTICS_DOCX_OUT) writeFileSync(process.env.STATISTICS_DOCX_OUT, report.bytes);
  reportText = pdfText(renderToPdf([report], dir.path)[0]!);
}, 240_000);

afterAll(() => {
  close?.();
  dir.remove();
});

describe('statistics.csv', () => {
  it('is a UTF-8 CSV with a BOM, semicolons and CRLF lines, in the app’s language', () => {
    expect(csv.mimeType).toBe('text/csv');
    expect(csv.name).toBe('Tilastot 2026-09-01–2027-01-31.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = Buffer.from(csv.bytes.subarray(3)).toString('utf8');
    expect(text.split('\r\n').slice(0, 2)).toEqual(['Tilastot 1.9.2026–31.1.2027', 'Tapaamisten tyyppi: kaikki tyypit']);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('\r\nOsio;Taulukko;Rivi;Määrä\r\nToiminta;Määrät;Toimeksiannot;3\r\n');
    expect(text).toContain('Toiminta;Määrät;Pidetyt neuvonpidot ja kartoitukset;3\r\n');
    expect(text).toContain('Aikataulu;Kesto päivinä;Toimeksiannosta tapaamiseen;35;35;36;3\r\n');
    // Small groups of a breakdown are hidden; a count that is not a breakdown is not.
    expect(text).toContain('Toiminta;Päättyneet syyn mukaan;Perhe vetäytyi;< 5\r\n');
    expect(text).toContain('Osallistujat;Tulkit kielittäin;arabia;< 5\r\n');
    expect(text).toContain('Osallistujat;Tulkkaus ja etäosallistuminen;Tapaamisia, joissa tulkki;1\r\n');
    for (const canary of CANARIES) expect(text).not.toContain(canary);
  });

  it('follows the app’s language', async () => {
    await saveSettings(dispatch, { uiLanguage: 'sv' });
    const swedish = Buffer.from((await call(dispatch, 'statistics.csv', PERIOD)).bytes).toString('utf8');
    await saveSettings(dispatch, { uiLanguage: 'fi' });
    expect(swedish).toContain('\r\nAvsnitt;Tabell;Rad;Antal\r\n');
    expect(swedish).toContain('Verksamhet;');
  });

  it('refuses a period that ends before it starts', async () => {
    const error = await callError(dispatch, 'statistics.csv', { from: '2027-01-31', to: '2026-09-01', meetingType: null });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['to'], message: 'validation.periodOrder' })]);
  });
});

describe('statistics.report', () => {
  it('is a Word report on the letterhead: the period and type, what it does not hold, each section and table', () => {
    expect(report.name).toBe('Tilastot 2026-09-01–2027-01-31.docx');
    expect(reportText).toContain('Itäisen perhesosiaalityön yksikkö');
    expect(reportText).toContain('TILASTOT 11.1.2027');
    expect(reportText).toContain('Tilastot 1.9.2026–31.1.2027 Tapaamisten tyyppi: kaikki tyypit');
    expect(reportText).toContain('Raportissa ei ole nimiä, viitteitä eikä vapaata tekstiä.');
    // LibreOffice's PDF reads a table's cells in its own order and spacing: compare without spaces.
    const compact = reportText.replace(/\s+/g, '');
    expect(compact).toContain('ToimintaMäärätMääräToimeksiannot3Pidetytneuvonpidotjakartoitukset3');
    expect(compact).toContain('PäättyneetsyynmukaanMääräSuunnitelmatehtyPerhevetäytyiMuusyy0<50');
    expect(compact).toContain('Tapaamisia,joissatulkki1');
    expect(compact).toContain('TulkitkielittäinMääräarabia<5');
    expect(compact).toContain('syyskuu2026100lokakuu2026110');
    expect(compact).toContain('35pv35pv36pv3');
    for (const section of ['Aikataulu', 'Osallistujat', 'Suunnitelmat', 'Työaika ja kulut', 'Osallistujien palaute']) expect(reportText).toContain(section);
    for (const canary of CANARIES) {
      expect(reportText).not.toContain(canary);
      expect(docxText(report.bytes)).not.toContain(canary);
    }
  });

  it('carries the page’s charts as PNG images with their description, sized to the page', () => {
    const parts = unzipDocx(report.bytes);
    const media = Object.keys(parts).filter((name) => name.startsWith('word/media/'));
    // The closures' chart would draw the one family that withdrew, which its table hides as "< 5": left out.
    expect(media).toHaveLength(1);
    for (const name of media) expect(Buffer.from(parts[name]!.subarray(1, 4)).toString()).toBe('PNG');
    const xml = Buffer.from(parts['word/document.xml']!).toString('utf8');
    expect(xml).toContain('descr="Kaavio: Kuukausittain"');
    expect(xml).not.toContain('Kaavio: Päättyneet syyn mukaan');
    // 1400 × 560 pixels drawn the text's width wide (623 × 249 px at 96 per inch, 9 525 EMU a pixel).
    expect(xml).toContain('<wp:extent cx="5934075" cy="2371725"/>');
  });

  it('has the tables only when no chart is given, and refuses an image that is not a PNG', async () => {
    const plain = await call(dispatch, 'statistics.report', PERIOD);
    expect(Object.keys(unzipDocx(plain.bytes)).filter((name) => name.startsWith('word/media/'))).toEqual([]);
    expect(docxText(plain.bytes)).toContain('Perhe vetäytyi');
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1]).toString('base64');
    const notPng = await callError(dispatch, 'statistics.report', { ...PERIOD, charts: { timeline: jpeg } });
    expect(notPng.code).toBe('invalid_input');
    expect(notPng.issues?.[0]).toEqual(expect.objectContaining({ path: ['charts', 'timeline'], message: 'statisticsPage.error.chartImage' }));
    // A PNG signature with no readable header is refused by the backend, not drawn distorted.
    const broken = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64');
    const unreadable = await callError(dispatch, 'statistics.report', { ...PERIOD, charts: { timeline: broken } });
    expect(unreadable.issues?.[0]).toEqual(expect.objectContaining({ path: ['charts', 'timeline'], message: 'statisticsPage.error.chartImage' }));
  });
});
