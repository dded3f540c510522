/// <reference lib="dom" />
import type { Browser, Download, Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { makeConferenceInput } from '../fixtures/conference';
import { launchBrowser, openPage, screenshot, SCREENSHOT_DIR } from '../helpers/browser';
import { unzipDocx } from '../helpers/docx';
import { callHost, saveSettings, updateMeeting } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';
import { fiDate } from '../helpers/finnish-dates';

/*
 * The Tilastot page in a real browser against the web host: a period's figures with their
 * charts drawn beside the tables, the Word report with the charts as images, the CSV, and
 * the page in Finnish and Swedish.
 */

const dataDir = makeTempDir('neuvonpito-e2e-statistics-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;

const today = todayInHelsinki(new Date());
const from = addDays(today, -120);
const SURNAMES = ['Aaltonen', 'Berg', 'Eskola', 'Forsman', 'Granlund', 'Hakala', 'Ilmonen'];
/** A name that must never reach the statistics. */
const CANARY = 'Kanarialintu';

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  await saveSettings(host, {
    unit: { name: 'Lapsiperheiden sosiaalityö, läheisneuvonpidot', postalAddress: 'PL 4321\n00099 Helsingin kaupunki', phone: '09 310 12345', email: '', logo: null },
  });
  // Seven conferences commissioned over the last four months; five of them met five weeks later.
  for (const [i, surname] of SURNAMES.entries()) {
    const commissionDate = addDays(today, -110 + i * 12);
    const conference = await callHost(
      host,
      'conference.create',
      makeConferenceInput({
        reference: `${surname} ${i + 1}/2027`,
        commissionDate,
        children: [{ firstName: i === 0 ? CANARY : 'Aino', birthYear: 2014 }],
        meetingType: i === 4 ? 'verkostokartoitus' : 'laheisneuvonpito',
      }),
    );
    const meeting = (await callHost(host, 'preparation.get', { conferenceId: conference.id })).meetings[0]!;
    const meetingDate = addDays(commissionDate, 35);
    if (meetingDate < today) await updateMeeting(host, meeting, { date: meetingDate, startTime: '09:00', endTime: '13:00' });
    if (i === 6) await callHost(host, 'conference.close', { id: conference.id, version: conference.version, reason: 'family_withdrew', text: '' });
  }
  browser = await launchBrowser();
  page = await openPage(browser);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

/** Opens the page for the last four months (any range of days can be chosen). */
async function openStatistics(): Promise<void> {
  await page.goto(`${host.url}#/statistics`);
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
  await page.locator('#statistics-from').fill(from);
  await page.locator('#statistics-to').fill(fiDate(today));
  await page.locator('canvas[data-chart="timeline"]').waitFor({ timeout: 30_000 });
}

/** True when the chart's canvas has something drawn on it besides its white background. */
function chartDrawn(key: string): Promise<boolean> {
  return page.locator(`canvas[data-chart="${key}"]`).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) inked += 1;
    return inked > 500;
  });
}

describe('the Tilastot page', () => {
  it('shows the period’s figures, each chart drawn and followed by its table', async () => {
    await page.goto(host.url);
    await page.getByRole('link', { name: 'Tilastot' }).click();
    await openStatistics();
    expect(await chartDrawn('timeline')).toBe(true);
    expect(await chartDrawn('closeReasons')).toBe(true);
    // No one's attendance is recorded: bars of nothing are left to the table.
    expect(await page.locator('canvas[data-chart="sectors"]').count()).toBe(0);
    const timeline = page.getByRole('img', { name: /^Kuukausittain, viivakaavio kuukausittain/ });
    await expect.poll(() => timeline.getAttribute('aria-label')).toMatch(/Toimeksiannot yhteensä 7, Pidetyt tapaamiset yhteensä [1-9]/);
    const volume = page.getByRole('table', { name: 'Määrät' });
    await expect.poll(() => volume.getByRole('row', { name: /^Toimeksiannot/ }).textContent()).toBe('Toimeksiannot7');
    expect(await page.getByRole('table', { name: 'Päättyneet syyn mukaan' }).getByRole('row', { name: /^Perhe vetäytyi/ }).textContent()).toBe('Perhe vetäytyi1');
    await expect.poll(() => page.getByText(/”<\s5”/).count()).toBe(1);
    await screenshot(page, 'statistics-fi', { fullPage: true });

    await page.getByLabel('Tyyppi').selectOption('verkostokartoitus');
    await expect.poll(() => volume.getByRole('row', { name: /^Toimeksiannot/ }).textContent()).toBe('Toimeksiannot1');
    await page.getByLabel('Tyyppi').selectOption('all');
    await expect.poll(() => volume.getByRole('row', { name: /^Toimeksiannot/ }).textContent()).toBe('Toimeksiannot7');
  }, 120_000);

  it('downloads the Word report with the charts as images, and the CSV', async () => {
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await page.getByRole('button', { name: 'Tee raportti (Word)' }).click();
    await expect.poll(() => downloads.length, { timeout: 60_000 }).toBe(1);
    await page.getByRole('button', { name: 'Lataa CSV (Excel)' }).click();
    await expect.poll(() => downloads.length, { timeout: 60_000 }).toBe(2);
    const [word, csv] = downloads;
    expect(word!.suggestedFilename()).toBe(`Tilastot ${from}–${today}.docx`);
    // Kept beside the screenshots, to be rendered and looked at.
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await word!.saveAs(join(SCREENSHOT_DIR, 'statistics-report.docx'));
    const parts = unzipDocx(readFileSync((await word!.path())!));
    const images = Object.keys(parts).filter((name) => name.startsWith('word/media/'));
    expect(images.length).toBeGreaterThanOrEqual(2);
    for (const name of images) expect([...parts[name]!.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const xml = new TextDecoder().decode(parts['word/document.xml']);
    expect(xml).toContain('Kaavio: Kuukausittain');
    expect(xml).not.toContain(CANARY);

    expect(csv!.suggestedFilename()).toBe(`Tilastot ${from}–${today}.csv`);
    const bytes = readFileSync((await csv!.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\nToiminta;Määrät;Toimeksiannot;7\r\n');
    expect(text).toContain('Toiminta;Päättyneet syyn mukaan;Perhe vetäytyi;< 5\r\n');
    expect(text).not.toContain(CANARY);
    await expect.poll(() => page.getByText('1 tiedosto ladattu selaimen latauksiin.').count()).toBe(2);
  }, 120_000);

  it('reads in Swedish when the app is used in Swedish', async () => {
    await saveSettings(host, { uiLanguage: 'sv' });
    await openStatistics();
    await page.getByRole('heading', { level: 1, name: 'Statistik' }).waitFor({ timeout: 30_000 });
    await page.getByRole('table', { name: 'Antal' }).waitFor({ timeout: 30_000 });
    expect(await chartDrawn('timeline')).toBe(true);
    await screenshot(page, 'statistics-sv', { fullPage: true });
    await saveSettings(host, { uiLanguage: 'fi' });
  }, 120_000);
});
