/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { mondayOf } from '../../electron/shared/week/week';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { docxText } from '../helpers/docx';
import { saveSettings } from '../helpers/e2e-api';
import { createConference } from '../helpers/e2e-conference';
import { setUpFollowUpCase } from '../helpers/e2e-follow-up-case';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';
import { fiDate } from '../helpers/finnish-dates';

/*
 * Issue 13's rule, walked as a convener works: each fact is entered once, in the place it
 * belongs, and every place that depends on it follows — the phase, the guardian in the
 * network and her family contact, the checklist ticked by the arrangements and the letters
 * made, the list and the week, a letter for everyone who needs one in a language they read,
 * and a follow-up's headcount by its own replies. Every person is invented.
 */

const dataDir = makeTempDir('neuvonpito-e2e-one-fact-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;

const today = todayInHelsinki(new Date());
/** Tuesday next week: in the week view's next week, and five weeks after the commission. */
const meetingDate = addDays(mondayOf(today), 8);
const commissionDate = addDays(meetingDate, -35);
const [y, m, d] = today.split('-').map(Number);
const todayFi = `${d}.${m}.${y}`;
const REFERENCE = 'Rinne 21/2027';

const FINNISH_DIRECTIONS = 'Pysäköinti pihalla; bussi 79 Kajavantien pysäkille.';
const SWEDISH_DIRECTIONS = 'Parkering på gården; buss 79 till hållplatsen Kajavavägen.';

const region = (name: string | RegExp): Locator => page.getByRole('region', { name, exact: typeof name === 'string' });
const tab = (name: string): Locator => page.getByRole('navigation', { name: 'Neuvonpidon osiot' }).getByRole('link', { name });
const checklistItem = (label: string): Locator =>
  page.getByRole('list', { name: 'Tarkistuslista' }).locator('li', { has: page.getByRole('checkbox', { name: label }) });
const currentPhase = (): Promise<string | null> => page.locator('.stepper [aria-current="step"]').textContent();

async function notice(text: string | RegExp): Promise<void> {
  await expect.poll(() => page.getByText(text).first().isVisible(), { timeout: 20_000 }).toBe(true);
}

async function openNetworkPerson(name: string): Promise<void> {
  await tab('Läheisverkosto').click();
  await page.getByRole('main').getByRole('link', { name, exact: true }).first().click();
  await expect.poll(() => page.getByRole('heading', { level: 2, name }).isVisible()).toBe(true);
}

async function addPerson(fill: () => Promise<void>): Promise<void> {
  await tab('Läheisverkosto').click();
  await page.getByRole('link', { name: 'Lisää läheinen' }).first().click();
  await fill();
  await page.getByRole('button', { name: 'Lisää henkilö' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Lisää yhteydenotto' }).isVisible(), { timeout: 20_000 }).toBe(true);
}

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  await saveSettings(host, {
    convener: { name: 'Riikka Salmela', title: 'Koollekutsuja', phone: '040 555 0101', email: 'riikka.salmela@example.fi', hourlyRate: null },
    unit: { name: 'Lapsiperheiden sosiaalityö, läheisneuvonpidot', postalAddress: 'PL 4321\n00099 Helsingin kaupunki', phone: '09 310 12345', email: '', logo: null },
  });
  browser = await launchBrowser();
  page = await openPage(browser);
  await page.goto(host.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

describe('one fact, entered once, followed everywhere', () => {
  it('starts the conference with its guardian, who is a person of the network', async () => {
    await createConference(page, {
      reference: REFERENCE,
      commissionDate,
      children: [
        ['Aino', '2013'],
        ['Eetu', '2019'],
      ],
      guardians: ['Maija Rinne'],
      worker: 'Leena Korhonen',
    });
    expect(await currentPhase()).toContain('Toimeksianto');
    await tab('Läheisverkosto').click();
    const family = region(/^Perhe ja kotitalous/);
    await expect.poll(() => family.getByRole('row', { name: /Maija Rinne/ }).isVisible()).toBe(true);
    expect(await family.getByRole('row', { name: /Maija Rinne/ }).textContent()).toContain('Huoltaja');
    expect(await family.getByRole('row', { name: /Maija Rinne/ }).textContent()).toContain('Kutsutaan');
  });

  it('moves to preparation when the commission is agreed', async () => {
    await tab('Toimeksianto').click();
    await page.getByLabel('Sopimuksen päivämäärä').fill(fiDate(commissionDate));
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await notice('Muutokset tallennettu.');
    await tab('Yleiskuva').click();
    await expect.poll(() => currentPhase(), { timeout: 20_000 }).toContain('Valmistelu');
    // Nothing contradicts it: the next thing is to agree the time, and nothing says the meeting was held.
    expect(await page.getByRole('main').textContent()).toContain('Seuraavaksi: Sovi neuvonpidon aika');
    expect(await page.getByRole('main').textContent()).not.toContain('Neuvonpito pidetty');
  });

  it('records the people once: the guardian’s reply, a Somali speaker reading Swedish, written views, the children', async () => {
    await openNetworkPerson('Maija Rinne');
    await page.getByLabel('Vastaus kutsuun').selectOption({ label: 'Tulossa' });
    await page.getByLabel('Ruokavalio').fill('laktoositon');
    await page.getByRole('button', { name: 'Tallenna' }).first().click();
    await notice('Muutokset tallennettu.');

    await addPerson(async () => {
      await page.getByLabel('Nimi', { exact: true }).fill('Cawo Maxamed Xuseen');
      await page.getByLabel('Suhde lapseen').fill('täti');
      await page.getByLabel('Ryhmä').selectOption({ label: 'Suku' });
      await page.getByLabel('Läheisyys').selectOption({ label: 'Läheinen (keskimmäinen kehä)' });
      await page.getByRole('main').getByLabel('Kieli', { exact: true }).selectOption({ label: 'muu kieli' });
      await page.getByLabel('Mikä kieli').fill('somali');
      await page.getByLabel('Kirjeiden kieli').selectOption({ label: 'ruotsi' });
      await page.getByLabel('Tarvitsee tulkin').check();
      await page.getByLabel('Kutsutaanko').selectOption({ label: 'Kutsutaan' });
      await page.getByLabel('Vastaus kutsuun').selectOption({ label: 'Tulossa' });
    });
    await addPerson(async () => {
      await page.getByLabel('Nimi', { exact: true }).fill('Åsa Lindqvist');
      await page.getByLabel('Suhde lapseen').fill('kummitäti');
      await page.getByLabel('Ryhmä').selectOption({ label: 'Ystävät ja naapurit' });
      await page.getByLabel('Läheisyys').selectOption({ label: 'Etäisempi (uloin kehä)' });
      await page.getByRole('main').getByLabel('Kieli', { exact: true }).selectOption({ label: 'ruotsi' });
      await page.getByLabel('Kutsutaanko').selectOption({ label: 'Vain kirjalliset näkemykset' });
    });

    await tab('Läheisverkosto').click();
    for (const [child, how] of [
      ['Aino', 'Paikalla'],
      ['Eetu', 'Piirustuksella'],
    ] as const) {
      const form = page.getByRole('form', { name: child });
      await form.getByLabel('Miten osallistuu').selectOption({ label: how });
      await form.getByRole('button', { name: 'Tallenna' }).click();
      await notice(`${child}: osallistuminen tallennettu.`);
    }
  });

  it('counts a talk with the family as a contact with the guardian', async () => {
    await tab('Yleiskuva').click();
    const contacted = () => region('Valmistelun tilanne').locator('li', { hasText: 'Yhteydenotto' }).first().textContent();
    await expect.poll(contacted, { timeout: 20_000 }).toContain('Maija Rinne');

    await tab('Yhteydenotot').click();
    await page.getByRole('button', { name: 'Lisää yhteydenotto' }).first().click();
    await page.getByLabel('Päivämäärä', { exact: true }).fill(fiDate(today));
    await page.getByLabel('Yhteydenottotapa').selectOption({ label: 'Puhelu' });
    await page.getByLabel('Mitä käsiteltiin').fill('Kävimme läpi, keitä kutsutaan.');
    await page.getByRole('button', { name: 'Tallenna' }).last().click();
    await notice('Kävimme läpi, keitä kutsutaan.');

    await tab('Yleiskuva').click();
    await expect.poll(contacted, { timeout: 20_000 }).not.toContain('Maija Rinne');
    expect(await contacted()).toContain('Cawo Maxamed Xuseen');
    await screenshot(page, '13-01-overview-family-contact');
  });

  it('books the meeting once, and the checklist is done by what was booked', async () => {
    await tab('Järjestelyt').click();
    const time = region('Aika');
    await time.getByLabel('Päivämäärä').fill(fiDate(meetingDate));
    await time.getByLabel('Alkaa').fill('9.00');
    await time.getByLabel('Päättyy').fill('14.00');
    const venue = region('Tila');
    await venue.getByLabel('Paikan nimi').fill('Perhekeskus Kajava');
    await venue.getByLabel('Varaus', { exact: true }).selectOption({ label: 'Varattu' });
    // Written once per letter language: the Swedish letters (Cawo's and Åsa's) get theirs.
    await venue.getByLabel(/^Pysäköinti ja kulkuyhteydet \(suomi\)/).fill(FINNISH_DIRECTIONS);
    await venue.getByLabel(/^Pysäköinti ja kulkuyhteydet \(ruotsi\)/).fill(SWEDISH_DIRECTIONS);
    const interpreters = region('Tulkit');
    await interpreters.getByRole('button', { name: 'Lisää tulkkirivi: somali' }).click();
    const somali = interpreters.getByRole('group', { name: 'somali' });
    await somali.getByLabel(/^Tulkkauspalvelu tai tulkki/).fill('Tulkkikeskus Kieli');
    await somali.getByLabel(/^Tilattu/).fill(today);
    await somali.getByLabel('Tulkkaus', { exact: true }).selectOption({ label: 'Paikan päällä' });
    // Eetu is small and sends a drawing: he is looked after during the meeting.
    const other = region('Etäosallistuminen, lastenhoito ja tarvikkeet');
    await other.getByLabel(/^Lastenhoito tarvitaan/).check();
    await other.getByLabel(/^Miten lastenhoito järjestetään/).fill('MLL:n lastenhoitaja viereisessä huoneessa.');
    // Maija, Cawo, Aino, the social worker, the convener, the interpreter and the childcare worker.
    const people = region('Osallistujat ja tarpeet');
    await expect.poll(() => people.getByText('7 henkeä').isVisible()).toBe(true);
    await region('Tarjoilut').getByRole('button', { name: 'Tilattu tänään 7 hengelle' }).click();
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await notice('Muutokset tallennettu.');

    await expect.poll(() => checklistItem('Tila varattu').textContent(), { timeout: 20_000 }).toContain(`Varattu ${todayFi} – Järjestelyt`);
    expect(await checklistItem('Tulkki tilattu').textContent()).toContain(todayFi);
    expect(await checklistItem('Tarjoilut tilattu').textContent()).toContain(`Tilattu ${todayFi} – Järjestelyt`);
    for (const item of ['Tila varattu', 'Tulkki tilattu', 'Tarjoilut tilattu']) {
      expect(await page.getByRole('checkbox', { name: item }).isChecked()).toBe(true);
      expect(await checklistItem(item).textContent()).not.toContain('Myöhässä');
    }
    await region('Tarkistuslista').scrollIntoViewIfNeeded();
    await screenshot(page, '13-02-checklist-by-arrangements');
  });

  it('makes a letter for everyone who needs one, each in a language they read, and the letters tick the checklist', async () => {
    await tab('Asiakirjat').click();
    // Every letter language has its directions: nothing is said to be missing.
    await expect.poll(() => page.getByRole('row', { name: /Åsa Lindqvist/ }).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByText(/joiden kieli on/).count()).toBe(0);

    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await page.getByRole('button', { name: 'Vie kaikki kutsut (5)' }).click();
    await expect.poll(() => downloads.length, { timeout: 60_000 }).toBe(5);
    await screenshot(page, '13-03-letters-exported');
    const texts = new Map<string, string>();
    for (const download of downloads) texts.set(download.suggestedFilename(), docxText(readFileSync(await download.path())));
    expect([...texts.keys()].sort((a, b) => a.localeCompare(b, 'fi'))).toEqual([
      'Begäran om synpunkter - Åsa Lindqvist.docx',
      'Inbjudan - Cawo Maxamed Xuseen.docx',
      'Kutsu - Maija Rinne.docx',
      'Kutsu lapselle - Aino.docx',
      'Kutsu lapselle - Eetu.docx',
    ]);
    // Cawo reads Swedish: her letter is Swedish, directions included, and says an interpreter comes.
    const cawo = texts.get('Inbjudan - Cawo Maxamed Xuseen.docx')!;
    expect(cawo).toContain('Bästa Cawo Maxamed Xuseen,');
    expect(cawo).toContain(SWEDISH_DIRECTIONS);
    expect(cawo).not.toContain(FINNISH_DIRECTIONS);
    expect(cawo).toMatch(/tolk/i);
    const maija = texts.get('Kutsu - Maija Rinne.docx')!;
    expect(maija).toContain(FINNISH_DIRECTIONS);
    expect(maija).not.toContain(SWEDISH_DIRECTIONS);
    // Åsa gives written views only: asked for them in Swedish, with how to send them.
    const asa = texts.get('Begäran om synpunkter - Åsa Lindqvist.docx')!;
    expect(asa).toContain('Begäran om dina synpunkter');
    expect(asa).toContain('riikka.salmela@example.fi');
    // Every child has a letter worded for how they take part: Eetu sends a drawing.
    expect(texts.get('Kutsu lapselle - Eetu.docx')).toContain('Voit piirtää kuvan.');

    await tab('Järjestelyt').click();
    await expect.poll(() => checklistItem('Kutsut lähetetty').textContent(), { timeout: 20_000 }).toContain(`Kirjeet tehty ${todayFi} – Asiakirjat`);
    await region('Tarkistuslista').scrollIntoViewIfNeeded();
    await screenshot(page, '13-04-checklist-after-letters');
  });

  it('shows the date in the list and in next week', async () => {
    await page.goto(host.url);
    const row = page.getByRole('row', { name: new RegExp(REFERENCE.replace('/', '\\/')) });
    const [, mm, dd] = meetingDate.split('-').map(Number);
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain(`${dd}.${mm}. klo 9.00–14.00`);
    expect(await row.textContent()).toContain('Valmistelu');

    await page.getByRole('link', { name: 'Tämä viikko' }).first().click();
    await page.getByRole('link', { name: 'Ensi viikko' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Ensi viikko');
    // The meeting on its Tuesday, with its time, a link to where it is arranged.
    const line = page.locator('.week-line-meeting', { hasText: REFERENCE });
    await expect.poll(() => line.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await line.textContent()).toContain('9.00–14.00');
    expect(await page.locator('.week-day').nth(1).textContent()).toContain(REFERENCE);
    await screenshot(page, '13-05-week');
  });

  it('counts a follow-up by its own replies', async () => {
    const followUpDate = addDays(today, 20);
    const set = await setUpFollowUpCase(host, {
      reference: 'Äijälä 22/2027',
      conferenceDate: addDays(today, -100),
      followUpDate,
      invitees: ['Maija Äijälä', 'Aune Äijälä', 'Ville Ystävä'],
    });
    await page.goto(`${host.url}#/conferences/${set.conference.id}/arrangements`);
    const replies = region('Vastaukset');
    const people = region('Osallistujat ja tarpeet');
    await expect.poll(() => replies.isVisible(), { timeout: 20_000 }).toBe(true);
    // Nobody has replied: Aino (present), the social worker and the convener.
    expect(await people.getByText('3 henkeä').isVisible()).toBe(true);
    await replies.getByRole('combobox', { name: 'Vastaus: Maija Äijälä' }).selectOption({ label: 'Tulossa' });
    await replies.getByRole('combobox', { name: 'Vastaus: Ville Ystävä' }).selectOption({ label: 'Tulossa' });
    await replies.getByRole('combobox', { name: 'Vastaus: Aune Äijälä' }).selectOption({ label: 'Ei tule' });
    await expect.poll(() => people.getByText('5 henkeä').isVisible(), { timeout: 20_000 }).toBe(true);
    // Her own diet comes with her reply; Aune, not coming, is not in the batch of letters.
    expect(await people.textContent()).toContain('laktoositon');
    await screenshot(page, '13-06-follow-up-replies');

    // The follow-up's participant list (its letters tab: the open follow-up is chosen) says the same.
    await tab('Asiakirjat').click();
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await page.getByRole('button', { name: 'Vie: Osallistujalista' }).click();
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(1);
    const list = docxText(readFileSync(await downloads[0]!.path()));
    expect(list).toContain('tulossa 2');
    expect(list).toContain('ei tule 1');
  });
});
