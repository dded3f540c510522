/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { planFieldsSchema } from '../../electron/shared/plan/plan.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { memberNamed } from '../fixtures/preparation';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { callHost } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * Issue 14 on the screens: a network-mapping meeting is chosen on the new-conference form,
 * marked and filtered in the list, has its own tabs and phases, and a plan of agreed things.
 */

const dataDir = makeTempDir('neuvonpito-e2e-kinds-');
const today = todayInHelsinki(new Date());
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let mappingId: string;

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  await callHost(host, 'conference.create', makeConferenceInput({ reference: 'Lind 2/2027', commissionDate: addDays(today, -10) }));
  const mapping = await callHost(host, 'conference.create', {
    ...makeConferenceInput({ reference: 'Lahti 4/2027', commissionDate: addDays(today, -3) }),
    guardians: [{ name: 'Maija Lahti' }],
    meetingType: 'verkostokartoitus',
  });
  mappingId = mapping.id;
  const prep = await callHost(host, 'network.addMember', {
    conferenceId: mappingId,
    name: 'Aune Lahti',
    relation: 'mummo',
    sector: 'relatives',
    closeness: 'close',
  });
  const plan = (await callHost(host, 'plan.create', { meetingId: prep.meetings[0]!.id })).plans[0]!;
  await callHost(host, 'plan.update', {
    id: plan.id,
    version: plan.version,
    ...planFieldsSchema.parse({
      items: [
        { questionId: null, what: 'Mummo hakee Eetun koulusta tiistaisin ja torstaisin.', owner: { kind: 'member', memberId: memberNamed(prep, 'Aune Lahti').id } },
      ],
    }),
  });
  browser = await launchBrowser();
  page = await openPage(browser);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

describe('the network-mapping meeting on the screens', () => {
  it('is chosen first on the new-conference form, its commission a request', async () => {
    await page.goto(`${host.url}#/conferences/new`);
    const kinds = page.getByRole('radiogroup', { name: 'Tapaamisen tyyppi' });
    await kinds.getByText('Läheisverkoston kartoitus', { exact: true }).click();
    await expect.poll(() => page.getByLabel('Pyynnön päivä').count()).toBe(1);
    await screenshot(page, 'kinds-new-form', { fullPage: true });
  });

  it('is marked in the list and filtered by kind', async () => {
    await page.goto(`${host.url}#/`);
    const lahti = page.getByRole('row', { name: /Lahti 4\/2027/ });
    await expect.poll(() => lahti.textContent()).toContain('Kartoitus');
    await screenshot(page, 'kinds-list-all', { fullPage: true });
    await page.getByLabel('Tyyppi').selectOption('verkostokartoitus');
    await expect.poll(() => page.getByRole('row', { name: /Lind 2\/2027/ }).count()).toBe(0);
    await screenshot(page, 'kinds-list-filtered', { fullPage: true });
    await page.getByLabel('Tyyppi').selectOption('all');
  });

  it('has its own tabs and phases', async () => {
    await page.goto(`${host.url}#/conferences/${mappingId}`);
    const tabs = page.getByRole('navigation', { name: 'Neuvonpidon osiot' });
    await expect.poll(() => tabs.getByRole('link').allTextContents()).toEqual([
      'Yleiskuva',
      'Läheisverkosto',
      'Yhteydenotot',
      'Järjestelyt',
      'Asiakirjat',
      'Suunnitelma',
      'Seuranta',
      'Palaute',
      'Työ ja kulut',
    ]);
    expect(await page.getByText(/Pyyntö \d/).count()).toBe(1);
    await screenshot(page, 'kinds-mapping-overview', { fullPage: true });
  });

  it('has a plan of agreed things, without questions or bottom lines', async () => {
    await page.goto(`${host.url}#/conferences/${mappingId}/plan`);
    const form = page.getByRole('form', { name: 'Suunnitelma' });
    await expect.poll(() => form.getByRole('heading', { level: 2 }).first().textContent()).toBe('Sovitut asiat');
    expect(await page.getByText('Tarkista ennen päätöstä').count()).toBe(0);
    await page.getByRole('button', { name: 'Postitettu asiakkaalle tänään' }).click();
    await screenshot(page, 'kinds-mapping-plan', { fullPage: true });
  });
});
