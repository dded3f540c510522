/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeConferenceInput } from '../fixtures/conference';
import { expectPageErrors, launchBrowser, screenshot } from '../helpers/browser';
import { callHost } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * The production renderer (out/renderer, built by `npx electron-vite build`) as the web host
 * serves it: the list opens with its own code and one language's texts, every other screen's
 * code arrives when it is first opened, under the app's CSP, and a screen whose code cannot
 * be loaded says so instead of leaving a blank page.
 */

const dataDir = makeTempDir('neuvonpito-e2e-split-');
const WAIT = { timeout: 20_000 };
let host: RunningWebHost;
let browser: Browser;
let page: Page;
/** The renderer's scripts the page fetched, by file name, in order. */
const scripts: string[] = [];
/** Console errors: a CSP refusal or a failed chunk shows up here. */
const consoleErrors: string[] = [];

const fetched = (name: RegExp) => scripts.some((file) => name.test(file));
const h1 = () => page.getByRole('heading', { level: 1 });

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  await callHost(host, 'conference.create', makeConferenceInput({ reference: 'Jokinen 4/2027' }));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fi-FI' });
  page.on('pageerror', (error) => {
    throw error;
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.endsWith('.js')) return;
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(/^text\/javascript/);
    scripts.push(path.slice(path.lastIndexOf('/') + 1));
  });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

describe('the split renderer', () => {
  it('opens the list with the list’s code and the Finnish texts only', async () => {
    await page.goto(host.url);
    await expect.poll(() => h1().textContent(), WAIT).toBe('Neuvonpidot');
    await page.getByRole('row', { name: /Jokinen 4\/2027/ }).waitFor(WAIT);
    expect(fetched(/^catalog-fi-/)).toBe(true);
    for (const later of [/^catalog-sv-/, /^catalog-en-/, /^ConferencePage-/, /^SettingsPage-/, /^StatisticsPage-/, /^WeekPage-/, /^PlanPage-/, /^MeetingModePage-/, /^i18n-/]) {
      expect(fetched(later), `${later} with the list`).toBe(false);
    }
    await screenshot(page, 'renderer-split-list');
  });

  it('loads each screen’s code as it is opened: settings, the week, the statistics, a conference and its tabs, the meeting view', async () => {
    const nav = page.getByRole('navigation', { name: 'Päävalikko' });

    await nav.getByRole('link', { name: 'Omat tiedot ja asetukset' }).click();
    await expect.poll(() => h1().textContent(), WAIT).toBe('Omat tiedot ja asetukset');
    await page.getByRole('textbox', { name: 'Nimi', exact: true }).waitFor(WAIT);
    expect(fetched(/^SettingsPage-/)).toBe(true);

    await nav.getByRole('link', { name: 'Tämä viikko' }).click();
    await expect.poll(() => h1().textContent(), WAIT).toBe('Tämä viikko');
    expect(fetched(/^WeekPage-/)).toBe(true);

    await nav.getByRole('link', { name: 'Tilastot' }).click();
    await expect.poll(() => h1().textContent(), WAIT).toBe('Tilastot');
    expect(fetched(/^StatisticsPage-/)).toBe(true);

    await nav.getByRole('link', { name: 'Neuvonpidot' }).click();
    await page.getByRole('link', { name: 'Jokinen 4/2027' }).click();
    await expect.poll(() => h1().textContent(), WAIT).toBe('Jokinen 4/2027');
    expect(fetched(/^ConferencePage-/)).toBe(true);

    const tabs = page.getByRole('navigation', { name: 'Neuvonpidon osiot' });
    for (const [tab, chunk] of [
      ['Järjestelyt', /^ArrangementsPage-/],
      ['Suunnitelma', /^PlanPage-/],
    ] as const) {
      await tabs.getByRole('link', { name: tab }).click();
      await expect.poll(() => tabs.getByRole('link', { name: tab }).getAttribute('aria-current'), WAIT).toBe('page');
      await expect.poll(() => fetched(chunk), WAIT).toBe(true);
      await expect.poll(() => page.locator('.tab-panel .screen-loading').count(), WAIT).toBe(0);
    }
    await screenshot(page, 'renderer-split-plan-tab');

    await page.getByRole('link', { name: 'Kokousnäkymä' }).click();
    await expect.poll(() => fetched(/^MeetingModePage-/), WAIT).toBe(true);
    await expect.poll(() => page.url(), WAIT).toContain('/meeting');
    await expect.poll(() => page.locator('.screen-loading').count(), WAIT).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);

    expect(consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
  });

  it('loads another language’s texts only when it is chosen', async () => {
    await page.goto(`${host.origin}/#/conferences`);
    await expect.poll(() => h1().textContent(), WAIT).toBe('Neuvonpidot');
    await page.getByLabel('Kieli').selectOption('sv');
    await expect.poll(() => h1().textContent(), WAIT).toBe('Familjerådslag');
    expect(fetched(/^catalog-sv-/)).toBe(true);
    expect(fetched(/^catalog-en-/)).toBe(false);
    await page.getByLabel('Språk').selectOption('fi');
    await expect.poll(() => h1().textContent(), WAIT).toBe('Neuvonpidot');
  });

  it('says so, with a way on, when a screen’s code cannot be loaded', async () => {
    // A fresh page, so nothing is cached; the statistics' code is made unreachable.
    const broken = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fi-FI' });
    await broken.route(/\/assets\/StatisticsPage-[^/]*\.js$/, (route) => route.abort('failed'));
    // The blocked fetch and the screen's report of it are what this test is about.
    expectPageErrors(/StatisticsPage-[^/]*\.js/);
    try {
      await broken.goto(host.url);
      await expect.poll(() => broken.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe('Neuvonpidot');
      await broken.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Tilastot' }).click();
      const alert = broken.getByRole('alert');
      await expect.poll(() => alert.textContent(), WAIT).toContain('Näkymää ei voitu avata');
      expect(await broken.getByRole('heading', { level: 1 }).textContent()).toBe('Näkymää ei voitu avata');
      expect(await broken.getByRole('button', { name: 'Lataa sovellus uudelleen' }).isVisible()).toBe(true);
      await screenshot(broken, 'renderer-split-chunk-failed');

      // The way back works: the list is code the app already has.
      await broken.getByRole('link', { name: 'Takaisin neuvonpitoihin' }).click();
      await expect.poll(() => broken.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe('Neuvonpidot');
    } finally {
      await broken.close();
    }
  });
});
