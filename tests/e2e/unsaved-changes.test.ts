import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../electron/shared/api/contract';
import type { MethodName } from '../../electron/shared/api/methods';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { href, ROUTE_NAMES, type RouteNamesComplete } from '../../renderer/src/app/routes';
import { CONFERENCE_TABS } from '../../electron/shared/conference/meeting-types';
import { launchBrowser, openPage } from '../helpers/browser';
import { callHost, saveSettings, updateMeeting } from '../helpers/e2e-api';
import { setUpDraftingCase, setUpFollowUpCase } from '../helpers/e2e-follow-up-case';
import { screenWalk, type Control, type Finding, type ScreenWalk, type WalkedScreen } from '../helpers/e2e-screen-walk';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * The app's promise: nothing the convener enters is lost without a word. The save model is
 * one: a choice (a tick, a radio, a toggle) is saved the moment it is made; typed text lives
 * in a form that asks before leaving while it is unsaved. This walks every screen of the
 * route registry on a case where every surface is populated, changes every control a person
 * can change there — one at a time, on a freshly opened screen — and leaves by a link. It
 * passes for a control only if the unsaved-changes dialog appeared, or the change is there
 * when the screen is opened again. A new tab is walked by itself; a new route kind fails
 * until it is added here. Every person is invented.
 *
 * While working on it: UC_SCREEN=<part of a screen's name> walks only those screens,
 * UC_VERBOSE=1 prints each control's outcome as it goes.
 */

// A compile error here means a route kind was added to the app but not to ROUTE_NAMES.
const routeNamesComplete: RouteNamesComplete = true;

const dataDir = makeTempDir('neuvonpito-e2e-unsaved-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;

const today = todayInHelsinki(new Date());
const conferenceDate = addDays(today, -100);

function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return callHost(host, method, input);
}

interface Screen extends WalkedScreen {
  /** The route kind, from ROUTE_NAMES. */
  route: (typeof ROUTE_NAMES)[number];
  /** A conference tab, from CONFERENCE_TABS. */
  tab?: string;
}

/** Controls that choose what is shown, not what is stored: changing them loses nothing. */
const VIEW_CONTROLS: { screen: RegExp; label: RegExp; why: string }[] = [
  { screen: /^list$/, label: /Hae|Vaihe/, why: 'the list’s search and phase filter' },
  { screen: /conference:(arrangements|documents|feedback)$/, label: /^Kokous$/, why: 'which meeting the tab shows' },
  {
    screen: /conference:feedback$/,
    label: /^Tyhjät lomakkeet › |^Kirjaa palautettu lomake › Ryhmä › /,
    why: 'which blank form is downloaded, and the group the next returned form is entered for (kept from form to form)',
  },
  { screen: /conference:work$/, label: /Kuukausi$/, why: 'which month’s time report is made' },
  { screen: /^statistics$/, label: /./, why: 'the statistics page stores nothing: its controls choose the period and type shown' },
];

/**
 * Buttons that open an editor or add a row (an add form, an inline editor, a list's new
 * row): each is pressed on a fresh screen and the controls it reveals are walked too.
 */
const OPENER = /^(\+\s*)?(Lisää|Muokkaa|Muuta|Valitse|Saapui|Kirjaa)/;

let screens: Screen[] = [];
let walk: ScreenWalk;

