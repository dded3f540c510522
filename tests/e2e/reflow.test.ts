/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInHelsinki } from '../../electron/shared/dates';
import { href, ROUTE_NAMES } from '../../renderer/src/app/routes';
import { CONFERENCE_TABS } from '../../electron/shared/conference/meeting-types';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, screenshot, SCREENSHOT_DIR } from '../helpers/browser';
import { saveSettings } from '../helpers/e2e-api';
import { setUpDraftingCase, setUpRecordedCase } from '../helpers/e2e-follow-up-case';
import { screenWalk, type WalkedScreen } from '../helpers/e2e-screen-walk';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * Reflow (WCAG 1.4.10) and non-text contrast (1.4.11). A convener who zooms to 200 % on a
 * 1280 × 720 laptop has a 640 × 360 CSS-pixel window; one who keeps the app in half of a
 * small screen has about 1024 px. At both every screen of the route registry reads without
 * sideways scrolling of the page: the sidebar folds into a menu button, the tables become
 * cards, the forms stack. Every person is invented.
 *
 * While working on it: RF_SCREEN=<part of a screen's name> measures only those screens,
 * RF_SHOTS=1 saves a screenshot of each screen measured.
 */

const dataDir = makeTempDir('neuvonpito-e2e-reflow-');
let host: RunningWebHost;
let browser: Browser;

const today = todayInHelsinki(new Date());

interface Screen extends WalkedScreen {
  route: (typeof ROUTE_NAMES)[number];
}

/** Polls often, with room for a busy machine. */
const QUICK = { intervals: [25, 50, 100], timeout: 15_000 };

let screens: Screen[] = [];
let conferenceId = '';

/** 200 % zoom on a 1280 × 720 screen, and a 1024 px window. */
const WINDOWS = [
  { name: '200 %', viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 },
  { name: '1024 px', viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 },
] as const;

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  const set = await setUpRecordedCase(host, today, ['Maija Äijälä', 'Aune Äijälä', 'Britt-Marie Lindqvist', 'Kaisa Kuraattori']);
  conferenceId = set.conference.id;
  const members = new Map(set.prep.members.map((m) => [m.name, m]));
  await saveSettings(host, {
    venues: [{ id: '6a1f7c52-0d43-4c6e-9a53-7e1b2f3c4d5e', name: 'Nuorisotalo Kipinä', address: 'Kipinätie 3, 00950 Helsinki', mainRoom: '', privateRoom: '', capacity: null, accessibility: '', parking: '' }],
  });
  const drafting = await setUpDraftingCase(host, today);
  const conference = (id: string, tab: (typeof CONFERENCE_TABS)[number]) => href({ name: 'conference', id, tab });
  screens = [
    { route: 'list', name: 'list', hash: href({ name: 'list' }) },
    { route: 'new', name: 'new', hash: href({ name: 'new' }) },
    { route: 'settings', name: 'settings', hash: href({ name: 'settings' }) },
    { route: 'week', name: 'week', hash: href({ name: 'week' }) },
    { route: 'statistics', name: 'statistics', hash: href({ name: 'statistics' }) },
    ...CONFERENCE_TABS.map((tab): Screen => ({ route: 'conference', name: `conference:${tab}`, hash: conference(conferenceId, tab) })),
    { route: 'member', name: 'member (existing)', hash: href({ name: 'member', id: conferenceId, memberId: members.get('Kaisa Kuraattori')!.id }) },
    { route: 'member', name: 'member (new)', hash: href({ name: 'member', id: conferenceId, memberId: 'new' }) },
    { route: 'meetingMode', name: 'meeting view', hash: href({ name: 'meetingMode', id: conferenceId }) },
    { route: 'notFound', name: 'not found', hash: '#/no-such-screen' },
    { route: 'conference', name: 'drafting conference:plan', hash: conference(drafting, 'plan') },
    { route: 'conference', name: 'drafting conference:arrangements', hash: conference(drafting, 'arrangements') },
    { route: 'meetingMode', name: 'drafting meeting view', hash: href({ name: 'meetingMode', id: drafting }) },
  ];
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

async function openWindow(window: (typeof WINDOWS)[number] | { viewport: { width: number; height: number }; deviceScaleFactor: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: window.viewport, deviceScaleFactor: window.deviceScaleFactor, locale: 'fi-FI' });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(host.url);
  return { context, page };
}

