import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeChild, makeConferenceInput } from '../fixtures/conference';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { callHost } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * Settings → Varmuuskopiot as a convener uses it: the day's backup is listed, one is made
 * by a click, a copy is saved, and a backup is restored after a confirmation that says
 * what is lost, with the state before it kept as a backup of its own.
 */

const dataDir = makeTempDir('neuvonpito-e2e-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  browser = await launchBrowser();
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

const card = () => page.getByRole('region', { name: 'Varmuuskopiot' });
const rows = () => card().getByRole('row');

async function openSettings() {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Omat tiedot ja asetukset' }).first().click();
  await expect.poll(() => card().getByRole('table').isVisible(), { timeout: 15_000 }).toBe(true);
}

describe('backups in Settings', () => {
  it('lists the day’s backup, makes one by a click and saves a copy of it', async () => {
    await callHost(host, 'conference.create', makeConferenceInput({ reference: 'Ennen 1/2027', children: [makeChild({ firstName: 'Aino' })] }));
    await openSettings();
    // The header row and the day's automatic backup.
    await expect.poll(() => rows().count()).toBe(2);
    expect(await rows().nth(1).textContent()).toContain('Päivittäinen');

    await card().getByRole('button', { name: 'Tee varmuuskopio nyt' }).click();
    await expect.poll(() => page.getByText('Varmuuskopio tehty.').isVisible()).toBe(true);
    await expect.poll(() => rows().count()).toBe(3);
    expect(await rows().nth(1).textContent()).toContain('Tehty käsin');
    await screenshot(page, 'settings-backups');

    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await rows().nth(1).getByRole('button', { name: /^Tallenna kopio varmuuskopiosta/ }).click();
    await expect.poll(() => downloads.length).toBe(1);
    const saved = await downloads[0]!.path();
    const [manual] = (await callHost(host, 'backup.list', {})).filter((entry) => entry.reason === 'manual');
    expect(downloads[0]!.suggestedFilename()).toBe(manual!.name);
    expect(readFileSync(saved).equals(readFileSync(join(dataDir.path, 'backups', manual!.name)))).toBe(true);
  });

  it('restores a backup after a confirmation that says what is lost; the list shows the state before it kept as a backup', async () => {
    // Made after the manual backup: the restore takes it away.
    await callHost(host, 'conference.create', makeConferenceInput({ reference: 'Jälkeen 2/2027', children: [makeChild({ firstName: 'Eino' })] }));
    await openSettings();
    const manualRow = rows().filter({ hasText: 'Tehty käsin' });
    await manualRow.getByRole('button', { name: /^Palauta varmuuskopio/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Palautetaanko varmuuskopio?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('Kaikki sen jälkeen tehdyt muutokset katoavat');
    await screenshot(page, 'settings-backups-restore');

    await dialog.getByRole('button', { name: 'Palauta varmuuskopio' }).click();
    await expect.poll(() => page.getByText(/^Varmuuskopio palautettu/).isVisible()).toBe(true);
    await expect.poll(() => rows().filter({ hasText: 'Ennen palautusta' }).count()).toBe(1);

    await page.getByRole('link', { name: 'Neuvonpidot' }).first().click();
    await expect.poll(() => page.getByText('Ennen 1/2027').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByText('Jälkeen 2/2027').count()).toBe(0);
  });
});
