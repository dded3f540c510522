import { describe, expect, it } from 'vitest';
import { checklistOf, isHandTickable, type ChecklistEntry } from '../../electron/shared/arrangements/checklist';
import { NO_RECORDS, REMINDER_WINDOW_DAYS, type ChecklistRecords } from '../../electron/shared/arrangements/checklist-facts';
import type { Meeting } from '../../electron/shared/arrangements/meeting.schema';
import { DEFAULT_CHECKLIST } from '../../electron/shared/settings/settings.schema';
import { makeMeeting } from '../fixtures/preparation';

/* Issue 13 §2: built-in items a recorded fact answers are done by that fact, with its date. */

const TODAY = '2027-02-20';
const MEETING_DATE = '2027-03-03';
const AUNE = '44444444-4444-4444-8444-444444444401';
const PENTTI = '44444444-4444-4444-8444-444444444402';
const base = makeMeeting();

function entry(
  key: string,
  meeting: Partial<Meeting> = {},
  options: { records?: Partial<ChecklistRecords>; needs?: string[]; headcount?: number } = {},
): ChecklistEntry {
  const attendance = { interpreterNeeds: (options.needs ?? []).map((key) => ({ key, names: [] })), headcount: options.headcount };
  const entries = checklistOf(makeMeeting({ date: MEETING_DATE, ...meeting }), DEFAULT_CHECKLIST, attendance, TODAY, {
    ...NO_RECORDS,
    ...options.records,
  });
  return entries.find((e) => e.key === key)!;
}

const venue = (bookingStatus: 'not_booked' | 'requested' | 'booked', venueBookedDate: string | null = null) => ({
  venue: { ...base.venue, bookingStatus },
  venueBookedDate,
});
const line = (language: string, bookedDate: string | null) => ({
  language,
  provider: '',
  bookedDate,
  confirmed: false,
  mode: 'on_site' as const,
  cost: null,
});
const ticked = (key: string, date: string) => ({ checklist: { done: { [key]: date }, doneVersions: { [key]: 2 }, custom: [] } });

describe('the venue', () => {
  it('is done on the day it was saved as booked, from the arrangements, with no hand tick to give', () => {
    expect(entry('venue', venue('booked', '2027-02-03'))).toMatchObject({
      status: 'done',
      doneDate: '2027-02-03',
      source: 'arrangements',
      answer: 'fact',
    });
    expect(isHandTickable(entry('venue', venue('booked', '2027-02-03')))).toBe(false);
  });

  it('is not done while only requested, whatever a hand tick says, and says it is only requested', () => {
    const requested = entry('venue', { ...venue('requested'), ...ticked('venue', '2027-02-01') });
    expect(requested).toMatchObject({ status: 'overdue', doneDate: null, source: null, note: { code: 'venueRequested' } });
    expect(isHandTickable(requested)).toBe(false);
  });
});

describe('the interpreter', () => {
  it('is done once every language needed has a booked line, on the last booking day', () => {
    const both = entry('interpreter', { interpreters: [line('somali', '2027-02-10'), line('sv', '2027-02-12')] }, { needs: ['somali', 'sv'] });
    expect(both).toMatchObject({ status: 'done', doneDate: '2027-02-12', source: 'arrangements' });
  });

  it('is not done while a language needed has no booked line, and names it', () => {
    const one = entry('interpreter', { interpreters: [line('somali', '2027-02-10'), line('sv', null)] }, { needs: ['Somali', 'sv'] });
    expect(one).toMatchObject({ status: 'overdue', doneDate: null, note: { code: 'interpreterMissing', languages: ['sv'] } });
  });
});

describe('the refreshments', () => {
  it('are done on the day they were ordered, and say so when more people are coming than ordered for', () => {
    const refreshments = { ...base.refreshments, orderedDate: '2027-02-15', orderedHeadcount: 10 };
    expect(entry('refreshments', { refreshments }, { headcount: 10 })).toMatchObject({ status: 'done', doneDate: '2027-02-15', note: null });
    expect(entry('refreshments', { refreshments }, { headcount: 12 })).toMatchObject({
      status: 'done',
      doneDate: '2027-02-15',
      note: { code: 'headcountGrew', ordered: 10, headcount: 12 },
    });
  });

  it('are not done by a hand tick alone', () => {
    expect(entry('refreshments', ticked('refreshments', '2027-02-15'))).toMatchObject({ status: 'open', doneDate: null });
  });
});

