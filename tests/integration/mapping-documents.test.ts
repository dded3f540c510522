import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentFile } from '../../electron/shared/documents/documents.schema';
import { openBackend } from '../../electron/backend/backend';
import { FIXED_NOW, makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { meetingUpdate, memberUpdate, planUpdate } from '../fixtures/record-updates';
import { call, callError, openTestDatabaseFile, TEST_DATABASE_KEY } from '../helpers/backend';
import { docxText, parseAllParts, pdfPages, pdfText, renderToPdf } from '../helpers/docx';
import { saveSettings } from '../helpers/settings';
import { makeTempDir } from '../helpers/temp-dir';

/*
 * The network-mapping meeting's papers (issue 14), made through the API and read as a reader
 * sees them (LibreOffice → PDF → text): each close person's invitation in their own language,
 * worded for the mapping and carrying nothing of the family's matter; a child's letter only to
 * the child who is there; the written plan posted to the client, with the flip chart's page
 * only while the unit wants it.
 */

const CANARY = {
  concern: 'HUOLI-KANARIA: äidin väsymys iltaisin',
  support: 'TUKI-KANARIA: apua aamuihin',
  support2: 'Kuljetusapua harrastuksiin',
  clientView: 'TOIVE-KANARIA: rauhallisemmat illat',
} as const;

const ITEMS = [
  { who: 'Aune Äijälä', what: 'Aune hakee Sannin koulusta tiistaisin.' },
  { who: 'Britt-Marie Lindqvist', what: 'Britt-Marie vie Äijön uimaan.' },
  { who: 'Pertti Naapuri', what: 'Pertti auttaa pihatöissä.' },
  { who: 'Maija Äijälä', what: 'Maija soittaa mummolle sunnuntaisin.' },
] as const;

const dir = makeTempDir('neuvonpito-mapping-');
/** Set to a folder to keep the PDFs (the screenshots of the papers are made from them). */
const KEEP = process.env['MAPPING_DOCS_KEEP'];
type Rendered = { name: string; text: string; docx: string; pages: number; pdf: string };
const letters: Rendered[] = [];
let child: Rendered;
let planOn: Rendered;
let planOff: Rendered;
let refusedChild: Awaited<ReturnType<typeof callError>>;

beforeAll(async () => {
  const backend = openBackendOnce();
  const { dispatch } = backend;
  await saveSettings(dispatch, {
    convener: { name: 'Riikka Salmela', title: 'Koollekutsuja', phone: '040 555 0101', email: 'riikka.salmela@example.fi', hourlyRate: null },
    unit: { name: 'Perhesosiaalityö, Itä', postalAddress: 'PL 4210\n00099 Helsingin kaupunki', phone: '09 310 12345', email: '', logo: null },
  });
  const conference = await call(
    dispatch,
    'conference.create',
    makeConferenceInput({
      meetingType: 'verkostokartoitus',
      children: [
        { firstName: 'Äijö', birthYear: 2015 },
        { firstName: 'Sanni', birthYear: 2019 },
      ],
    }),
  );
  const conferenceId = conference.id;
  // The guardian is the network's first person; four more close people, one Swedish-speaking.
  let prep = await call(dispatch, 'preparation.get', { conferenceId });
  const guardian = memberNamed(prep, 'Maija Äijälä');
  prep = await call(dispatch, 'network.updateMember', memberUpdate(guardian, { relation: 'äiti', reply: 'coming', address: 'Koivukuja 3 A 5, 00950 Helsinki', phone: '040 111 2222' }));
  const add = (overrides: Parameters<typeof makeMemberInput>[1]) => call(dispatch, 'network.addMember', makeMemberInput(conferenceId, { reply: 'coming', ...overrides }));
  await add({ name: 'Aune Äijälä', relation: 'mummo' });
  await add({ name: 'Britt-Marie Lindqvist', relation: 'moster', language: 'sv', phone: '040 222 3333', email: 'britt-marie@example.fi', address: 'Strandvägen 2, 00950 Helsingfors' });
  await add({ name: 'Pertti Naapuri', relation: 'naapuri', sector: 'friends', phone: '040 333 4444', address: 'Koivukuja 3 B 7, 00950 Helsinki' });
  prep = await add({ name: 'Kaarina Kummi', relation: 'kummi', sector: 'friends', phone: '', address: 'Lehtotie 9, 00960 Helsinki' });
  // Äijö comes to the meeting; Sanni does not.
  const [aijo, sanni] = prep.conference.children;
  await call(dispatch, 'network.updateChild', { conferenceId, childId: aijo!.id, version: 1, participation: 'present', note: '' });
  prep = await call(dispatch, 'network.updateChild', { conferenceId, childId: sanni!.id, version: 1, participation: 'drawing', note: '' });
  const meeting = prep.meetings[0]!;
  prep = await call(
    dispatch,
    'meeting.update',
    meetingUpdate(meeting, {
      date: '2027-02-10',
      startTime: '09:00',
      endTime: '10:30',
      venue: { name: 'Perhekeskus Kajava', address: 'Kajavantie 5, 00950 Helsinki', bookingStatus: 'booked' },
      invitation: { replyBy: '2027-02-03' },
    }),
  );

  // The flip chart as the work pair wrote it on the day (its API is another part's: written here directly).
  const db = openTestDatabaseFile(backend.databaseFile, { writable: true });
  db.prepare("INSERT INTO meeting_flip_chart (meeting_id, client_view, version, updated_at) VALUES (?, ?, 2, '2027-02-10T08:30:00.000Z')").run(meeting.id, CANARY.clientView);
  const line = db.prepare('INSERT INTO meeting_flip_chart_line (meeting_id, list, position, text) VALUES (?, ?, ?, ?)');
  line.run(meeting.id, 'concern', 0, CANARY.concern);
  line.run(meeting.id, 'support', 0, CANARY.support);
  line.run(meeting.id, 'support', 1, CANARY.support2);
  db.close();

  prep = await call(dispatch, 'plan.create', { meetingId: meeting.id });
  const owner = (name: string) => ({ kind: 'member' as const, memberId: memberNamed(prep, name).id });
  prep = await call(
    dispatch,
    'plan.update',
    planUpdate(prep.plans[0]!, {
      items: ITEMS.map((item, index) => ({ what: item.what, owner: owner(item.who), byDate: `2027-03-0${index + 1}` })),
      followUpDate: '2027-05-12',
    }),
  );
  const planId = prep.plans[0]!.id;

  const files: DocumentFile[] = [];
  for (const member of prep.members) {
    files.push(await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: member.id } }));
  }
  files.push(await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'child', childId: aijo!.id } }));
  refusedChild = await callError(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'child', childId: sanni!.id } });
  files.push(await call(dispatch, 'documents.plan', { planId }));
  await call(dispatch, 'settings.update', { section: 'mappingPlanFlipChart', version: 1, value: false });
  files.push(await call(dispatch, 'documents.plan', { planId }));

  const pdfs = renderToPdf(files, dir.path);
  const rendered = files.map((file, index) => ({
    name: file.name,
    docx: docxText(file.bytes),
    text: pdfText(pdfs[index]!),
    pages: pdfPages(pdfs[index]!),
    pdf: pdfs[index]!,
  }));
  for (const file of files) parseAllParts(file.bytes);
  if (KEEP) {
    mkdirSync(KEEP, { recursive: true });
    files.forEach((file, index) => {
      writeFileSync(join(KEEP, `${index}-${file.name}`), file.bytes);
      copyFileSync(pdfs[index]!, join(KEEP, `${index}-${file.name.replace(/\.docx$/, '.pdf')}`));
    });
  }
  letters.push(...rendered.slice(0, prep.members.length));
  [child, planOn, planOff] = rendered.slice(prep.members.length) as [Rendered, Rendered, Rendered];
}, 240_000);

