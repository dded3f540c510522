import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { translate } from '../../electron/shared/i18n';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { launchBrowser, openPage, screenshot, SCREENSHOT_DIR } from '../helpers/browser';
import { pdfText, renderToPdf } from '../helpers/docx';
import { callHost } from '../helpers/e2e-api';
import { createConference } from '../helpers/e2e-conference';
import { FOLLOW_UP_CASE_PEOPLE } from '../helpers/e2e-follow-up-case';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';
import { fiDate } from '../helpers/finnish-dates';

/*
 * A case already under way (issue 13 §5): the convener starts with the app while the
 * Äijälä conference, held six weeks ago, is in follow-up. She enters it as already held,
 * enters the accepted plan as it stands, and makes its follow-up meeting, all by clicking.
 * Every person is invented.
 */

const dataDir = makeTempDir('neuvonpito-e2e-held-');
const documentsDir = makeTempDir('neuvonpito-e2e-held-documents-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let conferenceId: string;

const today = todayInHelsinki(new Date());
const commissionDate = addDays(today, -110);
const heldDate = addDays(today, -42);
const followUpDate = addDays(heldDate, 100);

const SERVICES = translate('fi', 'summary.generalQuestion.1');
const FOLLOWED = translate('fi', 'summary.generalQuestion.2');
const FOLLOW_UP = translate('fi', 'summary.generalQuestion.5');
const GRANDMA_WAKES = 'Mummo herättää Ainon koulupäivinä ja saattaa hänet bussille.';
const MONTHLY_CALL = 'Mummo kokoaa kuulumiset ja soittaa sosiaalityöntekijälle kerran kuussa.';

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  browser = await launchBrowser();
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
  documentsDir.remove();
});

function tab(name: string): Locator {
  return page.getByRole('navigation', { name: 'Neuvonpidon osiot' }).getByRole('link', { name, exact: true });
}

