/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../electron/shared/api/contract';
import type { MethodName } from '../../electron/shared/api/methods';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { CONFERENCE_TABS, href, ROUTE_NAMES, type RouteNamesComplete } from '../../renderer/src/app/routes';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { callHost, saveSettings, updateMeeting } from '../helpers/e2e-api';
import { setUpFollowUpCase } from '../helpers/e2e-follow-up-case';
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

interface Screen {
  /** The route kind, from ROUTE_NAMES. */
  route: (typeof ROUTE_NAMES)[number];
  /** A conference tab, from CONFERENCE_TABS. */
  tab?: string;
  /** How the failure messages name the screen. */
  name: string;
  hash: string;
}

/** Controls that choose what is shown, not what is stored: changing them loses nothing. */
const VIEW_CONTROLS: { screen: RegExp; label: RegExp; why: string }[] = [
  { screen: /^list$/, label: /Hae|Vaihe/, why: 'the list’s search and phase filter' },
  { screen: /^conference:(arrangements|documents)$/, label: /^Kokous$/, why: 'which meeting the tab shows' },
];

/**
 * Buttons that open an editor or add a row (an add form, an inline editor, a list's new
 * row): each is pressed on a fresh screen and the controls it reveals are walked too.
 */
const OPENER = /^(\+\s*)?(Lisää|Muokkaa|Muuta|Valitse|Saapui|Kirjaa)/;

let screens: Screen[] = [];

/** Polls often: the walk waits for hundreds of small things. */
const QUICK = { intervals: [25], timeout: 10_000 };

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
    venue: { name: 'Perhekeskus Koivikko', address: 'Koivikontie 5, 00940 Helsinki', mainRoom: 'Sali 2', bookingStatus: 'booked' },
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

  const drafting = await setUpDraftingCase();
  const conference = (tab: (typeof CONFERENCE_TABS)[number]) => href({ name: 'conference', id: conferenceId, tab });
  screens = [
    { route: 'list', name: 'list', hash: href({ name: 'list' }) },
    { route: 'new', name: 'new', hash: href({ name: 'new' }) },
    { route: 'settings', name: 'settings', hash: href({ name: 'settings' }) },
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
  trackRequests(page);
  await page.goto(host.url);
  await settle();
}, 180_000);

/**
 * A second case on its own meeting day, today: the plan is being entered (one item so far),
 * and a relative who speaks Swedish needs an interpreter. Returns its id.
 */
async function setUpDraftingCase(): Promise<string> {
  const conference = await api('conference.create', {
    reference: 'Berg 12/2027',
    children: [{ firstName: 'Elsa', birthYear: 2016 }],
    guardians: [{ name: 'Sanna Berg' }],
    socialWorker: { name: 'Leena Korhonen', unit: 'Lastensuojelu', phone: '040 123 4567', email: 'leena.korhonen@example.fi' },
    commissionDate: addDays(today, -40),
    meetingType: 'laheisneuvonpito',
    notes: '',
  });
  const people = [
    { name: 'Sanna Berg', relation: 'äiti', sector: 'family', closeness: 'close', invite: 'invite', reply: 'coming' },
    { name: 'Greta Berg', relation: 'mormor', sector: 'relatives', closeness: 'close', invite: 'invite', reply: 'coming', language: 'sv', interpreterNeeded: true },
  ] as const;
  let prep = await api('preparation.get', { conferenceId: conference.id });
  for (const person of people) prep = await api('network.addMember', { conferenceId: conference.id, ...person });
  const meeting = prep.meetings[0]!;
  await updateMeeting(host, meeting, { date: today, startTime: '09:00', endTime: '13:00', venue: { name: 'Perhekeskus Koivikko' } });
  const draft = (await api('plan.create', { meetingId: meeting.id })).plans[0]!;
  await api('plan.update', {
    id: draft.id,
    version: draft.version,
    items: [
      {
        questionId: null,
        what: 'Mummo hakee Elsan koulusta tiistaisin.',
        owner: { kind: 'member', memberId: prep.members.find((m) => m.name === 'Greta Berg')!.id },
        fromDate: null,
        byDate: null,
        followUp: '',
        checker: null,
        bottomLineIds: [],
      },
    ],
    services: [],
    problems: 'Soitetaan sosiaalityöntekijälle.',
    monitoring: '',
    recipients: [],
    followUpDate: null,
    followUpInvitees: [],
    dissents: [],
    checkedNotAcceptableIds: [],
    decision: null,
  });
  return conference.id;
}

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});


