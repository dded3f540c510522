import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * Two windows on one data file (two web hosts, as the issue measured): what one saves is
 * not overwritten by the other's stale copy; the second is told, and keeps what it typed.
 */

const dataDir = makeTempDir('neuvonpito-e2e-');
let hosts: RunningWebHost[] = [];
let browser: Browser;
let first: Page;
let second: Page;

beforeAll(async () => {
  hosts = [await startWebHost(dataDir.path), await startWebHost(dataDir.path)];
  browser = await launchBrowser();
  first = await openPage(browser);
  second = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(hosts.map((host) => host.stop()));
  dataDir.remove();
});

function venuesForm(page: Page) {
  return page.getByRole('region', { name: 'Tallennetut paikat' });
}

/** The settings page's one save button. */
function saveButton(page: Page) {
  return page.getByRole('form', { name: 'Omat tiedot ja asetukset' }).getByRole('button', { name: 'Tallenna' });
}

async function openSettings(page: Page, host: RunningWebHost) {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Omat tiedot ja asetukset' }).first().click();
  await expect.poll(() => venuesForm(page).isVisible()).toBe(true);
}

async function addVenue(page: Page, name: string) {
  const form = venuesForm(page);
  await form.getByRole('button', { name: 'Lisää paikka' }).click();
  await form.getByLabel(/^Paikan nimi/).last().fill(name);
}

describe('two windows on one data file', () => {
  it('refuses the stale window’s saved venues with the conflict message, keeping the first window’s and the typed ones', async () => {
    await openSettings(first, hosts[0]!);
    await openSettings(second, hosts[1]!);

    await addVenue(first, 'Perhekeskus Koivikko');
    await saveButton(first).click();
    await expect.poll(() => first.getByText('Muutokset tallennettu.').isVisible()).toBe(true);

    // The second window still shows the list as it was before the first saved.
    await addVenue(second, 'Nuorisotalo Kipinä');
    await saveButton(second).click();
    await expect.poll(() => second.getByText(/Tieto on muuttunut sillä välin/).isVisible()).toBe(true);
    expect(await venuesForm(second).getByLabel(/^Paikan nimi/).last().inputValue()).toBe('Nuorisotalo Kipinä');
    await screenshot(second, 'two-windows-venues-conflict');

    // Reloaded, the second window shows what the first saved: nothing was overwritten.
    await openSettings(second, hosts[1]!);
    const names = await venuesForm(second).getByLabel(/^Paikan nimi/).evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    expect(names).toEqual(['Perhekeskus Koivikko']);
  });
});