/**
 * What makes the page wider than its window: the page's own sideways scroll, and each element
 * of the main area that reaches past the window's edge (an element inside a box that scrolls
 * or clips on its own counts when its content does not fit in it: cut off, or to be scrolled
 * sideways within the box).
 */
function measureOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; wide: string[] }> {
  return page.evaluate(() => {
    const scroller = document.scrollingElement!;
    const width = document.documentElement.clientWidth;
    const main = document.querySelector('main');
    const describe = (el: Element) => {
      const classes = [...el.classList].slice(0, 3).map((c) => `.${c}`).join('');
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${classes} “${text}”`;
    };
    const wide: string[] = [];
    const walk = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') return;
      const box = el.getBoundingClientRect();
      const visuallyHidden = box.width <= 1 && box.height <= 1;
      if (!visuallyHidden && box.width > 0 && (box.right > width + 1 || box.left < -1)) {
        wide.push(`${describe(el)} spans ${Math.round(box.left)}…${Math.round(box.right)} of ${width}`);
        return; // its children are wide because it is
      }
      if (style.overflowX === 'hidden' || style.overflowX === 'clip') {
        // Cut off is as unreadable as off-screen (a table squeezed into its rounded frame).
        if (!visuallyHidden && el.scrollWidth > el.clientWidth + 1) wide.push(`${describe(el)} cuts off its content (${el.scrollWidth} in ${el.clientWidth})`);
        return;
      }
      if (style.overflowX !== 'visible') {
        // A table in a box of its own that scrolls sideways: at these widths it becomes cards instead.
        if (el.scrollWidth > el.clientWidth + 1) wide.push(`${describe(el)} scrolls sideways within itself (${el.scrollWidth} in ${el.clientWidth})`);
        return;
      }
      for (const child of el.children) walk(child);
    };
    if (main) walk(main);
    return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth, wide };
  });
}

/** The whole page in window-sized parts, legible where one tall image is not (RF_SHOTS). */
async function screenshotInParts(page: Page, name: string): Promise<void> {
  const { width, height, total } = await page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight, total: document.scrollingElement!.scrollHeight }));
  const part = height * 2;
  for (let y = 0, n = 1; y < total; y += part, n += 1) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-part${n}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(part, total - y) } });
  }
}

describe('reflow', () => {
  for (const window of WINDOWS) {
    it(`every screen reads without sideways scrolling at ${window.name} (${window.viewport.width} × ${window.viewport.height} CSS px)`, async () => {
      const { context, page } = await openWindow(window);
      const walk = screenWalk(page, { today, opener: /^$/ });
      await walk.settle();
      const problems: string[] = [];
      const visited = new Set<string>();
      for (const screen of screens) {
        if (process.env.RF_SCREEN && !screen.name.includes(process.env.RF_SCREEN)) continue;
        visited.add(screen.route);
        await walk.openScreen(screen);
        const { scrollWidth, clientWidth, wide } = await measureOverflow(page);
        if (scrollWidth > clientWidth) problems.push(`${screen.name}: the page scrolls sideways (${scrollWidth} > ${clientWidth})`);
        for (const w of wide) problems.push(`${screen.name}: ${w}`);
        const shot = `reflow-${window.viewport.width}-${screen.name.replace(/[^a-z0-9]+/gi, '-')}`;
        if (scrollWidth > clientWidth || wide.length > 0 || process.env.RF_SHOTS) await screenshot(page, shot, { fullPage: true });
        if (process.env.RF_SHOTS) await screenshotInParts(page, shot);
      }
      await context.close();
      expect(problems).toEqual([]);
      if (!process.env.RF_SCREEN) expect([...visited].sort()).toEqual([...ROUTE_NAMES].sort());
    }, 600_000);
  }
});

describe('the folded sidebar', () => {
  it('opens from its menu button, navigates and closes by keyboard at 200 %', async () => {
    const { context, page } = await openWindow(WINDOWS[0]);
    const walk = screenWalk(page, { today, opener: /^$/ });
    await walk.settle();
    const nav = page.getByRole('navigation', { name: 'Päävalikko' });
    const menu = page.getByRole('button', { name: 'Valikko' });
    await expect.poll(() => nav.isVisible(), QUICK).toBe(false);
    await expect.poll(() => menu.getAttribute('aria-expanded'), QUICK).toBe('false');

    // Tab from the top of the page reaches the menu button first (after the skip link).
    const focusedName = () => page.evaluate(() => (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim());
    for (let i = 0; i < 5 && (await focusedName()) !== 'Valikko'; i += 1) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Valikko');
    await page.keyboard.press('Enter');
    await expect.poll(() => nav.isVisible(), QUICK).toBe(true);
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'reflow-menu-open');

    // Into the menu and to a screen by keyboard: the menu closes, the focus is on the page.
    for (let i = 0; i < 8 && (await focusedName()) !== 'Omat tiedot ja asetukset'; i += 1) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Omat tiedot ja asetukset');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash), QUICK).toBe('#/settings');
    await walk.settle();
    await expect.poll(() => nav.isVisible(), QUICK).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('main'))), QUICK).toBe(true);

    // Escape closes the opened menu and gives the focus back to its button.
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => nav.isVisible(), QUICK).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => nav.isVisible(), QUICK).toBe(false);
    expect(await focusedName()).toBe('Valikko');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });

  it('stays a sidebar, with no menu button, in a 1024 px window', async () => {
    const { context, page } = await openWindow(WINDOWS[1]);
    await expect.poll(() => page.getByRole('navigation', { name: 'Päävalikko' }).isVisible(), QUICK).toBe(true);
    expect(await page.getByRole('button', { name: 'Valikko' }).isVisible()).toBe(false);
    await context.close();
  });
});

describe('the tables as cards', () => {
  it('are still tables to a screen reader at 200 %, each cell read with its column’s name', async () => {
    const { context, page } = await openWindow(WINDOWS[0]);
    await page.goto(`${host.url}${href({ name: 'conference', id: conferenceId, tab: 'network' })}`);
    const aune = page.getByRole('row', { name: /Aune Äijälä/ });
    await expect.poll(() => aune.isVisible(), QUICK).toBe(true);
    // What Chromium hands to a screen reader, not what the DOM says: a card layout
    // (display: block) must not take the table's roles away.
    const cdp = await context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
    const roles = nodes.map((node) => node.role?.value);
    expect(roles).toContain('table');
    expect(roles.filter((role) => role === 'row').length).toBeGreaterThanOrEqual(4);
    const cells = nodes.filter((node) => node.role?.value === 'cell').map((node) => node.name?.value ?? '');
    expect(cells).toContain('Läheisyys Hyvin läheinen');
    await context.close();
  });
});

describe('the sticky save bar', () => {
  it('never covers the field that has the focus at 200 %', async () => {
    const { context, page } = await openWindow(WINDOWS[0]);
    const walk = screenWalk(page, { today, opener: /^$/ });
    await walk.settle();
    await walk.openScreen({ route: 'new', name: 'new', hash: href({ name: 'new' }) });
    await page.locator('main h1').first().click();
    const covered: string[] = [];
    let fields = 0;
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !el.closest('main') || el.closest('.form-actions')) return null;
        if (!el.matches('input, select, textarea')) return { field: false, covered: false, name: '' };
        const box = el.getBoundingClientRect();
        const bar = [...document.querySelectorAll('.form-actions')].map((b) => b.getBoundingClientRect()).find((b) => b.height > 0);
        const name = (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? el.getAttribute('aria-label') ?? el.tagName;
        return { field: true, covered: bar !== undefined && box.bottom > bar.top + 1 && box.top < bar.bottom, name };
      });
      if (seen === null) break;
      if (seen.field) fields += 1;
      if (seen.covered) {
        covered.push(seen.name);
        await screenshot(page, `reflow-savebar-covers-${covered.length}`);
      }
    }
    await context.close();
    expect(fields).toBeGreaterThan(5);
    expect(covered).toEqual([]);
  });
});

/** The WCAG contrast ratio of two colours given as computed rgb()/rgba() strings (alpha over white). */
function contrast(a: string, b: string): number {
  const channels = (color: string) => {
    const [r, g, bl, alpha = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
    return [r!, g!, bl!].map((c) => (c * alpha + 255 * (1 - alpha)) / 255);
  };
  const luminance = (color: string) => {
    const [r, g, bl] = channels(color).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('non-text contrast', () => {
  it('field borders stand out at least 3:1 from what they sit on, and the focus ring from white and from the sidebar', async () => {
    const { context, page } = await openWindow({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 });
    const walk = screenWalk(page, { today, opener: /^$/ });
    await walk.settle();
    await walk.openScreen({ route: 'new', name: 'new', hash: href({ name: 'new' }) });
    await expect.poll(() => page.locator('main input[type="text"]').count(), QUICK).toBeGreaterThan(3);
    const borders = await page.evaluate(() => {
      const backgroundOf = (el: Element | null): string => {
        for (let at = el; at; at = at.parentElement) {
          const bg = getComputedStyle(at).backgroundColor;
          if (!/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
        }
        return 'rgb(255, 255, 255)';
      };
      return [...document.querySelectorAll('main input[type="text"], main input[type="date"], main input[type="number"], main select, main textarea')].map((el) => ({
        name: `${el.tagName.toLowerCase()}#${el.id}`,
        border: getComputedStyle(el).borderTopColor,
        outside: backgroundOf(el.parentElement),
        inside: getComputedStyle(el).backgroundColor,
      }));
    });
    expect(borders.length).toBeGreaterThan(3);
    const weak = borders
      .map((b) => ({ ...b, ratio: Math.min(contrast(b.border, b.outside), contrast(b.border, b.inside)) }))
      .filter((b) => b.ratio < 3)
      .map((b) => `${b.name}: ${b.ratio.toFixed(2)}:1 (${b.border} on ${b.outside})`);
    expect(weak).toEqual([]);

    // The focus ring: a dark outline with a white ring inside it.
    const firstField = page.locator('main input[type="text"]').first();
    await firstField.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { outline: style.outlineColor, width: style.outlineWidth, shadow: style.boxShadow };
    });
    expect(Number.parseFloat(ring.width)).toBeGreaterThanOrEqual(2);
    expect(contrast(ring.outline, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
    const inner = /rgba?\([^)]*\)/.exec(ring.shadow)?.[0] ?? '';
    const sidebar = await page.evaluate(() => getComputedStyle(document.querySelector('.sidebar')!).backgroundColor);
    expect(contrast(inner, sidebar)).toBeGreaterThanOrEqual(3);
    await context.close();
  });
});