// ---------------------------------------------------------------------------------------
// The page's API traffic, so a change that saves at once is waited for like a person would.

let inFlight = 0;
function trackRequests(p: Page): void {
  const isApi = (url: string) => url.includes('/api/');
  p.on('request', (r) => {
    if (isApi(r.url())) inFlight += 1;
  });
  const done = (r: { url(): string }) => {
    if (isApi(r.url())) inFlight -= 1;
  };
  p.on('requestfinished', done);
  p.on('requestfailed', done);
}

/** Until no API call is pending and nothing is loading, for a quiet moment. */
async function settle(): Promise<void> {
  let quietSince = Date.now();
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const loading = await page.locator('main .loading').count();
    if (inFlight > 0 || loading > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 80) return;
    await page.waitForTimeout(20);
  }
  throw new Error('the page did not settle');
}

/** Opens `hash` as a fresh screen: if it is the one shown, by way of another. */
async function open(hash: string): Promise<void> {
  if ((await page.evaluate(() => window.location.hash)) === hash) {
    await page.evaluate(() => {
      window.location.hash = '#/between-screens';
    });
    // An editor opened by an opener may hold a change already (a list's new row).
    await expect
      .poll(async () => (await unsavedDialog().isVisible()) || (await page.evaluate(() => window.location.hash)) === '#/between-screens', QUICK)
      .toBe(true);
    if (await unsavedDialog().isVisible()) await unsavedDialog().getByRole('button', { name: 'Poistu tallentamatta' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash), QUICK).toBe('#/between-screens');
  }
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await expect.poll(() => page.evaluate(() => window.location.hash), QUICK).toBe(hash);
  await settle();
}

// ---------------------------------------------------------------------------------------
// The controls a person can change, as the page has them now.

interface Control {
  /** The label with its context (form, group, section), as failure messages name it. */
  label: string;
  /** label and its occurrence among equal labels: finds the control again on a fresh screen. */
  key: string;
  kind: 'text' | 'number' | 'date' | 'time' | 'select' | 'checkbox' | 'radio' | 'toggle';
  value: string;
  checked: boolean;
  min: string;
  max: string;
  step: string;
  maxLength: number;
  options: string[];
}

