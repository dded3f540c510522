/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../electron/shared/conference/conference.schema';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { docxText } from '../helpers/docx';
import { setUpFollowUpCase } from '../helpers/e2e-follow-up-case';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';
import { fiDate } from '../helpers/finnish-dates';

/*
 * The follow-up meeting's arrangements and letters: a conference held a week ago whose
 * accepted plan invites three of the network to a follow-up in three months. Set up
 * through the web host's API; the convener then arranges the follow-up and makes its
 * letters, and looks back at the conference's own meeting. Every person is invented.
 */

const dataDir = makeTempDir('neuvonpito-e2e-fu-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let conference: Conference;

const today = todayInHelsinki(new Date());
const conferenceDate = addDays(today, -7);
const followUpDate = addDays(today, 90);

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  conference = (
    await setUpFollowUpCase(host, {
      reference: 'Äijälä 7/2027',
      conferenceDate,
      followUpDate,
      invitees: ['Maija Äijälä', 'Aune Äijälä', 'Britt-Marie Lindqvist'],
    })
  ).conference;

  browser = await launchBrowser();
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

function tab(name: string): Locator {
  return page.getByRole('navigation', { name: 'Neuvonpidon osiot' }).getByRole('link', { name });
}

function meetingSelect(): Locator {
  return page.getByRole('combobox', { name: 'Kokous' });
}

async function notice(text: string | RegExp): Promise<void> {
  await expect.poll(() => page.getByText(text).first().isVisible()).toBe(true);
}

describe('the follow-up meeting in the browser', () => {
  it('arranges the follow-up meeting, the coming one, for the people its plan invites', async () => {
    await page.goto(`${host.url}#/conferences/${conference.id}/arrangements`);
    await expect.poll(() => meetingSelect().isVisible()).toBe(true);
    expect(await meetingSelect().locator('option').allTextContents()).toEqual([`Neuvonpito ${fiDate(conferenceDate)}`, `Seurantakokous ${fiDate(followUpDate)}`]);
    expect(await meetingSelect().locator('option:checked').textContent()).toBe(`Seurantakokous ${fiDate(followUpDate)}`);

    const form = page.getByRole('form', { name: 'Käytännön järjestelyt' });
    await form.getByLabel('Alkaa').fill('9.00');
    await form.getByLabel('Päättyy').fill('11.00');
    await form.getByLabel('Paikan nimi').fill('Perhekeskus Koivikko');
    await form.getByLabel(/^Osoite/).fill('Koivikontie 5, 00940 Helsinki');
    await form.getByLabel(/^Vastaa viimeistään/).fill(fiDate(addDays(followUpDate, -14)));
    await form.getByRole('button', { name: 'Tallenna' }).click();
    await notice('Muutokset tallennettu.');

    // Nobody has replied to the follow-up yet: Aino, the social worker and the convener.
    const people = page.getByRole('region', { name: 'Osallistujat ja tarpeet', exact: true });
    await expect.poll(() => people.getByText('3 henkeä').isVisible()).toBe(true);
    const replies = page.getByRole('region', { name: 'Vastaukset', exact: true });
    expect(await replies.textContent()).toContain(`Vastaa viimeistään ${fiDate(addDays(followUpDate, -14))}`);
    expect(await replies.textContent()).toContain('Vastaamatta: 3');
    expect(await page.getByRole('region', { name: 'Tarkista', exact: true }).textContent()).not.toContain('3–6 tuntia');

    // The replies come in: Maija and Aune in the room, Britt-Marie remotely, each saved as it is chosen.
    await replies.getByRole('combobox', { name: 'Vastaus: Maija Äijälä' }).selectOption({ label: 'Tulossa' });
    await expect.poll(() => people.getByText('4 henkeä').isVisible()).toBe(true);
    await replies.getByRole('combobox', { name: 'Vastaus: Aune Äijälä' }).selectOption({ label: 'Tulossa' });
    await expect.poll(() => people.getByText('5 henkeä').isVisible()).toBe(true);
    await replies.getByRole('combobox', { name: 'Vastaus: Britt-Marie Lindqvist' }).selectOption({ label: 'Tulossa etänä' });
    await expect.poll(() => replies.textContent()).not.toContain('Vastaamatta');
    expect(await people.getByText('5 henkeä').isVisible()).toBe(true);
    expect(await people.textContent()).toContain('Etänä (1)Britt-Marie Lindqvist');
    // Maija's diet follows her reply to the follow-up.
    expect(await people.textContent()).toContain('laktoositon');

    // After a reload the replies are there: they were saved, and the conference's own stay as they were.
    await page.reload();
    await expect.poll(() => replies.getByRole('combobox', { name: 'Vastaus: Britt-Marie Lindqvist' }).inputValue()).toBe('remote');
    expect(await replies.getByRole('combobox', { name: 'Vastaus: Maija Äijälä' }).inputValue()).toBe('coming');
    await expect.poll(() => people.getByText('5 henkeä').isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, '51-follow-up-arrangements');
    // The replies with the headcount they make, below them.
    await replies.evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await screenshot(page, '51a-follow-up-replies');
  });

  it('words the follow-up’s checklist for a follow-up, and ticks its summary item', async () => {
    const checklist = page.getByRole('list', { name: 'Tarkistuslista' });
    const summary = page.getByRole('checkbox', { name: 'Seurantakokouksen yhteenveto saatu ja käyty läpi perheen kanssa' });
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await checklist.textContent()).not.toContain('Yhteenveto ja kysymykset');
    // Scrolled up out from under the save notice.
    await checklist.evaluate((list) => list.scrollIntoView({ block: 'center' }));
    await summary.check();
    await expect.poll(() => checklist.locator('li', { has: summary }).textContent()).toContain('Tehty');
    await screenshot(page, '51b-follow-up-checklist');
  });

  it('makes the follow-up letters, which say so, and keeps the meeting chosen between the tabs', async () => {
    await tab('Asiakirjat').click();
    await expect.poll(() => meetingSelect().isVisible()).toBe(true);
    expect(await meetingSelect().locator('option:checked').textContent()).toBe(`Seurantakokous ${fiDate(followUpDate)}`);
    const letters = page.getByRole('region', { name: /^Kutsukirjeet/ });
    expect(await letters.getByRole('rowheader').allTextContents()).toEqual(['Maija Äijälä', 'Aune Äijälä', 'Britt-Marie Lindqvist', 'Aino (lapsen versio)']);
    await screenshot(page, '52-follow-up-documents');

    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await page.getByRole('button', { name: 'Vie kutsu: Britt-Marie Lindqvist' }).click();
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(1);
    expect(downloads[0]!.suggestedFilename()).toBe(`Inbjudan till uppföljningsmöte ${followUpDate} - Britt-Marie Lindqvist.docx`);
    const text = docxText(readFileSync(await downloads[0]!.path()));
    expect(text).toContain('Inbjudan till uppföljningsmöte');
    expect(text).toContain('Du bjuds in till ett uppföljningsmöte.');
    expect(text).not.toContain('Mummo herättää');
    expect(text).not.toContain('Äijälä 7/2027');

    // The conference's own meeting: its five invitees, chosen here and still chosen on the arrangements tab.
    await meetingSelect().selectOption({ label: `Neuvonpito ${fiDate(conferenceDate)}` });
    await expect.poll(() => letters.getByRole('rowheader').count()).toBe(6);
    await tab('Järjestelyt').click();
    await expect.poll(() => meetingSelect().isVisible()).toBe(true);
    expect(await meetingSelect().locator('option:checked').textContent()).toBe(`Neuvonpito ${fiDate(conferenceDate)}`);
    expect(await page.getByLabel('Päivämäärä').inputValue()).toBe(fiDate(conferenceDate));
  });

  it('shows the coming meeting at a glance on the overview', async () => {
    await tab('Yleiskuva').click();
    const glance = page.getByRole('region', { name: 'Käytännön järjestelyt', exact: true });
    await expect.poll(() => glance.textContent()).toContain('Seurantakokous');
    expect(await glance.textContent()).toContain(`${fiDate(followUpDate)} · klo 9.00–11.00 · Perhekeskus Koivikko`);
    await glance.scrollIntoViewIfNeeded();
    await screenshot(page, '53-overview-follow-up');
  });
});