function planSection(name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

async function notice(text: string): Promise<void> {
  await expect.poll(() => page.getByText(text).first().isVisible()).toBe(true);
}

function current(): Promise<Preparation> {
  return callHost(host, 'preparation.get', { conferenceId });
}

describe('a conference already held before the app', () => {
  it('is created as held on its day from the new-conference form', async () => {
    await page.goto(host.url);
    await createConference(
      page,
      {
        reference: 'Äijälä 12/2026',
        commissionDate,
        children: [['Aino', '2014']],
        guardians: ['Maija Äijälä'],
        worker: 'Leena Korhonen',
        heldBefore: { date: heldDate, startTime: '09:00', endTime: '13:30' },
      },
      async () => {
        await page.getByRole('region', { name: 'Jo pidetty neuvonpito' }).scrollIntoViewIfNeeded();
        await screenshot(page, '90-held-before-form');
      },
    );
    conferenceId = /#\/conferences\/([^/]+)/.exec(page.url())![1]!;
    const prep = await current();
    expect(prep.conference.phase).toBe('neuvonpito');
    expect(prep.meetings[0]).toMatchObject({ heldBeforeApp: true, date: heldDate, startTime: '09:00', endTime: '13:30' });
    expect(prep.meetings[0]!.day.timers.every((timer) => timer.segments.length === 0)).toBe(true);
  });

  it('says so on the overview, where nothing of the preparation before the app is asked and the plan is next', async () => {
    const card = page.getByRole('region', { name: 'Jo pidetty neuvonpito' });
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain(`Neuvonpito pidettiin ${fiDate(heldDate)} ennen sovelluksen käyttöönottoa.`);
    expect(await card.textContent()).toContain('Kirjattu jälkikäteen');
    const stepper = page.getByRole('navigation', { name: 'Neuvonpidon vaiheet' });
    expect(await stepper.locator('[aria-current="step"]').textContent()).toContain('Neuvonpito');
    expect(await page.locator('.overview-next').textContent()).toContain('Suunnitelma kirjaamatta');
    const main = (await page.locator('main').textContent()) ?? '';
    // The window closed weeks before the meeting: it was held, so nothing is late or missing.
    expect(main).not.toMatch(/Myöhässä|myöhässä|Tila varattu|ikkunan jälkeen|Valmistelun tilanne/);
    expect(await page.getByRole('region', { name: 'Käytännön järjestelyt' }).count()).toBe(0);
    await screenshot(page, '91-held-before-overview');
  });

  it('enters the plan as it stands, accepted on the day, and marks it entered afterwards', async () => {
    // The network as it was: added through the API, the plan's owners are picked on screen.
    for (const person of FOLLOW_UP_CASE_PEOPLE.slice(0, 2)) await callHost(host, 'network.addMember', { conferenceId, ...person });
    await page.reload();
    await tab('Suunnitelma').click();
    // Before it is begun, the plan tab says what to enter: the plan as it stands.
    await expect.poll(() => page.getByText(/ennen sovelluksen käyttöönottoa\. Kirjaa suunnitelma sellaisena kuin se on/).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Aloita suunnitelma' }).click();
    await page.getByRole('form', { name: 'Suunnitelma' }).waitFor();
    expect(await page.locator('.plan-afterwards').textContent()).toContain(`Neuvonpito pidettiin ${fiDate(heldDate)}`);

    const addItem = async (question: string, what: string, owner: string) => {
      const section = planSection(question);
      await section.getByRole('button', { name: 'Lisää sopimus' }).click();
      const item = section.getByRole('group', { name: /^Sopimus \d+$/ }).last();
      await item.getByRole('textbox', { name: 'Mitä tehdään' }).fill(what);
      await item.getByRole('combobox', { name: 'Kuka tekee' }).selectOption({ label: owner });
    };
    await addItem(SERVICES, GRANDMA_WAKES, 'Aune Äijälä (mummo)');
    await addItem(FOLLOWED, MONTHLY_CALL, 'Aune Äijälä (mummo)');
    const followUp = planSection(FOLLOW_UP);
    await followUp.getByLabel(/Seurantakokouksen päivä/).fill(fiDate(followUpDate));
    const invitees = followUp.getByRole('group', { name: 'Kenet seurantakokoukseen kutsutaan' });
    for (const name of ['Maija Äijälä (äiti)', 'Aune Äijälä (mummo)']) await invitees.getByRole('checkbox', { name }).check();

    // The decision as the social worker made it at the meeting: the held day is offered.
    await page.getByRole('radio', { name: 'Hyväksytty', exact: true }).click();
    expect(await page.getByLabel('Päätöksen päivä').inputValue()).toBe(fiDate(heldDate));
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, '92a-held-before-plan-form');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await notice('Muutokset tallennettu.');
    await expect.poll(() => page.getByRole('button', { name: 'Tee uusi versio' }).isVisible()).toBe(true);
    expect(await page.locator('.plan-afterwards').textContent()).toContain('Kirjattu jälkikäteen');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, '92-held-before-plan');

    const prep = await current();
    expect(prep.plans[0]!.decision).toMatchObject({ outcome: 'accepted', date: heldDate });
    expect(prep.conference.phase).toBe('seuranta');
  });

  it('exports the plan as a Word document that says it was entered afterwards', async () => {
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await tab('Asiakirjat').click();
    await expect.poll(() => page.getByText('sen kutsuja ja kokouspapereita ei tehdä jälkikäteen', { exact: false }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Vie: Suunnitelma, versio 1' }).click();
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(1);
    page.removeAllListeners('download');
    const [pdf] = renderToPdf([{ name: 'suunnitelma', bytes: readFileSync(await downloads[0]!.path()) }], documentsDir.path);
    const text = pdfText(pdf!);
    expect(text).toContain(`Kirjattu jälkikäteen: neuvonpito pidettiin ${fiDate(heldDate)} ennen sovelluksen käyttöönottoa`);
    expect(text).toContain(GRANDMA_WAKES);
    // A picture of the first page, to be looked at.
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf!, join(SCREENSHOT_DIR, '93-held-before-plan-docx')]);
  });

  it('makes the follow-up from the accepted plan, which is then arranged like any other', async () => {
    await tab('Yleiskuva').click();
    await expect.poll(() => page.locator('.overview-next').textContent()).toContain('Luo seurantakokous');
    await tab('Seuranta').click();
    expect(await page.getByLabel('Kokouksen päivä').inputValue()).toBe(fiDate(followUpDate));
    await page.getByRole('button', { name: 'Luo seurantakokous' }).click();
    await page.getByLabel('Mikä suunnitelmassa on toiminut ja voi jatkua').waitFor();

    await tab('Järjestelyt').click();
    const form = page.getByRole('form', { name: 'Käytännön järjestelyt' });
    await form.getByLabel('Paikan nimi').fill('Perhekeskus Koivikko');
    await form.getByRole('button', { name: 'Tallenna' }).click();
    await notice('Muutokset tallennettu.');

    await tab('Yleiskuva').click();
    const glance = page.getByRole('region', { name: 'Käytännön järjestelyt' });
    await expect.poll(() => glance.isVisible()).toBe(true);
    expect(await glance.textContent()).toContain('Seurantakokous');
    expect(await page.locator('.overview-next').textContent()).not.toContain('Suunnitelma kirjaamatta');
    await screenshot(page, '94-held-before-follow-up-overview');
    const prep = await current();
    expect(prep.meetings.map((m) => [m.kind, m.date, m.heldBeforeApp])).toEqual([
      ['conference', heldDate, true],
      ['follow_up', followUpDate, false],
    ]);
  });
});

describe('a conference created before its meeting was entered as held', () => {
  it('is recorded as held from its overview, a date in the future refused in Finnish', async () => {
    await page.goto(host.url);
    await createConference(page, {
      reference: 'Lindqvist 13/2026',
      commissionDate,
      children: [['Elsa', '2016']],
      worker: 'Leena Korhonen',
    });
    await page.getByRole('button', { name: 'Kirjaa pidetyksi ennen sovellusta…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pidettiinkö neuvonpito jo ennen sovellusta?' });
    await dialog.getByLabel('Neuvonpidon päivä').fill(fiDate(addDays(today, 3)));
    await dialog.getByRole('button', { name: 'Kirjaa pidetyksi' }).click();
    await expect.poll(() => dialog.getByText('Jo pidetyn neuvonpidon päivä ei voi olla tulevaisuudessa.').isVisible()).toBe(true);
    await screenshot(page, '95-held-before-existing-dialog');

    await dialog.getByLabel('Neuvonpidon päivä').fill(fiDate(heldDate));
    await dialog.getByRole('button', { name: 'Kirjaa pidetyksi' }).click();
    await notice('Neuvonpito kirjattu pidetyksi ennen sovellusta.');
    const card = page.getByRole('region', { name: 'Jo pidetty neuvonpito' });
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Neuvonpidon vaiheet' }).locator('[aria-current="step"]').textContent()).toContain('Neuvonpito');
    expect(await page.getByRole('button', { name: 'Kirjaa pidetyksi ennen sovellusta…' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Valmistelun tilanne' }).count()).toBe(0);
  });
});