let closeBackend = () => {};
afterAll(() => {
  closeBackend();
  dir.remove();
});

/** The backend for this file's setup (openTestBackend closes per test; this one is closed after all tests). */
function openBackendOnce() {
  const backend = openBackend(dir.path, { key: TEST_DATABASE_KEY, now: () => FIXED_NOW, logError: () => {} });
  closeBackend = () => backend.close();
  return backend;
}

/** Text of one page of a PDF. */
function pageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const letterTo = (name: string) => letters.find((l) => l.text.includes(name) && l.name.includes(name))!;

describe('the network-mapping meeting’s papers, as LibreOffice renders them', { timeout: 60_000 }, () => {
  it('invites each of the five close people in their own language, worded for the mapping', () => {
    expect(letters).toHaveLength(5);
    for (const name of ['Maija Äijälä', 'Aune Äijälä', 'Pertti Naapuri', 'Kaarina Kummi']) {
      const { text, name: file } = letterTo(name);
      expect(file).toBe(`Kutsu - ${name}.docx`);
      expect(text).toContain('Kutsu läheisverkoston kartoitukseen');
      expect(text).toContain('Tapaamme kuullaksemme, miten perheen läheiset voisivat tukea perhettä arjessa.');
      expect(text).toContain('Perhe (Maija Äijälä, Äijö ja Sanni) toivoo, että olet mukana.');
      expect(text).toContain('Tapaaminen kestää noin 30–90 minuuttia, ja sitä johtaa ulkopuolinen vetäjä.');
      expect(text).toContain('Jokainen läheinen saa vuorollaan kertoa ajatuksensa');
      expect(text).toContain('keskiviikkona 10. helmikuuta 2027 klo 9.00–10.30 (1 h 30 min)');
      expect(text).toContain('Perhekeskus Kajava, Kajavantie 5, 00950 Helsinki');
      expect(text).toContain('Riikka Salmela');
      // Nothing of the conference's day: no information part, no private time.
      expect(text).not.toContain('läheisneuvonpito');
      expect(text).not.toContain('Tiedonanto');
      expect(text).not.toContain('Inbjudan');
    }
    const swedish = letterTo('Britt-Marie Lindqvist');
    expect(swedish.name).toBe('Inbjudan - Britt-Marie Lindqvist.docx');
    expect(swedish.text).toContain('Inbjudan till kartläggning av närnätverket');
    expect(swedish.text).toContain('Bästa Britt-Marie Lindqvist,');
    expect(swedish.text).toContain('Hur träffen går till');
    expect(swedish.text).toContain('Träffen tar cirka 30–90 minuter och leds av en utomstående ledare.');
    expect(swedish.text).toContain('onsdag 10 februari 2027 kl. 9.00–10.30');
    expect(swedish.text).not.toContain('Kutsu');
    expect(swedish.text).not.toContain('Tapaaminen');
  });

  it('carries nothing of the flip chart or the plan in any letter', () => {
    for (const letter of [...letters, child]) {
      for (const secret of [...Object.values(CANARY), 'HUOLI-KANARIA', ...ITEMS.map((i) => i.what)]) {
        expect(letter.text).not.toContain(secret);
        expect(letter.docx).not.toContain(secret);
      }
    }
  });

  it('writes a child’s letter only to the child who comes, worded for the mapping', () => {
    expect(child.name).toBe('Kutsu lapselle - Äijö.docx');
    expect(child.text).toContain('Hei Äijö!');
    expect(child.text).toContain('Tapaamisessa kuullaan, miten läheiset voisivat auttaa teitä arjessa.');
    expect(child.text).toContain('Olet mukana tapaamisessa.');
    expect(child.text).not.toContain('läheisneuvonpito');
    expect(refusedChild.code).toBe('invalid_input');
    expect(refusedChild.issues).toEqual([{ path: ['recipient'], message: 'mappingDocuments.error.childNotPresent' }]);
  });

  it('makes the plan a letter to the guardians: who took part, what the family hopes, who does what by when, the support needs, the follow-up', () => {
    const { text, docx } = planOn;
    // The address block first, where a window envelope shows it.
    expect(text).toMatch(/Maija Äijälä Koivukuja 3 A 5 00950 Helsinki Läheisverkoston kartoitus – suunnitelma/);
    expect(text).toContain('Tapaaminen keskiviikkona 10. helmikuuta 2027');
    expect(text).toContain('Tapaamisessa mukana');
    expect(text).toContain('Maija Äijälä (äiti), Aune Äijälä (mummo), Britt-Marie Lindqvist (moster), Pertti Naapuri (naapuri), Kaarina Kummi (kummi), Leena Korhonen (sosiaalityöntekijä), Riikka Salmela (Koollekutsuja)');
    expect(text).toContain('Mitä perhe toivoo');
    expect(text).toContain(CANARY.clientView);
    for (const item of ITEMS) {
      expect(text).toMatch(new RegExp(`${item.what.replace(/[.]/g, '\\.')} ${item.who}`));
      expect(docx).toMatch(new RegExp(`${item.what.replace(/[.]/g, '\\.')}\\n${item.who}\\n`));
    }
    // Who does it, with how to reach them, and by when.
    expect(text).toMatch(/Britt-Marie Lindqvist moster (2\.3\.2027 )?040 222 3333 britt-marie@example\.fi/);
    expect(docx).toContain('Britt-Marie Lindqvist\nmoster\n040 222 3333\nbritt-marie@example.fi\n2.3.2027');
    expect(text).toContain('Tuen tarpeet');
    expect(text).toContain(CANARY.support);
    expect(text).toContain(CANARY.support2);
    expect(text).toContain('Seurantatapaaminen pidetään keskiviikkona 12. toukokuuta 2027.');
    expect(text).toContain('Jos sinulla on kysyttävää suunnitelmasta, ota yhteyttä: Koollekutsuja Riikka Salmela Puhelin 040 555 0101');
    expect(text).toContain('Salassa pidettävä');
  });

  it('adds the flip chart’s page with the concerns only while the unit wants it', () => {
    expect(planOn.pages).toBe(planOff.pages + 1);
    const last = pageText(planOn.pdf, planOn.pages);
    expect(last).toContain('Fläppitaulu');
    expect(last).toContain('Huolenaiheet');
    expect(last).toContain(CANARY.concern);
    expect(last).toContain(CANARY.support);
    // The concern is on the flip chart's page only.
    expect(pageText(planOn.pdf, 1)).not.toContain('HUOLI-KANARIA');
    expect(planOff.text).not.toContain('Fläppitaulu');
    expect(planOff.text).not.toContain('HUOLI-KANARIA');
    expect(planOff.text).toContain(CANARY.support);
  });
});
