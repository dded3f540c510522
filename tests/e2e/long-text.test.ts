/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFERENCE_TABS } from '../../electron/shared/conference/meeting-types';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { fillEveryField } from '../helpers/e2e-every-field';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * Text without a single space (a pasted link, a name typed without spaces, a row of
 * letters) must wrap, not push the screen sideways. A conference whose every text is one
 * long word, set up through the API, is shown on every screen at a laptop's width; no
 * screen may be wider than the window. Every person is invented.
 */

const dataDir = makeTempDir('neuvonpito-e2e-long-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let conferenceId: string;
let memberId: string;

/** `length` letters without a space or a digit (digits could read as an identity code). */
function word(length: number): string {
  return 'Pitkäsanainenteksti'.repeat(Math.ceil(length / 19)).slice(0, length);
}

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  ({ conferenceId, memberId } = await fillEveryField(host, word));
  browser = await launchBrowser();
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

/** How wide the page is against the window, once `hash` has loaded. */
async function widthOf(hash: string, name: string): Promise<{ screen: string; scrollWidth: number; innerWidth: number; widest: string[] }> {
  await page.goto(`${host.url}${hash}`);
  await page.waitForLoadState('networkidle');
  await screenshot(page, `long-text-${name}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
  const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
    // The innermost elements that reach past the window: what to fix when this fails.
    const past = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1);
    const innermost = past.filter((el) => !past.some((other) => other !== el && el.contains(other)));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      widest: innermost.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${Math.round(el.getBoundingClientRect().right)}px`),
    };
  });
  return { screen: name, scrollWidth, innerWidth, widest };
}

describe('long unbroken text', () => {
  it('wraps on every screen instead of making it wider than the window', async () => {
    const screens: [string, string][] = [
      ['list', '#/conferences'],
      ...CONFERENCE_TABS.map((tab): [string, string] => [tab, `#/conferences/${conferenceId}/${tab}`]),
      ['member', `#/conferences/${conferenceId}/network/${memberId}`],
      ['meeting', `#/conferences/${conferenceId}/meeting`],
      ['settings', '#/settings'],
    ];
    const widths = [];
    for (const [name, hash] of screens) widths.push(await widthOf(hash, name));
    console.log(widths.map((w) => `${w.screen}: ${w.scrollWidth}px`).join(', '));
    expect(widths.filter((w) => w.scrollWidth > w.innerWidth)).toEqual([]);
  });
});
