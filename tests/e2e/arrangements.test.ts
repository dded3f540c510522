/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { isolate } from '../../electron/shared/i18n/isolate';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../electron/shared/api/contract';
import type { MethodName } from '../../electron/shared/api/methods';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import type { Conference } from '../../electron/shared/conference/conference.schema';
import type { MemberFieldsInput } from '../../electron/shared/preparation/network.schema';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { docxText } from '../helpers/docx';
import { callHost, putPeople } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';
import { fiDate } from '../helpers/finnish-dates';

/*
 * The practical arrangements of the case from the preparation issue: the Äijälä family with
 * twelve people in their network. The preparation is set up fast through the web host's API;
 * the arrangements are then made click by click, and they follow a reply that changes.
 * Every person is invented.
 */

const dataDir = makeTempDir('neuvonpito-e2e-arr-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let conference: Conference;

const today = todayInHelsinki(new Date());
const commissionDate = addDays(today, -20);
/** Twenty days ahead: the venue (4 weeks before) and the invitations (3 weeks before) are already late. */
const meetingDate = addDays(today, 20);

/** The people of tests/e2e/preparation.test.ts, with the diets and needs the arrangements follow. */
const PEOPLE: MemberFieldsInput[] = [
  { name: 'Maija Äijälä', relation: 'äiti', sector: 'family', closeness: 'close', invite: 'invite', reply: 'coming', diet: 'laktoositon' },
  { name: 'Jari Äijälä', relation: 'isä', sector: 'family', closeness: 'close', invite: 'invite', reply: 'coming', diet: 'Laktoositon' },
  { name: 'Aune Äijälä', relation: 'mummo', sector: 'relatives', closeness: 'close', invite: 'invite', reply: 'coming', chairsPrivateTime: true, accessibility: 'Kulkee rollaattorilla.' },
  { name: 'Людмила Соколова', relation: 'kummitäti', sector: 'relatives', closeness: 'middle', invite: 'invite', reply: 'remote', language: 'other', otherLanguage: 'venäjä', interpreterNeeded: true },
  { name: 'فاطمة الحسيني', relation: 'täti', sector: 'relatives', closeness: 'middle', invite: 'invite', reply: 'maybe', diet: 'halal' },
  { name: 'Cawo Maxamed Xuseen', relation: 'naapuri', sector: 'friends', closeness: 'middle', invite: 'invite', reply: 'coming' },
  { name: 'Ville Ystävä', relation: 'kummisetä', sector: 'friends', closeness: 'close', invite: 'invite', reply: 'coming', takesNotes: true, diet: 'gluteeniton' },
  { name: 'Åsa Öhrnberg', relation: 'perhetuttu', sector: 'friends', closeness: 'distant', invite: 'written_views', language: 'sv' },
  { name: 'Pekka Lind', relation: 'jalkapallovalmentaja', sector: 'friends', closeness: 'distant', invite: 'not_invited', notInvitedReason: 'Perhe ei halua valmentajaa mukaan.' },
  { name: 'Sirkka Serkku', relation: 'serkku', sector: 'relatives', closeness: 'distant', invite: 'invite', reply: 'not_coming', diet: 'vegaani' },
  { name: 'Kaisa Kuraattori', relation: 'koulukuraattori', sector: 'professionals', closeness: 'distant', invite: 'invite', reply: 'coming', worker: { organisation: 'Koivikon koulu', topic: 'Ainon koulunkäynti tänä syksynä.', staysForPlan: true, sharingAllowed: true } },
  { name: 'Tero Terapeutti', relation: 'perheterapeutti', sector: 'professionals', closeness: 'distant', invite: 'invite', reply: 'coming', worker: { organisation: 'Perheneuvola', topic: 'Perheterapian tähänastiset tapaamiset.', staysForPlan: false, sharingAllowed: true } },
];

function apiCall<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return callHost(host, method, input);
}

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  conference = await apiCall('conference.create', {
    reference: 'Äijälä 4/2027',
    children: [
      { firstName: 'Aino', birthYear: 2014 },
      { firstName: 'Eetu', birthYear: 2019 },
    ],
    guardians: [{ name: 'Maija Äijälä' }],
    socialWorker: { name: 'Leena Korhonen', unit: 'Lastensuojelu', phone: '040 123 4567', email: 'leena.korhonen@example.fi' },
    commissionDate,
    meetingType: 'laheisneuvonpito',
    notes: '',
  });
  const [aino, eetu] = conference.children;
  await putPeople(
    host,
    conference.id,
    PEOPLE.map((person) => (person.name === 'Aune Äijälä' ? { ...person, supportForChildIds: [aino!.id] } : person)),
  );
  // Neither child's participation was recorded yet: both at version 1.
  await apiCall('network.updateChild', { conferenceId: conference.id, childId: aino!.id, version: 1, participation: 'present', note: '' });
  await apiCall('network.updateChild', { conferenceId: conference.id, childId: eetu!.id, version: 1, participation: 'drawing', note: '' });

  browser = await launchBrowser();
  page = await openPage(browser);
  await page.goto(host.url);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

