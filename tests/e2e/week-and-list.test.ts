/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { mondayOf } from '../../electron/shared/week/week';
import { makeConferenceInput } from '../fixtures/conference';
import { meetingUpdate } from '../fixtures/record-updates';
import { launchBrowser, screenshot } from '../helpers/browser';
import { callHost } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * "When is the meeting?" with a realistic caseload: thirty conferences in progress on a
 * 1366 × 768 screen, the agreed dates first in the list, and the convener's week.
 */

const dataDir = makeTempDir('neuvonpito-e2e-week-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;

const today = todayInHelsinki(new Date());
const monday = mondayOf(today);

const SURNAMES = [
  'Aaltonen', 'Berg', 'Eskola', 'Forsman', 'Granlund', 'Hakala', 'Ilmonen', 'Jokela', 'Kallio', 'Laakso',
  'Manninen', 'Nurmela', 'Ojanen', 'Paasio', 'Rantala', 'Suominen', 'Tuomela', 'Uotila', 'Vainio', 'Westerlund',
  'Ylönen', 'Åkerlund', 'Österberg', 'Ahonen', 'Backman', 'Ekholm', 'Haapala', 'Isotalo', 'Kivelä', 'Lehtola',
];
const CHILDREN = ['Aino', 'Eetu', 'Veeti', 'Iida', 'Onni', 'Sanni-Öhman', 'Lenni', 'Helmi', 'Eino', 'Venla'];

/** The list's row of `reference`. */
const row = (reference: string) => page.getByRole('row', { name: new RegExp(reference.replace('/', '\\/')) });

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'fi-FI' });
  page.on('pageerror', (error) => {
    throw error;
  });

  // Thirty conferences in every state a convener has at once. Every third has its meeting
  // agreed: this week, next week or later; one of them outside its window.
  for (const [i, surname] of SURNAMES.entries()) {
    const reference = `${surname} ${i + 1}/2027`;
    const meetingDate = i % 3 === 0 ? addDays(monday, (i % 12) + 1) : null;
    // A meeting's commission five weeks before it (inside the window); the others spread over the last two months.
    const commissionDate = i === 3 ? addDays(meetingDate!, -45) : meetingDate ? addDays(meetingDate, -35) : addDays(today, -(i * 2));
    const children = [{ firstName: CHILDREN[i % CHILDREN.length]!, birthYear: 2012 + (i % 10) }];
    if (i % 4 === 0) children.push({ firstName: CHILDREN[(i + 3) % CHILDREN.length]!, birthYear: 2016 });
    const conference = await callHost(host, 'conference.create', makeConferenceInput({ reference, commissionDate, children }));
    const meeting = (await callHost(host, 'preparation.get', { conferenceId: conference.id })).meetings[0]!;
    if (meetingDate) {
      await callHost(host, 'meeting.update', meetingUpdate(meeting, { date: meetingDate, startTime: '09:00', endTime: '14:00' }));
    }
    if (i === 1) {
      await callHost(host, 'contact.add', {
        conferenceId: conference.id,
        memberId: null,
        date: addDays(today, -3),
        channel: 'phone',
        discussed: 'Kävimme läpi, keitä kutsutaan.',
        nextStep: 'Soita isälle ja sovi tapaaminen',
        nextStepDate: addDays(monday, 2),
      });
    }
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

describe('the list and the week with thirty conferences', () => {
  it('shows thirty conferences densely on a 1366 × 768 screen, the agreed dates first', async () => {
    await page.goto(host.url);
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 30_000 }).toBe(30);
    expect(await page.locator('thead th').allTextContents()).toEqual(['Tunnus', 'Lapset', 'Vaihe', 'Milloin', 'Seuraavaksi']);

    await screenshot(page, 'week-01-list-30-conferences');
    // Rows the convener sees without scrolling: at least half the caseload.
    const visible = await page.locator('tbody tr').evaluateAll(
      (rows) => rows.filter((r) => r.getBoundingClientRect().bottom <= window.innerHeight).length,
    );
    expect(visible).toBeGreaterThanOrEqual(15);
    // Readable: the table's text is at least 14 px.
    const fontSize = await page.locator('tbody td').first().evaluate((td) => parseFloat(getComputedStyle(td).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(14);

    // Forsman's date is three days after its window closes: flagged in words.
    const forsman = row('Forsman 4/2027');
    await forsman.scrollIntoViewIfNeeded();
    expect(await forsman.locator('.when-cell').textContent()).toMatch(/klo 9\.00–14\.00\s*3 päivää ikkunan jälkeen$/);
    const aaltonen = row('Aaltonen 1/2027');
    expect(await aaltonen.locator('.when-cell').textContent()).toMatch(/^(ma|ti|ke|to|pe|la|su) \d+\.\d+\.(\d{4})? klo 9\.00–14\.00$/);
  });

  it('shows the convener’s week by day, each line leading to the conference', async () => {
    await page.getByRole('link', { name: 'Tämä viikko' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tämä viikko');
    const days = page.locator('.week-day');
    await expect.poll(() => days.count(), { timeout: 20_000 }).toBe(7);
    // Aaltonen meets on Tuesday; Berg's father is called on Wednesday.
    const tuesday = days.nth(1);
    expect(await tuesday.textContent()).toContain('9.00–14.00Neuvonpito');
    expect(await tuesday.textContent()).toContain('Aaltonen 1/2027');
    expect(await days.nth(2).textContent()).toContain('Soita isälle ja sovi tapaaminen');
    await screenshot(page, 'week-02-this-week');

    await page.getByRole('link', { name: 'Ensi viikko' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ensi viikko');
    await expect.poll(() => page.locator('.week-day').count()).toBe(7);
    await screenshot(page, 'week-03-next-week');

    await page.locator('.week-line-meeting a').first().click();
    await expect.poll(() => page.url()).toMatch(/\/conferences\/[0-9a-f-]+\/arrangements$/);
    await page.getByRole('link', { name: 'Yleiskuva' }).click();
    await expect.poll(() => page.locator('.timing-meeting').isVisible()).toBe(true);
    expect(await page.locator('.timing-meeting').textContent()).toMatch(/klo 9\.00–14\.00/);
    await screenshot(page, 'week-04-overview-date-first');
  });
});
