import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where e2e screenshots go, to be looked at after a run. */
export const SCREENSHOT_DIR = resolve(__dirname, '../../test-results/e2e');

/**
 * Debian's Chromium, headless and quiet on the closed network. Playwright gives each
 * launch a fresh temporary profile; pages take `locale: 'fi-FI'` like a Finnish PC.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A PNG of what the user sees (the viewport, or the whole page) under test-results/e2e. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: options.fullPage ?? false });
}

/**
 * A page as a convener sees the app: a 1366 × 900 laptop screen, a Finnish locale, and any
 * uncaught error in the page failing the test.
 */
export async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fi-FI' });
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}