function region(name: string | RegExp): Locator {
  return page.getByRole('region', { name, exact: true });
}

function tab(name: string): Locator {
  return page.getByRole('navigation', { name: 'Neuvonpidon osiot' }).getByRole('link', { name });
}

async function notice(text: string | RegExp): Promise<void> {
  await expect.poll(() => page.getByText(text).first().isVisible()).toBe(true);
}

/** The texts of the flags under "Tarkista". */
async function flags(): Promise<string[]> {
  return region('Tarkista').locator('li > span').allTextContents();
}

async function needRow(label: string): Promise<string> {
  const row = region('Osallistujat ja tarpeet').locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  return ((await row.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

function checklistItem(label: string): Locator {
  return page.getByRole('list', { name: 'Tarkistuslista' }).locator('li', { has: page.getByRole('checkbox', { name: label }) });
}

describe('the practical arrangements in the browser', () => {
  it('saves the unit and a venue the convener often uses', async () => {
    await page.getByRole('link', { name: 'Omat tiedot ja asetukset' }).first().click();
    const unit = page.getByRole('region', { name: 'Yksikkö ja kirjepohja' });
    const save = page.getByRole('form', { name: 'Omat tiedot ja asetukset' }).getByRole('button', { name: 'Tallenna' });
    await unit.getByLabel('Yksikön nimi').fill('Lapsiperheiden sosiaalityö, läheisneuvonpidot');
    await unit.getByLabel('Postiosoite').fill('PL 4321\n00099 Helsingin kaupunki');
    await unit.getByLabel('Puhelin').fill('09 310 12345');
    await save.click();
    await notice('Muutokset tallennettu.');

    const venues = page.getByRole('region', { name: 'Tallennetut paikat' });
    await venues.getByRole('button', { name: 'Lisää paikka' }).click();
    await venues.getByLabel('Paikan nimi').fill('Perhekeskus Koivikko');
    await venues.getByLabel('Osoite (valinnainen)').fill('Koivikontie 5, 00940 Helsinki');
    await venues.getByLabel('Yhteinen huone (valinnainen)').fill('Sali 2');
    await venues.getByLabel(/^Erillinen huone/).fill('Neuvotteluhuone Kuusi');
    await venues.getByLabel(/^Tilaan mahtuu/).fill('14');
    await venues.getByLabel(/^Esteettömyys/).fill('Hissi ja esteetön WC.');
    await venues.getByLabel(/^Pysäköinti/).fill('Pysäköinti pihalla, bussi 79 Koivikontien pysäkille.');
    await save.click();
    await notice('Muutokset tallennettu.');
    await venues.scrollIntoViewIfNeeded();
    await screenshot(page, '30-settings-venue');
  });

  it('shows who is coming and what they need, computed from the replies', async () => {
    await page.goto(`${host.url}#/conferences/${conference.id}/arrangements`);
    await expect.poll(() => region('Osallistujat ja tarpeet').isVisible()).toBe(true);
    // Seven invitees in person, Aino, the social worker and the convener.
    expect(await region('Osallistujat ja tarpeet').getByText('10 henkeä').isVisible()).toBe(true);
    expect(await needRow('Etänä')).toBe('Людмила Соколова');
    expect(await needRow('Ehkä')).toContain('فاطمة الحسيني');
    expect(await needRow('Ruokavaliot')).toContain('laktoositon (2): Maija Äijälä, Jari Äijälä');
    expect(await needRow('Ruokavaliot')).toContain('gluteeniton (1): Ville Ystävä');
    expect(await needRow('Ruokavaliot')).not.toContain('vegaani');
    expect(await needRow('Esteettömyys')).toBe('Aune Äijälä: Kulkee rollaattorilla.');
    expect(await needRow('Tulkkaus')).toBe('venäjä: Людмила Соколова');
    expect(await flags()).toEqual(['Tulkki tarvitaan: venäjä (Людмила Соколова).', 'Etäyhteyden linkki puuttuu (etänä: Людмила Соколова).']);
    // Without a date the checklist cannot have due dates yet, and says so.
    expect(await checklistItem('Tila varattu').textContent()).toContain('4 viikkoa ennen · päivämäärä puuttuu');
    await screenshot(page, '31-arrangements-start');
  });

  it('sets the date, time, venue, interpreter, remote link and refreshments', async () => {
    const time = region('Aika');
    await time.getByLabel('Päivämäärä').fill(fiDate(meetingDate));
    await time.getByLabel('Alkaa').fill('9.00');
    await time.getByLabel('Päättyy').fill('11.00');
    // Two hours is short for a conference: the flag says so while typing.
    await expect.poll(() => flags()).toContain('Kesto 2 t — neuvonpito kestää yleensä 3–6 tuntia.');
    await time.getByLabel('Päättyy').fill('14.30');
    await expect.poll(async () => (await flags()).some((flag) => flag.startsWith('Kesto'))).toBe(false);
    expect(await time.textContent()).toContain('5 t 30 min');

    const venue = region('Tila');
    await venue.getByLabel('Täytä tallennetusta paikasta').selectOption({ label: 'Perhekeskus Koivikko' });
    expect(await venue.getByLabel(/^Erillinen huone/).inputValue()).toBe('Neuvotteluhuone Kuusi');
    await venue.getByLabel('Varaus', { exact: true }).selectOption({ label: 'Varattu' });
    await venue.getByLabel(/^Varausten yhteyshenkilö/).fill('Vahtimestari Heikki Huttunen, 09 310 55555');

    const interpreters = region('Tulkit');
    await interpreters.getByRole('button', { name: 'Lisää tulkkirivi: venäjä' }).click();
    const russian = interpreters.getByRole('group', { name: 'venäjä' });
    await russian.getByLabel(/^Tulkkauspalvelu tai tulkki/).fill('Tulkkikeskus Kieli');
    await russian.getByLabel(/^Tilattu/).fill(fiDate(today));
    await russian.getByLabel('Tulkkaus', { exact: true }).selectOption({ label: 'Etänä' });

    const other = region('Etäosallistuminen, lastenhoito ja tarvikkeet');
    await other.getByLabel(/^Etäyhteyden linkki/).fill('https://teams.example.fi/l/meetup/aijala');
    await other.getByLabel(/^Kenelle etäyhteys/).fill('Людмила Соколова ja tulkki');
    await other.getByLabel('Fläppitaulu').check();
    await other.getByLabel('Nimilaput').check();

    const refreshments = region('Tarjoilut');
    await refreshments.getByLabel(/^Mitä tarjotaan/).fill('Aamukahvi ja lounas läheisten oman neuvonpidon aikana.');
    await refreshments.getByLabel(/^Toimittaja \(valinnainen\)$/).fill('Kahvila Kuusi');
    await refreshments.getByRole('button', { name: 'Tilattu tänään 10 hengelle' }).click();

    await page.getByRole('button', { name: 'Tallenna' }).click();
    await notice('Muutokset tallennettu.');
    expect(await flags()).toEqual([]);
    expect(await region('Tarkista').textContent()).toContain('Ei tarkistettavaa.');
    await region('Aika').scrollIntoViewIfNeeded();
    await screenshot(page, '32-arrangements-form');
    await region('Tulkit').scrollIntoViewIfNeeded();
    await screenshot(page, '33-arrangements-interpreters');
  });

  it('follows a reply changed on a member page: headcount, diets and interpreter languages', async () => {
    await tab('Läheisverkosto').click();
    await page.getByRole('link', { name: 'فاطمة الحسيني', exact: true }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'فاطمة الحسيني' }).isVisible()).toBe(true);
    await page.getByRole('main').getByLabel('Kieli', { exact: true }).selectOption({ label: 'muu kieli' });
    await page.getByLabel('Mikä kieli').fill('arabia');
    await page.getByLabel('Tarvitsee tulkin').check();
    await page.getByLabel('Vastaus kutsuun').selectOption({ label: 'Tulossa' });
    await page.getByRole('button', { name: 'Tallenna' }).first().click();
    await notice('Muutokset tallennettu.');

    await tab('Järjestelyt').click();
    await expect.poll(() => region('Osallistujat ja tarpeet').getByText('11 henkeä').isVisible()).toBe(true);
    expect(await needRow('Ruokavaliot')).toContain(`halal (1): ${isolate('فاطمة الحسيني')}`);
    expect(await needRow('Tulkkaus')).toContain(`arabia: ${isolate('فاطمة الحسيني')}`);
    expect(await needRow('Tulkkaus')).toContain('venäjä: Людмила Соколова');
    expect(await region('Osallistujat ja tarpeet').locator('dt', { hasText: 'Ehkä' }).count()).toBe(0);
    expect(await flags()).toEqual(['Tarjoilut tilattiin 10 hengelle, nyt tulossa 11.', `Tulkki tarvitaan: arabia (${isolate('فاطمة الحسيني')}).`]);
    await page.getByRole('main').evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, '34-arrangements-follow-replies');
  });

  it('ticks by itself what the arrangements say is done, with the date and a link; the rest by hand', async () => {
    // Saved above as "Varattu" today: the venue is done by that, not overdue (issue 13 §2).
    const venueItem = checklistItem('Tila varattu');
    const [y, m, d] = today.split('-').map(Number);
    await expect.poll(() => venueItem.textContent()).toContain(`Varattu ${d}.${m}.${y} – Järjestelyt`);
    expect(await venueItem.textContent()).not.toContain('Myöhässä');
    expect(await page.getByRole('checkbox', { name: 'Tila varattu' }).isDisabled()).toBe(true);
    expect(await venueItem.getByRole('link', { name: 'Järjestelyt' }).getAttribute('href')).toContain('/arrangements');
    // Ordered today for 10; 11 are now coming.
    const refreshmentsItem = checklistItem('Tarjoilut tilattu');
    expect(await refreshmentsItem.textContent()).toContain(`Tilattu ${d}.${m}.${y} – Järjestelyt`);
    expect(await refreshmentsItem.textContent()).toContain('Tilattu 10 hengelle, nyt tulossa 11');
    // Arabic is needed and has no interpreter booked: not done, and it says which.
    expect(await checklistItem('Tulkki tilattu').textContent()).toContain('Tulkki tilaamatta: arabia');
    expect(await checklistItem('Kutsut lähetetty').textContent()).toContain('Myöhässä 1 päivä');

    await page.getByRole('checkbox', { name: 'Tarvikkeet valmiina' }).check();
    await expect.poll(() => checklistItem('Tarvikkeet valmiina').textContent()).toContain('Tehty');
    await region('Tarkistuslista').scrollIntoViewIfNeeded();
    await screenshot(page, '35-checklist-follows-arrangements');

    await page.getByRole('button', { name: 'Lisää oma kohta' }).click();
    const form = page.getByRole('form', { name: 'Uusi kohta' });
    await form.getByLabel('Kohta').fill('Varaa Aunelle pysäköintilupa');
    await form.getByLabel(/^Määräpäivä/).fill(addDays(meetingDate, -3));
    await form.getByRole('button', { name: 'Lisää kohta' }).click();
    await notice('Kohta lisätty.');
    expect(await checklistItem('Varaa Aunelle pysäköintilupa').isVisible()).toBe(true);

    // Ticks are saved at once: they are there after a reload.
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Tarvikkeet valmiina' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Tila varattu' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Kutsut lähetetty' }).isChecked()).toBe(false);
    expect(await region('Tarkistuslista').textContent()).toContain('3/8 tehty · 1 myöhässä');
    await region('Tarkistuslista').scrollIntoViewIfNeeded();
    await screenshot(page, '35-checklist');
  });

  it('shows the arrangements at a glance on the overview', async () => {
    await tab('Yleiskuva').click();
    const glance = region('Käytännön järjestelyt');
    await expect.poll(() => glance.isVisible()).toBe(true);
    const text = (await glance.textContent()) ?? '';
    expect(text).toContain('klo 9.00–14.30 · Perhekeskus Koivikko');
    expect(text).toContain('11 henkeä paikalla · 2 asiaa tarkistettavana');
    const nextList = glance.getByRole('list', { name: 'Seuraavaksi tarkistuslistalla' });
    // The list waits for the settings (the checklist template) on a busy machine.
    await expect.poll(() => nextList.locator('li').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const next = await nextList.locator('li').allTextContents();
    expect(next[0]).toBe('Kutsut lähetettyMyöhässä 1 päivä');
    await glance.scrollIntoViewIfNeeded();
    await screenshot(page, '36-overview-arrangements');
  });

  it('exports the invitation of everyone invited, one file each, and the checklist; the checklist follows', async () => {
    const [y, m, d] = today.split('-').map(Number);
    await tab('Asiakirjat').click();
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));

    // Ten people are invited (not Pekka, who is not invited), Sirkka replied she is not coming, so
    // "export all" leaves her out; Åsa, who gives written views, gets the request for them in
    // Swedish; both children get their letter (Aino is present, Eetu sends a drawing): twelve letters.
    await page.getByRole('button', { name: 'Vie kaikki kutsut (12)' }).click();
    await expect.poll(() => page.getByRole('main').getByRole('status').textContent(), { timeout: 30_000 }).toContain('12 tiedostoa ladattu');
    await expect.poll(() => downloads.length).toBe(12);
    await screenshot(page, '37-documents-exported');

    const names = downloads.map((download) => download.suggestedFilename()).sort((a, b) => a.localeCompare(b, 'fi'));
    const invited = PEOPLE.filter((person) => person.invite === 'invite' && person.reply !== 'not_coming').map((person) => `Kutsu - ${person.name}.docx`);
    expect(names).toEqual(
      [...invited, 'Begäran om synpunkter - Åsa Öhrnberg.docx', 'Kutsu lapselle - Aino.docx', 'Kutsu lapselle - Eetu.docx'].sort((a, b) => a.localeCompare(b, 'fi')),
    );
    expect(names.join()).not.toContain('Sirkka Serkku');
    expect(names.join()).not.toMatch(/Pekka Lind|Äijälä 4\/2027/);
    const views = downloads.find((download) => download.suggestedFilename() === 'Begäran om synpunkter - Åsa Öhrnberg.docx');
    expect(docxText(readFileSync(await views!.path()))).toContain('Begäran om dina synpunkter');

    const letter = downloads.find((download) => download.suggestedFilename() === 'Kutsu - Aune Äijälä.docx');
    const text = docxText(readFileSync(await letter!.path()));
    expect(text).toContain('Aune Äijälä');
    expect(text).toContain('Perhekeskus Koivikko');
    expect(text).toContain('Lapsiperheiden sosiaalityö, läheisneuvonpidot');
    expect(text).not.toContain('Äijälä 4/2027');

    downloads.length = 0;
    await page.getByRole('button', { name: 'Vie: Käytännön järjestelyjen tarkistuslista' }).click();
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(1);
    expect(downloads[0]!.suggestedFilename()).toBe(`Tarkistuslista ${meetingDate} - Aino ja Eetu.docx`);
    const checklist = docxText(readFileSync(await downloads[0]!.path()));
    expect(checklist).toContain('Tila varattu');
    expect(checklist).toContain('Varaa Aunelle pysäköintilupa');

    // Every invitee has a letter now: the letters log ticks the invitations, with today's date.
    await tab('Järjestelyt').click();
    await expect.poll(() => checklistItem('Kutsut lähetetty').textContent(), { timeout: 30_000 }).toContain(
      `Kirjeet tehty ${d}.${m}.${y} – Asiakirjat`,
    );
    await region('Tarkistuslista').scrollIntoViewIfNeeded();
    await screenshot(page, '38-checklist-after-letters');
  });
});
