import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import type { DocumentFile } from '../../electron/shared/documents/documents.schema';
import { RESPONDENT_GROUPS } from '../../electron/shared/feedback/feedback.schema';
import { UI_LANGUAGES } from '../../electron/shared/i18n/locales';
import { FIXED_NOW, makeConferenceInput } from '../fixtures/conference';
import { meetingUpdate } from '../fixtures/record-updates';
import { call, callError, TEST_DATABASE_KEY } from '../helpers/backend';
import { docxText, parseAllParts, pdfPages, pdfText, renderToPdf } from '../helpers/docx';
import { saveSettings } from '../helpers/settings';
import { makeTempDir } from '../helpers/temp-dir';

/*
 * The blank feedback forms (issue 15): one per participant group and language, the child's group
 * in the child's own version, for a conference and for a network-mapping meeting, rendered by
 * LibreOffice and read as a participant would. Anonymous: no name and no reference on them.
 */

const dir = makeTempDir('neuvonpito-feedback-forms-');
/** Set to a folder to keep the Word files and PDFs (to look at them as pictures). */
const KEEP = process.env['FEEDBACK_FORMS_KEEP'];
type Rendered = { name: string; text: string; docx: string; pages: number };
const forms = new Map<string, Rendered>();
const mappingForms: Rendered[] = [];
let closeBackend = () => {};

const key = (group: string, language: string) => `${group}/${language}`;

beforeAll(async () => {
  const backend = openBackend(dir.path, { key: TEST_DATABASE_KEY, now: () => FIXED_NOW, logError: () => {} });
  closeBackend = () => backend.close();
  const { dispatch } = backend;
  await saveSettings(dispatch, {
    unit: { name: 'Perhesosiaalityö, Itä', postalAddress: 'PL 4210\n00099 Helsingin kaupunki', phone: '09 310 12345', email: '', logo: null },
  });
  const conference = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'VIITE-KANARIA 12/2027' }));
  let prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
  prep = await call(dispatch, 'meeting.update', meetingUpdate(prep.meetings[0]!, { date: '2027-02-24' }));
  const meetingId = prep.meetings[0]!.id;
  const mapping = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'Kartoitus 3/2027', meetingType: 'verkostokartoitus' }));
  const mappingPrep = await call(dispatch, 'preparation.get', { conferenceId: mapping.id });

  const made: { key: string; file: DocumentFile }[] = [];
  for (const group of RESPONDENT_GROUPS) {
    for (const language of UI_LANGUAGES) {
      made.push({ key: key(group, language), file: await call(dispatch, 'documents.feedbackForm', { meetingId, group, language }) });
    }
  }
  for (const group of ['child', 'parents'] as const) {
    made.push({ key: `mapping/${group}`, file: await call(dispatch, 'documents.feedbackForm', { meetingId: mappingPrep.meetings[0]!.id, group, language: 'fi' }) });
  }
  const files = made.map((m) => m.file);
  const pdfs = renderToPdf(files, dir.path);
  for (const file of files) parseAllParts(file.bytes);
  made.forEach(({ key: k, file }, index) => {
    const rendered = { name: file.name, docx: docxText(file.bytes), text: pdfText(pdfs[index]!), pages: pdfPages(pdfs[index]!) };
    if (k.startsWith('mapping/')) mappingForms.push(rendered);
    else forms.set(k, rendered);
  });
  if (KEEP) {
    mkdirSync(KEEP, { recursive: true });
    made.forEach(({ key: k, file }, index) => {
      const base = k.replace('/', '-');
      writeFileSync(join(KEEP, `${base}.docx`), file.bytes);
      copyFileSync(pdfs[index]!, join(KEEP, `${base}.pdf`));
    });
  }
}, 240_000);

afterAll(() => {
  closeBackend();
  dir.remove();
});

