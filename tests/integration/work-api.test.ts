import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DOCX_MIME } from '../../electron/shared/documents/documents.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { closing, meetingUpdate } from '../fixtures/record-updates';
import { call, callError, countRows, openTestBackend } from '../helpers/backend';
import { docxText, pdfText, renderToPdf } from '../helpers/docx';
import { saveSettings } from '../helpers/settings';
import { useTempDir } from '../helpers/temp-dir';

/*
 * The convener's working time and the conference's costs through the API: entries and costs
 * in date order in the preparation, versions, a closed conference, bad amounts and durations,
 * a meeting of another conference; and the time report made of them.
 */

async function setUp() {
  const backend = openTestBackend(useTempDir());
  const { dispatch } = backend;
  const conference = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'LNP 12/2027', guardians: [{ name: 'Kanerva Kanarialintu' }] }));
  const other = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'LNP 13/2027' }));
  const prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
  const otherPrep = await call(dispatch, 'preparation.get', { conferenceId: other.id });
  return { backend, dispatch, conference, prep, otherMeetingId: otherPrep.meetings[0]!.id };
}

describe('the working-time log', () => {
  it('adds, edits and removes entries, in date order, a duration written as a convener writes it', async () => {
    const { dispatch, conference } = await setUp();
    await call(dispatch, 'work.add', { conferenceId: conference.id, date: '2027-01-14', minutes: '1 h 30 min', activity: 'preparation' });
    const two = await call(dispatch, 'work.add', { conferenceId: conference.id, date: '2027-01-12', minutes: '0,5 h', activity: 'travel' });
    expect(two.work.map((w) => [w.date, w.minutes, w.activity])).toEqual([
      ['2027-01-12', 30, 'travel'],
      ['2027-01-14', 90, 'preparation'],
    ]);
    const [travel] = two.work;
    const edited = await call(dispatch, 'work.update', { id: travel!.id, version: 1, date: '2027-01-15', minutes: 45, activity: 'documents' });
    expect(edited.work.map((w) => [w.date, w.minutes, w.activity, w.version])).toEqual([
      ['2027-01-14', 90, 'preparation', 1],
      ['2027-01-15', 45, 'documents', 2],
    ]);
    const removed = await call(dispatch, 'work.remove', { id: travel!.id, version: 2 });
    expect(removed.work.map((w) => w.minutes)).toEqual([90]);
  });

  it('refuses a duration that is none, with validation.duration, writing nothing', async () => {
    const { backend, dispatch, conference } = await setUp();
    const rows = countRows(backend.databaseFile);
    for (const minutes of ['puolitoista tuntia', '0', '25 h', '']) {
      const error = await callError(dispatch, 'work.add', { conferenceId: conference.id, date: '2027-01-14', minutes, activity: 'preparation' });
      expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: ['minutes'], message: 'validation.duration' }] });
    }
    expect(countRows(backend.databaseFile)).toEqual(rows);
  });

  it('refuses a stale version and a closed conference with conflict', async () => {
    const { dispatch, conference } = await setUp();
    const prep = await call(dispatch, 'work.add', { conferenceId: conference.id, date: '2027-01-14', minutes: 60, activity: 'meeting' });
    const entry = prep.work[0]!;
    await call(dispatch, 'work.update', { id: entry.id, version: 1, date: '2027-01-14', minutes: 75, activity: 'meeting' });
    expect((await callError(dispatch, 'work.update', { id: entry.id, version: 1, date: '2027-01-14', minutes: 90, activity: 'meeting' })).code).toBe('conflict');
    expect((await callError(dispatch, 'work.remove', { id: entry.id, version: 1 })).code).toBe('conflict');

    const current = await call(dispatch, 'conference.get', { id: conference.id });
    await call(dispatch, 'conference.close', closing(current, 'other', 'Perhe muutti.'));
    expect((await callError(dispatch, 'work.add', { conferenceId: conference.id, date: '2027-01-16', minutes: 30, activity: 'other' })).code).toBe('conflict');
    expect((await callError(dispatch, 'work.update', { id: entry.id, version: 2, date: '2027-01-14', minutes: 90, activity: 'meeting' })).code).toBe('conflict');
    expect((await callError(dispatch, 'work.remove', { id: entry.id, version: 2 })).code).toBe('conflict');
    expect((await call(dispatch, 'preparation.get', { conferenceId: conference.id })).work.map((w) => w.minutes)).toEqual([75]);
  });

  it("keeps a contact's length with the contact, as minutes", async () => {
    const { dispatch, conference } = await setUp();
    const prep = await call(dispatch, 'contact.add', {
      conferenceId: conference.id,
      date: '2027-01-13',
      channel: 'meeting',
      discussed: 'Ensitapaaminen.',
      durationMinutes: '1 h 15 min',
    });
    expect(prep.contacts[0]!.durationMinutes).toBe(75);
    const edited = await call(dispatch, 'contact.update', { ...prep.contacts[0]!, durationMinutes: '' });
    expect(edited.contacts[0]!.durationMinutes).toBeNull();
    const error = await callError(dispatch, 'contact.update', { ...edited.contacts[0]!, durationMinutes: 'pitkä' });
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: ['durationMinutes'], message: 'validation.duration' }] });
  });
});

