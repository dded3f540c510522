/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../electron/shared/api/contract';
import type { MethodName } from '../../electron/shared/api/methods';
import type { Conference } from '../../electron/shared/conference/conference.schema';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { translate, type MessageKey } from '../../electron/shared/i18n';
import type { MemberFieldsInput } from '../../electron/shared/preparation/network.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { docxText, pdfText, renderToPdf } from '../helpers/docx';
import { callHost, putPeople } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';
import { fiDate } from '../helpers/finnish-dates';

/*
 * The Äijälä family's conference from the day to the end. The day is held in the meeting
 * view: the parts timed, attendance with a late arrival, a remote participant and someone
 * who came unannounced, the workers' information, Aino's Three Houses and the family's
 * private time, of which only the start and end are kept. The family's plan is entered by
 * clicks as they present it, accepted with changes, and exported as Word; the follow-up
 * meeting reviews it, a second version changes it, and the conference is closed. The
 * preparation is set up fast through the API; everything after it is done in the browser.
 */

const dataDir = makeTempDir('neuvonpito-e2e-cycle-');
const documentsDir = makeTempDir('neuvonpito-e2e-cycle-documents-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let conference: Conference;

const today = todayInHelsinki(new Date());
const followUpDate = addDays(today, 120);

const SCHOOL = 'Miten Ainon koulunkäyntiä tuetaan?';
const EVENINGS = 'Kuka on lasten kanssa iltaisin, kun äiti on iltavuorossa?';
const ADULT_IN_EVENINGS = 'Lapsilla on aikuinen iltaisin';
const FOLLOWED = translate('fi', 'summary.generalQuestion.2');
const PROBLEMS = translate('fi', 'summary.generalQuestion.3');
const SERVICES = translate('fi', 'summary.generalQuestion.1');
const FOLLOW_UP = translate('fi', 'summary.generalQuestion.5');

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
  await putPeople(
    host,
    conference.id,
    PEOPLE.map((person) => (person.name === 'Aune Äijälä' ? { ...person, supportForChildIds: [aino!.id] } : person)),
  );
  await apiCall('network.updateChild', { conferenceId: conference.id, childId: aino!.id, version: 1, participation: 'present', note: '' });
  const prep = await apiCall('network.updateChild', { conferenceId: conference.id, childId: eetu!.id, version: 1, participation: 'drawing', note: '' });
  await apiCall('summary.update', {
    ...prep.summary,
    conferenceId: conference.id,
    version: prep.summary.version,
    text: 'Perhe on pyytänyt tukea arkeen.',
    openQuestions: [{ text: SCHOOL }, { text: EVENINGS }],
    generalQuestions: [1, 2, 3, 4, 5].map((n) => ({ text: translate('fi', `summary.generalQuestion.${n}` as MessageKey) })),
    mustInclude: [{ text: ADULT_IN_EVENINGS }],
  });
  const meeting = prep.meetings[0]!;
  await apiCall('meeting.update', {
    ...meeting,
    date: today,
    startTime: '09:00',
    endTime: '14:00',
    venue: { ...meeting.venue, name: 'Perhekeskus Koivikko', privateRoom: 'Neuvotteluhuone Kuusi' },
  });

  browser = await launchBrowser();
  page = await openPage(browser);
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Äijälä 5/2027' }).click();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
  documentsDir.remove();
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
    await late.getByLabel('Saapumisaika').fill('9.40');
    await late.getByRole('button', { name: 'Tallenna' }).click();
    await expect.poll(() => jari.textContent()).toContain('Saapui klo 9.40');

    await page.getByRole('button', { name: 'Lisää paikalle tullut' }).click();
    const added = page.getByRole('form', { name: /Paikalle tuli/ });
    await added.getByLabel('Nimi').fill('Veikko Naapuri');
    await added.getByLabel(/^Suhde lapseen/).fill('naapuri');
    await added.getByLabel('Ryhmä').selectOption({ label: 'Ystävät ja naapurit' });
    await added.getByLabel(/^Saapui klo/).fill('10.15');
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

function tab(name: string): Locator {
  return page.getByRole('navigation', { name: 'Neuvonpidon osiot' }).getByRole('link', { name, exact: true });
}

function planSection(name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** Adds an item under a question: what will be done and who does it. */
async function addItem(question: string, what: string, owner: string): Promise<Locator> {
  const section = planSection(question);
  await section.getByRole('button', { name: 'Lisää sopimus' }).click();
  const item = section.getByRole('group', { name: /^Sopimus \d+$/ }).last();
  await item.getByRole('textbox', { name: 'Mitä tehdään' }).fill(what);
  await item.getByRole('combobox', { name: 'Kuka tekee' }).selectOption({ label: owner });
  return item;
}

async function savePlan(): Promise<void> {
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await expect.poll(() => page.getByText('Muutokset tallennettu.').isVisible()).toBe(true);
}

const GRANDMA_WAKES = 'Mummo herättää Ainon koulupäivinä ja saattaa hänet bussille.';
const CURATOR_MEETS = 'Kuraattori tapaa Ainon joka toinen viikko.';
const FATHER_EVENINGS = 'Jari on lasten kanssa tiistai- ja torstai-iltaisin.';
const GRANDMA_EVENINGS = 'Mummo on lasten kanssa maanantai-iltaisin.';
const MONTHLY_CALL = 'Mummo kokoaa kuulumiset ja soittaa sosiaalityöntekijälle kerran kuussa.';
const IF_PROBLEMS = 'Maija soittaa sosiaalityöntekijälle heti, jos iltavuoroihin ei löydy aikuista.';
const DISSENT = 'Torstait eivät minulle sovi vuorotyön takia.';
const CHANGES = 'Torstai-illat sovitaan uudelleen seurantakokouksessa.';

describe("the family's plan", () => {
  it('is entered as the family presents it: six items across the questions, support, a dissent', async () => {
    await part('Suunnitelman esittely ja hyväksyminen').getByRole('link', { name: /Avaa suunnitelma/ }).click();
    await page.getByRole('button', { name: 'Aloita suunnitelma' }).click();
    await page.getByRole('form', { name: 'Suunnitelma' }).waitFor();

    await addItem(SCHOOL, GRANDMA_WAKES, 'Aune Äijälä (mummo)');
    await addItem(SCHOOL, CURATOR_MEETS, 'Kaisa Kuraattori (koulukuraattori)');
    const fatherItem = await addItem(EVENINGS, FATHER_EVENINGS, 'Jari Äijälä (isä)');
    await fatherItem.getByLabel(/Mistä alkaen/).fill(fiDate(addDays(today, 7)));
    await fatherItem.getByRole('combobox', { name: /Kuka tarkistaa/ }).selectOption({ label: 'Leena Korhonen (sosiaalityöntekijä)' });
    const grandmaItem = await addItem(EVENINGS, GRANDMA_EVENINGS, 'Aune Äijälä (mummo)');
    await grandmaItem.getByRole('checkbox', { name: ADULT_IN_EVENINGS }).check();
    await addItem(FOLLOWED, MONTHLY_CALL, 'Aune Äijälä (mummo)');
    await addItem(PROBLEMS, IF_PROBLEMS, 'Maija Äijälä (äiti)');

    const services = planSection(SERVICES);
    await services.getByRole('button', { name: 'Lisää tuki' }).click();
    await services.getByRole('combobox', { name: 'Työntekijä' }).selectOption({ label: 'Kaisa Kuraattori (koulukuraattori)' });
    await services.getByRole('textbox', { name: 'Mihin tukea tarvitaan' }).fill('Läksytuki kahdesti viikossa.');
    await planSection(FOLLOWED).getByRole('textbox', { name: /Miten suunnitelmaa seurataan/ }).fill('Mummo kokoaa kuulumiset.');
    await planSection(PROBLEMS).getByRole('textbox', { name: /Mitä tehdään, jos tulee ongelmia/ }).fill('Soitetaan sosiaalityöntekijälle.');

    const followUp = planSection(FOLLOW_UP);
    await followUp.getByLabel(/Seurantakokouksen päivä/).fill(fiDate(followUpDate));
    const invitees = followUp.getByRole('group', { name: 'Kenet seurantakokoukseen kutsutaan' });
    for (const name of ['Maija Äijälä (äiti)', 'Jari Äijälä (isä)', 'Aune Äijälä (mummo)']) {
      await invitees.getByRole('checkbox', { name }).check();
    }

    const dissents = planSection('Eriävät mielipiteet');
    await dissents.getByRole('button', { name: 'Lisää eriävä mielipide' }).click();
    await dissents.getByRole('combobox', { name: 'Kenen mielipide' }).selectOption({ label: 'Jari Äijälä (isä)' });
    await dissents.getByRole('textbox', { name: 'Mielipide hänen omin sanoin' }).fill(DISSENT);
    await savePlan();
    await planSection(EVENINGS).scrollIntoViewIfNeeded();
    await screenshot(page, '44-plan-items');

    const [plan] = (await current()).plans;
    expect(plan!.items.map((item) => item.what)).toEqual([
      GRANDMA_WAKES,
      CURATOR_MEETS,
      FATHER_EVENINGS,
      GRANDMA_EVENINGS,
      MONTHLY_CALL,
      IF_PROBLEMS,
    ]);
    expect(plan!.items.every((item) => item.owner !== null)).toBe(true);
    expect(plan!.dissents).toHaveLength(1);
    expect(plan!.followUpDate).toBe(followUpDate);
    expect(plan!.decision).toBeNull();
  });

  it('is accepted with changes by the social worker, which moves the conference to follow-up', async () => {
    await page.getByRole('radio', { name: 'Hyväksytty muutoksin' }).click();
    await page.getByRole('textbox', { name: 'Perustelut' }).fill(CHANGES);
    await savePlan();
    await expect.poll(() => page.getByRole('button', { name: 'Tee uusi versio' }).isVisible()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Mitä tehdään' }).count()).toBe(0);

    const log = planSection('Suunnitelman jakelu');
    await log.getByRole('button', { name: 'Lisää kaikki, joilla on tehtävä' }).click();
    for (const sent of await log.getByLabel(/Lähetetty/).all()) await sent.fill(fiDate(today));
    for (const channel of await log.getByRole('combobox', { name: 'Miten' }).all()) {
      await channel.selectOption({ label: 'Käteen' });
    }
    await savePlan();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, '45-plan-accepted');

    const prep = await current();
    expect(prep.plans[0]!.decision).toMatchObject({ outcome: 'accepted_with_changes', reasons: CHANGES, date: today });
    expect(prep.plans[0]!.recipients.length).toBeGreaterThanOrEqual(4);
    expect(prep.conference.phase).toBe('seuranta');
  });

  it('is exported as a Word document that reads right when rendered', async () => {
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await tab('Asiakirjat').click();
    await page.getByRole('button', { name: 'Vie: Suunnitelma, versio 1' }).click();
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(1);
    page.removeAllListeners('download');

    const bytes = readFileSync(await downloads[0]!.path());
    const [pdf] = renderToPdf([{ name: 'suunnitelma', bytes }], documentsDir.path);
    // Compared without spaces and hyphens: a word broken at a line end reads whole in the PDF's text.
    const squash = (text: string) => text.replace(/[\s-]+/g, '');
    const text = squash(pdfText(pdf!));
    for (const expected of [
      SCHOOL,
      EVENINGS,
      GRANDMA_WAKES,
      FATHER_EVENINGS,
      IF_PROBLEMS,
      'Läksytuki kahdesti viikossa.',
      DISSENT,
      'Hyväksytty muutoksin',
      CHANGES,
      'Leena Korhonen',
      '040 123 4567',
    ]) {
      expect(text).toContain(squash(expected));
    }
    expect(text).not.toContain(squash('Kun aamulla on kiire'));
  });
});

/** The review of one plan item on the follow-up tab, found by its text. */
function reviewOf(what: string): Locator {
  return page.getByRole('listitem').filter({ hasText: what });
}

/**
 * Records how one item went as a convener does: a choice, a comment typed, and on to the
 * next item (no save button); `count` is how many items are reviewed after it.
 */
async function review(what: string, status: string, comment: string, count: number): Promise<void> {
  const item = reviewOf(what);
  await item.getByRole('radio', { name: status, exact: true }).click();
  await expect.poll(() => page.getByText(`${count}/6 arvioitu`).isVisible()).toBe(true);
  if (comment) {
    await item.getByLabel(/Kommentti/).fill(comment);
    await item.getByLabel(/Kommentti/).press('Tab');
  }
}

/** What the follow-up tab shows of one item's review: the status chosen and the comment. */
async function reviewShown(what: string): Promise<[string | null, string]> {
  const item = reviewOf(what);
  const checked = item.getByRole('radio', { checked: true });
  const status = (await checked.count()) === 1 ? await checked.evaluate((input) => input.closest('label')!.textContent) : null;
  return [status, await item.getByLabel(/Kommentti/).inputValue()];
}

/** Exports the record of the follow-up meeting shown and returns its text. */
async function exportRecord(): Promise<string> {
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await page.getByRole('button', { name: 'Vie muistio Wordiin' }).click();
  await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(1);
  page.removeAllListeners('download');
  return docxText(readFileSync(await downloads[0]!.path()));
}

const FIRST_REVIEWS: [string, string, string][] = [
  [GRANDMA_WAKES, 'Tehty', ''],
  [CURATOR_MEETS, 'Osittain', 'Tapaamisia on ollut kerran kuussa.'],
  [FATHER_EVENINGS, 'Ei tehty', 'Torstait eivät onnistuneet.'],
  [GRANDMA_EVENINGS, 'Tehty', ''],
  [MONTHLY_CALL, 'Tehty', ''],
  [IF_PROBLEMS, 'Ei enää tarpeen', 'Iltavuoroja ei enää ole.'],
];
const nextFollowUpDate = addDays(followUpDate, 90);

/** A date as the Finnish screen shows it: 9.6.2027. */
function finnishDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day}.${month}.${year}`;
}

const FATHER_TUESDAYS = 'Jari on lasten kanssa tiistai-iltaisin.';

describe('the follow-up meeting', () => {
  it('is made from the accepted plan on its agreed date and reviews every item', async () => {
    await tab('Seuranta').click();
    expect(await page.getByLabel('Kokouksen päivä').inputValue()).toBe(fiDate(followUpDate));
    await page.getByRole('button', { name: 'Luo seurantakokous' }).click();
    await page.getByLabel('Mikä suunnitelmassa on toiminut ja voi jatkua').fill('Aamut sujuvat, Aino ehtii bussiin.');
    await page.getByLabel('Mitä on tarkennettava ja miten').fill('Torstai-illat.');
    await page.getByLabel('Uudet huolet tai muutokset, jotka on otettava huomioon').fill('Maijan työvuorot muuttuvat keväällä.');
    await page.getByLabel(/Miten työ asiakkaan ja verkoston kanssa on sujunut/).fill('Suunnitelman mukaisesti.');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await expect.poll(() => page.getByText('Muutokset tallennettu.').isVisible()).toBe(true);

    for (const [index, [what, status, comment]] of FIRST_REVIEWS.entries()) await review(what, status, comment, index + 1);
    await reviewOf(CURATOR_MEETS).scrollIntoViewIfNeeded();
    await screenshot(page, '46-follow-up-review');
    // Nothing waits for a save: after a reload every review is there.
    await page.reload();
    await expect.poll(() => page.getByText('6/6 arvioitu').isVisible()).toBe(true);
    for (const [what, status, comment] of FIRST_REVIEWS) expect(await reviewShown(what)).toEqual([status, comment]);

    const prep = await current();
    expect(prep.meetings.map((meeting) => [meeting.kind, meeting.date])).toEqual([
      ['conference', today],
      ['follow_up', followUpDate],
    ]);
    const [followUp] = prep.followUps;
    const statusOf = (what: string) =>
      followUp!.reviews.find((r) => r.itemId === prep.plans[0]!.items.find((item) => item.what === what)!.id)?.status;
    expect([GRANDMA_WAKES, CURATOR_MEETS, FATHER_EVENINGS, IF_PROBLEMS].map(statusOf)).toEqual([
      'done',
      'partly',
      'not_done',
      'no_longer_needed',
    ]);
    expect(followUp!.summary.newConcerns).toBe('Maijan työvuorot muuttuvat keväällä.');
    const record = await exportRecord();
    for (const expected of ['Seurantakokouksen muistio', 'Maijan työvuorot muuttuvat keväällä.', CURATOR_MEETS, 'Tapaamisia on ollut kerran kuussa.', 'Ei enää tarpeen']) {
      expect(record).toContain(expected);
    }
  });

  it('changes the plan as a second version, keeping the first readable', async () => {
    await page.getByRole('link', { name: 'Muuta suunnitelmaa' }).click();
    await page.getByRole('button', { name: 'Tee uusi versio' }).click();
    await expect.poll(() => page.getByText(/^Versio 2 \(seurantakokous/).isVisible()).toBe(true);
    const whats = page.getByRole('textbox', { name: 'Mitä tehdään' });
    const values = await whats.evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value));
    await whats.nth(values.indexOf(FATHER_EVENINGS)).fill(FATHER_TUESDAYS);
    await page.getByRole('radio', { name: 'Hyväksytty', exact: true }).click();
    await savePlan();
    await expect.poll(() => page.getByRole('button', { name: 'Tee uusi versio' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'aiemmat versiot' }).click();
    await page.getByRole('button', { name: /^Versio 1 \(neuvonpito/ }).click();
    await expect.poll(() => page.getByText('Luet aiempaa versiota. Sitä ei voi muuttaa.').isVisible()).toBe(true);
    expect(await page.getByText(FATHER_EVENINGS).isVisible()).toBe(true);
    expect(await page.getByText(DISSENT).isVisible()).toBe(true);
    await screenshot(page, '47-plan-earlier-version');

    const plans = (await current()).plans;
    expect(plans.map((plan) => [plan.number, plan.decision?.outcome])).toEqual([
      [1, 'accepted_with_changes'],
      [2, 'accepted'],
    ]);
    expect(plans[0]!.items.map((item) => item.what)).toContain(FATHER_EVENINGS);
    expect(plans[1]!.items.map((item) => item.what)).toContain(FATHER_TUESDAYS);
    expect(plans[1]!.items.map((item) => item.what)).not.toContain(FATHER_EVENINGS);
  });

  it('agrees another follow-up, which reviews the second version; the earlier one keeps every review', async () => {
    await tab('Seuranta').click();
    const another = page.getByRole('group', { name: 'Uusi seurantakokous' });
    await another.getByLabel('Seuraavan kokouksen päivä').fill(fiDate(nextFollowUpDate));
    await another.getByRole('button', { name: 'Sovi uusi seurantakokous' }).click();
    // Every item was reviewed: nothing to ask.
    await expect.poll(() => page.getByText(`Päivä: ${finnishDate(nextFollowUpDate)}`).isVisible()).toBe(true);
    expect(await page.getByRole('dialog', { name: 'Kaikkia kohtia ei ole arvioitu' }).isVisible()).toBe(false);

    // The second follow-up reviews version 2: the changed item among them.
    await review(FATHER_TUESDAYS, 'Tehty', 'Tiistait ovat onnistuneet.', 1);
    await review(GRANDMA_WAKES, 'Tehty', '', 2);
    const second = await exportRecord();
    expect(second).toContain('Tiistait ovat onnistuneet.');
    expect(second).toContain('Ei käsitelty');

    // The earlier meeting is one choice away, every review as it was left, and still correctable.
    await page.getByRole('combobox', { name: 'Seurantakokous' }).selectOption({ label: `Seurantakokous ${finnishDate(followUpDate)} – päätös kirjattu` });
    await expect.poll(() => page.getByText(`Päivä: ${finnishDate(followUpDate)}`).isVisible()).toBe(true);
    expect(await page.getByText('6/6 arvioitu').isVisible()).toBe(true);
    for (const [what, status, comment] of FIRST_REVIEWS) expect(await reviewShown(what)).toEqual([status, comment]);
    expect(await page.getByText(`Sovittiin uusi seurantakokous ${finnishDate(nextFollowUpDate)}.`).isVisible()).toBe(true);
    await screenshot(page, '47b-follow-up-earlier');
    const first = await exportRecord();
    for (const [what, status, comment] of FIRST_REVIEWS) {
      expect(first).toContain(what);
      expect(first).toContain(status);
      if (comment) expect(first).toContain(comment);
    }
    expect(first).not.toContain('Ei käsitelty');
  });

  it('ends by closing the conference, after which everything only reads', async () => {
    await page
      .getByRole('combobox', { name: 'Seurantakokous' })
      .selectOption({ label: `Seurantakokous ${finnishDate(nextFollowUpDate)} – kesken` });
    await page.getByRole('button', { name: 'Päätä neuvonpito…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Päätetäänkö neuvonpito?' });
    // Four items of version 2 are still unreviewed, and the question says so.
    await expect.poll(() => dialog.getByText('4 kohtaa arvioimatta.', { exact: false }).isVisible()).toBe(true);
    await dialog.getByRole('radio', { name: 'Suunnitelma tehty' }).click();
    await dialog.getByRole('button', { name: 'Päätä neuvonpito' }).click();
    await expect.poll(() => page.getByText(/Neuvonpito päätettiin/).first().isVisible()).toBe(true);
    await screenshot(page, '48-follow-up-closed');

    const prep = await current();
    expect(prep.conference.phase).toBe('paattynyt');
    expect(prep.conference.closure?.reason).toBe('plan_made');
    expect(prep.followUps.map((f) => f.outcome?.kind)).toEqual(['another_follow_up', 'close']);
    expect(prep.followUps[1]!.outcome).toMatchObject({ kind: 'close', reason: 'plan_made' });
    expect(await page.getByLabel('Mikä suunnitelmassa on toiminut ja voi jatkua').isDisabled()).toBe(true);
  });
});
