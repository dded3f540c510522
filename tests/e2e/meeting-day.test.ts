/// <reference lib="dom" />
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../electron/shared/api/contract';
import type { MethodName } from '../../electron/shared/api/methods';
import type { Conference } from '../../electron/shared/conference/conference.schema';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import type { MemberFieldsInput } from '../../electron/shared/preparation/network.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { launchBrowser, screenshot } from '../helpers/browser';
import { callHost } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * The conference day of the Äijälä family, held in the meeting view: the parts timed,
 * attendance with a late arrival, a remote participant and someone who came unannounced,
 * the workers' information, Aino's Three Houses and the family's private time, of which
 * only the start and end are kept. The preparation is set up fast through the API.
 */

const dataDir = makeTempDir('neuvonpito-e2e-day-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let conference: Conference;

const today = todayInHelsinki(new Date());

const PEOPLE: MemberFieldsInput[] = [
  { name: 'Maija Äijälä', relation: 'äiti', sector: 'family', closeness: 'close', invite: 'invite', reply: 'coming' },
  { name: 'Jari Äijälä', relation: 'isä', sector: 'family', closeness: 'close', invite: 'invite', reply: 'coming' },
  { name: 'Aune Äijälä', relation: 'mummo', sector: 'relatives', closeness: 'close', invite: 'invite', reply: 'coming', chairsPrivateTime: true },
  { name: 'Людмила Соколова', relation: 'kummitäti', sector: 'relatives', closeness: 'middle', invite: 'invite', reply: 'remote' },
  { name: 'Åsa Öhrnberg', relation: 'perhetuttu', sector: 'friends', closeness: 'distant', invite: 'written_views', language: 'sv' },
  { name: 'Kaisa Kuraattori', relation: 'koulukuraattori', sector: 'professionals', closeness: 'distant', invite: 'invite', reply: 'coming', worker: { organisation: 'Koivikon koulu', topic: 'Ainon koulunkäynti tänä syksynä.', staysForPlan: true, sharingAllowed: true } },
];

function apiCall<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return callHost(host, method, input);
}

function current(): Promise<Preparation> {
  return apiCall('preparation.get', { conferenceId: conference.id });
}

function part(name: string): Locator {
  return page.getByRole('article', { name });
}

function presence(name: string): Locator {
  return page.getByRole('group', { name: `${name}: läsnäolo` });
}

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  conference = await apiCall('conference.create', {
    reference: 'Äijälä 5/2027',
    children: [
      { firstName: 'Aino', birthYear: 2014 },
      { firstName: 'Eetu', birthYear: 2019 },
    ],
    guardians: [{ name: 'Maija Äijälä' }],
    socialWorker: { name: 'Leena Korhonen', unit: 'Lastensuojelu', phone: '040 123 4567', email: 'leena.korhonen@example.fi' },
    commissionDate: addDays(today, -35),
    meetingType: 'laheisneuvonpito',
    notes: '',
  });
  const [aino, eetu] = conference.children;
  for (const person of PEOPLE) {
    await apiCall('network.addMember', { conferenceId: conference.id, ...person, supportForChildIds: person.name === 'Aune Äijälä' ? [aino!.id] : [] });
  }
  await apiCall('network.updateChild', { conferenceId: conference.id, childId: aino!.id, participation: 'present', note: '' });
  const prep = await apiCall('network.updateChild', { conferenceId: conference.id, childId: eetu!.id, participation: 'drawing', note: '' });
  const meeting = prep.meetings[0]!;
  await apiCall('meeting.update', {
    ...meeting,
    date: today,
    startTime: '09:00',
    endTime: '14:00',
    venue: { ...meeting.venue, name: 'Perhekeskus Koivikko', privateRoom: 'Neuvotteluhuone Kuusi' },
  });

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fi-FI' });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Äijälä 5/2027' }).click();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