/** Marks each control with data-uc and returns them in document order. */
function listControls(): Promise<Control[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return [];
    const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const byIds = (ids: string) =>
      ids
        .split(/\s+/)
        .map((id) => clean(document.getElementById(id)?.textContent))
        .join(' ');
    const nameOf = (el: Element): string => {
      const aria = el.getAttribute('aria-label');
      if (aria) return clean(aria);
      const labelledBy = el.getAttribute('aria-labelledby');
      if (labelledBy) return byIds(labelledBy);
      const labels = (el as HTMLInputElement).labels;
      if (labels && labels.length > 0) return clean([...labels].map((l) => l.textContent).join(' '));
      if (el.tagName === 'BUTTON') return clean(el.textContent);
      return clean(el.getAttribute('placeholder') ?? el.getAttribute('name') ?? el.tagName.toLowerCase());
    };
    const contextOf = (el: Element): string => {
      const parts: string[] = [];
      const group = el.closest('[role="group"]');
      if (group && group !== el) parts.push(group.getAttribute('aria-label') ? clean(group.getAttribute('aria-label')) : byIds(group.getAttribute('aria-labelledby') ?? ''));
      const legend = el.closest('fieldset')?.querySelector(':scope > legend');
      if (legend) parts.push(clean(legend.textContent));
      const form = el.closest('form, section, [role="region"]');
      if (form) {
        const named = form.getAttribute('aria-label') ?? (form.getAttribute('aria-labelledby') ? byIds(form.getAttribute('aria-labelledby')!) : '');
        if (named) parts.push(clean(named));
      }
      return parts.filter((p) => p !== '').reverse().join(' › ');
    };
    const visible = (el: Element) => {
      const box = (el as HTMLElement).getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    const candidates = main.querySelectorAll<HTMLElement>(
      'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]), textarea, select, [contenteditable="true"], button[aria-pressed]',
    );
    const seen = new Map<string, number>();
    const out: Control[] = [];
    for (const el of candidates) {
      el.removeAttribute('data-uc');
      if (!visible(el) || el.matches(':disabled') || el.hasAttribute('readonly') || el.closest('dialog:not([open])')) continue;
      const input = el as HTMLInputElement;
      const type = el.tagName === 'SELECT' ? 'select' : el.tagName === 'TEXTAREA' ? 'textarea' : el.tagName === 'BUTTON' ? 'toggle' : (input.type || 'text');
      if (type === 'file') continue;
      const kind: Control['kind'] =
        type === 'select' ? 'select'
        : type === 'toggle' ? 'toggle'
        : type === 'checkbox' ? 'checkbox'
        : type === 'radio' ? 'radio'
        : type === 'number' ? 'number'
        : type === 'date' ? 'date'
        : type === 'time' ? 'time'
        : 'text';
      const context = contextOf(el);
      const label = context ? `${context} › ${nameOf(el)}` : nameOf(el);
      const n = (seen.get(label) ?? 0) + 1;
      seen.set(label, n);
      const key = `${label} #${n}`;
      el.setAttribute('data-uc', key);
      out.push({
        label: n > 1 ? `${label} (${n})` : label,
        key,
        kind,
        value: el.isContentEditable ? clean(el.textContent) : kind === 'toggle' ? '' : ((el as HTMLInputElement).value ?? ''),
        checked: kind === 'toggle' ? el.getAttribute('aria-pressed') === 'true' : Boolean(input.checked),
        min: input.min ?? '',
        max: input.max ?? '',
        step: input.step ?? '',
        maxLength: typeof input.maxLength === 'number' && input.maxLength > 0 ? input.maxLength : 0,
        options:
          el.tagName === 'SELECT'
            ? [...(el as HTMLSelectElement).options].filter((o) => !o.disabled).map((o) => o.value)
            : [],
      });
    }
    return out;
  });
}

function locate(control: Control): Locator {
  return page.locator(`main [data-uc="${control.key.replace(/"/g, '\\"')}"]`);
}

/** The buttons that open an editor, as named on the page now, marked with data-uc-opener. */
function openers(): Promise<string[]> {
  return page.evaluate((source) => {
    const pattern = new RegExp(source);
    const names: string[] = [];
    for (const button of document.querySelectorAll('main button:not([type="submit"])')) {
      button.removeAttribute('data-uc-opener');
      if (button.getBoundingClientRect().width === 0 || button.closest('dialog:not([open])')) continue;
      const name = (button.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!pattern.test(name)) continue;
      button.setAttribute('data-uc-opener', name);
      names.push(name);
    }
    return names;
  }, OPENER.source);
}

// ---------------------------------------------------------------------------------------
// A change like a person's, and whether it is there afterwards.

type Change = { kind: 'value'; expected: string } | { kind: 'checked'; expected: boolean } | null;

function shiftTime(value: string): string {
  return value === '10:15' ? '10:20' : '10:15';
}