// ---------------------------------------------------------------------------------------
// The case: one conference with every surface populated and editable.

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  const set = await setUpFollowUpCase(host, {
    reference: 'Äijälä 11/2027',
    conferenceDate,
    followUpDate: today,
    invitees: ['Maija Äijälä', 'Aune Äijälä', 'Britt-Marie Lindqvist', 'Kaisa Kuraattori'],
  });
  const conferenceId = set.conference.id;
  const members = new Map(set.prep.members.map((m) => [m.name, m]));
  await saveSettings(host, {
    venues: [{ id: '6a1f7c52-0d43-4c6e-9a53-7e1b2f3c4d5e', name: 'Nuorisotalo Kipinä', address: 'Kipinätie 3, 00950 Helsinki', mainRoom: '', privateRoom: '', capacity: null, accessibility: '', parking: '' }],
  });
  await api('commission.update', {
    conferenceId,
    version: set.prep.commission.version,
    agreedDate: addDays(conferenceDate, -50),
    socialWorkerTookPart: true,
    guardianIds: set.conference.guardians.map((g) => g.id),
    childIds: [],
    concerns: [{ text: 'Aamut ovat raskaita.' }, { text: 'Koulumatkat jäävät väliin.' }],
    voluntaryDate: addDays(conferenceDate, -50),
    contactConsentDate: addDays(conferenceDate, -50),
    waiverDate: null,
    notes: 'Äiti toivoo, että mummo on mukana.',
  });
  await api('contact.add', {
    conferenceId,
    memberId: members.get('Aune Äijälä')!.id,
    date: addDays(conferenceDate, -40),
    channel: 'phone',
    discussed: 'Mummo tulee mielellään.',
    nextStep: 'Lähetä kutsu.',
    nextStepDate: addDays(conferenceDate, -35),
  });
  await api('contact.add', { conferenceId, memberId: null, date: addDays(conferenceDate, -45), channel: 'meeting', discussed: 'Perheen kanssa kotona.' });
  // Working time and a travel cost, each editable on the work tab.
  await api('work.add', { conferenceId, date: addDays(conferenceDate, -40), minutes: '1 h 30 min', activity: 'documents' });
  await api('cost.add', { conferenceId, date: addDays(conferenceDate, -40), kind: 'travel', what: 'Matka 32 km', amount: '15,36' });
  const prep = await api('preparation.get', { conferenceId });
  await api('summary.update', {
    conferenceId,
    version: prep.summary.version,
    text: 'Aino on 13-vuotias ja käy Koivikon koulua.',
    openQuestions: [{ text: 'Kuka herättää Ainon aamuisin?' }, { text: 'Miten koulumatkat sujuvat?' }],
    generalQuestions: [{ text: 'Miten Ainon turvallisuus varmistetaan?' }],
    mustInclude: [{ text: 'Aikuinen on kotona iltaisin.' }],
    notAcceptable: [{ text: 'Aino ei ole yksin yöllä.' }],
    requestedDate: addDays(conferenceDate, -30),
    receivedDate: addDays(conferenceDate, -20),
    parentsDate: null,
    childrenDate: null,
    supportPersonDate: null,
    sharedWithNetwork: 'Koko yhteenveto.',
  });
  const followUp = prep.meetings.find((m) => m.id === set.followUpMeetingId)!;
  await updateMeeting(host, followUp, {
    date: today,
    startTime: '09:00',
    endTime: '11:00',
    venue: { name: 'Perhekeskus Koivikko', address: 'Koivikontie 5, 00940 Helsinki', mainRoom: { fi: 'Sali 2', sv: '', en: '' }, bookingStatus: 'booked' },
    invitation: { replyBy: addDays(today, -14) },
  });
  await api('checklist.addItem', { meetingId: followUp.id, text: 'Varaa kahvit', dueDate: addDays(today, -2) });
  const record = prep.followUps.find((f) => f.meetingId === followUp.id)!;
  await api('followUp.updateSummary', {
    meetingId: followUp.id,
    version: record.version,
    worked: 'Aamut ovat sujuneet mummon avulla.',
    toRefine: 'Iltojen sopimukset ovat jääneet epäselviksi.',
    newConcerns: '',
    workSoFar: '',
    questions: [{ text: 'Kuka on Ainon kanssa iltaisin?' }],
    requestedDate: addDays(today, -14),
    receivedDate: addDays(today, -7),
  });

  const drafting = await setUpDraftingCase(host, today);
  const conference = (tab: (typeof CONFERENCE_TABS)[number]) => href({ name: 'conference', id: conferenceId, tab });
  screens = [
    { route: 'list', name: 'list', hash: href({ name: 'list' }) },
    { route: 'new', name: 'new', hash: href({ name: 'new' }) },
    { route: 'settings', name: 'settings', hash: href({ name: 'settings' }) },
    { route: 'week', name: 'week', hash: href({ name: 'week' }) },
    { route: 'statistics', name: 'statistics', hash: href({ name: 'statistics' }) },
    ...CONFERENCE_TABS.map((tab): Screen => ({ route: 'conference', tab, name: `conference:${tab}`, hash: conference(tab) })),
    { route: 'member', name: 'member (existing)', hash: href({ name: 'member', id: conferenceId, memberId: members.get('Kaisa Kuraattori')!.id }) },
    { route: 'member', name: 'member (new)', hash: href({ name: 'member', id: conferenceId, memberId: 'new' }) },
    { route: 'member', name: 'member (new worker)', hash: href({ name: 'member', id: conferenceId, memberId: 'new', worker: true }) },
    { route: 'meetingMode', name: 'meeting view', hash: href({ name: 'meetingMode', id: conferenceId }) },
    { route: 'notFound', name: 'not found', hash: '#/no-such-screen' },
    // The other case, on its own meeting day: the plan being entered, the day's arrangements with an interpreter.
    { route: 'conference', tab: 'plan', name: 'drafting conference:plan', hash: href({ name: 'conference', id: drafting, tab: 'plan' }) },
    { route: 'conference', tab: 'arrangements', name: 'drafting conference:arrangements', hash: href({ name: 'conference', id: drafting, tab: 'arrangements' }) },
    { route: 'meetingMode', name: 'drafting meeting view', hash: href({ name: 'meetingMode', id: drafting }) },
  ];

  browser = await launchBrowser();
  page = await openPage(browser);
  walk = screenWalk(page, { today, opener: OPENER });
  await page.goto(host.url);
  await walk.settle();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

