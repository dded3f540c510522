/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Locator, Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import { addDays } from '../../electron/shared/dates';
import { screenshot } from './browser';

/*
 * Walks a screen of the app as a person changing things would, for the unsaved-changes e2e:
 * finds every control a person can change, changes one on a freshly opened screen, leaves by
 * a sidebar link, and tells whether the app asked first or the change was saved.
 */

/** A screen to walk: its route kind, its name in messages, and its hash. */
export interface WalkedScreen {
  route: string;
  name: string;
  hash: string;
}

/** One control a person can change. */
export interface Control {
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

/** A control whose change was lost without a question, or that could not be walked. */
export interface Finding {
  screen: string;
  control: string;
  problem: string;
}

export type Outcome = 'asked' | 'saved' | 'skipped';

type Change = { kind: 'value'; expected: string } | { kind: 'checked'; expected: boolean } | null;

/** Polls often: the walk waits for hundreds of small things. */
const QUICK = { intervals: [25], timeout: 15_000 };

export interface ScreenWalk {
  settle(): Promise<void>;
  /** Opens the screen fresh, and the editor `opener` opens, if any. */
  openScreen(screen: WalkedScreen, opener?: string): Promise<void>;
  /** The controls on the screen now, in document order. */
  listControls(): Promise<Control[]>;
  /** The buttons that open an editor (named by `opener`), as on the screen now. */
  openers(): Promise<string[]>;
  /** Changes one control on a fresh screen and leaves: asked, or saved, or a finding. */
  prove(screen: WalkedScreen, control: Control, opener: string | undefined, findings: Finding[]): Promise<Outcome>;
  /** Controls that appeared only with another control's change (see prove). */
  revealed: Set<string>;
}

/** The walk on `page`; `today` is the app's today, `opener` names the buttons that open editors. */
export function screenWalk(page: Page, options: { today: string; opener: RegExp }): ScreenWalk {
  /**
   * Controls that appear only once another control of their form is changed: that change
   * already asks, so they are listed (in the log), not proved one by one.
   */
  const revealed = new Set<string>();

  // ---------------------------------------------------------------------------------------
  // The page's traffic (API calls and a screen's code), so a change that saves at once and a
  // screen whose code is still coming are waited for like a person would.

  const inFlight = new Set<Request>();
  function trackRequests(p: Page): void {
    p.on('request', (request) => inFlight.add(request));
    const done = (request: Request) => inFlight.delete(request);
    p.on('requestfinished', done);
    p.on('requestfailed', done);
  }

  /** Until no request is pending and nothing is loading, for a quiet moment. */
  async function settle(): Promise<void> {
    // First let the page run what is already queued (a hashchange, the render it schedules):
    // on a busy machine that can take longer than the quiet moment below.
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    let quietSince = Date.now();
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const loading = await page.locator('main .loading').count();
      if (inFlight.size > 0 || loading > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= 80) return;
      await page.waitForTimeout(20);
    }
    throw new Error('the page did not settle');
  }

  /** Opens `hash` as a fresh screen: if it is the one shown, by way of another. */
  /**
   * The router puts a refused hash back in its own hashchange handler: until that has run,
   * the new hash shows though the app is about to ask. These wait for it.
   */
  function watchHashChange(): Promise<void> {
    return page.evaluate(() => {
      const w = window as unknown as { ucHashChange?: Promise<void> };
      w.ucHashChange = new Promise((resolve) => {
        window.addEventListener('hashchange', () => setTimeout(resolve, 0), { once: true });
      });
    });
  }
  function hashChangeHandled(): Promise<void> {
    return page.evaluate(() => (window as unknown as { ucHashChange?: Promise<void> }).ucHashChange);
  }

  /**
   * Until the screen left is unmounted (its marked controls gone): before that its forms
   * still guard, and the next navigation would meet their question.
   */
  async function screenGone(): Promise<void> {
    await expect.poll(() => page.locator('[data-uc]').count(), QUICK).toBe(0);
  }

  async function open(hash: string): Promise<void> {
    await expect.poll(() => unsavedDialog().isVisible(), QUICK).toBe(false);
    if ((await page.evaluate(() => window.location.hash)) === hash) {
      await watchHashChange();
      await page.evaluate(() => {
        window.location.hash = '#/between-screens';
      });
      await hashChangeHandled();
      // An editor opened by an opener may hold a change already (a list's new row).
      await expect
        .poll(async () => (await unsavedDialog().isVisible()) || (await page.evaluate(() => window.location.hash)) === '#/between-screens', QUICK)
        .toBe(true);
      if (await unsavedDialog().isVisible()) await unsavedDialog().getByRole('button', { name: 'Poistu tallentamatta' }).click();
      await expect.poll(() => page.evaluate(() => window.location.hash), QUICK).toBe('#/between-screens');
      await screenGone();
    }
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await expect.poll(() => page.evaluate(() => window.location.hash), QUICK).toBe(hash);
    await settle();
  }

  // ---------------------------------------------------------------------------------------
  // The controls a person can change, as the page has them now.

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
    }, options.opener.source);
  }

  // ---------------------------------------------------------------------------------------
  // A change like a person's, and whether it is there afterwards.

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
        const expected = control.value === '' ? options.today : addDays(control.value, control.value >= options.today ? -1 : 1);
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
        // A radio drawn as a button (the input visually hidden inside its label) is pressed as a person presses it.
        await target.click({ force: true });
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
  async function leave(screen: WalkedScreen): Promise<'asked' | 'left'> {
    const before = await page.evaluate(() => window.location.hash);
    const sidebar = page.getByRole('navigation', { name: 'Päävalikko' });
    const link = (await sidebar.isVisible())
      ? sidebar.getByRole('link', { name: screen.route === 'list' ? 'Uusi neuvonpito' : 'Neuvonpidot' })
      : page.locator('main a[href^="#/"]').first();
    await settle();
    await watchHashChange();
    await link.click();
    await hashChangeHandled();
    await expect
      .poll(async () => (await unsavedDialog().isVisible()) || (await page.evaluate(() => window.location.hash)) !== before, QUICK)
      .toBe(true);
    if (await unsavedDialog().isVisible()) {
      if (!dialogsSeen.has(screen.name)) {
        dialogsSeen.add(screen.name);
        await screenshot(page, `90-unsaved-${screen.name.replace(/[^a-z0-9]+/gi, '-')}`);
      }
      await unsavedDialog().getByRole('button', { name: 'Poistu tallentamatta' }).click();
      await expect.poll(async () => (await unsavedDialog().isVisible()) || (await page.evaluate(() => window.location.hash)) === before, QUICK).toBe(false);
      await screenGone();
      return 'asked';
    }
    await screenGone();
    return 'left';
  }

  /** Opens the screen fresh, and the editor `opener` opens, if any. */
  async function openScreen(screen: WalkedScreen, opener?: string): Promise<void> {
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

  /** Changes one control on a fresh screen and leaves: asked, or saved, or a finding. */
  async function prove(screen: WalkedScreen, control: Control, opener: string | undefined, findings: Finding[]): Promise<Outcome> {
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

  trackRequests(page);
  return { settle, openScreen, listControls, openers, prove, revealed };
}