async function makeChange(control: Control): Promise<Change> {
  const target = locate(control);
  await target.scrollIntoViewIfNeeded();
  switch (control.kind) {
    case 'text': {
      const addition = ' muutettu';
      const isEmail = (await target.getAttribute('type')) === 'email';
      const isPhone = (await target.getAttribute('type')) === 'tel';
      let expected = isEmail
        ? control.value === 'muutettu@example.fi' ? 'toinen@example.fi' : 'muutettu@example.fi'
        : isPhone ? (control.value === '040 777 8899' ? '040 777 8800' : '040 777 8899')
        : control.value === '' ? 'Muutettu teksti' : `${control.value}${addition}`;
      if (control.maxLength > 0 && expected.length > control.maxLength) expected = `${control.value.slice(0, control.maxLength - addition.length)}${addition}`;
      if (await target.evaluate((el) => (el as HTMLElement).isContentEditable)) {
        await target.click();
        await page.keyboard.press('End');
        await page.keyboard.type(addition);
      } else {
        await target.fill(expected);
      }
      return { kind: 'value', expected };
    }
    case 'number': {
      const step = Number(control.step) > 0 ? Number(control.step) : 1;
      const min = control.min === '' ? 0 : Number(control.min);
      const max = control.max === '' ? Infinity : Number(control.max);
      const current = control.value === '' ? min : Number(control.value);
      const next = current + step <= max ? current + step : current - step;
      await target.fill(String(next));
      return { kind: 'value', expected: String(next) };
    }
    case 'date': {
      const expected = control.value === '' ? today : addDays(control.value, control.value >= today ? -1 : 1);
      await target.fill(expected);
      return { kind: 'value', expected };
    }
    case 'time': {
      const expected = shiftTime(control.value);
      await target.fill(expected);
      return { kind: 'value', expected };
    }
    case 'select': {
      const other = control.options.find((o) => o !== control.value && o !== '') ?? control.options.find((o) => o !== control.value);
      if (other === undefined) return null;
      await target.selectOption(other);
      return { kind: 'value', expected: other };
    }
    case 'checkbox':
      await target.click();
      return { kind: 'checked', expected: !control.checked };
    case 'toggle':
      await target.click();
      await settle();
      // A pressed option of a one-of group (present / absent) stays pressed: not a change.
      if ((await valueNow(control)) === control.checked) return null;
      return { kind: 'checked', expected: !control.checked };
    case 'radio':
      if (control.checked) return null; // a chosen radio changes by choosing another
      await target.click();
      return { kind: 'checked', expected: true };
  }
}

async function valueNow(control: Control): Promise<string | boolean | null> {
  const target = locate(control);
  if ((await target.count()) === 0) return null;
  return target.evaluate((el, kind) => {
    if (kind === 'toggle') return el.getAttribute('aria-pressed') === 'true';
    if (kind === 'checkbox' || kind === 'radio') return (el as HTMLInputElement).checked;
    if ((el as HTMLElement).isContentEditable) return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return (el as HTMLInputElement).value;
  }, control.kind);
}

function original(control: Control): string | boolean {
  return control.kind === 'checkbox' || control.kind === 'toggle' || control.kind === 'radio' ? control.checked : control.value;
}

/** Puts a saved change back, so the next controls meet the case as it was set up. */
async function revert(control: Control): Promise<void> {
  const target = locate(control);
  if (control.kind === 'checkbox' || control.kind === 'toggle') await target.click();
  else if (control.kind === 'select') await target.selectOption(control.value);
  else if (control.kind === 'text' || control.kind === 'number' || control.kind === 'date' || control.kind === 'time') {
    await target.fill(control.value);
    await target.blur();
  }
  // A radio is put back by the next one chosen.
  await settle();
}

// ---------------------------------------------------------------------------------------
// Leaving, and what happened.

const unsavedDialog = () => page.getByRole('dialog', { name: 'Tallentamattomia muutoksia' });
const dialogsSeen = new Set<string>();

/** Leaves by the sidebar (the meeting view, which has none, by its back link). */
async function leave(screen: Screen): Promise<'asked' | 'left'> {
  const before = await page.evaluate(() => window.location.hash);
  const sidebar = page.getByRole('navigation', { name: 'Päävalikko' });
  const link = (await sidebar.isVisible())
    ? sidebar.getByRole('link', { name: screen.route === 'list' ? 'Uusi neuvonpito' : 'Neuvonpidot' })
    : page.locator('main a[href^="#/"]').first();
  await settle();
  await link.click();
  await expect
    .poll(async () => (await unsavedDialog().isVisible()) || (await page.evaluate(() => window.location.hash)) !== before, QUICK)
    .toBe(true);
  if (await unsavedDialog().isVisible()) {
    if (!dialogsSeen.has(screen.name)) {
      dialogsSeen.add(screen.name);
      await screenshot(page, `90-unsaved-${screen.name.replace(/[^a-z0-9]+/gi, '-')}`);
    }
    await unsavedDialog().getByRole('button', { name: 'Poistu tallentamatta' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash), QUICK).not.toBe(before);
    return 'asked';
  }
  return 'left';
}

