/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/backend/db/connection';
import { WEB_KEY_FILE } from '../../electron/backend/web/web-database-key';
import { CONFERENCE_TABS } from '../../electron/shared/conference/meeting-types';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { openTestDatabaseFile } from '../helpers/backend';
import { fillEveryField } from '../helpers/e2e-every-field';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * A right-to-left override (U+202E) left open in stored text must turn only the text it
 * is in, never the words the app shows after it. The app refuses such characters on input
 * now, but a database from before holds them: every text field of a conference is filled
 * through the API with a marker, which is then replaced in the database file by an open
 * override, as an older version would have stored it. Every screen is then read: after
 * each override, nothing visible may follow in the same bidirectional run (up to the end
 * of its isolate — an element with `dir`, `<bdi>`, FSI…PDI in a message — or of its block).
 */

const dataDir = makeTempDir('neuvonpito-e2e-bidi-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let conferenceId: string;
let memberId: string;

const MARK = 'QQ';
/** What the marker becomes: an override that is never closed, then letters it turns around. */
const OVERRIDE = '\u202Eabc';

let fieldCount = 0;
/** A short distinct text for each field, ending in the marker. */
function marked(): string {
  fieldCount += 1;
  return `Kenttä${String.fromCharCode(96 + (fieldCount % 26) + 1)}${MARK}`;
}

/** Puts the open override where the marker is, in every text column of every table. */
function storeOverrides(): number {
  // The web host made the key on its first start, in the data directory.
  const key = readFileSync(join(dataDir.path, WEB_KEY_FILE), 'utf8').trim();
  const db = openTestDatabaseFile(join(dataDir.path, DATABASE_FILE), { writable: true, key });
  let changed = 0;
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    for (const table of tables) {
      const columns = db.pragma(`table_info("${table}")`) as { name: string }[];
      for (const { name } of columns) {
        changed += db
          .prepare(`UPDATE "${table}" SET "${name}" = replace("${name}", ?, ?) WHERE typeof("${name}") = 'text' AND instr("${name}", ?) > 0`)
          .run(MARK, OVERRIDE, MARK).changes;
      }
    }
  } finally {
    db.close();
  }
  return changed;
}

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  ({ conferenceId, memberId } = await fillEveryField(host, marked));
  expect(storeOverrides()).toBeGreaterThan(40);
  browser = await launchBrowser();
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

/** Each override on the screen whose run goes on past the user's text, with what it turns. */
async function leaksOn(hash: string, name: string): Promise<string[]> {
  await page.goto(`${host.url}${hash}`);
  await page.waitForLoadState('networkidle');
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
  await screenshot(page, `bidi-${name}`);
  const leaks = await page.evaluate((override) => {
    const INVISIBLE = /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;
    const bounds = (el: Element): boolean => {
      // An SVG <title> is a tooltip of its own, not part of the text around it.
      if (el instanceof SVGTextElement || el instanceof SVGTitleElement) return true;
      const style = getComputedStyle(el);
      return !style.display.startsWith('inline') || style.display === 'inline-block' || ['isolate', 'isolate-override', 'plaintext'].includes(style.unicodeBidi);
    };
    /** True when `index` in `text` lies inside an isolate (FSI/LRI/RLI … PDI) of the string itself. */
    const isolatedInString = (text: string, index: number): boolean => {
      let depth = 0;
      for (const char of text.slice(0, index)) {
        if (char === '\u2066' || char === '\u2067' || char === '\u2068') depth += 1;
        else if (char === '\u2069' && depth > 0) depth -= 1;
      }
      return depth > 0 && text.indexOf('\u2069', index) !== -1;
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let index = node.data.indexOf(override); index !== -1; index = node.data.indexOf(override, index + 1)) {
        if (isolatedInString(node.data, index)) continue;
        const sameNode = node.data.slice(index + override.length);
        let boundary: Element | null = node.parentElement;
        while (boundary && !bounds(boundary)) boundary = boundary.parentElement;
        const range = document.createRange();
        range.setStartAfter(node);
        range.setEnd(boundary ?? document.body, (boundary ?? document.body).childNodes.length);
        const after = `${sameNode}${range.toString()}`;
        if (after.replace(INVISIBLE, '') !== '') {
          const where = boundary ? `${boundary.tagName.toLowerCase()}.${[...boundary.classList].join('.')}` : 'body';
          found.push(`${where}: …${node.data.slice(Math.max(0, index - 12), index)}|${after.slice(0, 40).replace(/\s+/g, ' ')}`);
        }
      }
    }
    return found;
  }, OVERRIDE);
  return leaks.map((leak) => `${name} ${leak}`);
}

describe('an override stored in user text', () => {
  it('turns only its own text on every screen', async () => {
    const screens: [string, string][] = [
      ['list', '#/conferences'],
      ...CONFERENCE_TABS.map((tab): [string, string] => [tab, `#/conferences/${conferenceId}/${tab}`]),
      ['member', `#/conferences/${conferenceId}/network/${memberId}`],
      ['meeting', `#/conferences/${conferenceId}/meeting`],
      ['settings', '#/settings'],
    ];
    const leaks: string[] = [];
    for (const [name, hash] of screens) leaks.push(...(await leaksOn(hash, name)));
    expect(leaks).toEqual([]);
  });
});
