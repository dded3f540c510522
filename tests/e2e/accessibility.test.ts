import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInHelsinki } from '../../electron/shared/dates';
import { catalogs, type MessageKey } from '../../electron/shared/i18n';
import type { UiLanguage } from '../../electron/shared/i18n/locales';
import { CONFERENCE_TABS } from '../../electron/shared/conference/meeting-types';
import { href, ROUTE_NAMES, type RouteNamesComplete } from '../../renderer/src/app/routes';
import { axeViolations, describeViolations } from '../helpers/axe';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { saveSettings } from '../helpers/e2e-api';
import { setUpDraftingCase, setUpRecordedCase } from '../helpers/e2e-follow-up-case';
import { screenWalk, type ScreenWalk, type WalkedScreen } from '../helpers/e2e-screen-walk';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * WCAG 2.1 A and AA, checked by axe-core on every screen of the route registry, every
 * conference tab and the dialogs a convener meets (a delete confirmation, closing a
 * conference, unsaved changes), in Finnish and in the other UI languages. Any violation
 * fails with its rule, where it is and what is wrong. A new route kind fails to compile
 * until it is added here. Every person is invented.
 */

// A compile error here means a route kind was added to the app but not to ROUTE_NAMES.
const routeNamesComplete: RouteNamesComplete = true;

const LANGUAGES: UiLanguage[] = ['fi', 'sv', 'en'];

/** Screens whose markup was mended for axe: saved as PNGs to be looked at. */
const LOOKED_AT = /^(conference:network|drafting conference:plan|not found)$/;