/** Opens the screen fresh, and the editor `opener` opens, if any. */
async function openScreen(screen: Screen, opener?: string): Promise<void> {
  await open(screen.hash);
  if (opener) {
    await openers();
    const button = page.locator(`main button[data-uc-opener="${opener.replace(/"/g, '\\"')}"]`).first();
    if ((await button.count()) === 0) {
      await screenshot(page, '92-opener-missing');
      throw new Error(`${screen.name}: the button “${opener}” is not on the screen`);
    }
    await button.click();
    await settle();
  }
}

interface Finding {
  screen: string;
  control: string;
  problem: string;
}

/** Changes one control on a fresh screen and leaves: asked, or saved, or a finding. */
async function prove(screen: Screen, control: Control, opener: string | undefined, findings: Finding[]): Promise<'asked' | 'saved' | 'skipped'> {
  await openScreen(screen, opener);
  const shown = await listControls();
  const fresh = shown.find((c) => c.key === control.key);
  if (!fresh) {
    findings.push({ screen: screen.name, control: control.label, problem: 'not found again on a fresh screen' });
    return 'skipped';
  }
  const change = await makeChange(fresh);
  if (change === null) return 'skipped';
  // What the change brings up (a reason once "not invited" is chosen) is in the same form.
  const keys = new Set(shown.map((c) => c.key));
  for (const more of await listControls()) {
    if (!keys.has(more.key)) revealed.add(`${screen.name} › ${more.label} (appears with ${control.label})`);
  }
  const outcome = await leave(screen);
  if (outcome === 'asked') return 'asked';
  await openScreen(screen, opener);
  await listControls();
  const now = await valueNow(fresh);
  if (now !== change.expected) {
    await screenshot(page, `91-lost-${findings.length}`);
    findings.push({
      screen: screen.name,
      control: control.label,
      problem: `left without asking, and the change is lost (was ${JSON.stringify(original(fresh))}, changed to ${JSON.stringify(change.expected)}, now ${JSON.stringify(now)})`,
    });
    return 'saved';
  }
  await revert(fresh);
  return 'saved';
}

/**
 * Controls that appear only once another control of their form is changed: that change
 * already asks, so they are listed (in the log), not proved one by one.
 */
const revealed = new Set<string>();

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
      await openScreen(screen);
      const base = (await listControls()).filter((c) => !isViewControl(screen, c));
      const queue: { control: Control; opener?: string }[] = base.map((control) => ({ control }));
      const baseKeys = new Set(base.map((c) => c.key));
      // The editors behind the openers: the controls they add to the screen.
      for (const name of new Set(await openers())) {
        await openScreen(screen, name);
        for (const control of await listControls()) {
          if (!baseKeys.has(control.key) && !isViewControl(screen, control)) queue.push({ control, opener: name });
        }
      }
      for (const { control, opener } of queue) {
        const outcome = await prove(screen, control, opener, findings);
        proved.push(`${screen.name}${opener ? ` [${opener}]` : ''} › ${control.label}: ${outcome}`);
        if (process.env.UC_VERBOSE) console.log(proved.at(-1), findings.at(-1)?.control === control.label ? `  !! ${findings.at(-1)!.problem}` : '');
      }
    }
    console.log(`${proved.length} controls walked:\n${proved.join('\n')}`);
    console.log(`${revealed.size} controls appear only with a change of their form:\n${[...revealed].join('\n')}`);
    expect(findings.map((f) => `${f.screen} › ${f.control}: ${f.problem}`)).toEqual([]);
  }, 900_000);

  it('visited every route kind and every conference tab of the registry', () => {
    expect([...visited].sort()).toEqual([...ROUTE_NAMES].sort());
    expect([...visitedTabs].sort()).toEqual([...CONFERENCE_TABS].sort());
  });
});
