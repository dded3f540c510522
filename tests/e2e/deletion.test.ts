/// <reference lib="dom" />
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import { WEB_KEY_FILE } from '../../electron/backend/web/web-database-key';
import { makeChild, makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput } from '../fixtures/preparation';
import { call, TEST_DATABASE_KEY } from '../helpers/backend';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { callHost } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * Deleting a conference and the retention question, as a convener meets them in the browser
 * against the web host. Two conferences were closed eight months ago (made in-process on an
 * earlier clock, in the host's own encrypted data directory): past the default six months.
 */

const dataDir = makeTempDir('neuvonpito-e2e-deletion-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;

const EIGHT_MONTHS_AGO = new Date(Date.now() - 243 * 86_400_000);

beforeAll(async () => {
  writeFileSync(join(dataDir.path, WEB_KEY_FILE), `${TEST_DATABASE_KEY}\n`, { mode: 0o600 });
  const backend = openBackend(dataDir.path, { key: TEST_DATABASE_KEY, now: () => EIGHT_MONTHS_AGO, logError: () => {} });
  try {
    for (const [reference, child, member] of [
      ['Västilä 3/2026', 'Iiris', 'Oiva Västilä'],
      ['Öberg 4/2026', 'Elsa', 'Göran Öberg'],
    ] as const) {
      const created = await call(backend.dispatch, 'conference.create', makeConferenceInput({ reference, children: [makeChild({ firstName: child })] }));
      await call(backend.dispatch, 'network.addMember', makeMemberInput(created.id, { name: member }));
      const current = await call(backend.dispatch, 'conference.get', { id: created.id });
      await call(backend.dispatch, 'conference.close', { id: created.id, version: current.version, reason: 'plan_made', text: '' });
    }
    await call(backend.dispatch, 'conference.create', makeConferenceInput({ reference: 'Auvinen 9/2026' }));
  } finally {
    backend.close();
  }
  host = await startWebHost(dataDir.path);
  browser = await launchBrowser();
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

describe('deletion and retention in the browser', () => {
  it('asks at start about the closed conferences past their retention time; "Myöhemmin" deletes nothing', async () => {
    await page.goto(host.url);
    const question = page.getByRole('dialog', { name: 'Säilytysaika on päättynyt' });
    await expect.poll(() => question.isVisible(), { timeout: 20_000 }).toBe(true);
    const text = (await question.textContent()) ?? '';
    expect(text).toContain('Västilä 3/2026');
    expect(text).toContain('Öberg 4/2026');
    expect(text).toContain('6 kk');
    expect(text).toContain('varmuuskopio');
    await screenshot(page, 'deletion-01-retention-question');
    await question.getByRole('button', { name: 'Myöhemmin' }).click();
    await expect.poll(() => question.isVisible()).toBe(false);
    expect((await callHost(host, 'conference.list', { phase: 'all' }).then((page) => page.items)).length).toBe(3);
  });

  it('marks the due conferences on the list, and does not ask again the same day', async () => {
    // The list of conferences in progress says they are there, out of its view.
    const hint = page.getByText('2 päättynyttä neuvonpitoa on ylittänyt säilytysajan.');
    await expect.poll(() => hint.isVisible(), { timeout: 20_000 }).toBe(true);
    await screenshot(page, 'deletion-02-list-hint');
    await page.getByRole('button', { name: 'Näytä päättyneet' }).click();
    expect(await page.getByLabel('Vaihe', { exact: true }).inputValue()).toBe('paattynyt');
    await page.getByLabel('Vaihe', { exact: true }).selectOption({ label: 'Kaikki vaiheet' }, { timeout: 15_000 });
    const row = (reference: string) => page.getByRole('row').filter({ hasText: reference });
    await expect.poll(() => row('Västilä 3/2026').textContent(), { timeout: 20_000 }).toContain('Säilytysaika päättynyt');
    expect(await row('Öberg 4/2026').textContent()).toContain('Säilytysaika päättynyt');
    expect(await row('Auvinen 9/2026').textContent()).not.toContain('Säilytysaika päättynyt');
    await screenshot(page, 'deletion-02-list-marked');

    // Started again the same day: the list still marks them, but the question is not asked again.
    await page.goto(host.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Neuvonpidot', level: 1 }).isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByLabel('Vaihe', { exact: true }).selectOption({ label: 'Kaikki vaiheet' });
    await expect.poll(() => row('Västilä 3/2026').textContent(), { timeout: 20_000 }).toContain('Säilytysaika päättynyt');
    expect(await page.getByRole('dialog', { name: 'Säilytysaika on päättynyt' }).isVisible()).toBe(false);
  });

  it('deletes a conference after a confirmation that names it and what goes, and returns to the list', async () => {
    await page.getByRole('link', { name: 'Västilä 3/2026' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 }).toBe('Västilä 3/2026');
    await page.getByRole('button', { name: 'Poista neuvonpito…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Poistetaanko neuvonpito Västilä 3/2026 pysyvästi?' });
    // The guardian Maija (a person of the network) and Oiva.
    await expect.poll(() => confirm.getByText('2 läheisverkoston jäsentä').isVisible(), { timeout: 20_000 }).toBe(true);
    const text = (await confirm.textContent()) ?? '';
    expect(text).toContain('Lapset: Iiris');
    expect(text).toContain('1 lapsi');
    expect(text).toContain('1 huoltaja');
    expect(text).toContain('Word-asiakirjat');
    expect(text).toContain('jäävät sinne, minne ne tallennettiin');
    await screenshot(page, 'deletion-03-confirmation');

    // Cancel first: nothing goes.
    await confirm.getByRole('button', { name: 'Peruuta' }).click();
    await expect.poll(() => confirm.isVisible()).toBe(false);
    expect((await callHost(host, 'conference.list', { phase: 'all' }).then((page) => page.items)).length).toBe(3);

    await page.getByRole('button', { name: 'Poista neuvonpito…' }).click();
    await expect.poll(() => confirm.getByRole('button', { name: 'Poista pysyvästi' }).isEnabled(), { timeout: 20_000 }).toBe(true);
    await confirm.getByRole('button', { name: 'Poista pysyvästi' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Neuvonpidot', level: 1 }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByText('Neuvonpito Västilä 3/2026 poistettiin pysyvästi.').isVisible()).toBe(true);
    await screenshot(page, 'deletion-04-deleted-notice');
    expect((await callHost(host, 'conference.list', { phase: 'all' }).then((page) => page.items)).map((c) => c.reference).sort()).toEqual(['Auvinen 9/2026', 'Öberg 4/2026']);
    expect(await page.getByRole('link', { name: 'Västilä 3/2026' }).count()).toBe(0);
  });

  it('keeps the retention time in the settings, with what the backups keep', async () => {
    await page.getByRole('link', { name: 'Omat tiedot ja asetukset' }).click();
    const card = page.getByRole('region', { name: 'Päättyneiden neuvonpitojen säilytys' });
    await expect.poll(() => card.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await card.getByLabel('Säilytysaika päättymisestä').inputValue()).toBe('6');
    await card.getByLabel('Säilytysaika päättymisestä').selectOption('12');
    await page.getByRole('form', { name: 'Omat tiedot ja asetukset' }).getByRole('button', { name: 'Tallenna' }).click();
    await expect.poll(async () => (await callHost(host, 'settings.get', {})).retentionMonths, { timeout: 20_000 }).toBe(12);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'deletion-05-retention-setting');
    expect((await callHost(host, 'retention.due', {})).conferences).toEqual([]);
  });
});
