/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../electron/shared/conference/conference.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { parseAllParts, pdfText, renderToPdf } from '../helpers/docx';
import { callHost, updateMeeting } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * Participants' feedback (issue 15) in the browser: the convener records a stack of returned forms
 * for the conference's meeting, downloads the child's blank form in Swedish and a parent's in
 * Finnish (read as LibreOffice renders them), and the tab is seen in Finnish and Swedish.
 */

const dataDir = makeTempDir('neuvonpito-e2e-feedback-');
const outDir = makeTempDir('neuvonpito-e2e-feedback-docs-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let conference: Conference;

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  conference = await callHost(host, 'conference.create', makeConferenceInput({ reference: 'Palaute 5/2027' }));
  const prep = await callHost(host, 'preparation.get', { conferenceId: conference.id });
  await updateMeeting(host, prep.meetings[0]!, { date: '2027-02-24' });
  browser = await launchBrowser();
  page = await openPage(browser);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
  outDir.remove();
});

const entry = (): Locator => page.getByRole('form', { name: 'Kirjaa palautettu lomake' });
const list = (): Locator => page.getByRole('form', { name: 'Kirjatut lomakkeet' });

async function pick(legend: string, option: string): Promise<void> {
  // The radio is drawn as a button: its label is what a convener clicks.
  await entry().getByRole('group', { name: legend }).getByText(option, { exact: true }).click();
}

async function typeForm(form: { group?: string; score: string; heard: string; plan: string }): Promise<void> {
  if (form.group) await pick('Ryhmä', form.group);
  await pick('Tyytyväisyys 1–10', form.score);
  await pick('Tuli kuulluksi', form.heard);
  await pick('Suunnitelma auttaa', form.plan);
  await entry().getByRole('button', { name: '+ Lisää' }).click();
}

async function download(group: string, language: string): Promise<{ name: string; bytes: Uint8Array }> {
  const forms = page.getByRole('region', { name: 'Tyhjät lomakkeet' });
  await forms.getByRole('combobox', { name: 'Ryhmä' }).selectOption({ label: group });
  await forms.getByRole('combobox', { name: 'Kieli' }).selectOption({ label: language });
  const downloads: Download[] = [];
  const listener = (d: Download) => downloads.push(d);
  page.on('download', listener);
  await forms.getByRole('button', { name: 'Lataa lomake' }).click();
  await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(1);
  page.off('download', listener);
  return { name: downloads[0]!.suggestedFilename(), bytes: new Uint8Array(readFileSync(await downloads[0]!.path())) };
}

describe('participants’ feedback in the browser', { timeout: 120_000 }, () => {
  it('records a stack of returned forms for the conference’s meeting, and they are there after a reload', async () => {
    await page.goto(`${host.url}#/conferences/${conference.id}/feedback`);
    await expect.poll(() => entry().isVisible(), { timeout: 20_000 }).toBe(true);
    const tabs = page.getByRole('navigation', { name: 'Neuvonpidon osiot' });
    expect(await tabs.getByRole('link').allTextContents()).toContain('Palaute');
    expect(await page.getByText('ei nimiä eikä kommentteja', { exact: false }).isVisible()).toBe(true);

    await typeForm({ group: 'Vanhemmat', score: '9', heard: 'Kyllä', plan: 'Kyllä' });
    await typeForm({ score: '7', heard: 'Osittain', plan: 'Kyllä' });
    await typeForm({ group: 'Lapsi', score: '10', heard: 'Kyllä', plan: 'Osittain' });
    await typeForm({ group: 'Muut läheiset', score: '8', heard: 'Kyllä', plan: 'Ei' });
    await typeForm({ score: '6', heard: 'Ei', plan: 'Osittain' });
    await typeForm({ group: 'Työntekijät', score: '8', heard: 'Kyllä', plan: 'Kyllä' });
    await expect.poll(() => list().getByRole('row').count()).toBe(7);
    await list().getByRole('button', { name: 'Tallenna' }).click();
    await expect.poll(() => page.getByText('Palaute tallennettu.').first().isVisible()).toBe(true);

    await page.reload();
    await expect.poll(() => list().getByRole('row').count(), { timeout: 20_000 }).toBe(7);
    const summary = page.getByRole('region', { name: 'Yhteenveto ryhmittäin' });
    const row = (name: string) => summary.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    expect((await row('Vanhemmat').textContent())?.replace(/\u00a0/g, ' ')).toBe('Vanhemmat28,050 %100 %');
    expect((await row('Kaikki').textContent())?.replace(/\u00a0/g, ' ')).toBe('Kaikki68,067 %50 %');
    const prep = await callHost(host, 'preparation.get', { conferenceId: conference.id });
    expect(prep.feedback[0]).toMatchObject({ version: 2 });
    expect(prep.feedback[0]!.responses.map((r) => r.group)).toEqual(['parents', 'parents', 'child', 'family', 'family', 'workers']);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, '90-feedback-fi', { fullPage: true });
  });

  it('downloads the child’s form in Swedish and a parent’s in Finnish, as LibreOffice renders them', async () => {
    const child = await download('Lapsi', 'ruotsi');
    const parent = await download('Vanhemmat', 'suomi');
    expect(child.name).toBe('Responsblankett - Barnet 2027-02-24.docx');
    expect(parent.name).toBe('Palautelomake - Vanhemmat 2027-02-24.docx');
    for (const file of [child, parent]) parseAllParts(file.bytes);
    const [childPdf, parentPdf] = renderToPdf([child, parent], outDir.path);
    const childText = pdfText(childPdf!);
    expect(childText).toContain('Vad tyckte du om mötet?');
    expect(childText).toContain('Familjerådslag 24.2.2027');
    expect(childText).toContain('Hur bra var mötet? Kryssa i en ruta.');
    // The scale's numbers (the faces under 1 and 10 fall between them in the text).
    expect(childText).toMatch(/1 2 3 4 5 6 7 \S? ?8 9 10/);
    expect(childText).toContain('Lyssnade de på dig?');
    expect(childText).toContain('Ja Lite Nej');
    expect(childText).toContain('Vi frågar inte efter ditt namn.');
    expect(childText).not.toContain('Palaute 5/2027');
    const parentText = pdfText(parentPdf!);
    expect(parentText).toContain('Palautelomake');
    expect(parentText).toContain('Läheisneuvonpito 24.2.2027');
    expect(parentText).toContain('Vastaajaryhmä: Vanhemmat');
    expect(parentText).toContain('2. Tulitko mielestäsi kuulluksi?');
    expect(parentText).toContain('3. Uskotko, että suunnitelma auttaa?');
    expect(parentText).toContain('Vastauksista kirjataan vain lukumäärät ja pisteet');
    expect(parentText).not.toContain('Palaute 5/2027');
  });

  it('shows the tab in Swedish', async () => {
    // The language chosen in the sidebar, as a convener switches it.
    await page.locator('aside').getByLabel('Kieli', { exact: true }).selectOption('sv');
    await expect.poll(() => page.getByRole('link', { name: 'Respons' }).isVisible()).toBe(true);
    // Saved, not only shown: it stays after a reload.
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Registrera en ifylld blankett' }).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByRole('link', { name: 'Respons' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByText('inga namn och inga kommentarer', { exact: false }).isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, '90-feedback-sv', { fullPage: true });
  });
});
