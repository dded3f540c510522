/// <reference lib="dom" />
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../electron/shared/api/contract';
import type { MethodName } from '../../electron/shared/api/methods';
import type { WireDocument } from '../../electron/shared/documents/documents.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { launchBrowser, openPage, screenshot, SCREENSHOT_DIR } from '../helpers/browser';
import { callHost } from '../helpers/e2e-api';
import { docxText } from '../helpers/docx';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * An older child takes on a task at the conference: the convener picks the child as the
 * task's owner on the Plan tab, and the plan names the child as the child, on screen and on
 * the plan paper. Set up through the web host's API. Every person is invented.
 */

const dataDir = makeTempDir('neuvonpito-e2e-child-owner-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let conferenceId: string;

const QUESTION = 'Miten Ainon aamut sujuvat?';
const AINO_BORN = 2012;

const api = <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => callHost(host, method, input);

/** The summary saved again, complete, with `changes`. */
function summaryUpdate(prep: Preparation, changes: Partial<MethodInput<'summary.update'>>): MethodInput<'summary.update'> {
  const { version, updatedAt: _u, ...summary } = prep.summary;
  return { conferenceId: prep.conference.id, version, ...summary, ...changes };
}

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  const conference = await api('conference.create', {
    reference: 'Äijälä 11/2027',
    children: [
      { firstName: 'Aino', birthYear: AINO_BORN },
      { firstName: 'Eetu', birthYear: 2019 },
    ],
    guardians: [{ name: 'Maija Äijälä' }],
    socialWorker: { name: 'Leena Korhonen', unit: 'Lastensuojelu', phone: '040 123 4567', email: 'leena.korhonen@example.fi' },
    commissionDate: '2027-01-10',
    meetingType: 'laheisneuvonpito',
    notes: '',
  });
  conferenceId = conference.id;
  const withMember = await api('network.addMember', {
    conferenceId,
    name: 'Aune Äijälä',
    relation: 'mummo',
    sector: 'relatives',
    closeness: 'close',
  });
  const withSummary = await api('summary.update', summaryUpdate(withMember, { openQuestions: [{ text: QUESTION }] }));
  await api('plan.create', { meetingId: withSummary.meetings[0]!.id });

  browser = await launchBrowser();
  page = await openPage(browser);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

describe('a child who does a task', () => {
  it('is picked among the children on the Plan tab', async () => {
    const aino = `Aino (lapsi, ${new Date().getFullYear() - AINO_BORN} v)`;
    await page.goto(`${host.url}#/conferences/${conferenceId}/plan`);
    const question = page.getByRole('region', { name: QUESTION });
    await expect.poll(() => question.isVisible(), { timeout: 30_000 }).toBe(true);
    await question.getByRole('button', { name: 'Lisää sopimus' }).click();
    const item = question.getByRole('group', { name: /^Sopimus \d+$/ }).last();
    await item.getByRole('textbox', { name: 'Mitä tehdään' }).fill('Aino laittaa itse herätyksen kouluaamuiksi.');
    const owner = item.getByRole('combobox', { name: 'Kuka tekee' });
    expect(await owner.locator('optgroup').evaluateAll((groups) => groups.map((g) => g.getAttribute('label')))).toEqual([
      'Lapset',
      'Läheisverkosto',
      'Työntekijät',
    ]);
    await owner.selectOption({ label: aino });
    await item.getByRole('combobox', { name: /Kuka tarkistaa/ }).selectOption({ label: 'Aune Äijälä (mummo)' });
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await expect.poll(() => page.getByText('Muutokset tallennettu.').isVisible()).toBe(true);
    await owner.scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-child-owner');

    // Read back as the backend stored it, after a reload.
    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: 'Kuka tekee' }).inputValue(), { timeout: 30_000 }).toMatch(/^child:/);
    const prep = await api('preparation.get', { conferenceId });
    const plan = prep.plans[0]!;
    expect(plan.items[0]!.owner).toEqual({ kind: 'child', childId: prep.conference.children[0]!.id });
  }, 90_000);

  it('is named as the task’s owner in the follow-up’s review of the accepted plan', async () => {
    const prep = await api('preparation.get', { conferenceId });
    const { conferenceId: _c, meetingId: _m, number: _n, createdAt: _a, updatedAt: _u, kept: _k, ...fields } = prep.plans[0]!;
    const accepted = await api('plan.update', { ...fields, decision: { outcome: 'accepted', reasons: '', date: '2027-02-24' } });
    const plan = accepted.plans[0]!;
    await api('followUp.create', { planId: plan.id, version: plan.version });

    await page.goto(`${host.url}#/conferences/${conferenceId}/followUp`);
    const owner = page.getByText(`Vastuussa: Aino (lapsi, ${new Date().getFullYear() - AINO_BORN} v)`);
    await expect.poll(() => owner.isVisible(), { timeout: 30_000 }).toBe(true);
    await owner.scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-child-owner-follow-up');
  }, 90_000);

  it('cannot be removed from the conference on the overview, which says why', async () => {
    await page.goto(`${host.url}#/conferences/${conferenceId}`);
    const aino = page.getByRole('button', { name: 'Poista lapsi Aino' });
    await expect.poll(() => aino.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await aino.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Poista lapsi Eetu' }).isEnabled()).toBe(true);
    const note = page.getByText('Ei voi poistaa: lapsi tekee tehtävän suunnitelmassa.');
    expect(await note.count()).toBe(1);
    await note.scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-child-owner-overview');
  }, 90_000);

  // Last: parsing the paper blocks the event loop long enough to leave a stale keep-alive socket for a next API call.
  it('is named on the plan paper by first name as the child, and never with contact details', async () => {
    const plan = (await api('preparation.get', { conferenceId })).plans[0]!;
    // Over HTTP the web host sends the file's bytes in base64.
    const paper = (await api('documents.plan', { planId: plan.id, batch: crypto.randomUUID() })) as unknown as WireDocument;
    const bytes = Buffer.from(paper.base64, 'base64');
    writeFileSync(join(SCREENSHOT_DIR, 'plan-child-owner.docx'), bytes);
    const text = docxText(bytes);
    expect(text).toContain('Aino laittaa itse herätyksen kouluaamuiksi.\nAino\nlapsi');
    expect(text.slice(text.indexOf('Tehtävät ja yhteystiedot'))).not.toContain('Aino');
  }, 90_000);
});
