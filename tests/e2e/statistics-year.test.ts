/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { translate } from '../../electron/shared/i18n';
import { labelText } from '../../electron/shared/statistics/statistics-format';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { callHost } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';
import { CANARY_SURNAME, YEAR, expectedTables, makeYear, pageText, plainSpaces, unitOf, type ConferenceSpec } from '../fixtures/statistics-year';
import { fiDate } from '../helpers/finnish-dates';

/*
 * The Done-when of issue 15 on the page: the convener's year made through the web host's API
 * (everything on the day it runs; closings and the deletion today), then the Tilastot page
 * read for the last 365 days as a person reads it, every figure of every table against the
 * year counted by hand from its description.
 */

const dataDir = makeTempDir('neuvonpito-e2e-statistics-year-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let made: ConferenceSpec[];
const today = todayInHelsinki(new Date());

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  made = await makeYear((method, input) => callHost(host, method as never, input as never), today, YEAR);
  browser = await launchBrowser();
  page = await openPage(browser);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

/** Every table on the page: its key, and each row's label and figures as shown. */
function pageTables(): Promise<Record<string, Record<string, string[]>>> {
  return page.evaluate(() => {
    const tables: Record<string, Record<string, string[]>> = {};
    for (const table of document.querySelectorAll<HTMLTableElement>('table[data-table]')) {
      const rows: Record<string, string[]> = {};
      for (const row of table.querySelectorAll('tbody tr')) {
        const cells = [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
        rows[cells[0]!] = cells.slice(1);
      }
      tables[table.dataset.table!] = rows;
    }
    return tables;
  });
}

describe('the Tilastot page of a year', () => {
  it('shows every figure of every table as the year counted by hand gives it', async () => {
    await page.goto(`${host.url}#/statistics`);
    await page.getByRole('heading', { level: 1, name: 'Tilastot' }).waitFor({ timeout: 30_000 });
    await page.locator('#statistics-from').fill(fiDate(addDays(today, -364)));
    await page.locator('#statistics-to').fill(fiDate(today));
    const volume = page.getByRole('table', { name: 'Määrät' });
    const expected = expectedTables(made, today);
    await expect
      .poll(async () => plainSpaces((await volume.getByRole('row', { name: /^Toimeksiannot/ }).textContent()) ?? ''), { timeout: 30_000 })
      .toBe(`Toimeksiannot${expected.volume!.commissions![0]}`);

    const report = await callHost(host, 'statistics.get', { from: addDays(today, -364), to: today });
    const shown = await pageTables();
    let checked = 0;
    for (const table of report.sections.flatMap((section) => section.tables)) {
      const want = Object.fromEntries(
        table.rows.map((row) => [
          labelText(row.label, 'fi'),
          expected[table.key]![row.key]!.map((figure, column) => pageText(unitOf(table.key, row.key, column, figure), figure)),
        ]),
      );
      const got = Object.fromEntries(Object.entries(shown[table.key] ?? {}).map(([label, cells]) => [plainSpaces(label), cells.map(plainSpaces)]));
      expect(got, `${translate('fi', table.title)}`).toEqual(want);
      checked += Object.values(want).flat().length;
    }
    expect(checked).toBeGreaterThan(150);
    expect(await page.locator('body').textContent()).not.toContain(CANARY_SURNAME);
    await screenshot(page, 'statistics-year-fi', { fullPage: true });
  }, 180_000);
});
