/// <reference lib="dom" />
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../electron/shared/api/contract';
import type { MethodName } from '../../electron/shared/api/methods';
import type { Conference } from '../../electron/shared/conference/conference.schema';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { launchBrowser, openPage, screenshot, SCREENSHOT_DIR } from '../helpers/browser';
import { docxText } from '../helpers/docx';
import { followUpSummaryUpdate, meetingUpdate } from '../fixtures/record-updates';
import { callHost } from '../helpers/e2e-api';
import { setUpFollowUpCase } from '../helpers/e2e-follow-up-case';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';
import { fiDate } from '../helpers/finnish-dates';

/*
 * The follow-up meeting's own day: a conference held three months ago whose accepted plan
 * invites four of the network and the social worker to a follow-up today. Set up through
 * the web host's API; the convener then opens the meeting view, which records the
 * follow-up, marks who came and starts part 1, and exports the follow-up record, whose
 * "Läsnä" comes from that day. Every person is invented.
 */

const dataDir = makeTempDir('neuvonpito-e2e-fu-day-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let conference: Conference;
let conferenceMeetingId: string;

const today = todayInHelsinki(new Date());
const conferenceDate = addDays(today, -100);

function apiCall<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return callHost(host, method, input);
}

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  const set = await setUpFollowUpCase(host, {
    reference: 'Äijälä 9/2027',
    conferenceDate,
    followUpDate: today,
    invitees: ['Maija Äijälä', 'Aune Äijälä', 'Britt-Marie Lindqvist', 'Kaisa Kuraattori'],
  });
  conference = set.conference;
  conferenceMeetingId = set.conferenceMeetingId;
  const followUp = set.prep.meetings.find((m) => m.id === set.followUpMeetingId)!;
  const followUpRecord = set.prep.followUps.find((f) => f.meetingId === followUp.id)!;
  await apiCall(
    'followUp.updateSummary',
    followUpSummaryUpdate(followUpRecord, {
      worked: 'Aamut ovat sujuneet mummon avulla.',
      toRefine: 'Iltojen sopimukset ovat jääneet epäselviksi.',
      questions: [{ text: 'Kuka on Ainon kanssa iltaisin?' }, { text: 'Miten koulumatkat sujuvat talvella?' }],
      receivedDate: addDays(today, -7),
    }),
  );
  await apiCall(
    'meeting.update',
    meetingUpdate(followUp, {
      date: today,
      startTime: '13:00',
      endTime: '15:00',
      venue: { name: 'Perhekeskus Koivikko', address: 'Koivikontie 5, 00940 Helsinki', mainRoom: { fi: 'Neuvotteluhuone Kuusi', sv: '', en: '' }, bookingStatus: 'booked' },
    }),
  );

  // Their replies to the follow-up: Britt-Marie takes part remotely, the others come.
  for (const member of set.prep.members.filter((m) => m.name !== 'Ville Ystävä')) {
    const reply = member.name === 'Britt-Marie Lindqvist' ? 'remote' : 'coming';
    await apiCall('meeting.setReply', { meetingId: followUp.id, memberId: member.id, version: 1, reply });
  }

  browser = await launchBrowser();
  page = await openPage(browser);
  // A step that cannot happen fails with its own message well before the test's time runs out.
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

function presence(name: string): Locator {
  return page.getByRole('group', { name: `${name}: läsnäolo` });
}

async function press(name: string, button: string): Promise<void> {
  await presence(name).getByRole('button', { name: button, exact: true }).click();
  await expect.poll(() => presence(name).getByRole('button', { name: button, exact: true }).getAttribute('aria-pressed')).toBe('true');
}

