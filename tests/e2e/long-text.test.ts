/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../electron/shared/api/contract';
import type { MethodName } from '../../electron/shared/api/methods';
import { interpreterSchema, venuePlaceSchema } from '../../electron/shared/arrangements/meeting.schema';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { dissentSchema, planItemSchema, serviceSupportSchema } from '../../electron/shared/plan/plan.schema';
import { CONFERENCE_TABS } from '../../renderer/src/app/routes';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { callHost } from '../helpers/e2e-api';
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

const today = todayInHelsinki(new Date());
const conferenceDate = addDays(today, -7);

async function setUp(): Promise<void> {
  const api = <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => callHost(host, method, input);
  // Updates take the whole record: each starts from what the API returned.
  const settings = await api('settings.get', {});
  await api('settings.update', { section: 'convener', version: settings.versions.convener, value: { ...settings.convener, name: word(100), title: word(100) } });
  await api('settings.update', { section: 'unit', version: settings.versions.unit, value: { ...settings.unit, name: word(120), postalAddress: word(300) } });
  const venue = { ...venuePlaceSchema.parse({}), id: randomUUID(), name: word(120), address: word(300), mainRoom: word(120) };
  await api('settings.update', { section: 'venues', version: settings.versions.venues, value: [venue] });
  const conference = await api('conference.create', {
    reference: word(60),
    children: [{ firstName: word(60), birthYear: 2014 }],
    guardians: [{ name: word(100) }],
    socialWorker: { name: word(100), unit: word(120), phone: '', email: '' },
    commissionDate: addDays(conferenceDate, -50),
    meetingType: 'laheisneuvonpito',
    notes: word(2000),
  });
  conferenceId = conference.id;
  const relative = await api('network.addMember', {
    conferenceId,
    name: word(100),
    relation: word(80),
    sector: 'relatives',
    closeness: 'close',
    invite: 'invite',
    reply: 'coming',
    address: word(300),
    accessibility: word(500),
    diet: word(300),
    notes: word(2000),
  });
  const worker = await api('network.addMember', {
    conferenceId,
    name: word(100),
    relation: word(80),
    sector: 'professionals',
    closeness: 'distant',
    invite: 'invite',
    reply: 'coming',
    worker: { organisation: word(120), topic: word(1000), staysForPlan: true, sharingAllowed: true },
  });
  memberId = relative.members[0]!.id;
  const workerId = worker.members.find((m) => m.id !== memberId)!.id;
  let prep = await api('preparation.get', { conferenceId });
  prep = await api('commission.update', {
    ...prep.commission,
    conferenceId,
    version: prep.commission.version,
    concerns: [{ text: word(500) }],
    notes: word(2000),
  });
  await api('contact.add', { conferenceId, memberId, date: addDays(conferenceDate, -30), channel: 'phone', discussed: word(2000), nextStep: word(1000) });
  prep = await api('summary.update', {
    ...prep.summary,
    conferenceId,
    version: prep.summary.version,
    text: word(2000),
    openQuestions: [{ text: word(1000) }],
    generalQuestions: prep.summary.generalQuestions.map((q) => ({ id: q.id, text: q.text })),
    mustInclude: [{ text: word(1000) }],
    notAcceptable: [{ text: word(1000) }],
    sharedWithNetwork: word(2000),
  });
  const meeting = prep.meetings[0]!;
  await api('meeting.update', {
    ...meeting,
    id: meeting.id,
    version: meeting.version,
    date: conferenceDate,
    startTime: '09:00',
    endTime: '13:00',
    venue: { ...meeting.venue, name: word(120), address: word(300), mainRoom: word(120), bookingStatus: 'booked', accessibility: word(500) },
    refreshments: { ...meeting.refreshments, what: word(500), supplier: word(120) },
    interpreters: [{ ...interpreterSchema.parse({ language: word(60) }), provider: word(120) }],
    remoteLink: `https://example.fi/${word(480)}`,
    notes: word(2000),
  });
  await api('checklist.addItem', { meetingId: meeting.id, text: word(200), dueDate: addDays(conferenceDate, -3) });
  await api('meetingDay.addPerson', { meetingId: meeting.id, name: word(100), relation: word(80), sector: 'friends', presence: 'in_person' });
  await api('meetingDay.setChild', {
    meetingId: meeting.id,
    childId: conference.children[0]!.id,
    version: 1,
    heard: 'present',
    note: word(1000),
    threeHouses: { worries: word(2000), goodThings: word(2000), dreams: word(2000) },
  });
  const created = (await api('plan.create', { meetingId: meeting.id })).plans[0]!;
  const member = { kind: 'member' as const, memberId };
  const questionId = prep.summary.openQuestions[0]!.id;
  const accepted = (
    await api('plan.update', {
      ...created,
      id: created.id,
      version: created.version,
      items: [
        planItemSchema.parse({ what: word(1000), owner: member, questionId, followUp: word(500), checker: { kind: 'member', memberId: workerId } }),
        planItemSchema.parse({ what: word(1000), owner: { kind: 'social_worker' } }),
      ],
      services: [serviceSupportSchema.parse({ worker: { kind: 'member', memberId: workerId }, what: word(500) })],
      problems: word(2000),
      monitoring: word(2000),
      followUpDate: addDays(today, 60),
      followUpInvitees: [member, { kind: 'social_worker' }],
      dissents: [dissentSchema.parse({ person: member, text: word(2000) })],
      decision: { outcome: 'accepted_with_changes', reasons: word(2000), date: conferenceDate },
    })
  ).plans[0]!;
  const withFollowUp = await api('followUp.create', { planId: accepted.id, version: accepted.version });
  const followUp = withFollowUp.meetings.find((m) => m.kind === 'follow_up')!;
  const followUpRecord = withFollowUp.followUps.find((f) => f.meetingId === followUp.id)!;
  await api('followUp.updateSummary', {
    ...followUpRecord.summary,
    meetingId: followUp.id,
    version: followUpRecord.version,
    worked: word(5000),
    toRefine: word(5000),
    newConcerns: word(5000),
    workSoFar: word(5000),
    questions: [{ text: word(1000) }],
  });
  await api('followUp.reviewItem', { meetingId: followUp.id, itemId: accepted.items[0]!.id, version: 1, status: 'partly', comment: word(2000) });
}

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  await setUp();
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