const isViewControl = (screen: Screen, control: Control) =>
  VIEW_CONTROLS.some((v) => v.screen.test(screen.name) && v.label.test(control.label));

// ---------------------------------------------------------------------------------------

describe('leaving a screen with a change', () => {
  const visited = new Set<string>();
  const visitedTabs = new Set<string>();
  const findings: Finding[] = [];
  const proved: string[] = [];

  it('walks every screen of the route registry: each change was saved or the app asked first', async () => {
    expect(routeNamesComplete).toBe(true);
    for (const screen of screens) {
      if (process.env.UC_SCREEN && !screen.name.includes(process.env.UC_SCREEN)) continue;
      visited.add(screen.route);
      if (screen.tab) visitedTabs.add(screen.tab);
      await walk.openScreen(screen);
      const base = (await walk.listControls()).filter((c) => !isViewControl(screen, c));
      const queue: { control: Control; opener?: string }[] = base.map((control) => ({ control }));
      const baseKeys = new Set(base.map((c) => c.key));
      // The editors behind the openers: the controls they add to the screen.
      for (const name of new Set(await walk.openers())) {
        await walk.openScreen(screen, name);
        for (const control of await walk.listControls()) {
          if (!baseKeys.has(control.key) && !isViewControl(screen, control)) queue.push({ control, opener: name });
        }
      }
      for (const { control, opener } of queue) {
        const outcome = await walk.prove(screen, control, opener, findings);
        proved.push(`${screen.name}${opener ? ` [${opener}]` : ''} › ${control.label}: ${outcome}`);
        if (process.env.UC_VERBOSE) console.log(proved.at(-1), findings.at(-1)?.control === control.label ? `  !! ${findings.at(-1)!.problem}` : '');
      }
    }
    console.log(`${proved.length} controls walked:\n${proved.join('\n')}`);
    console.log(`${walk.revealed.size} controls appear only with a change of their form:\n${[...walk.revealed].join('\n')}`);
    expect(findings.map((f) => `${f.screen} › ${f.control}: ${f.problem}`)).toEqual([]);
  }, 900_000);

  it('visited every route kind and every conference tab of the registry', () => {
    expect([...visited].sort()).toEqual([...ROUTE_NAMES].sort());
    expect([...visitedTabs].sort()).toEqual([...CONFERENCE_TABS].sort());
  });
});
