import { describe, expect, it } from 'vitest';
import { buildStatisticsCsv, csvField, csvFigure, statisticsCsvText } from '../../electron/backend/documents/statistics.csv';
import { hidesSome, reportCells } from '../../electron/backend/documents/statistics-report.docx';
import { wordsFor } from '../../electron/backend/documents/format';
import { figureText, isEmptyReport, isMasked, MASKED } from '../../electron/shared/statistics/statistics-format';
import type { Figure, StatisticsTable } from '../../electron/shared/statistics/statistics.schema';
import { emptyReport, fixtureReport } from '../fixtures/statistics-report';

/*
 * The exports' rules on a fixture report: the CSV's bytes and numbers, and "< 5" for the
 * small groups of a breakdown, in the CSV and the Word report alike.
 */

const breakdown = { breakdown: true };
const plainTable = { breakdown: false };
const count = (value: number): Figure => ({ unit: 'count', value });

function tableOf(key: string): StatisticsTable {
  const table = fixtureReport().sections.flatMap((section) => section.tables).find((t) => t.key === key);
  if (!table) throw new Error(`no table ${key}`);
  return table;
}

describe('the "< 5" rule of the exports', () => {
  it('hides counts of 1–4 in a breakdown, and shares and means made from 1–4 cases; zero and 5 show', () => {
    expect([0, 1, 4, 5, 12].map((n) => isMasked(breakdown, count(n)))).toEqual([false, true, true, false, false]);
    expect(isMasked(breakdown, { unit: 'share', value: 2, of: 40 })).toBe(true);
    expect(isMasked(breakdown, { unit: 'share', value: 3, of: 3 })).toBe(true);
    expect(isMasked(breakdown, { unit: 'share', value: 0, of: 4 })).toBe(true);
    expect(isMasked(breakdown, { unit: 'share', value: 0, of: 0 })).toBe(false);
    expect(isMasked(breakdown, { unit: 'share', value: 30, of: 40 })).toBe(false);
    expect(isMasked(breakdown, { unit: 'mean', value: 8, n: 3 })).toBe(true);
    expect(isMasked(breakdown, { unit: 'mean', value: 8, n: 5 })).toBe(false);
    expect(isMasked(breakdown, { unit: 'minutes', value: 60 })).toBe(false);
  });

  it('leaves tables that are not breakdowns as they are', () => {
    expect(isMasked(plainTable, count(1))).toBe(false);
    expect(isMasked(plainTable, { unit: 'share', value: 1, of: 2 })).toBe(false);
  });

  it('writes "< 5" in the Word report where the CSV does, and the figure in Finnish format elsewhere', () => {
    const words = wordsFor('fi');
    const children = tableOf('children');
    const cells = reportCells(children, words).map((row) => row.map((cell) => cell.replace(/\u00a0/g, ' ')));
    expect(cells.find(([label]) => label === 'Paikalla')).toEqual(['Paikalla', '12', '75 %']);
    expect(cells.find(([label]) => label === 'Kirjeellä')).toEqual(['Kirjeellä', MASKED, MASKED]);
    expect(cells.find(([label]) => label === 'Piirroksella')).toEqual(['Piirroksella', '0', '0 %']);
    expect(reportCells(tableOf('interpreters'), words)).toEqual([['arabia', MASKED]]);
    // Not a breakdown: the one meeting with an interpreter is counted as it is.
    expect(reportCells(tableOf('arrangements'), words)[0]).toEqual(['Tapaamisia, joissa tulkki', '1']);
    const csv = statisticsCsvText(fixtureReport(), 'fi');
    expect(csv).toContain('Osallistujat;Miten lapset osallistuivat;Kirjeellä;< 5;< 5\r\n');
    expect(csv).toContain('Osallistujat;Tulkit kielittäin;arabia;< 5\r\n');
    expect(csv).toContain('Osallistujat;Tulkkaus ja etäosallistuminen;Tapaamisia, joissa tulkki;1\r\n');
  });

  it('leaves out of the Word report the chart of a table that hides a figure, since the chart would show it', () => {
    expect(hidesSome(tableOf('children'))).toBe(true);
    expect(hidesSome(tableOf('timeline'))).toBe(false);
    expect(hidesSome(tableOf('hours'))).toBe(false);
  });
});