const dataDir = makeTempDir('neuvonpito-e2e-axe-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let walk: ScreenWalk;

const today = todayInHelsinki(new Date());

interface Screen extends WalkedScreen {
  route: (typeof ROUTE_NAMES)[number];
  tab?: string;
}
let screens: Screen[] = [];
let conferenceId = '';
let deletableMemberId = '';

/** A text of the UI in `language` (one without placeholders). */
function text(language: UiLanguage, key: MessageKey): string {
  return catalogs[language][key];
}

/** A title as the page shows it: its placeholders' values are names, wrapped in bidi isolates. */
function titleMatching(language: UiLanguage, key: MessageKey): RegExp {
  const parts = catalogs[language][key].split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`, 'u');
}

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  const set = await setUpRecordedCase(host, today, ['Maija Äijälä', 'Aune Äijälä']);
  conferenceId = set.conference.id;
  const members = new Map(set.prep.members.map((m) => [m.name, m]));
  deletableMemberId = members.get('Ville Ystävä')!.id;
  const drafting = await setUpDraftingCase(host, today);

  const conference = (id: string, tab: (typeof CONFERENCE_TABS)[number]) => href({ name: 'conference', id, tab });
  screens = [
    { route: 'list', name: 'list', hash: href({ name: 'list' }) },
    { route: 'new', name: 'new', hash: href({ name: 'new' }) },
    { route: 'settings', name: 'settings', hash: href({ name: 'settings' }) },
    { route: 'week', name: 'week', hash: href({ name: 'week' }) },
    { route: 'statistics', name: 'statistics', hash: href({ name: 'statistics' }) },
    ...CONFERENCE_TABS.map((tab): Screen => ({ route: 'conference', tab, name: `conference:${tab}`, hash: conference(conferenceId, tab) })),
    ...CONFERENCE_TABS.map((tab): Screen => ({ route: 'conference', tab, name: `drafting conference:${tab}`, hash: conference(drafting, tab) })),
    { route: 'member', name: 'member (existing)', hash: href({ name: 'member', id: conferenceId, memberId: members.get('Kaisa Kuraattori')!.id }) },
    { route: 'member', name: 'member (new)', hash: href({ name: 'member', id: conferenceId, memberId: 'new' }) },
    { route: 'member', name: 'member (new worker)', hash: href({ name: 'member', id: conferenceId, memberId: 'new', worker: true }) },
    { route: 'meetingMode', name: 'meeting view', hash: href({ name: 'meetingMode', id: conferenceId }) },
    { route: 'meetingMode', name: 'drafting meeting view', hash: href({ name: 'meetingMode', id: drafting }) },
    { route: 'notFound', name: 'not found', hash: '#/no-such-screen' },
    { route: 'conference', name: 'unknown conference', hash: href({ name: 'conference', id: '00000000-0000-4000-8000-000000000000' }) },
  ];

  browser = await launchBrowser();
  page = await openPage(browser);
  walk = screenWalk(page, { today, opener: /^$/ });
  await page.goto(host.url);
  await walk.settle();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

/** The app in `language`, opened afresh. */
async function useLanguage(language: UiLanguage): Promise<void> {
  await saveSettings(host, { uiLanguage: language });
  await page.goto(`${host.url}#/conferences`);
  await page.reload();
  await expect.poll(() => page.getAttribute('html', 'lang'), { timeout: 20_000 }).toBe(language);
  await walk.settle();
}

/** Checks the page as it is now; returns the violations as lines. */
async function check(label: string): Promise<string[]> {
  const found = describeViolations(label, await axeViolations(page));
  if (found.length > 0) await screenshot(page, `axe-${label.replace(/[^a-z0-9]+/gi, '-')}`, { fullPage: true });
  return found;
}

async function openDialog(opener: Locator, title: RegExp): Promise<Locator> {
  await opener.click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect.poll(() => dialog.isVisible(), { timeout: 20_000 }).toBe(true);
  return dialog;
}

describe('every screen meets WCAG 2.1 A and AA (axe-core)', () => {
  const visited = new Set<string>();
  const visitedTabs = new Set<string>();

  for (const language of LANGUAGES) {
    it(`in ${language}: every screen and the dialogs have no violations`, async () => {
      await useLanguage(language);
      const violations: string[] = [];
      let checked = 0;
      for (const screen of screens) {
        await walk.openScreen(screen);
        violations.push(...(await check(`${language} ${screen.name}`)));
        if (language === 'fi' && LOOKED_AT.test(screen.name)) await screenshot(page, `axe-${screen.name.replace(/[^a-z0-9]+/gi, '-')}`, { fullPage: true });
        checked += 1;
        visited.add(screen.route);
        if (screen.tab) visitedTabs.add(screen.tab);
      }

      // A delete confirmation: removing a network member.
      await walk.openScreen({ route: 'member', name: 'member delete', hash: href({ name: 'member', id: conferenceId, memberId: deletableMemberId }) });
      const remove = await openDialog(page.getByRole('button', { name: text(language, 'network.member.delete'), exact: true }), titleMatching(language, 'network.delete.title'));
      violations.push(...(await check(`${language} delete confirmation`)));
      await remove.getByRole('button', { name: text(language, 'form.cancel'), exact: true }).click();
      await expect.poll(() => remove.isVisible()).toBe(false);

      // Closing a conference.
      await walk.openScreen({ route: 'conference', name: 'overview', hash: href({ name: 'conference', id: conferenceId }) });
      const close = await openDialog(page.getByRole('button', { name: text(language, 'conference.close'), exact: true }), titleMatching(language, 'close.title'));
      violations.push(...(await check(`${language} close conference`)));
      await close.getByRole('button', { name: text(language, 'form.cancel'), exact: true }).click();
      await expect.poll(() => close.isVisible()).toBe(false);

      // Unsaved changes: a changed reference, then a sidebar link.
      const reference = page.getByLabel(text(language, 'form.reference'), { exact: true });
      await reference.fill('Äijälä 11/2027 muutettu');
      const unsaved = await openDialog(
        page.getByRole('navigation', { name: text(language, 'nav.main') }).getByRole('link', { name: text(language, 'nav.conferences'), exact: true }),
        titleMatching(language, 'unsaved.title'),
      );
      violations.push(...(await check(`${language} unsaved changes`)));
      await unsaved.getByRole('button', { name: text(language, 'unsaved.leave'), exact: true }).click();
      await expect.poll(() => unsaved.isVisible()).toBe(false);
      checked += 3;

      console.log(`${language}: ${checked} screens and dialogs checked, ${violations.length} violations`);
      expect(violations, violations.join('\n')).toEqual([]);
    }, 600_000);
  }

  it('visited every route kind and every conference tab of the registry', () => {
    expect(routeNamesComplete).toBe(true);
    expect([...visited].sort()).toEqual([...ROUTE_NAMES].sort());
    expect([...visitedTabs].sort()).toEqual([...CONFERENCE_TABS].sort());
  });
});