describe('the costs', () => {
  it('adds, edits and removes travel and other costs, of the preparation or of a meeting', async () => {
    const { dispatch, conference, prep } = await setUp();
    const meetingId = prep.meetings[0]!.id;
    await call(dispatch, 'cost.add', { conferenceId: conference.id, date: '2027-02-24', kind: 'travel', what: 'Matka 32 km', amount: '15,36 €', meetingId });
    const two = await call(dispatch, 'cost.add', { conferenceId: conference.id, date: '2027-01-20', kind: 'other', amount: '12' });
    expect(two.costs.map((c) => [c.date, c.kind, c.what, c.amount, c.meetingId])).toEqual([
      ['2027-01-20', 'other', '', 1200, null],
      ['2027-02-24', 'travel', 'Matka 32 km', 1536, meetingId],
    ]);
    const other = two.costs[0]!;
    const edited = await call(dispatch, 'cost.update', { id: other.id, version: 1, date: '2027-01-21', kind: 'other', what: 'Postimaksut', amount: 850, meetingId: null });
    expect(edited.costs[0]).toMatchObject({ what: 'Postimaksut', amount: 850, version: 2 });
    expect((await callError(dispatch, 'cost.update', { ...edited.costs[0]!, version: 1 })).code).toBe('conflict');
    expect((await callError(dispatch, 'cost.remove', { id: other.id, version: 1 })).code).toBe('conflict');
    const removed = await call(dispatch, 'cost.remove', { id: other.id, version: 2 });
    expect(removed.costs.map((c) => c.what)).toEqual(['Matka 32 km']);
  });

  it('refuses an amount that is none, with validation.euros', async () => {
    const { dispatch, conference } = await setUp();
    for (const amount of ['viisi euroa', '0', '-5', '12,345', '']) {
      const error = await callError(dispatch, 'cost.add', { conferenceId: conference.id, date: '2027-01-20', kind: 'travel', amount });
      expect(error, amount).toMatchObject({ code: 'invalid_input', issues: [{ path: ['amount'], message: 'validation.euros' }] });
    }
  });

  it("refuses a meeting of another conference, new or edited", async () => {
    const { backend, dispatch, conference, otherMeetingId } = await setUp();
    const rows = countRows(backend.databaseFile);
    const added = await callError(dispatch, 'cost.add', { conferenceId: conference.id, date: '2027-01-20', kind: 'travel', amount: 10, meetingId: otherMeetingId });
    expect(added).toMatchObject({ code: 'invalid_input', issues: [{ path: ['meetingId'], message: 'validation.invalid' }] });
    expect(countRows(backend.databaseFile)).toEqual(rows);
    const prep = await call(dispatch, 'cost.add', { conferenceId: conference.id, date: '2027-01-20', kind: 'travel', amount: 10 });
    const updated = await callError(dispatch, 'cost.update', { ...prep.costs[0]!, meetingId: otherMeetingId });
    expect(updated).toMatchObject({ code: 'invalid_input', issues: [{ path: ['meetingId'], message: 'validation.invalid' }] });
  });

  it('refuses a closed conference', async () => {
    const { dispatch, conference } = await setUp();
    const prep = await call(dispatch, 'cost.add', { conferenceId: conference.id, date: '2027-01-20', kind: 'travel', amount: 10 });
    const current = await call(dispatch, 'conference.get', { id: conference.id });
    await call(dispatch, 'conference.close', closing(current, 'other', 'Perhe muutti.'));
    expect((await callError(dispatch, 'cost.add', { conferenceId: conference.id, date: '2027-01-20', kind: 'travel', amount: 10 })).code).toBe('conflict');
    expect((await callError(dispatch, 'cost.update', { ...prep.costs[0]!, amount: 20 })).code).toBe('conflict');
    expect((await callError(dispatch, 'cost.remove', { id: prep.costs[0]!.id, version: 1 })).code).toBe('conflict');
  });
});

