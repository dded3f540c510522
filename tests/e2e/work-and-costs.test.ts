/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { pdfText, renderToPdf } from '../helpers/docx';
import { callHost, saveSettings, updateMeeting } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * Issue 15, working time and costs, as a convener logs them: a contact with its length (entered
 * once, in the contact), an hour and a half of documents on the quick entry row, the travel to
 * the meeting; then the time report, which names the conference by its reference and never
 * the family. Every person is invented; "Kanarialintu" is the canary that must not leak.
 */

const dataDir = makeTempDir('neuvonpito-e2e-work-');
const docsDir = makeTempDir('neuvonpito-e2e-work-docs-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let conferenceId = '';

const today = todayInHelsinki(new Date());
const REFERENCE = 'LNP 21/2027';
const CANARY = 'Kanarialintu';

const tab = (name: string): Locator => page.getByRole('navigation', { name: 'Neuvonpidon osiot' }).getByRole('link', { name });
const region = (name: string): Locator => page.getByRole('region', { name, exact: true });

async function visible(locator: Locator, timeout = 20_000): Promise<void> {
  await expect.poll(() => locator.first().isVisible(), { timeout }).toBe(true);
}

async function download(button: Locator): Promise<string> {
  const downloads: Download[] = [];
  const listener = (d: Download) => downloads.push(d);
  page.on('download', listener);
  await button.click();
  await expect.poll(() => downloads.length, { timeout: 60_000 }).toBe(1);
  page.off('download', listener);
  const [pdf] = renderToPdf([{ name: 'report.docx', bytes: readFileSync((await downloads[0]!.path())!) }], docsDir.path);
  return pdfText(pdf!);
}

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  await saveSettings(host, {
    convener: { name: 'Riikka Salmela', title: 'Koollekutsuja', phone: '040 555 0101', email: '', hourlyRate: 4850 },
    unit: { name: 'Lapsiperheiden sosiaalityö, läheisneuvonpidot', postalAddress: 'PL 4321\n00099 Helsingin kaupunki', phone: '09 310 12345', email: '', logo: null },
  });
  const conference = await callHost(host, 'conference.create', {
    reference: REFERENCE,
    children: [{ firstName: 'Aino', birthYear: 2014 }],
    guardians: [{ name: `Kerttu ${CANARY}` }],
    socialWorker: { name: 'Leena Korhonen', unit: 'Lastensuojelu', phone: '', email: '' },
    commissionDate: addDays(today, -20),
    meetingType: 'laheisneuvonpito',
    notes: `${CANARY}-perheen huolet`,
  });
  conferenceId = conference.id;
  const prep = await callHost(host, 'preparation.get', { conferenceId });
  // The meeting's own costs are entered with its arrangements; the tab adds them up.
  await updateMeeting(host, prep.meetings[0]!, { date: addDays(today, 10), venue: { name: 'Perhekeskus Kajava', cost: '120' } });
  browser = await launchBrowser();
  page = await openPage(browser);
  await page.goto(host.url);
  await page.evaluate((id) => {
    window.location.hash = `#/conferences/${id}/contacts`;
  }, conferenceId);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
  docsDir.remove();
});

describe('working time and costs', () => {
  it("logs a contact's length in the contact, and it shows in the working time as preparation", async () => {
    await visible(page.getByRole('button', { name: 'Lisää yhteydenotto' }));
    await page.getByRole('button', { name: 'Lisää yhteydenotto' }).first().click();
    await page.getByLabel('Mitä käsiteltiin').fill(`Ensitapaaminen, ${CANARY}-perhe kotona.`);
    await page.getByLabel(/^Kesto/).fill('45 min');
    await page.getByRole('button', { name: 'Tallenna' }).last().click();
    await visible(page.getByText('Kesto 45 min'));

    await tab('Työ ja kulut').click();
    const log = page.getByRole('table', { name: 'Työaikakirjaukset' });
    await visible(log);
    expect(await log.textContent()).toContain('Yhteydenotosta');
    expect(await log.textContent()).toContain('45 min');
  });

  it('adds an hour and a half of documents on the quick entry row with Enter', async () => {
    const quick = page.getByRole('form', { name: 'Uusi työaikakirjaus' });
    await quick.getByLabel('Työvaihe').selectOption({ label: 'Asiakirjat' });
    await quick.getByLabel(/^Kesto/).pressSequentially('1 h 30 min');
    await quick.getByLabel(/^Kesto/).press('Enter');
    const totals = page.getByRole('table', { name: 'Työaika yhteensä' });
    await expect.poll(() => totals.textContent(), { timeout: 20_000 }).toContain('2,25 h');
    expect(await quick.getByLabel(/^Kesto/).inputValue()).toBe('');
    expect(await totals.getByRole('row', { name: /Asiakirjat/ }).textContent()).toContain('1,5 h');
  });

  it('adds the travel to the meeting, and totals the meeting and the conference', async () => {
    await page.getByRole('button', { name: 'Lisää kulu' }).click();
    const form = page.getByRole('form', { name: 'Uusi matka- tai muu kulu' });
    await form.getByLabel(/^Mikä/).fill('Matka Espoo–Vantaa 32 km');
    await form.getByLabel('Summa (€)').fill('15,36');
    await form.getByLabel('Kokous').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Tallenna' }).click();
    const costs = region('Kulut');
    await expect.poll(() => costs.textContent(), { timeout: 20_000 }).toMatch(/Kulut yhteensä:\s*135,36\s€/);
    expect(await costs.getByRole('table').first().textContent()).toContain('Matka Espoo–Vantaa 32 km');
    await page.getByRole('heading', { name: 'Työaika', exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, '15-01-work-tab', { fullPage: true });
    await costs.scrollIntoViewIfNeeded();
    await screenshot(page, '15-02-work-costs');
  });

  it('downloads the time report: the reference, the hours, the costs, hours × rate, and none of the family', async () => {
    const text = await download(page.getByRole('button', { name: 'Työaikaraportti ja laskuerittely (Word)' }));
    expect(text).toContain('Työaikaraportti ja laskuerittely');
    expect(text).toContain(REFERENCE);
    expect(text).toContain('Matka Espoo–Vantaa 32 km');
    expect(text).toContain('2,25 h');
    // 2,25 h × 48,50 € = 109,13 €; costs 120 + 15,36.
    expect(text).toMatch(/109,13\s€/);
    expect(text).toMatch(/244,49\s€/);
    for (const absent of [CANARY, 'Aino', 'Ensitapaaminen', 'Kajava']) expect(text).not.toContain(absent);
  }, 120_000);

  it("downloads the month's report across conferences", async () => {
    const monthText = await download(page.getByRole('button', { name: 'Lataa kuukauden raportti (Word)' }));
    expect(monthText).toContain(REFERENCE);
    expect(monthText).toContain('Matka Espoo–Vantaa 32 km');
    expect(monthText).not.toContain(CANARY);
  }, 120_000);
});
