import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { callHost } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * Settings as a keyboard user meets it on a small laptop screen: one form, one save bar that
 * never covers the field being typed in, one Tallenna that keeps everything typed; an error
 * summary whose links bring the focus to the field; the page in Finnish and in Swedish.
 */

const dataDir = makeTempDir('neuvonpito-e2e-settings-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  browser = await launchBrowser();
  page = await openPage(browser);
  await page.setViewportSize({ width: 1280, height: 720 });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

const form = () => page.getByRole('form', { name: 'Omat tiedot ja asetukset' });

async function openSettings() {
  await page.goto(`${host.url}#/settings`);
  await expect.poll(() => form().isVisible(), { timeout: 20_000 }).toBe(true);
}

/** The focused element's label and whether the sticky save bar covers any of it. */
function focused() {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const bar = document.querySelector('.form-actions');
    if (!element) return { label: '', covered: false, tag: '' };
    const rect = element.getBoundingClientRect();
    const barTop = bar ? bar.getBoundingClientRect().top : Infinity;
    const inBar = bar?.contains(element) ?? false;
    const label = (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? '';
    return { label: label.trim(), covered: !inBar && rect.bottom > barTop + 0.5, tag: element.tagName };
  });
}

describe('the settings page', () => {
  it('a keyboard user types the name and the phone and goes on; the bar never covers the focused field; one Tallenna saves it all', async () => {
    await openSettings();
    await form().getByLabel('Nimi', { exact: true }).focus();
    await page.keyboard.type('Kaisu Öhman');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused()).label).toBe('Puhelin');
    await page.keyboard.type('040 111 2222');

    // On through every field of the page to the one save button, as the keyboard goes.
    const covered: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      await page.keyboard.press('Tab');
      const now = await focused();
      if (now.covered) covered.push(now.label);
      if (now.tag === 'BUTTON' && now.label === 'Tallenna') break;
      if (now.label.startsWith('Yksikön nimi')) await page.keyboard.type('Lapsiperheiden sosiaalityö');
    }
    expect(covered).toEqual([]);
    expect((await focused()).label).toBe('Tallenna');
    await page.keyboard.press('Enter');

    await expect
      .poll(async () => (await callHost(host, 'settings.get', {})).convener, { timeout: 20_000 })
      .toMatchObject({ name: 'Kaisu Öhman', phone: '040 111 2222' });
    expect((await callHost(host, 'settings.get', {})).unit.name).toBe('Lapsiperheiden sosiaalityö');
    await expect.poll(() => page.getByText('Muutokset tallennettu.').isVisible(), { timeout: 20_000 }).toBe(true);
  });

  it('shows one save bar while something is unsaved, and a summary whose links bring the focus to the field', async () => {
    await openSettings();
    await form().getByLabel('Sähköposti', { exact: true }).first().fill('kaisu(at)example');
    const venues = page.getByRole('region', { name: 'Tallennetut paikat' });
    await venues.getByRole('button', { name: 'Lisää paikka' }).click();
    await form().getByLabel('Nimi', { exact: true }).focus();
    await screenshot(page, 'settings-fi-unsaved');

    await form().getByRole('button', { name: 'Tallenna' }).click();
    const summary = form().getByRole('alert');
    await expect.poll(() => summary.getByRole('link').count(), { timeout: 20_000 }).toBe(2);
    await screenshot(page, 'settings-fi-error-summary');
    await summary.getByRole('link', { name: /Paikan nimi/ }).click();
    expect(await venues.getByLabel(/^Paikan nimi/).evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await focused()).covered).toBe(false);
    await screenshot(page, 'settings-fi-error-link-followed');
    expect(page.url()).toMatch(/#\/settings$/);
    await summary.getByRole('link', { name: /Sähköposti/ }).press('Enter');
    expect(await form().getByLabel('Sähköposti', { exact: true }).first().evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('is in Swedish when Swedish is chosen, with the same one save bar', async () => {
    // A fresh window: the last test's changes are left behind with the old one.
    await page.close();
    page = await openPage(browser);
    await page.setViewportSize({ width: 1280, height: 720 });
    await openSettings();
    await page.locator('#ui-language').selectOption('sv');
    const swedish = page.getByRole('form', { name: 'Egna uppgifter och inställningar' });
    await expect.poll(() => swedish.isVisible(), { timeout: 20_000 }).toBe(true);
    await screenshot(page, 'settings-sv-top');
    await swedish.getByLabel('Telefon', { exact: true }).first().fill('040 222 3333');
    await expect.poll(() => swedish.getByRole('button', { name: 'Spara' }).isVisible()).toBe(true);
    await screenshot(page, 'settings-sv-unsaved');
    await screenshot(page, 'settings-sv-full', { fullPage: true });
    await swedish.getByRole('button', { name: 'Spara' }).click();
    await expect
      .poll(async () => (await callHost(host, 'settings.get', {})).convener.phone, { timeout: 20_000 })
      .toBe('040 222 3333');
    await callHost(host, 'settings.update', { section: 'uiLanguage', version: (await callHost(host, 'settings.get', {})).versions.uiLanguage, value: 'fi' });
  });
});
