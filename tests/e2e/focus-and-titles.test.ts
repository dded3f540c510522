/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, parseDateText, todayInHelsinki } from '../../electron/shared/dates';
import { makeConferenceInput } from '../fixtures/conference';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { callHost, saveSettings } from '../helpers/e2e-api';
import { fiDate } from '../helpers/finnish-dates';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * A keyboard and screen reader user moving around the app: after each navigation the focus is
 * on the new page's heading (not left on <body>), the window's title says where they are, a
 * save keeps them where they were and says so, and dates are written the app's way whatever
 * the operating system's locale (this browser runs in en-US).
 */

const dataDir = makeTempDir('neuvonpito-e2e-focus-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let conferenceId: string;
const today = todayInHelsinki(new Date());
/** What "10.3." is today: the 10th of March nearest today (the rule itself is tested in date-text.test.ts). */
const tenthOfMarch = (parseDateText('10.3.', today) as { value: string }).value;
const commissionDate = addDays(today, -10);

/** What has the focus: its tag, its text, and whether it is inside the tab panel. */
const focused = () =>
  page.evaluate(() => {
    const element = document.activeElement;
    return { tag: element?.tagName.toLowerCase() ?? '', text: element?.textContent?.trim() ?? '', inPanel: !!element?.closest('.tab-panel') };
  });

async function focusIs(expected: { tag: string; text: string; inPanel?: boolean }) {
  await expect.poll(focused, { timeout: 20_000 }).toMatchObject(expected);
}

async function titleIs(title: string) {
  await expect.poll(() => page.title(), { timeout: 20_000 }).toBe(title);
}

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  browser = await launchBrowser();
  const conference = await callHost(host, 'conference.create', makeConferenceInput({ reference: 'Korhonen 2/2027', commissionDate }));
  conferenceId = conference.id;
  // A browser in the US locale: a native date input would say mm/dd/yyyy here.
  page = await openPage(browser);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

describe('focus and titles follow the screen', () => {
  it('titles the list, and moves the focus to each new page\'s h1 once it has loaded', async () => {
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Neuvonpidot' }).waitFor({ timeout: 20_000 });
    await titleIs('Neuvonpidot – Neuvonpito');

    await page.getByRole('link', { name: 'Korhonen 2/2027' }).first().click();
    await focusIs({ tag: 'h1', text: 'Korhonen 2/2027' });
    await titleIs('Yleiskuva – Korhonen 2/2027 – Neuvonpito');

    await page.getByRole('link', { name: 'Omat tiedot ja asetukset' }).click();
    await focusIs({ tag: 'h1', text: 'Omat tiedot ja asetukset' });
    await titleIs('Omat tiedot ja asetukset – Neuvonpito');

    await page.getByRole('link', { name: 'Tilastot' }).click();
    await focusIs({ tag: 'h1', text: 'Tilastot' });
    await titleIs('Tilastot – Neuvonpito');

    await page.getByRole('link', { name: 'Tämä viikko' }).click();
    await focusIs({ tag: 'h1', text: 'Tämä viikko' });
    await titleIs('Tämä viikko – Neuvonpito');

    await page.evaluate(() => {
      window.location.hash = '#/conferences/new';
    });
    await focusIs({ tag: 'h1', text: 'Uusi neuvonpito' });
    await titleIs('Uusi neuvonpito – Neuvonpito');

    await page.evaluate(() => {
      window.location.hash = '#/ei-ole';
    });
    await titleIs('Neuvonpitoa ei löytynyt – Neuvonpito');
    await focusIs({ tag: 'h1', text: 'Neuvonpitoa ei löytynyt' });

    await page.evaluate((id) => {
      window.location.hash = `#/conferences/${id}/meeting`;
    }, conferenceId);
    await focusIs({ tag: 'h1', text: 'Korhonen 2/2027' });
    await titleIs('Kokousnäkymä – Korhonen 2/2027 – Neuvonpito');
  });

  it('moves the focus to the tab panel\'s heading when only the tab changes', async () => {
    await page.goto(`${host.url}#/conferences/${conferenceId}`);
    await page.getByRole('heading', { level: 1, name: 'Korhonen 2/2027' }).waitFor({ timeout: 20_000 });
    await page.getByRole('navigation', { name: 'Neuvonpidon osiot' }).getByRole('link', { name: 'Läheisverkosto' }).click();
    await focusIs({ tag: 'h2', inPanel: true, text: expect.stringMatching(/\S/) as unknown as string });
    await titleIs('Läheisverkosto – Korhonen 2/2027 – Neuvonpito');
    await page.getByRole('navigation', { name: 'Neuvonpidon osiot' }).getByRole('link', { name: 'Toimeksianto' }).click();
    await focusIs({ tag: 'h2', inPanel: true, text: 'Sopimus' });
    await titleIs('Toimeksianto – Korhonen 2/2027 – Neuvonpito');
  });

  it('takes a Finnish date typed "10.3." and keeps the focus on the field after a save, announcing it', async () => {
    const date = page.getByLabel('Sopimuksen päivämäärä');
    await date.fill('10.3.');
    await date.press('Tab');
    expect(await date.inputValue()).toBe(fiDate(tenthOfMarch));
    await screenshot(page, 'focus-dates-fi', { fullPage: true });
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await expect.poll(() => page.locator('.notices').textContent(), { timeout: 20_000 }).toContain('Muutokset tallennettu.');
    // The save bar went away with its button: the focus is back on the field that was changed.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')), { timeout: 20_000 }).toBe('agreedDate');
    const prep = await callHost(host, 'preparation.get', { conferenceId });
    expect(prep.commission.agreedDate).toBe(tenthOfMarch);
  });

  it('says what is wrong with a date that does not exist', async () => {
    const date = page.getByLabel('Sopimuksen päivämäärä');
    await date.fill('31.2.2027');
    await date.press('Tab');
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Tätä päivää ei ole kalenterissa: tarkista päivä ja kuukausi.').count()).toBe(1);
    await date.fill(fiDate(commissionDate));
    await date.press('Tab');
    expect(await date.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Hylkää muutokset' }).click();
    expect(await date.inputValue()).toBe(fiDate(tenthOfMarch));
  });

  it('writes dates and titles the English way in English', async () => {
    await saveSettings(host, { uiLanguage: 'en' });
    await page.goto(`${host.url}#/conferences/${conferenceId}/commission`);
    await page.reload();
    const date = page.getByLabel('Date agreed');
    await date.waitFor({ timeout: 20_000 });
    await titleIs('Commission – Korhonen 2/2027 – Neuvonpito');
    expect(await date.inputValue()).toBe(`10 Mar ${tenthOfMarch.slice(0, 4)}`);
    await date.fill('24/12/2027');
    await date.press('Tab');
    expect(await date.inputValue()).toBe('24 Dec 2027');
    await screenshot(page, 'focus-dates-en', { fullPage: true });
    await saveSettings(host, { uiLanguage: 'fi' });
  });
});
