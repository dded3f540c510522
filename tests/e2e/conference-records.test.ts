/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../electron/shared/conference/conference.schema';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { callHost } from '../helpers/e2e-api';
import { setUpFollowUpCase } from '../helpers/e2e-follow-up-case';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * What the overview asks before it lets go of something recorded: removing a child who
 * has records, and moving the phase back before an accepted plan. A conference held two
 * weeks ago whose plan was accepted there; Aino took part in the commission agreement,
 * has a support person and was heard on the day with a Three Houses record.
 */

const dataDir = makeTempDir('neuvonpito-e2e-records-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let conference: Conference;

const today = todayInHelsinki(new Date());
const conferenceDate = addDays(today, -14);
const fiDate = (iso: string) => `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  const held = await setUpFollowUpCase(host, {
    reference: 'Äijälä 9/2027',
    conferenceDate,
    followUpDate: addDays(today, 80),
    invitees: ['Maija Äijälä', 'Aune Äijälä'],
  });
  conference = held.conference;
  const aino = conference.children[0]!;
  const { version: _v, updatedAt: _u, ...commission } = held.prep.commission;
  await callHost(host, 'commission.update', {
    ...commission,
    conferenceId: conference.id,
    version: held.prep.commission.version,
    childIds: [aino.id],
    guardianIds: [conference.guardians[0]!.id],
  });
  await callHost(host, 'network.addMember', {
    conferenceId: conference.id,
    name: 'Pekka Naapuri',
    relation: 'naapuri',
    sector: 'friends',
    closeness: 'middle',
    invite: 'invite',
    supportForChildIds: [aino.id],
  });
  await callHost(host, 'meetingDay.setChild', {
    meetingId: held.conferenceMeetingId,
    childId: aino.id,
    version: 1,
    heard: 'present',
    note: '',
    threeHouses: { worries: 'Aamut ovat kiireisiä.', goodThings: 'Mummo ja koulun kerho.', dreams: 'Oma koira.' },
  });
  browser = await launchBrowser();
  page = await openPage(browser);
  await page.goto(`${host.url}#/conferences/${conference.id}`);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

describe('the overview asks before it lets go of what is recorded', () => {
  it('lists what goes with a child who has records, and cancel keeps the child', async () => {
    // A second child without records, to remove at once.
    await page.getByRole('button', { name: 'Lisää lapsi' }).click();
    await page.getByLabel('Etunimi').nth(1).fill('Eino');
    await page.getByLabel('Syntymävuosi').nth(1).fill('2018');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Tallenna' }).count(), { timeout: 10_000 }).toBe(0);

    await page.getByRole('button', { name: 'Poista lapsi Aino' }).click();
    const dialog = page.getByRole('dialog', { name: 'Poistetaanko Aino?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual([
      'Osallistuminen toimeksiantosopimukseen',
      'Osallistumistapa: Paikalla',
      'Avustajana Pekka Naapuri (henkilö jää läheisverkostoon)',
      `Neuvonpitopäivä ${fiDate(conferenceDate)}: miten lapsi tuli kuulluksi (Paikalla itse)`,
      `Neuvonpitopäivä ${fiDate(conferenceDate)}: kolmen talon kirjaus lapsen omin sanoin`,
    ]);
    await screenshot(page, 'records-01-remove-child-dialog');
    await dialog.getByRole('button', { name: 'Peruuta' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.getByLabel('Etunimi').nth(0).inputValue()).toBe('Aino');

    // Eino has nothing recorded: he goes at once, and saving keeps Aino's records.
    await page.getByRole('button', { name: 'Poista lapsi Eino' }).click();
    expect(await dialog.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Tallenna' }).count(), { timeout: 10_000 }).toBe(0);
    const prep = await callHost(host, 'preparation.get', { conferenceId: conference.id });
    expect(prep.conference.children.map((c) => c.firstName)).toEqual(['Aino']);
    expect(prep.meetings[0]!.day.children[0]?.threeHouses?.dreams).toBe('Oma koira.');
    expect(prep.commission.childIds).toEqual([conference.children[0]!.id]);
  });

  it('says what is recorded before moving back to "Toimeksianto", and moving deletes nothing', async () => {
    const before = await callHost(host, 'preparation.get', { conferenceId: conference.id });
    expect(before.conference.phase).toBe('seuranta');
    await page.getByRole('button', { name: /Toimeksianto/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Siirretäänkö vaiheeseen Toimeksianto?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain(`Suunnitelma on hyväksytty ${fiDate(conferenceDate)}.`);
    expect(await dialog.textContent()).toContain('Mitään ei poisteta');
    await screenshot(page, 'records-02-phase-back-dialog');

    await dialog.getByRole('button', { name: 'Siirrä vaiheeseen Toimeksianto' }).click();
    await expect.poll(() => page.getByText('Vaihe vaihdettu: Toimeksianto.').isVisible(), { timeout: 10_000 }).toBe(true);
    const after = await callHost(host, 'preparation.get', { conferenceId: conference.id });
    expect(after.conference.phase).toBe('toimeksianto');
    expect(after.plans).toEqual(before.plans);
    expect(after.meetings).toEqual(before.meetings);
    await screenshot(page, 'records-03-moved-back');
  });
});