describe('forced colours', () => {
  it('keep the shown tab, the progress bar and the badges told apart by borders', async () => {
    const { context, page } = await openWindow({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 });
    await page.emulateMedia({ forcedColors: 'active' });
    const walk = screenWalk(page, { today, opener: /^$/ });
    await walk.settle();
    await walk.openScreen({ route: 'conference', name: 'overview', hash: href({ name: 'conference', id: conferenceId }) });
    await expect.poll(() => page.locator('main .glance-bar').count(), QUICK).toBeGreaterThan(0);
    const seen = await page.evaluate(() => {
      const border = (el: Element | null) => {
        const style = el ? getComputedStyle(el) : null;
        return style ? { width: Number.parseFloat(style.borderTopWidth), style: style.borderTopStyle, colour: style.borderTopColor } : null;
      };
      return {
        shownTab: border(document.querySelector('.tab[aria-current="page"]')),
        otherTab: border(document.querySelector('.tab:not([aria-current])')),
        badge: border(document.querySelector('main .badge')),
        bar: border(document.querySelector('main .glance-bar')),
      };
    });
    await screenshot(page, 'reflow-forced-colours-overview');
    await context.close();
    expect(seen.shownTab!.width).toBeGreaterThanOrEqual(3);
    expect(seen.otherTab!.width).toBeLessThan(seen.shownTab!.width);
    for (const part of [seen.badge!, seen.bar!]) {
      expect(part.width).toBeGreaterThanOrEqual(1);
      expect(part.style).toBe('solid');
      expect(part.colour).not.toMatch(/rgba\(.*,\s*0\)$/);
    }
  });
});

describe('screenshots', () => {
  it('at 200 % zoom and at 1366 × 768: the list, an overview, the network and the settings', async () => {
    const shots = [
      { name: 'list', hash: href({ name: 'list' }) },
      { name: 'overview', hash: href({ name: 'conference', id: conferenceId }) },
      { name: 'network', hash: href({ name: 'conference', id: conferenceId, tab: 'network' }) },
      { name: 'settings', hash: href({ name: 'settings' }) },
    ];
    for (const window of [WINDOWS[0], { name: '1366', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 }]) {
      const { context, page } = await openWindow(window);
      const walk = screenWalk(page, { today, opener: /^$/ });
      await walk.settle();
      for (const shot of shots) {
        await walk.openScreen({ route: shot.name, name: shot.name, hash: shot.hash });
        await expect.poll(() => page.locator('main h1').count(), QUICK).toBeGreaterThan(0);
        await screenshot(page, `reflow-${window.viewport.width}-${shot.name}`, { fullPage: true });
        const { scrollWidth, clientWidth } = await measureOverflow(page);
        expect(scrollWidth, shot.name).toBeLessThanOrEqual(clientWidth);
      }
      await context.close();
    }
  }, 180_000);
});