describe('the invitations', () => {
  const letter = (recipientId: string, exportedAt: string) => ({ letter: 'invitation' as const, recipientId, exportedAt });

  it('are done once every invitee has a letter made, on the Helsinki day of the last first letter', () => {
    const records = { invitees: [AUNE, PENTTI], letters: [letter(AUNE, '2027-02-08T10:00:00Z'), letter(PENTTI, '2027-02-09T22:30:00Z'), letter(AUNE, '2027-02-12T10:00:00Z')] };
    // 22.30 UTC on 9.2. is 10.2. in Helsinki.
    expect(entry('invitations', {}, { records })).toMatchObject({ status: 'done', doneDate: '2027-02-10', source: 'letters', answer: 'log' });
    expect(isHandTickable(entry('invitations', {}, { records }))).toBe(false);
  });

  it('say who still has no letter, and may then be ticked by hand (a letter may go by e-mail)', () => {
    const records = { invitees: [AUNE, PENTTI], letters: [letter(AUNE, '2027-02-08T10:00:00Z')] };
    const open = entry('invitations', {}, { records });
    expect(open).toMatchObject({ doneDate: null, note: { code: 'lettersMissing', missing: 1, of: 2 } });
    expect(isHandTickable(open)).toBe(true);
    expect(entry('invitations', ticked('invitations', '2027-02-11'), { records })).toMatchObject({
      status: 'done',
      doneDate: '2027-02-11',
      source: null,
    });
  });

  it('wait for the letter asking for written views of everyone asked for them; an invitation does not stand in for it', () => {
    const views = (recipientId: string, exportedAt: string) => ({ letter: 'written_views' as const, recipientId, exportedAt });
    const waiting = { invitees: [AUNE], viewsAsked: [PENTTI], letters: [letter(AUNE, '2027-02-08T10:00:00Z'), letter(PENTTI, '2027-02-08T10:00:00Z')] };
    expect(entry('invitations', {}, { records: waiting })).toMatchObject({ doneDate: null, note: { code: 'lettersMissing', missing: 1, of: 2 } });
    const done = { ...waiting, letters: [...waiting.letters, views(PENTTI, '2027-02-11T09:00:00Z')] };
    expect(entry('invitations', {}, { records: done })).toMatchObject({ status: 'done', doneDate: '2027-02-11', source: 'letters' });
    // Only people asked for written views: their letters alone decide.
    expect(entry('invitations', {}, { records: { viewsAsked: [PENTTI], letters: [views(PENTTI, '2027-02-11T09:00:00Z')] } })).toMatchObject({ status: 'done' });
  });
});

describe('the summary', () => {
  it('is done on the day it was gone through with the parents, at the conference only', () => {
    expect(entry('summary', {}, { records: { summaryGoneThrough: '2027-02-14' } })).toMatchObject({
      status: 'done',
      doneDate: '2027-02-14',
      source: 'summary',
    });
    expect(entry('summary', ticked('summary', '2027-02-14'))).toMatchObject({ doneDate: null });
    // A follow-up's summary has no such date: a hand tick.
    const followUp = entry('summary', { kind: 'follow_up', ...ticked('summary', '2027-02-14') });
    expect(followUp).toMatchObject({ status: 'done', doneDate: '2027-02-14', answer: 'hand' });
  });
});

describe('the reminder calls', () => {
  const contact = (memberId: string | null, date: string) => ({ memberId, date });

  it(`are done once every invitee was contacted in the ${REMINDER_WINDOW_DAYS} days before the meeting`, () => {
    const records = { invitees: [AUNE, PENTTI], contacts: [contact(AUNE, '2027-02-26'), contact(PENTTI, '2027-03-01'), contact(AUNE, '2027-03-02')] };
    expect(entry('reminders', {}, { records })).toMatchObject({ status: 'done', doneDate: '2027-03-01', source: 'contacts' });
  });

  it('do not count a contact made earlier than that, and say how many are missing', () => {
    const records = { invitees: [AUNE, PENTTI], contacts: [contact(AUNE, '2027-02-23'), contact(PENTTI, '2027-03-01')] };
    expect(entry('reminders', {}, { records })).toMatchObject({ doneDate: null, note: { code: 'remindersMissing', missing: 1, of: 2 } });
  });
});

it('leaves childcare and materials to the hand', () => {
  expect(entry('materials', ticked('materials', '2027-03-03'))).toMatchObject({ status: 'done', answer: 'hand', source: null });
});