describe('the time report', () => {
  it('has the reference, the work and the costs, hours × rate, and none of the family', async () => {
    const dir = useTempDir();
    const { dispatch, conference, prep } = await setUp();
    await saveSettings(dispatch, {
      convener: { name: 'Riikka Salmela', title: 'Koollekutsuja', phone: '', email: '', hourlyRate: 4850 },
      unit: { name: 'Perheneuvonpidot', postalAddress: 'PL 4210\n00099 Helsingin kaupunki', phone: '', email: '', logo: null },
    });
    const meeting = prep.meetings[0]!;
    await call(dispatch, 'meeting.update', meetingUpdate(meeting, { date: '2027-02-24', venue: { name: 'Perhekeskus', cost: 12000 }, interpreters: [{ language: 'somali', cost: 9050 }] }));
    await call(dispatch, 'contact.add', { conferenceId: conference.id, date: '2027-01-13', channel: 'meeting', discussed: 'Kanarialintu-perheen asiat', durationMinutes: '1 h' });
    await call(dispatch, 'work.add', { conferenceId: conference.id, date: '2027-01-14', minutes: '1 h 30 min', activity: 'documents' });
    await call(dispatch, 'cost.add', { conferenceId: conference.id, date: '2027-02-24', kind: 'travel', what: 'Matka 32 km', amount: '15,36', meetingId: meeting.id });

    const file = await call(dispatch, 'documents.timeReport', { conferenceId: conference.id });
    expect(file.mimeType).toBe(DOCX_MIME);
    expect(file.name).not.toMatch(/Äijö|Sanni|Kanarialintu|LNP/);
    const month = await call(dispatch, 'documents.monthTimeReport', { month: '2027-02' });
    const [pdf, monthPdf] = renderToPdf([file, month], dir);
    writeFileSync(join(dir, 'time-report.docx'), file.bytes);
    writeFileSync(join(dir, 'month-report.docx'), month.bytes);
    if (process.env.KEEP_DOCS) execFileSync('cp', [pdf!, monthPdf!, join(dir, 'time-report.docx'), join(dir, 'month-report.docx'), process.env.KEEP_DOCS]);

    const text = pdfText(pdf!);
    expect(text).toContain('Työaikaraportti ja laskuerittely');
    expect(text).toContain('LNP 12/2027');
    expect(text).toContain('Matka 32 km');
    // 1 h of the contact, 1,5 h of documents: 2,5 h at 48,50 € is 121,25 €; costs 120 + 90,50 + 15,36.
    expect(text).toContain('2,5 h');
    expect(text).toMatch(/121,25\s€/);
    expect(text).toMatch(/225,86\s€/);
    expect(text).toMatch(/347,11\s€/);
    for (const absent of ['Kanarialintu', 'Äijö', 'Sanni', 'Ensitapaaminen', 'Perhekeskus']) expect(text).not.toContain(absent);

    // February: the meeting's costs and the travel, no work (that was January), the other conference not at all.
    const monthText = pdfText(monthPdf!);
    expect(monthText).toContain('helmikuu 2027');
    expect(monthText).toContain('LNP 12/2027');
    expect(monthText).not.toContain('LNP 13/2027');
    expect(monthText).toMatch(/225,86\s€/);
    expect(docxText(month.bytes)).not.toContain('Kanarialintu');
  }, 120_000);

  it('refuses a month that is not one', async () => {
    const { dispatch } = await setUp();
    const error = await callError(dispatch, 'documents.monthTimeReport', { month: '2027-13' });
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: ['month'], message: 'validation.month' }] });
  });
});
