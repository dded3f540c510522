import { describe, expect, it } from 'vitest';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import type { StatisticsReport } from '../../electron/shared/statistics/statistics.schema';
import { call, makeClock, openTestBackend } from '../helpers/backend';
import { decryptDatabaseAndWal, holdsText } from '../helpers/sqlcipher-pages';
import { useTempDir } from '../helpers/temp-dir';
import { translate } from '../../electron/shared/i18n';
import { labelText } from '../../electron/shared/statistics/statistics-format';
import { pdfText, renderToPdf } from '../helpers/docx';
import { CANARY_SURNAME, YEAR, csvText, expectedTables, makeYear, pageText, reportTables, unitOf } from '../fixtures/statistics-year';

/*
 * The Done-when of issue 15 on the API: a year of varied conferences made as a convener makes
 * them, each step on its day, and every figure of `statistics.get` against the same year
 * counted from its description in the test.
 */

const TODAY = '2027-11-30';

async function yearOnTheApi() {
  const clock = makeClock(new Date(`${TODAY}T08:00:00.000Z`));
  const backend = openTestBackend(useTempDir(), { now: clock.now });
  const must = (method: string, input: unknown) => call(backend.dispatch, method as never, input as never);
  const made = await makeYear(must, TODAY, YEAR, (day) => {
    clock.at = new Date(`${day}T08:00:00.000Z`);
  });
  clock.at = new Date(`${TODAY}T15:00:00.000Z`);
  return { backend, made, clock };
}

describe('the statistics of a year', () => {
  it('give every figure as the year counted by hand gives it', async () => {
    const { backend, made, clock } = await yearOnTheApi();
    expect(todayInHelsinki(clock.now())).toBe(TODAY);
    const report = await call(backend.dispatch, 'statistics.get', { from: addDays(TODAY, -364), to: TODAY });
    expect(reportTables(report)).toEqual(expectedTables(made, TODAY));
    // Nothing of the families reaches the statistics.
    expect(JSON.stringify(report)).not.toContain(CANARY_SURNAME);
    expect(JSON.stringify(report)).not.toContain('Tilasto ');
  });

  it('survive the deletion of every conference: what is kept gives the same figures, and no name', async () => {
    const { backend, made } = await yearOnTheApi();
    // The period is twelve whole months, so a deleted conference's months place it as its days did.
    const period = { from: addDays(TODAY, -364), to: TODAY };
    expect(period.from).toBe('2026-12-01');
    for (const conference of await call(backend.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)) {
      await call(backend.dispatch, 'conference.delete', { id: conference.id, version: conference.version });
    }
    expect(await call(backend.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).toEqual([]);
    const report = await call(backend.dispatch, 'statistics.get', period);
    expect(reportTables(report)).toEqual(expectedTables(made, TODAY));
    expect(holdsText(decryptDatabaseAndWal(backend.databaseFile), CANARY_SURNAME)).toBe(false);
  });

  it('go into the CSV and the Word year report, every figure as counted by hand, small groups as "< 5", no name', async () => {
    const { backend, made } = await yearOnTheApi();
    const period = { from: addDays(TODAY, -364), to: TODAY };
    const expected = expectedTables(made, TODAY);
    const csv = await call(backend.dispatch, 'statistics.csv', period);
    const text = Buffer.from(csv.bytes).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    // Each line of a table: section; table; row; its figures.
    const lines = text.slice(1).split('\r\n').map((line) => line.split(';'));
    const report = await call(backend.dispatch, 'statistics.get', period);
    let checked = 0;
    for (const table of report.sections.flatMap((section) => section.tables)) {
      const title = translate('fi', table.title);
      for (const row of table.rows) {
        const label = labelText(row.label, 'fi');
        const line = lines.find((fields) => fields[1] === title && (fields[2] === label || fields[2]!.startsWith(`${label} (`)));
        const figures = expected[table.key]![row.key]!;
        expect(line?.slice(3), `${table.key}.${row.key}`).toEqual(figures.map((figure, column) => csvText(table.key, unitOf(table.key, row.key, column, figure), figure)));
        checked += figures.length;
      }
    }
    expect(checked).toBeGreaterThan(150);
    // A small group is hidden: one Arabic interpreter in the year.
    expect(lines.find((fields) => fields[2] === 'arabia')?.[3]).toBe('< 5');
    expect(text).not.toContain(CANARY_SURNAME);

    const word = await call(backend.dispatch, 'statistics.report', period);
    const dir = useTempDir();
    const words = pdfText(renderToPdf([word], dir)[0]!);
    expect(words).not.toContain(CANARY_SURNAME);
    for (const title of ['Toiminta', 'Kesto päivinä', 'Miten lapset osallistuivat', 'Työaika tehtävittäin', 'Palaute ryhmittäin']) expect(words).toContain(title);
    // The year's commissions and the hours of preparation, as the page writes them (the PDF's text runs column by column).
    expect(words).toMatch(new RegExp(`Toimeksiannot ${expected.volume!.commissions![0]}\\b`));
    expect(words).toContain('Valmistelukeskustelut ja yhteydenotot');
    expect(words).toContain(pageText('minutes', expected.hours!.preparation![0]!));
  });

  it('count only the kind of meeting asked for', async () => {
    const { backend, made } = await yearOnTheApi();
    const period = { from: addDays(TODAY, -364), to: TODAY };
    const mapping = await call(backend.dispatch, 'statistics.get', { ...period, meetingType: 'verkostokartoitus' });
    expect(reportTables(mapping)).toEqual(expectedTables(made.filter((c) => c.meetingType === 'verkostokartoitus'), TODAY));
    const volume = (report: StatisticsReport) => reportTables(report).volume!.held![0];
    const conferences = await call(backend.dispatch, 'statistics.get', { ...period, meetingType: 'laheisneuvonpito' });
    expect(volume(conferences)).toBe((volume(await call(backend.dispatch, 'statistics.get', period)) as number) - (volume(mapping) as number));
  });
});
