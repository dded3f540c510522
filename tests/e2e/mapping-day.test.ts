import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../electron/shared/conference/conference.schema';
import { todayInHelsinki } from '../../electron/shared/dates';
import { makeConferenceInput } from '../fixtures/conference';
import { meetingUpdate } from '../fixtures/record-updates';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { callHost, putPeople } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * A network-mapping meeting (läheisverkoston kartoitus) on its day, in the browser: three
 * close people and a worker invited, the meeting started, the close people interviewed in
 * turn, the flip chart written and shown full screen. Every person is invented.
 */

const dataDir = makeTempDir('neuvonpito-e2e-mapping-day-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let conference: Conference;

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  conference = await callHost(host, 'conference.create', makeConferenceInput({ reference: 'Kartoitus 5/2027', meetingType: 'verkostokartoitus' }));
  const people = [
    { name: 'Aune Äijälä', relation: 'mummo', sector: 'relatives' as const },
    { name: 'Pekka Lind', relation: 'naapuri', sector: 'friends' as const },
    { name: 'Sirpa Öhman', relation: 'täti', sector: 'relatives' as const },
  ];
  const prep = await putPeople(
    host,
    conference.id,
    people.map((p) => ({ ...p, closeness: 'close' as const, invite: 'invite' as const, reply: 'coming' as const })),
  );
  await callHost(host, 'meeting.update', meetingUpdate(prep.meetings[0]!, { date: todayInHelsinki(new Date()), startTime: '10:00', endTime: '11:30' }));
  browser = await launchBrowser();
  page = await openPage(browser);
  page.setDefaultTimeout(15_000);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

describe('the network-mapping meeting in the browser', () => {
  it('runs the steps, gives the close people their turns and shows the flip chart full screen', { timeout: 120_000 }, async () => {
    await page.goto(`${host.url}#/conferences/${conference.id}/meeting`);
    await page.getByRole('button', { name: 'Aloita tapaaminen' }).click();
    const steps = page.getByRole('region', { name: 'Tapaamisen vaiheet' });
    await expect.poll(() => steps.locator('[aria-current="step"]').textContent()).toContain('Tervetuloa ja toimintatapa');
    await screenshot(page, 'mapping-day-1-steps-view');

    const next = page.getByRole('button', { name: 'Seuraava vaihe' });
    await next.click();
    await expect.poll(() => steps.locator('[aria-current="step"]').textContent()).toContain('Miksi ollaan koolla');
    await next.click();
    await expect.poll(() => steps.locator('[aria-current="step"]').textContent()).toContain('Läheisten haastattelu');

    const turns = page.getByRole('group', { name: 'Puheenvuorot' });
    const row = (name: string) => turns.getByRole('listitem').filter({ hasText: name });
    await row('Aune Äijälä').getByRole('button', { name: 'Anna puheenvuoro' }).click();
    await expect.poll(() => row('Aune Äijälä').textContent()).toContain('Puhuu nyt');
    await row('Pekka Lind').getByRole('button', { name: 'Anna puheenvuoro' }).click();
    await expect.poll(() => row('Pekka Lind').textContent()).toContain('Puhuu nyt');
    expect(await row('Aune Äijälä').textContent()).toContain('Puhunut');
    expect(await turns.getByRole('button', { name: 'Puheenvuoro päättyi' }).count()).toBe(1);
    await turns.scrollIntoViewIfNeeded();
    await screenshot(page, 'mapping-day-2-turn-list');

    await next.click();
    await expect.poll(() => steps.locator('[aria-current="step"]').textContent()).toContain('Jokainen vuorollaan');
    await next.click();
    await expect.poll(() => steps.locator('[aria-current="step"]').textContent()).toContain('Huolet ja tuen tarpeet');

    const chart = page.getByRole('form', { name: 'Fläppitaulu' });
    const lines = {
      concern: ['Äidin jaksaminen iltaisin', 'Koulumatkat talvella'],
      supportNeed: ['Mummo hakee koulusta tiistaisin', 'Naapuri auttaa läksyissä', 'Täti ottaa lapset viikonloppuisin kerran kuussa'],
    };
    for (const [index, text] of lines.concern.entries()) {
      await chart.getByRole('button', { name: '+ Lisää huoli' }).click();
      await chart.getByLabel(`Huoli ${index + 1}`, { exact: true }).fill(text);
    }
    for (const [index, text] of lines.supportNeed.entries()) {
      await chart.getByRole('button', { name: '+ Lisää tuen tarve' }).click();
      await chart.getByLabel(`Tuen tarve ${index + 1}`, { exact: true }).fill(text);
    }
    await chart.getByRole('button', { name: 'Tallenna' }).click();
    await expect.poll(() => page.getByText('Fläppitaulu tallennettu').isVisible()).toBe(true);
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'mapping-day-3-flip-chart-panel');

    await page.getByRole('button', { name: 'Näytä fläppitauluna' }).click();
    const full = page.getByRole('dialog', { name: 'Fläppitaulu' });
    await expect.poll(() => full.textContent()).toContain('Täti ottaa lapset viikonloppuisin kerran kuussa');
    await screenshot(page, 'mapping-day-4-flip-chart-full-screen');
    await page.keyboard.press('Escape');
    await expect.poll(() => full.count()).toBe(0);

    await next.click();
    await expect.poll(() => steps.locator('[aria-current="step"]').textContent()).toContain('Asiakkaan näkemys');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'mapping-day-5-client-view', { fullPage: true });
  });
});