describe('feedback forms, as LibreOffice renders them', { timeout: 60_000 }, () => {
  it('makes a one-page form for every group in Finnish, Swedish and English, without names or the reference', () => {
    expect(forms.size).toBe(12);
    for (const form of [...forms.values(), ...mappingForms]) {
      expect(form.pages).toBe(1);
      expect(form.text).not.toContain('VIITE-KANARIA');
      expect(form.text).not.toContain('Maija');
      expect(form.text).not.toContain('Äijö');
      // The scale's ten boxes are numbered.
      expect(form.docx).toMatch(/\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n/);
    }
  });

  it('asks the parents the four questions in Finnish, with the meeting and the promise of anonymity', () => {
    const form = forms.get(key('parents', 'fi'))!;
    expect(form.name).toBe('Palautelomake - Vanhemmat 2027-02-24.docx');
    for (const text of [
      'PALAUTE',
      'Palautelomake',
      'Läheisneuvonpito 24.2.2027',
      'Vastaajaryhmä: Vanhemmat',
      '1. Kuinka tyytyväinen olet tapaamiseen? Rastita yksi ruutu.',
      '1 = en lainkaan tyytyväinen, 10 = erittäin tyytyväinen',
      '2. Tulitko mielestäsi kuulluksi?',
      'Kyllä Osittain Ei',
      '3. Uskotko, että suunnitelma auttaa?',
      '4. Mitä muuta haluat sanoa?',
      'Vastaukset ovat nimettömiä',
      'Vastauksista kirjataan vain lukumäärät ja pisteet; kommentit jäävät paperille.',
    ]) {
      expect(form.text).toContain(text);
    }
    expect(forms.get(key('family', 'fi'))!.text).toContain('Vastaajaryhmä: Muut läheiset');
    expect(forms.get(key('workers', 'fi'))!.text).toContain('Vastaajaryhmä: Työntekijät');
  });

  it('gives the child a version of their own in plain words, in each language', () => {
    const fi = forms.get(key('child', 'fi'))!;
    expect(fi.name).toBe('Palautelomake - Lapsi 2027-02-24.docx');
    expect(fi.text).toContain('Mitä mieltä olit tapaamisesta?');
    expect(fi.text).toContain('Kuinka hyvä tapaaminen oli? Rastita yksi ruutu.');
    expect(fi.text).toContain('1 = tosi huono, 10 = tosi hyvä');
    expect(fi.text).toContain('Kuunneltiinko sinua?');
    expect(fi.text).toContain('Kyllä Vähän Ei');
    expect(fi.text).toContain('Luuletko, että suunnitelma auttaa sinua ja perhettäsi?');
    expect(fi.text).toContain('Nimeäsi ei kysytä.');
    expect(fi.text).not.toContain('Vastaajaryhmä');
    const sv = forms.get(key('child', 'sv'))!;
    expect(sv.name).toBe('Responsblankett - Barnet 2027-02-24.docx');
    expect(sv.text).toContain('Vad tyckte du om mötet?');
    expect(sv.text).toContain('Familjerådslag 24.2.2027');
    expect(sv.text).toContain('Lyssnade de på dig?');
    expect(sv.text).toContain('Ja Lite Nej');
    const en = forms.get(key('child', 'en'))!;
    expect(en.text).toContain('What did you think of the meeting?');
    expect(en.text).toContain('Family group conference 24 Feb 2027');
  });

  it('words the Swedish and English forms in their language', () => {
    const sv = forms.get(key('workers', 'sv'))!;
    expect(sv.text).toContain('RESPONS');
    expect(sv.text).toContain('Svarsgrupp: Arbetstagarna');
    expect(sv.text).toContain('1. Hur nöjd är du med mötet?');
    expect(sv.text).toContain('Ja Delvis Nej');
    expect(sv.text).toContain('3. Tror du att planen hjälper?');
    expect(sv.text).toContain('Av svaren registreras bara antal och poäng');
    const en = forms.get(key('family', 'en'))!;
    expect(en.text).toContain('Respondent group: Other family and close people');
    expect(en.text).toContain('2. Did you feel heard?');
    expect(en.text).toContain('Only counts and scores are kept; comments stay on the paper.');
  });

  it('words the plan question for a network-mapping meeting as what was agreed together', () => {
    const [child, parents] = mappingForms;
    expect(parents!.text).toContain('Läheisverkoston kartoitus');
    expect(parents!.text).toContain('3. Uskotko, että yhdessä sovitut asiat auttavat?');
    expect(child!.text).toContain('Luuletko, että sovitut asiat auttavat sinua ja perhettäsi?');
    expect(parents!.name).toBe('Palautelomake - Vanhemmat.docx');
  });
});

describe('documents.feedbackForm refusals', () => {
  it('refuses an unknown meeting, group or language', async () => {
    const other = makeTempDir('neuvonpito-feedback-forms-refused-');
    const backend = openBackend(other.path, { key: TEST_DATABASE_KEY, now: () => FIXED_NOW, logError: () => {} });
    try {
      const unknown = await callError(backend.dispatch, 'documents.feedbackForm', {
        meetingId: '66666666-6666-4666-8666-666666666699',
        group: 'parents',
        language: 'fi',
      });
      expect(unknown.code).toBe('not_found');
      const conference = await call(backend.dispatch, 'conference.create', makeConferenceInput());
      const prep = await call(backend.dispatch, 'preparation.get', { conferenceId: conference.id });
      const badGroup = await callError(backend.dispatch, 'documents.feedbackForm', { meetingId: prep.meetings[0]!.id, group: 'neighbours', language: 'fi' } as never);
      expect(badGroup.issues).toEqual([{ path: ['group'], message: 'validation.choice' }]);
      const badLanguage = await callError(backend.dispatch, 'documents.feedbackForm', { meetingId: prep.meetings[0]!.id, group: 'child', language: 'de' } as never);
      expect(badLanguage.issues).toEqual([{ path: ['language'], message: 'validation.choice' }]);
    } finally {
      backend.close();
      other.remove();
    }
  });
});