describe('the statistics CSV', () => {
  it('is UTF-8 with a BOM, semicolon-separated with CRLF lines, named by the period', () => {
    const file = buildStatisticsCsv(fixtureReport(), 'fi');
    expect(file.mimeType).toBe('text/csv');
    expect(file.name).toBe('Tilastot 2027-01-01–2027-12-31.csv');
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(file.bytes.subarray(3));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n').slice(0, 6)).toEqual([
      'Tilastot 1.1.2027–31.12.2027',
      'Tapaamisten tyyppi: kaikki tyypit',
      'Erittelyjen alle viiden suuruiset määrät, ja niistä lasketut osuudet ja keskiarvot, on merkitty ”< 5”.',
      '',
      'Osio;Taulukko;Rivi;Määrä',
      'Toiminta;Määrät;Toimeksiannot;12',
    ]);
  });

  it('writes plain numbers with a decimal comma, units in the header or after the label', () => {
    const csv = statisticsCsvText(fixtureReport(), 'fi');
    expect(csv).toContain('Osio;Taulukko;Rivi;Mediaani (pv);Lyhin (pv);Pisin (pv);Tapauksia\r\n');
    expect(csv).toContain('Aikataulu;Kesto päivinä;Toimeksiannosta tapaamiseen;35,5;33;40;12\r\n');
    // No follow-up was held: the figures that need one are empty, not zero.
    expect(csv).toContain('Aikataulu;Kesto päivinä;Tapaamisesta ensimmäiseen seurantaan;;;;0\r\n');
    expect(csv).toContain('Osio;Taulukko;Rivi;Määrä;Osuus (%)\r\nAikataulu;Tapaaminen tavoiteajassa;');
    expect(csv).toContain('Suunnitelmat;Suunnitelmien sisältö;Tekijänä läheisverkosto (%);66,7\r\n');
    expect(csv).toContain('Työaika ja kulut;Yhteensä;Työaika yhteensä (h);78\r\n');
    expect(csv).toContain('Työaika ja kulut;Yhteensä;Kulut yhteensä (€);1446,00\r\n');
    expect(csv).toContain('Osallistujien palaute;Palaute ryhmittäin;Vanhemmat;12;8;100;100\r\n');
    expect(csv).toContain('Toiminta;Kuukausittain;maaliskuu 2027;1;1;0\r\n');
    expect(csv).not.toMatch(/\d[\u00a0 ]\d{3}/);
  });

  it('quotes a field with a separator or a quote, and keeps a formula-like text as text', () => {
    expect(csvField('Tavoiteajassa (neuvonpito 4–6 viikkoa)')).toBe('Tavoiteajassa (neuvonpito 4–6 viikkoa)');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('sanoi "kyllä"')).toBe('"sanoi ""kyllä"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('\u2068arabia\u2069')).toBe('arabia');
  });

  it('writes figures by unit: hours, euros, shares, days and means', () => {
    expect(csvFigure(plainTable, { unit: 'minutes', value: 74_070 })).toBe('1234,5');
    expect(csvFigure(plainTable, { unit: 'cents', value: 123_450 })).toBe('1234,50');
    expect(csvFigure(plainTable, { unit: 'share', value: 1, of: 8 })).toBe('12,5');
    expect(csvFigure(plainTable, { unit: 'share', value: 0, of: 0 })).toBe('');
    expect(csvFigure(plainTable, { unit: 'days', value: 31.5 })).toBe('31,5');
    expect(csvFigure(plainTable, { unit: 'mean', value: 22 / 3, n: 3 })).toBe('7,33');
  });

  it('is in Swedish when the app is', () => {
    const csv = statisticsCsvText(fixtureReport(), 'sv');
    expect(csv).toContain('Avsnitt;Tabell;Rad;Antal\r\n');
    expect(csv.split('\r\n')[0]).toBe('Statistik 1.1.2027–31.12.2027');
  });
});

describe('the page’s figures', () => {
  it('are in the reader’s number format', () => {
    const fi = (figure: Figure) => figureText(figure, 'fi').replace(/[\u00a0\u202f]/g, ' ');
    expect(fi(count(1234))).toBe('1 234');
    expect(fi({ unit: 'share', value: 3, of: 25 })).toBe('12 %');
    expect(fi({ unit: 'cents', value: 123_450 })).toBe('1 234,50 €');
    expect(fi({ unit: 'minutes', value: 90 })).toBe('1,5 h');
    expect(fi({ unit: 'days', value: 31.5 })).toBe('31,5 pv');
    expect(fi({ unit: 'days', value: null })).toBe('–');
    expect(fi({ unit: 'mean', value: 8, n: 2 })).toBe('8,0');
    expect(figureText({ unit: 'days', value: 31.5 }, 'en')).toBe('31.5 d');
  });

  it('tell an empty period from one with figures', () => {
    expect(isEmptyReport(emptyReport())).toBe(true);
    expect(isEmptyReport(fixtureReport())).toBe(false);
  });
});
