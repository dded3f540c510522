/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { makeChild, makeConferenceInput } from '../fixtures/conference';
import { launchBrowser, screenshot } from '../helpers/browser';
import { callHost } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * A list longer than a page: 64 conferences in progress and one closed long ago. The convener
 * pages through them and finds the closed one by typing its name; the server does the finding.
 */

const dataDir = makeTempDir('neuvonpito-e2e-list-scale-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;

const today = todayInHelsinki(new Date());
const OPEN = 64;

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'fi-FI' });
  page.on('pageerror', (error) => {
    throw error;
  });
  const closed = await callHost(
    host,
    'conference.create',
    makeConferenceInput({ reference: 'Sädeharju 9/2025', commissionDate: addDays(today, -400), children: [makeChild({ firstName: 'Veeti' })] }),
  );
  await callHost(host, 'conference.close', { id: closed.id, version: closed.version, reason: 'plan_made', text: '' });
  for (let i = 1; i <= OPEN; i++) {
    const reference = `Perhe ${String(i).padStart(2, '0')}/2027`;
    await callHost(host, 'conference.create', makeConferenceInput({ reference, commissionDate: addDays(today, -(i % 40)) }));
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

describe('the list longer than a page', () => {
  it('shows a page at a time with the count, and pages on', async () => {
    await page.goto(host.url);
    const range = page.locator('.list-range');
    await expect.poll(() => range.textContent(), { timeout: 30_000 }).toBe('Näytetään 1–50 / 64');
    expect(await page.locator('tbody tr').count()).toBe(50);
    expect(await page.locator('.page-subtitle').textContent()).toBe('64 neuvonpitoa');
    await screenshot(page, 'list-scale-01-first-page', { fullPage: true });

    const pages = page.getByRole('navigation', { name: 'Listan sivut' });
    await pages.getByRole('button', { name: 'Seuraavat' }).click();
    await expect.poll(() => range.textContent(), { timeout: 30_000 }).toBe('Näytetään 51–64 / 64');
    expect(await page.locator('tbody tr').count()).toBe(14);
    expect(await pages.getByRole('button', { name: 'Seuraavat' }).getAttribute('aria-disabled')).toBe('true');
    await screenshot(page, 'list-scale-02-second-page', { fullPage: true });
    await pages.getByRole('button', { name: 'Edelliset' }).click();
    await expect.poll(() => range.textContent(), { timeout: 30_000 }).toBe('Näytetään 1–50 / 64');
  });

  it('finds a closed conference by typing its name, diacritics aside', async () => {
    await page.goto(host.url);
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 30_000 }).toBe(50);
    await page.getByRole('searchbox', { name: 'Hae' }).pressSequentially('sadeharju');
    // Not among those in progress: the list offers to look among all phases, keeping the words.
    await page.getByRole('button', { name: 'Hae kaikista vaiheista' }).click({ timeout: 30_000 });
    await expect.poll(() => page.locator('tbody tr').allTextContents(), { timeout: 30_000 }).toEqual([
      expect.stringContaining('Sädeharju 9/2025'),
    ]);
    expect(await page.getByRole('searchbox', { name: 'Hae' }).inputValue()).toBe('sadeharju');
    expect(await page.getByLabel('Vaihe').inputValue()).toBe('all');
    await screenshot(page, 'list-scale-03-closed-found');

    // The closed ones of a year, the period beside the phase.
    await page.getByRole('searchbox', { name: 'Hae' }).fill('');
    await page.getByLabel('Vaihe').selectOption('paattynyt');
    await page.getByLabel('Päättymisaika', { exact: true }).selectOption('lastYear');
    await expect.poll(() => page.locator('.page-subtitle').textContent(), { timeout: 30_000 }).toBe('1 neuvonpito');
    await screenshot(page, 'list-scale-04-closed-last-year');
  });
});
