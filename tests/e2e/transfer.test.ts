import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../electron/shared/conference/conference.schema';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import type { TransferFile } from '../../electron/shared/transfer/transfer.schema';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { callHost } from '../helpers/e2e-api';
import { setUpFollowUpCase } from '../helpers/e2e-follow-up-case';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * A convener hands everything over: exports all data from Settings, and a colleague with an
 * empty app imports the file by picking it, and sees the same conference. The overview
 * exports one conference. Every person is invented.
 */

const fromDir = makeTempDir('neuvonpito-e2e-transfer-from-');
const toDir = makeTempDir('neuvonpito-e2e-transfer-to-');
let from: RunningWebHost;
let to: RunningWebHost;
let browser: Browser;
let page: Page;
let conference: Conference;
let allFile: string;

const today = todayInHelsinki(new Date());

beforeAll(async () => {
  [from, to] = await Promise.all([startWebHost(fromDir.path), startWebHost(toDir.path)]);
  conference = (
    await setUpFollowUpCase(from, {
      reference: 'Äijälä 9/2027',
      conferenceDate: addDays(today, -7),
      followUpDate: addDays(today, 90),
      invitees: ['Maija Äijälä', 'Aune Äijälä'],
    })
  ).conference;
  browser = await launchBrowser();
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([from?.stop(), to?.stop()]);
  fromDir.remove();
  toDir.remove();
});

/** The one download `click` starts. */
async function downloadOf(click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  return download;
}

const card = () => page.getByRole('region', { name: 'Tietojen siirto' });

describe('data transfer', () => {
  it('exports one conference from its overview', async () => {
    await page.goto(`${from.url}#/conferences/${conference.id}/overview`);
    const section = card();
    await section.waitFor({ timeout: 30_000 });
    await section.scrollIntoViewIfNeeded();
    const download = await downloadOf(() => section.getByRole('button', { name: 'Vie tiedot (JSON)' }).click());
    expect(download.suggestedFilename()).toBe(`neuvonpito-vienti-${today}.json`);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as TransferFile;
    expect(file.scope).toBe('conference');
    expect(file.tables.conference?.[0]?.reference).toBe('Äijälä 9/2027');
    await expect.poll(() => section.getByRole('status').textContent(), { timeout: 30_000 }).toContain('1 tiedosto ladattu');
    await screenshot(page, 'transfer-overview-export');
  });

  it('exports everything from Settings, where import is closed while there are conferences', async () => {
    await page.goto(`${from.url}#/settings`);
    const section = card();
    await section.waitFor({ timeout: 30_000 });
    await section.scrollIntoViewIfNeeded();
    await expect
      .poll(() => section.textContent(), { timeout: 30_000 })
      .toContain('Tuonti ei ole käytössä, koska sovelluksessa on jo 1 neuvonpito.');
    expect(await section.getByLabel('Tuo tiedot').isDisabled()).toBe(true);
    const download = await downloadOf(() => section.getByRole('button', { name: 'Vie kaikki tiedot' }).click());
    expect(download.suggestedFilename()).toBe(`neuvonpito-kaikki-${today}.json`);
    // Saved under its own name, as the convener's browser would.
    allFile = join(fromDir.path, download.suggestedFilename());
    await download.saveAs(allFile);
    const file = JSON.parse(readFileSync(allFile, 'utf8')) as TransferFile;
    expect(file.scope).toBe('all');
    expect(file.tables.setting?.length).toBeGreaterThan(0);
    await expect.poll(() => section.getByRole('status').first().textContent(), { timeout: 30_000 }).toContain('1 tiedosto ladattu');
    await screenshot(page, 'transfer-settings-card-not-empty');
  });

  it('imports the file into an empty app by picking it, after a confirmation', async () => {
    await page.goto(`${to.url}#/settings`);
    const section = card();
    await section.waitFor({ timeout: 30_000 });
    await section.scrollIntoViewIfNeeded();
    const input = section.getByLabel('Tuo tiedot');
    await expect.poll(() => input.isEnabled(), { timeout: 30_000 }).toBe(true);
    await screenshot(page, 'transfer-settings-card-empty');

    await input.setInputFiles(allFile);
    const dialog = page.getByRole('dialog', { name: 'Tuodaanko tiedot tiedostosta?' });
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.textContent()).toContain(`neuvonpito-kaikki-${today}.json`);
    await screenshot(page, 'transfer-import-confirm');
    await dialog.getByRole('button', { name: 'Tuo tiedot' }).click();
    await expect.poll(() => page.locator('.notices').textContent(), { timeout: 30_000 }).toContain('Tuotiin 1 neuvonpito.');
    await expect
      .poll(() => section.textContent(), { timeout: 30_000 })
      .toContain('Tuonti ei ole käytössä, koska sovelluksessa on jo 1 neuvonpito.');
    await screenshot(page, 'transfer-imported');

    // The colleague's app has the same conference, with the same settings.
    expect(await callHost(to, 'preparation.get', { conferenceId: conference.id })).toEqual(
      await callHost(from, 'preparation.get', { conferenceId: conference.id }),
    );
    expect(await callHost(to, 'settings.get', {})).toEqual(await callHost(from, 'settings.get', {}));
    await page.getByRole('link', { name: 'Neuvonpidot' }).first().click();
    await expect.poll(() => page.getByRole('main').textContent(), { timeout: 30_000 }).toContain('Äijälä 9/2027');
    await screenshot(page, 'transfer-imported-list');
  });

  it('says in Finnish why a file that is not an export cannot be imported', async () => {
    const empty = makeTempDir('neuvonpito-e2e-transfer-empty-');
    const host = await startWebHost(empty.path);
    try {
      await page.goto(`${host.url}#/settings`);
      const section = card();
      await section.waitFor({ timeout: 30_000 });
      const input = section.getByLabel('Tuo tiedot');
      await expect.poll(() => input.isEnabled(), { timeout: 30_000 }).toBe(true);
      await input.setInputFiles({ name: 'muistiinpanot.json', mimeType: 'application/json', buffer: Buffer.from('{"nimi": "ei vientitiedosto"}') });
      await page.getByRole('dialog', { name: 'Tuodaanko tiedot tiedostosta?' }).getByRole('button', { name: 'Tuo tiedot' }).click();
      await expect.poll(() => section.textContent(), { timeout: 30_000 }).toContain('Tiedosto ei ole Neuvonpidon vientitiedosto.');
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, 'transfer-import-refused');
      expect(await callHost(host, 'conference.list', { phase: 'all' }).then((page) => page.items)).toEqual([]);
    } finally {
      await host.stop();
      empty.remove();
    }
  });
});
