import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { afterAll, afterEach } from 'vitest';

/** Where e2e screenshots go, to be looked at after a run. */
export const SCREENSHOT_DIR = resolve(__dirname, '../../test-results/e2e');

/**
 * Console errors that are not the app's fault, each with why. Anything else a page logs as an
 * error fails the test.
 */
const HARMLESS_CONSOLE_ERRORS: { pattern: RegExp; why: string }[] = [];

/** What the pages reported since the last test ended: uncaught exceptions and console errors. */
const pageProblems: string[] = [];

function watchPage(page: Page): void {
  page.on('pageerror', (error) => {
    pageProblems.push(`uncaught ${error.name}: ${error.message} (at ${page.url()})${error.stack ? `\n${error.stack.split('\n').slice(1, 4).join('\n')}` : ''}`);
  });
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (HARMLESS_CONSOLE_ERRORS.some((h) => h.pattern.test(text))) return;
    const where = message.location();
    pageProblems.push(`console error: ${text} (at ${page.url()}${where.url ? `, ${where.url}:${where.lineNumber}` : ''})`);
  });
}

/** Errors the running test causes on purpose (e.g. a chunk it makes unreachable). */
const expectedProblems: RegExp[] = [];

/** The running test provokes page errors matching `pattern`: they do not fail it. */
export function expectPageErrors(pattern: RegExp): void {
  expectedProblems.push(pattern);
}

/** Fails the test (or the file's setup) during which a page reported an error. */
function failOnPageProblems(): void {
  const expected = expectedProblems.splice(0);
  const problems = pageProblems.splice(0).filter((problem) => !expected.some((pattern) => pattern.test(problem)));
  if (problems.length === 0) return;
  throw new Error(`The page reported ${problems.length} error(s):\n${problems.join('\n')}`);
}
afterEach(failOnPageProblems);
afterAll(failOnPageProblems);

/**
 * Debian's Chromium, headless and quiet on the closed network. Playwright gives each
 * launch a fresh temporary profile; pages take `locale: 'fi-FI'` like a Finnish PC. Every
 * page opened in it (a second window too) is watched: an uncaught exception or a console
 * error in the page fails the test during which it happened.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
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
  // browser.newPage goes through newContext too.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.on('page', watchPage);
    return context;
  };
  return browser;
}

/** A PNG of what the user sees (the viewport, or the whole page) under test-results/e2e. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: options.fullPage ?? false });
}

/**
 * A page as a convener sees the app: a 1366 × 900 laptop screen and a Finnish locale (any
 * error in the page fails the test, see launchBrowser).
 */
export function openPage(browser: Browser): Promise<Page> {
  return browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fi-FI' });
}
