/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { makeConferenceInput } from '../fixtures/conference';
import { meetingUpdate, planUpdate, summaryUpdate } from '../fixtures/record-updates';
import { callHost } from '../helpers/e2e-api';
import { createConference } from '../helpers/e2e-conference';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * What a convener does, click by click, in Debian's Chromium against the web host and
 * its real SQLite file. Screenshots land in test-results/e2e.
 */

const dataDir = makeTempDir('neuvonpito-e2e-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;

const today = todayInHelsinki(new Date());

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  browser = await launchBrowser();
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

function region(name: string) {
  return page.getByRole('region', { name });
}

describe('conferences in the browser', () => {
  it('starts with an empty list that says what to do', async () => {
    await page.goto(host.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Ei vielä neuvonpitoja' }).isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('token')).toBeNull();
    await screenshot(page, '01-empty-list');
  });

  it('shows Finnish errors next to the fields on an invalid submit and saves nothing', async () => {
    await page.getByRole('link', { name: 'Uusi neuvonpito' }).first().click();
    await page.getByLabel('Tunnus').fill('Äijälä 120315-123A');
    await page.getByLabel(/Sähköposti/).fill('ei-osoite');
    await page.getByRole('button', { name: 'Lisää neuvonpito' }).click();

    // Next to each field, and again in the save bar's summary as a link to the field.
    const atField = (text: string) => page.locator('.field-error', { hasText: text });
    await expect.poll(() => atField('Älä kirjoita henkilötunnusta.').isVisible()).toBe(true);
    expect(await atField('Pakollinen tieto.').count()).toBeGreaterThanOrEqual(2);
    expect(await atField('Anna vuosi, esim. 2015.').isVisible()).toBe(true);
    expect(await atField('Tarkista sähköpostiosoite').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /^Tunnus: Älä kirjoita henkilötunnusta/ }).isVisible()).toBe(true);
    expect(await page.getByRole('alert').textContent()).toContain('Tarkista merkityt kentät');
    await screenshot(page, '02-new-conference-invalid');

    const list = await (await fetch(`${host.origin}/api/conference.list`, {
      method: 'POST',
      headers: { 'x-neuvonpito-token': host.token },
      body: '{}',
    })).json();
    expect(list).toEqual({ ok: true, value: { items: [], total: 0, offset: 0, limit: 50, anyConference: false } });
  });

  it('asks before throwing away a half-filled form', async () => {
    await page.getByRole('link', { name: 'Neuvonpidot', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Tallentamattomia muutoksia' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await screenshot(page, '03-unsaved-changes');
    await dialog.getByRole('button', { name: 'Jatka muokkausta' }).click();
    expect(await page.getByLabel('Tunnus').inputValue()).toBe('Äijälä 120315-123A');
    expect(await dialog.isVisible()).toBe(false);
  });

  it('creates a conference with children Äijö and Sanni-Öhman and lists it', async () => {
    await page.getByLabel('Tunnus').fill('Äijälä 3/2027');
    await page.getByLabel(/Sähköposti/).fill('leena.korhonen@example.fi');
    await page.getByLabel('Toimeksiannon päivämäärä').fill(addDays(today, -30));
    await page.getByLabel('Etunimi').fill('Äijö');
    await page.getByLabel('Syntymävuosi').fill('2015');
    await page.getByRole('button', { name: 'Lisää lapsi' }).click();
    await page.getByLabel('Etunimi').nth(1).fill('Sanni-Öhman');
    await page.getByLabel('Syntymävuosi').nth(1).fill('2019');
    await page.getByRole('button', { name: 'Lisää huoltaja' }).click();
    await region('Huoltajat').getByLabel('Nimi').fill('Maija Äijälä');
    await region('Sosiaalityöntekijä').getByLabel('Nimi').fill('Leena Korhonen');
    await page.getByLabel(/Yksikkö/).fill('Lastensuojelu, Itäinen alue');
    await screenshot(page, '04-new-conference-filled');
    await page.getByRole('button', { name: 'Lisää neuvonpito' }).click();

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Äijälä 3/2027');
    expect(await page.locator('.page-subtitle').textContent()).toMatch(/^Äijö \(\d+ v\), Sanni-Öhman \(\d+ v\)/);
    expect(await page.locator('[aria-current="step"]').textContent()).toContain('Toimeksianto');
    expect(await page.locator('.timing-card').textContent()).toContain('12 päivää jäljellä');
    await screenshot(page, '05-conference-page');

    await page.getByRole('link', { name: 'Neuvonpidot', exact: true }).click();
    const row = page.getByRole('row', { name: /Äijälä 3\/2027/ });
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.textContent()).toContain('Äijö, Sanni-Öhman');
    // The social worker is not a column of the dense list, but the search still finds the conference by them.
    expect(await row.textContent()).toContain('Toimeksianto');
  });

  it('puts a late conference first with a "late" marker', async () => {
    await createConference(page, {
      reference: 'Nieminen 1/2027',
      commissionDate: addDays(today, -50),
      children: [['Aleksi', '2012']],
      worker: 'Pekka Salo',
    });
    await createConference(page, {
      reference: 'Hassan 2/2027',
      commissionDate: addDays(today, -2),
      children: [['سارة', '2017']],
      worker: 'Anna Lind',
    });
    await page.getByRole('link', { name: 'Neuvonpidot', exact: true }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(3);
    const references = await page.locator('tbody th').allTextContents();
    expect(references).toEqual(['Nieminen 1/2027', 'Äijälä 3/2027', 'Hassan 2/2027']);
    expect(await page.locator('tbody tr').first().textContent()).toContain('Myöhässä 8 päivää');
    // No meeting date yet anywhere: agreeing one is what comes next.
    expect(await page.locator('tbody tr').first().textContent()).toContain('Sovi neuvonpidon aika');
    expect(await page.getByText('سارة').isVisible()).toBe(true);
    await screenshot(page, '06-list-attention-first');

    await page.getByLabel('Hae').fill('sanni');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.getByLabel('Hae').fill('');
  });

  it('edits the conference, moves its phase, closes and reopens it', async () => {
    await page.getByRole('link', { name: 'Äijälä 3/2027' }).click();
    await page.getByLabel('Etunimi').first().fill('Äijö Ilmari');
    await page.getByLabel(/Omat muistiinpanot/).fill('Perhe toivoo iltapäiväaikaa.');
    expect(await page.locator('.form-dirty-note').textContent()).toBe('Tallentamattomia muutoksia');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect.poll(() => page.getByText('Muutokset tallennettu.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Tallenna' }).count()).toBe(0);

    await page.getByRole('button', { name: /Valmistelu/ }).click();
    await expect.poll(() => page.locator('[aria-current="step"]').textContent()).toContain('Valmistelu');
    await screenshot(page, '07-conference-edited');

    await page.getByRole('button', { name: 'Päätä neuvonpito' }).click();
    const dialog = page.getByRole('dialog', { name: 'Päätä neuvonpito' });
    await dialog.getByLabel('Muu syy').check();
    await dialog.getByRole('button', { name: 'Päätä neuvonpito' }).click();
    await expect.poll(() => dialog.getByText('Kerro syy, kun valitset "Muu syy".').isVisible()).toBe(true);
    await dialog.getByLabel(/Lisätieto/).fill('Perhe muutti toiselle paikkakunnalle.');
    await screenshot(page, '08-close-dialog');
    await dialog.getByRole('button', { name: 'Päätä neuvonpito' }).click();
    await expect.poll(() => page.getByText(/Päättynyt .*: Muu syy/).isVisible()).toBe(true);
    expect(await page.getByLabel('Tunnus').isDisabled()).toBe(true);
    await screenshot(page, '09-conference-closed');

    await page.getByRole('button', { name: 'Avaa uudelleen' }).click();
    await expect.poll(() => page.locator('[aria-current="step"]').textContent()).toContain('Valmistelu');
    expect(await page.getByLabel('Tunnus').isDisabled()).toBe(false);
  });

  it('finds everything again after the web host restarts on the same data', async () => {
    await host.stop();
    host = await startWebHost(dataDir.path);
    await page.goto(host.url);
    const row = page.getByRole('row', { name: /Äijälä 3\/2027/ });
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.textContent()).toContain('Äijö Ilmari, Sanni-Öhman');
    expect(await row.textContent()).toContain('Valmistelu');
    await row.getByRole('link', { name: 'Äijälä 3/2027' }).click();
    await expect.poll(() => page.getByLabel(/Omat muistiinpanot/).inputValue()).toBe('Perhe toivoo iltapäiväaikaa.');
  });

  it('switches the language and remembers it', async () => {
    await page.getByLabel('Kieli', { exact: true }).selectOption('sv');
    await expect.poll(() => page.getByRole('link', { name: 'Familjerådslag', exact: true }).isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByRole('link', { name: 'Nytt familjerådslag' }).first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await screenshot(page, '10-swedish');
    await page.getByLabel('Språk', { exact: true }).selectOption('fi');
    await expect.poll(() => page.getByRole('link', { name: 'Uusi neuvonpito' }).first().isVisible()).toBe(true);
  });

  it('works from the keyboard alone', async () => {
    await page.getByRole('link', { name: 'Uusi neuvonpito' }).first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Uusi neuvonpito');

    /** Presses Tab until the control named `name` has focus, as a keyboard user would. */
    async function tabTo(name: string) {
      for (let presses = 0; presses < 40; presses++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '';
        });
        if (focused.trim() === name) return;
      }
      throw new Error(`Tab never reached ${name}`);
    }

    await tabTo('Tunnus');
    await page.keyboard.type('Korhonen 4/2027');
    await tabTo('Etunimi');
    await page.keyboard.type('Eino');
    await tabTo('Syntymävuosi');
    await page.keyboard.type('2016');
    await tabTo('Lisää huoltaja');
    await page.keyboard.press('Enter');
    // Adding a row moves focus into it.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('guardians.0.name');
    await page.keyboard.type('Ritva Korhonen');
    await tabTo('Nimi');
    await page.keyboard.type('Leena Korhonen');
    await tabTo('Lisää neuvonpito');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Korhonen 4/2027');
    expect(await region('Huoltajat').getByLabel('Nimi').inputValue()).toBe('Ritva Korhonen');
    expect(await region('Sosiaalityöntekijä').getByLabel('Nimi').inputValue()).toBe('Leena Korhonen');
  });

  it('shows for each conference the next thing due, and leads to where it is done', async () => {
    const socialWorker = { kind: 'social_worker' as const };
    /** A conference, its meeting `meetingIn` days away; `arranged`: the venue booked and refreshments ordered. */
    const start = async (reference: string, commissionAgo: number, meetingIn: number | null, arranged = false) => {
      const conference = await callHost(host, 'conference.create', {
        ...makeConferenceInput({ reference, commissionDate: addDays(today, -commissionAgo) }),
      });
      const meeting = (await callHost(host, 'preparation.get', { conferenceId: conference.id })).meetings[0]!;
      if (meetingIn !== null) {
        const booked = arranged
          ? {
              venue: { name: 'Perhekeskus Pihlaja', bookingStatus: 'booked' as const },
              refreshments: { what: 'Kahvi', orderedDate: addDays(today, -2), orderedHeadcount: 12 },
            }
          : {};
        await callHost(host, 'meeting.update', meetingUpdate(meeting, { date: addDays(today, meetingIn), ...booked }));
      }
      return { conference, meetingId: meeting.id };
    };
    /** The summary gone through with the parents: its checklist item follows. */
    const summaryGoneThrough = async (conferenceId: string) => {
      const prep = await callHost(host, 'preparation.get', { conferenceId });
      await callHost(host, 'summary.update', summaryUpdate(prep, { receivedDate: addDays(today, -5), parentsDate: addDays(today, -3) }));
    };
    const tick = async (meetingId: string, keys: string[]) => {
      for (const key of keys) await callHost(host, 'checklist.setDone', { meetingId, key, version: 1, doneDate: addDays(today, -1) });
    };
    const plan = async (meetingId: string, accepted: boolean) => {
      const begun = (await callHost(host, 'plan.create', { meetingId })).plans[0]!;
      const prep = await callHost(
        host,
        'plan.update',
        planUpdate(begun, {
          items: [{ what: 'Mummo herättää lapset koulupäivinä.', owner: socialWorker }],
          followUpDate: addDays(today, 90),
          decision: accepted ? { outcome: 'accepted', reasons: '', date: addDays(today, -30) } : null,
        }),
      );
      return prep.plans[0]!;
    };

    const virtanen = await start('Virtanen 10/2027', 20, 25);
    const lahti = await start('Lahti 11/2027', 25, 10);
    await callHost(host, 'meeting.update', meetingUpdate((await callHost(host, 'preparation.get', { conferenceId: lahti.conference.id })).meetings[0]!, { venue: { name: 'Perhekeskus Pihlaja', bookingStatus: 'booked' } }));
    await tick(lahti.meetingId, ['invitations']);
    const saarinen = await start('Saarinen 12/2027', 40, -1);
    await plan(saarinen.meetingId, false);
    const heikkila = await start('Heikkilä 13/2027', 100, -60);
    const accepted = await plan(heikkila.meetingId, true);
    await callHost(host, 'followUp.create', { planId: accepted.id, version: accepted.version });
    const berg = await start('Berg 14/2027', 30, 0, true);
    await summaryGoneThrough(berg.conference.id);
    await tick(berg.meetingId, ['invitations', 'reminders']);
    const korpela = await start('Korpela 15/2027', 200, null);
    await callHost(host, 'conference.close', { id: korpela.conference.id, version: korpela.conference.version, reason: 'family_withdrew', text: '' });

    await page.getByRole('link', { name: 'Neuvonpidot', exact: true }).click();
    await page.reload();
    const row = (reference: string) => page.getByRole('row', { name: new RegExp(reference.replace('/', '\\/')) });
    await expect.poll(() => row('Virtanen 10/2027').isVisible()).toBe(true);
    expect(await row('Virtanen 10/2027').textContent()).toContain('Varaa tila Myöhässä 3 päivää');
    expect(await row('Lahti 11/2027').textContent()).toContain('Tilaa tarjoilut');
    expect(await row('Saarinen 12/2027').textContent()).toContain('Sosiaalityöntekijän päätös puuttuu Myöhässä 1 päivä');
    // In follow-up, the follow-up meeting's date (the plan's agreed one) is what "Milloin" says.
    expect(await row('Heikkilä 13/2027').textContent()).toMatch(/Seuranta.*Seurantakokous \S+ \d+\.\d+\.(\d{4})?.*Varaa tila/);
    expect(await row('Berg 14/2027').textContent()).toContain('Neuvonpito tänään');
    expect(await row('Korpela 15/2027').count()).toBe(0);
    // Overdue things lead: Nieminen's window (8 days late) first, then Virtanen's venue.
    const references = await page.locator('tbody th').allTextContents();
    expect(references.slice(0, 4)).toEqual(['Nieminen 1/2027', 'Virtanen 10/2027', 'Saarinen 12/2027', 'Berg 14/2027']);
    await screenshot(page, '11-list-next-due');
    await row('Heikkilä 13/2027').scrollIntoViewIfNeeded();
    await screenshot(page, '11-list-next-due-lower');

    await row('Virtanen 10/2027').getByRole('link', { name: 'Varaa tila' }).click();
    await expect.poll(() => page.url()).toContain(`/conferences/${virtanen.conference.id}/arrangements`);
    await page.getByRole('link', { name: 'Yleiskuva' }).click();
    const next = page.locator('.overview-next');
    await expect.poll(() => next.textContent()).toContain('Seuraavaksi: Varaa tila Myöhässä 3 päivää');
    await screenshot(page, '12-overview-next-due');
  });
});
