/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../electron/shared/api/contract';
import type { MethodName } from '../../electron/shared/api/methods';
import type { Conference } from '../../electron/shared/conference/conference.schema';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { docxText } from '../helpers/docx';
import { callHost } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * Issue 13 §7 in the browser: the venue's letter texts written per letter language on the
 * Järjestelyt tab, the Asiakirjat tab saying which letters lack them, and the request for
 * written views made from its row. Every person is invented.
 */

const dataDir = makeTempDir('neuvonpito-e2e-letters-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let conference: Conference;
const today = todayInHelsinki(new Date());

function apiCall<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return callHost(host, method, input);
}

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  conference = await apiCall('conference.create', {
    reference: 'Rinne 5/2027',
    children: [{ firstName: 'Aino', birthYear: 2014 }],
    guardians: [{ name: 'Maija Rinne' }],
    socialWorker: { name: 'Leena Korhonen', unit: 'Lastensuojelu', phone: '040 123 4567', email: '' },
    commissionDate: addDays(today, -10),
    meetingType: 'laheisneuvonpito',
    notes: '',
  });
  const add = (fields: Omit<MethodInput<'network.addMember'>, 'conferenceId'>) => apiCall('network.addMember', { conferenceId: conference.id, ...fields });
  await add({ name: 'Maija Rinne', relation: 'äiti', sector: 'family', closeness: 'close', invite: 'invite', reply: 'coming' });
  await add({ name: 'Britt-Marie Lindqvist', relation: 'mormor', sector: 'relatives', closeness: 'close', invite: 'invite', reply: 'coming', language: 'sv' });
  const prep = await add({ name: 'Veikko Naapuri', relation: 'naapuri', sector: 'friends', closeness: 'middle', invite: 'written_views', address: 'Rinnetie 4\n00950 Helsinki' });
  const meeting = prep.meetings[0]!;
  const { id, version, conferenceId: _c, kind: _k, venueBookedDate: _v, checklist: _l, day: _d, updatedAt: _u, ...fields } = meeting;
  await apiCall('meeting.update', {
    id,
    version,
    ...fields,
    date: addDays(today, 21),
    startTime: '09:00',
    endTime: '14:00',
    venue: {
      ...fields.venue,
      name: 'Perhekeskus Kajava',
      address: 'Kajavantie 5, 00950 Helsinki',
      mainRoom: { fi: 'Sali 2', sv: '', en: '' },
      parking: { fi: 'Bussi 79 pysähtyy oven edessä.', sv: '', en: '' },
    },
    invitation: { ...fields.invitation, replyBy: addDays(today, 10) },
    childcareNeeded: true,
    childcare: 'MLL:n lastenhoitaja Sari',
  });
  browser = await launchBrowser();
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

describe('letters in a language they read', () => {
  it('says on the Asiakirjat tab which letters lack the room and directions in their language', async () => {
    await page.goto(`${host.url}#/conferences/${conference.id}/documents`);
    const note = page.getByRole('note', { name: 'Ennen kuin lähetät kutsut' });
    await expect
      .poll(() => note.textContent())
      .toContain('Kirjeistä, joiden kieli on ruotsi (Britt-Marie Lindqvist), puuttuu: huone, pysäköinti ja kulkuyhteydet.');
    const row = page.getByRole('row', { name: /Veikko Naapuri/ });
    await expect.poll(() => row.textContent()).toContain('Näkemyspyyntö (vain kirjalliset näkemykset)');
    await screenshot(page, '60-documents-letter-texts-missing');
  });

  it('takes the Swedish room and directions on the Järjestelyt tab, and the Swedish letter carries them', async () => {
    await page.getByRole('navigation', { name: 'Neuvonpidon osiot' }).getByRole('link', { name: 'Järjestelyt' }).click();
    const venue = page.getByRole('region', { name: 'Tila', exact: true });
    await venue.getByLabel(/^Yhteinen huone \(ruotsi\)/).fill('Sal 2');
    await venue.getByLabel(/^Pysäköinti ja kulkuyhteydet \(ruotsi\)/).fill('Buss 79 stannar vid dörren.');
    await venue.getByLabel(/^Yhteinen huone \(suomi\)/).scrollIntoViewIfNeeded();
    await screenshot(page, '61-arrangements-venue-per-language');
    await page.getByRole('button', { name: 'Tallenna' }).first().click();
    await expect.poll(() => page.getByText('Muutokset tallennettu.').first().isVisible()).toBe(true);

    await page.getByRole('navigation', { name: 'Neuvonpidon osiot' }).getByRole('link', { name: 'Asiakirjat' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Britt-Marie Lindqvist/ }).isVisible()).toBe(true);
    expect(await page.getByText(/joiden kieli on ruotsi/).count()).toBe(0);

    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await page.getByRole('button', { name: 'Vie kutsu: Britt-Marie Lindqvist' }).click();
    await page.getByRole('button', { name: 'Vie kutsu: Veikko Naapuri' }).click();
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(2);
    const swedish = docxText(readFileSync(await downloads[0]!.path()));
    expect(swedish).toContain('Buss 79 stannar vid dörren.');
    expect(swedish).not.toContain('Bussi 79');
    expect(downloads[1]!.suggestedFilename()).toBe('Näkemyspyyntö - Veikko Naapuri.docx');
    expect(docxText(readFileSync(await downloads[1]!.path()))).toContain('Pyyntö kertoa näkemyksesi');
    await screenshot(page, '62-documents-views-letter');
  });

  it('lists the childcare worker on the meeting view and records the day the written views arrived', async () => {
    await page.getByRole('link', { name: 'Kokousnäkymä' }).click();
    const attendance = page.getByRole('region', { name: 'Läsnäolo' });
    await expect.poll(() => attendance.getByText('Lastenhoitaja', { exact: true }).isVisible()).toBe(true);
    const veikko = attendance.getByRole('group', { name: 'Veikko Naapuri: läsnäolo' });
    await veikko.getByRole('button', { name: 'Kirjalliset näkemykset' }).click();
    const [y, m, d] = today.split('-').map(Number);
    await expect.poll(() => attendance.getByText(`Näkemykset saapuivat ${d}.${m}.${y}`).isVisible()).toBe(true);
    await veikko.scrollIntoViewIfNeeded();
    await screenshot(page, '63-meeting-view-views-and-childcare');
  });
});