describe('the conference day in the meeting view', () => {
  it('opens from the conference page and starts the information part', async () => {
    await page.getByRole('link', { name: 'Kokousnäkymä' }).click();
    await part('Tiedonanto').getByRole('button', { name: 'Aloita' }).click();
    await expect.poll(() => part('Tiedonanto').textContent()).toContain('Käynnissä');
    const day = (await current()).meetings[0]!.day;
    expect(day.timers.find((t) => t.part === 'information')?.segments).toHaveLength(1);
    expect((await current()).conference.phase).toBe('neuvonpito');
  });

  it('records who came: in person, a late arrival, remotely, written views and someone unannounced', async () => {
    await presence('Maija Äijälä').getByRole('button', { name: 'Paikalla', exact: true }).click();
    await presence('Aune Äijälä').getByRole('button', { name: 'Paikalla', exact: true }).click();
    await presence('Людмила Соколова').getByRole('button', { name: 'Etänä', exact: true }).click();
    await presence('Åsa Öhrnberg').getByRole('button', { name: 'Kirjalliset näkemykset' }).click();
    await presence('Kaisa Kuraattori').getByRole('button', { name: 'Paikalla', exact: true }).click();

    const jari = presence('Jari Äijälä').locator('xpath=..');
    await jari.getByRole('button', { name: 'Saapui myöhässä' }).click();
    const late = page.getByRole('form', { name: 'Saapui myöhässä: Jari Äijälä' });
    await late.getByLabel('Saapumisaika').fill('09:40');
    await late.getByRole('button', { name: 'Tallenna' }).click();
    await expect.poll(() => jari.textContent()).toContain('Saapui klo 9.40');

    await page.getByRole('button', { name: 'Lisää paikalle tullut' }).click();
    const added = page.getByRole('form', { name: /Paikalle tuli/ });
    await added.getByLabel('Nimi').fill('Veikko Naapuri');
    await added.getByLabel(/^Suhde lapseen/).fill('naapuri');
    await added.getByLabel('Ryhmä').selectOption({ label: 'Ystävät ja naapurit' });
    await added.getByLabel(/^Saapui klo/).fill('10:15');
    await added.getByRole('button', { name: 'Lisää läsnäolijoihin' }).click();
    await expect.poll(() => presence('Veikko Naapuri').isVisible()).toBe(true);
    await screenshot(page, '41-meeting-day-attendance');

    const prep = await current();
    const byName = new Map(prep.members.map((m) => [m.name, m.id]));
    const presenceOf = (name: string) => prep.meetings[0]!.day.attendance.find((a) => a.memberId === byName.get(name));
    expect(presenceOf('Jari Äijälä')).toMatchObject({ presence: 'in_person', arrivedAt: '09:40' });
    expect(presenceOf('Людмила Соколова')?.presence).toBe('remote');
    expect(presenceOf('Åsa Öhrnberg')?.presence).toBe('written_views');
    expect(presenceOf('Veikko Naapuri')).toMatchObject({ presence: 'in_person', arrivedAt: '10:15' });
    expect(prep.members.find((m) => m.name === 'Veikko Naapuri')).toMatchObject({ invite: 'invite', relation: 'naapuri' });
  });

  it("records the worker's information and Aino's Three Houses in her own words", async () => {
    await page.getByRole('button', { name: /Antoi tiedonannon/ }).first().click();
    const aino = page.getByRole('form', { name: /Aino/ });
    await aino.getByRole('button', { name: 'Lisää kolmen talon kirjaus' }).click();
    await aino.getByLabel('Huolten talo').fill('Kun aamulla on kiire ja äiti suuttuu.');
    await aino.getByLabel('Hyvien asioiden talo').fill('Mummolla saa leipoa pullaa.');
    await aino.getByLabel('Unelmien talo').fill('Että koulussa olisi kaveri.');
    await aino.getByRole('button', { name: 'Tallenna' }).click();
    await expect.poll(() => page.getByText('Aino: tiedonanto tallennettu.').isVisible()).toBe(true);
    await aino.scrollIntoViewIfNeeded();
    await screenshot(page, '42-meeting-day-three-houses');

    const prep = await current();
    const kaisa = prep.members.find((m) => m.name === 'Kaisa Kuraattori')!;
    expect(prep.meetings[0]!.day.attendance.find((a) => a.memberId === kaisa.id)?.gaveInformation).toBe(true);
    expect(prep.meetings[0]!.day.children.find((c) => c.childId === conference.children[0]!.id)).toMatchObject({
      heard: 'present',
      threeHouses: { worries: 'Kun aamulla on kiire ja äiti suuttuu.', goodThings: 'Mummolla saa leipoa pullaa.', dreams: 'Että koulussa olisi kaveri.' },
    });
  });

  it("times the family's private time, pausing the information, and records nothing of it", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await part('Läheisten oma neuvonpito').getByRole('button', { name: 'Aloita' }).click();
    await expect.poll(() => part('Tiedonanto').textContent()).toContain('Tauolla');
    await expect.poll(() => part('Läheisten oma neuvonpito').textContent()).toContain('Käynnissä');
    await screenshot(page, '43-meeting-day-private-time');

    const notice = page.getByText('Läheisten omasta neuvonpidosta ei kirjata mitään.', { exact: false });
    expect(await notice.isVisible()).toBe(true);
    const privateSection = page.getByRole('region', { name: /Läheisten oma neuvonpito/ });
    expect(await privateSection.locator('textarea, input[type="text"]').count()).toBe(0);

    await part('Läheisten oma neuvonpito').getByRole('button', { name: 'Päätä' }).click();
    await expect.poll(() => part('Läheisten oma neuvonpito').textContent()).toContain('Päättynyt');
    await part('Suunnitelman esittely ja hyväksyminen').getByRole('button', { name: 'Aloita' }).click();
    await expect.poll(() => part('Suunnitelman esittely ja hyväksyminen').textContent()).toContain('Käynnissä');

    const timers = (await current()).meetings[0]!.day.timers;
    const privateTimer = timers.find((t) => t.part === 'private_time')!;
    expect(privateTimer.endedAt).not.toBeNull();
    expect(timers.filter((t) => t.segments.some((s) => s.endedAt === null)).map((t) => t.part)).toEqual(['plan']);
  });
});