describe('the follow-up meeting’s day in the browser', () => {
  it('records the follow-up in the meeting view: the plan’s invitees, a late arrival, one remotely, part 1 started', async () => {
    await page.goto(`${host.url}#/conferences/${conference.id}/meeting`);
    // The view's header sits inside the app's main landmark, so it is no banner: found by its heading.
    const header = page.locator('header', { has: page.getByRole('heading', { level: 1, name: 'Äijälä 9/2027' }) });
    await expect.poll(() => header.textContent()).toContain('Seurantakokous');
    expect(await header.textContent()).toContain(fiDate(today));
    expect(await header.textContent()).toContain('klo 13.00–15.00');

    // The people the plan invites, the social worker first; Ville was at the conference only.
    const listed = await page.getByRole('group', { name: /: läsnäolo$/ }).evaluateAll((groups) => groups.map((g) => g.getAttribute('aria-label')));
    expect(listed).toEqual([
      'Sosiaalityöntekijä: läsnäolo',
      'Maija Äijälä: läsnäolo',
      'Aune Äijälä: läsnäolo',
      'Britt-Marie Lindqvist: läsnäolo',
      'Kaisa Kuraattori: läsnäolo',
    ]);
    const brittRow = page.getByRole('listitem').filter({ has: presence('Britt-Marie Lindqvist') });
    expect(await brittRow.textContent()).toContain('Ennakkoon: Tulossa etänä');

    await press('Maija Äijälä', 'Paikalla');
    await press('Britt-Marie Lindqvist', 'Etänä');
    await press('Kaisa Kuraattori', 'Ei paikalla');
    const auneRow = page.getByRole('listitem').filter({ has: presence('Aune Äijälä') });
    await auneRow.getByRole('button', { name: 'Saapui myöhässä' }).click();
    await auneRow.getByLabel('Saapumisaika').fill('13.20');
    await auneRow.getByRole('button', { name: 'Tallenna' }).click();
    await expect.poll(() => auneRow.getByText('Saapui klo 13.20').isVisible()).toBe(true);

    const information = page.getByRole('article', { name: 'Tiedonanto' });
    await information.getByRole('button', { name: 'Aloita' }).click();
    await expect.poll(() => information.getByText('Käynnissä', { exact: true }).isVisible()).toBe(true);

    const questions = page.getByRole('group', { name: 'Sosiaalityöntekijän kysymykset' });
    expect(await questions.textContent()).toContain('Kysymyksiä verkostolle seurantakokouksen yhteenvedossa: 2.');
    expect(await questions.getByRole('link', { name: /Avaa yhteenveto ja arviointi/ }).getAttribute('href')).toBe(`#/conferences/${conference.id}/followUp`);

    const counts = page.getByRole('list', { name: 'Läsnäolo yhteensä' });
    expect(await counts.textContent()).toContain('Paikalla 2');
    expect(await counts.textContent()).toContain('Etänä 1');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, '54-follow-up-meeting-view');
    // The header stays on top: each part is scrolled to the middle of the window to be seen.
    await page.getByRole('group', { name: 'Sosiaalityöntekijän kysymykset' }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, '55-follow-up-information');
    await page.getByRole('region', { name: /Suunnitelman esittely ja hyväksyminen/ }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, '56-follow-up-private-time-and-plan');
  });

  it('recorded the follow-up’s day, not the conference’s, and left the phase at follow-up', async () => {
    const prep = await apiCall('preparation.get', { conferenceId: conference.id });
    expect(prep.conference.phase).toBe('seuranta');
    const followUp = prep.meetings.find((m) => m.kind === 'follow_up')!;
    expect(followUp.day.timers.find((t) => t.part === 'information')?.segments).toHaveLength(1);
    expect(followUp.day.attendance).toHaveLength(4);
    const own = prep.meetings.find((m) => m.id === conferenceMeetingId)!;
    expect(own.day.attendance).toEqual([]);
    expect(own.day.timers.every((t) => t.segments.length === 0)).toBe(true);
  });

  it('exports the follow-up record, which lists who was present', async () => {
    await page.goto(`${host.url}#/conferences/${conference.id}/followUp`);
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await page.getByRole('button', { name: 'Vie muistio Wordiin' }).click();
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(1);
    const bytes = readFileSync(await downloads[0]!.path());
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, '57-follow-up-record.docx'), bytes);

    const text = docxText(bytes);
    const present = text.slice(text.indexOf('Läsnä'));
    expect(text).toContain('Läsnä');
    expect(present).toContain('Maija Äijälä');
    expect(present).toContain('Aune Äijälä');
    expect(present).toContain('saapui klo 13.20');
    expect(present).toContain('Britt-Marie Lindqvist');
    expect(present).toContain('etäyhteydellä');
    expect(present).toContain('Leena Korhonen');
    expect(text).not.toContain('Ville Ystävä');
    expect(text).not.toContain('Kaisa Kuraattori');
  });
});
