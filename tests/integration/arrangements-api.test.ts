import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/backend/api/dispatcher';
import type { MethodInput } from '../../electron/shared/api/contract';
import { arrangementFlags, attendanceOf } from '../../electron/shared/arrangements/attendance';
import { checklistOf } from '../../electron/shared/arrangements/checklist';
import { meetingFieldsSchema } from '../../electron/shared/arrangements/meeting.schema';
import { isMessageKey } from '../../electron/shared/i18n';
import { emptyMeetingDay } from '../../electron/shared/meeting-day/meeting-day-rules';
import type { NetworkMember } from '../../electron/shared/preparation/network.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { DEFAULT_CHECKLIST } from '../../electron/shared/settings/settings.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import {
  checklistItemRemoval,
  checklistItemUpdate,
  childTakingPart,
  closing,
  interpreterLine,
  meetingUpdate,
} from '../fixtures/record-updates';
import { call, callError, countRows, makeClock, openTestBackend } from '../helpers/backend';
import { tickNow } from '../helpers/record-changes';
import { saveSettings } from '../helpers/settings';
import { useTempDir } from '../helpers/temp-dir';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type MeetingUpdate = MethodInput<'meeting.update'>;

async function newConference(options: { now?: () => Date } = {}) {
  const backend = openTestBackend(useTempDir(), options);
  const conference = await call(backend.dispatch, 'conference.create', makeConferenceInput());
  const prep = await call(backend.dispatch, 'preparation.get', { conferenceId: conference.id });
  return { backend, dispatch: backend.dispatch, conference, prep, meeting: prep.meetings[0]! };
}

/** The `network.updateMember` input that saves `member` as it is, with `overrides`. */
function memberUpdate(member: NetworkMember, overrides: Partial<MethodInput<'network.updateMember'>> = {}) {
  const { conferenceId: _c, createdAt: _a, updatedAt: _u, ...fields } = member;
  return { ...fields, ...overrides };
}

/** Everything a convener fills in for a conference meeting, in several scripts. */
const FULL_ARRANGEMENTS = {
  date: '2027-02-24',
  startTime: '09:00',
  endTime: '14:30',
  venue: {
    name: 'Perhekeskus Pihlaja',
    address: 'Pihlajatie 7, 00940 Helsinki',
    mainRoom: { fi: 'Kokoushuone Ilves', sv: '', en: '' },
    privateRoom: 'Neuvotteluhuone Kettu',
    capacity: 14,
    accessibility: { fi: 'Hissi ja esteetön WC', sv: '', en: '' },
    parking: { fi: 'Pysäköinti pihalla; bussi 92 Pihlajatie', sv: '', en: '' },
    bookingContact: 'Tilavaraus, 09 310 12345',
    bookingStatus: 'booked',
    cost: 45000,
  },
  refreshments: {
    what: 'Kahvi, tee, sämpylät ja hedelmät',
    supplier: 'Kahvila Åkerlund',
    supplierContact: 'Åsa Åkerlund, 040 111 2222',
    orderedDate: '2027-02-15',
    orderedHeadcount: 9,
    cost: 8500,
  },
  interpreters: [
    {
      language: 'somali',
      provider: 'Tulkkikeskus',
      bookedDate: '2027-02-08',
      confirmed: true,
      mode: 'on_site',
      cost: 12050,
    },
    { language: 'арабский', provider: 'Etätulkit Oy', bookedDate: null, confirmed: false, mode: 'remote', cost: null },
  ],
  remoteLink: 'https://meet.example.fi/neuvonpito-42',
  remoteFor: 'Pekka Lind (naapuri)',
  childcareNeeded: true,
  childcare: 'Leikkihuone, hoitaja Päivi',
  travelSupport: 'Taksisetelit isovanhemmille',
  materials: ['flip_chart', 'markers', 'name_tags', 'printed_questions'],
  otherMaterials: 'Piirustustarvikkeet lapsille',
  invitation: {
    replyBy: '2027-02-17',
    purpose: {
      fi: 'Suunnitellaan yhdessä, miten Äijö saa tukea koulunkäyntiin.',
      sv: 'Vi planerar tillsammans hur Äijö får stöd i skolan.',
      en: 'Together we plan how Äijö gets support with school.',
    },
  },
  notes: 'Äidille tärkeää, että tauko pidetään ajallaan. فاطمة tulee bussilla.',
} satisfies Omit<MeetingUpdate, 'id' | 'version'>;

describe('a new conference', () => {
  it('has its own meeting with nothing arranged and an empty checklist', async () => {
    const { prep, conference } = await newConference();
    expect(prep.meetings).toEqual([
      {
        ...meetingFieldsSchema.parse({}),
        id: expect.stringMatching(UUID),
        conferenceId: conference.id,
        kind: 'conference',
        venueBookedDate: null,
        checklist: { done: {}, doneVersions: {}, custom: [] },
        day: emptyMeetingDay(),
        replies: [],
        heldBeforeApp: false,
        version: 1,
        updatedAt: '2027-01-11T08:00:00.000Z',
      },
    ]);
    expect(prep.meetings[0]).toMatchObject({
      date: null,
      venue: { bookingStatus: 'not_booked', capacity: null },
      interpreters: [],
      materials: [],
    });
  });

  it('gets its meeting in the same transaction as the conference: a refused create leaves no meeting', async () => {
    const backend = openTestBackend(useTempDir());
    await callError(backend.dispatch, 'conference.create', makeConferenceInput({ reference: '' }));
    expect(countRows(backend.databaseFile).meeting).toBe(0);
  });
});

describe('meeting.update', () => {
  it('saves every field of the arrangements, across a restart', async () => {
    const clock = makeClock();
    const dir = useTempDir();
    const first = openTestBackend(dir, { now: clock.now });
    const conference = await call(first.dispatch, 'conference.create', makeConferenceInput());
    const before = await call(first.dispatch, 'preparation.get', { conferenceId: conference.id });
    const meeting = before.meetings[0]!;
    clock.advanceMinutes(20);

    const saved = await call(first.dispatch, 'meeting.update', { id: meeting.id, version: 1, ...FULL_ARRANGEMENTS });
    expect(saved.meetings).toEqual([
      {
        ...FULL_ARRANGEMENTS,
        id: meeting.id,
        conferenceId: conference.id,
        kind: 'conference',
        // Saved as booked: the day it was saved so is the booking's day.
        venueBookedDate: '2027-01-11',
        checklist: { done: {}, doneVersions: {}, custom: [] },
        day: emptyMeetingDay('conference', FULL_ARRANGEMENTS),
        replies: [],
        heldBeforeApp: false,
        version: 2,
        updatedAt: '2027-01-11T08:20:00.000Z',
      },
    ]);
    // The arrangements are the meeting's: the rest of the preparation is as it was.
    expect({ ...saved, meetings: [] }).toEqual({ ...before, meetings: [] });
    first.close();

    const second = openTestBackend(dir);
    expect(await call(second.dispatch, 'preparation.get', { conferenceId: conference.id })).toEqual(saved);
  });

  it('replaces the interpreter lines and clears what was emptied', async () => {
    const { dispatch, meeting } = await newConference();
    await call(dispatch, 'meeting.update', { id: meeting.id, version: 1, ...FULL_ARRANGEMENTS });
    const empty = meetingFieldsSchema.parse({});
    const cleared = await call(dispatch, 'meeting.update', {
      ...empty,
      id: meeting.id,
      version: 2,
      date: '2027-02-25',
      // The form keeps '' in its inputs: the API gives null back.
      startTime: '',
      refreshments: { ...empty.refreshments, orderedDate: '', orderedHeadcount: '' },
      interpreters: [interpreterLine({ language: 'Somali', provider: 'Toinen tulkkikeskus' })],
      // Given out of order and once twice: stored once, in the form's order.
      materials: ['printed_questions', 'flip_chart', 'printed_questions'],
    });
    expect(cleared.meetings[0]).toEqual({
      ...meetingFieldsSchema.parse({}),
      id: meeting.id,
      conferenceId: meeting.conferenceId,
      kind: 'conference',
      venueBookedDate: null,
      date: '2027-02-25',
      interpreters: [
        { language: 'Somali', provider: 'Toinen tulkkikeskus', bookedDate: null, confirmed: false, mode: 'on_site', cost: null },
      ],
      materials: ['flip_chart', 'printed_questions'],
      checklist: { done: {}, doneVersions: {}, custom: [] },
      day: emptyMeetingDay(),
      replies: [],
      heldBeforeApp: false,
      version: 3,
      updatedAt: '2027-01-11T08:00:00.000Z',
    });
  });

  it('reads the costs as the convener writes euros, and refuses a cost that is no amount', async () => {
    const { dispatch, meeting } = await newConference();
    const saved = await call(dispatch, 'meeting.update', {
      ...FULL_ARRANGEMENTS,
      id: meeting.id,
      version: 1,
      venue: { ...FULL_ARRANGEMENTS.venue, cost: '1 200,50 €' },
      refreshments: { ...FULL_ARRANGEMENTS.refreshments, cost: '85' },
      interpreters: [{ ...FULL_ARRANGEMENTS.interpreters[0]!, cost: '120,5 e' }],
    });
    const { venue, refreshments, interpreters } = saved.meetings[0]!;
    expect([venue.cost, refreshments.cost, interpreters[0]!.cost]).toEqual([120050, 8500, 12050]);

    const error = await callError(dispatch, 'meeting.update', {
      ...FULL_ARRANGEMENTS,
      id: meeting.id,
      version: 2,
      refreshments: { ...FULL_ARRANGEMENTS.refreshments, cost: 'noin sata' },
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path: ['refreshments', 'cost'], message: 'validation.euros' }]);
  });

  it('refuses a stale version with conflict and writes nothing', async () => {
    const { backend, dispatch, conference, meeting } = await newConference();
    const first = await call(dispatch, 'meeting.update', meetingUpdate(meeting, { date: '2027-02-24' }));
    const rowsBefore = countRows(backend.databaseFile);
    // A second edit made from the same copy as the first.
    const error = await callError(
      dispatch,
      'meeting.update',
      meetingUpdate(meeting, { date: '2027-03-03', interpreters: [{ language: 'somali' }] }),
    );
    expect(error.code).toBe('conflict');
    expect(countRows(backend.databaseFile)).toEqual(rowsBefore);
    expect(await call(dispatch, 'preparation.get', { conferenceId: conference.id })).toEqual(first);
  });

  it('refuses a meeting that does not exist with not_found', async () => {
    const { dispatch, meeting } = await newConference();
    const error = await callError(dispatch, 'meeting.update', { ...meetingUpdate(meeting, { date: '2027-02-24' }), id: randomUUID() });
    expect(error.code).toBe('not_found');
  });

  const invalid: [string, Parameters<typeof meetingUpdate>[1], (string | number)[], string][] = [
    ['an end before the start', { startTime: '13:00', endTime: '09:30' }, ['endTime'], 'validation.endBeforeStart'],
    ['an end at the start', { startTime: '13:00', endTime: '13:00' }, ['endTime'], 'validation.endBeforeStart'],
    [
      'a reply date after the meeting',
      { date: '2027-02-24', invitation: { replyBy: '2027-02-25' } },
      ['invitation', 'replyBy'],
      'validation.replyByAfterMeeting',
    ],
    ['a time that is not one', { startTime: '9.00' }, ['startTime'], 'validation.time'],
    ['a time past midnight', { endTime: '24:00' }, ['endTime'], 'validation.time'],
    ['a date that does not exist', { date: '2027-02-30' }, ['date'], 'validation.date'],
    ['a negative capacity', { venue: { capacity: -3 } }, ['venue', 'capacity'], 'validation.count'],
    [
      'two interpreter lines for one language',
      { interpreters: [{ language: 'somali' }, { language: 'Somali' }] },
      ['interpreters', 1, 'language'],
      'validation.duplicateLanguage',
    ],
    [
      'an interpreter line without a language',
      { interpreters: [{ language: ' ' }] },
      ['interpreters', 0, 'language'],
      'validation.required',
    ],
    ['a material the app does not know', { materials: ['projector'] as never }, ['materials', 0], 'validation.choice'],
    ['an identity code in the notes', { notes: 'Hetu 010203A123X' }, ['notes'], 'validation.identityCode'],
  ];

  it.each(invalid)('refuses %s with the field and writes nothing', async (_label, overrides, path, message) => {
    const { backend, dispatch, conference, meeting, prep } = await newConference();
    const rowsBefore = countRows(backend.databaseFile);
    const error = await callError(dispatch, 'meeting.update', meetingUpdate(meeting, overrides));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toContainEqual({ path, message });
    for (const issue of error.issues ?? []) expect(isMessageKey(issue.message), issue.message).toBe(true);
    expect(countRows(backend.databaseFile)).toEqual(rowsBefore);
    expect(await call(dispatch, 'preparation.get', { conferenceId: conference.id })).toEqual(prep);
  });
});

describe('what the arrangements follow from the people', () => {
  it('changes headcount, diets, interpreter needs and flags as replies change', async () => {
    const { dispatch, conference, meeting } = await newConference();
    const [aijo] = conference.children;
    const before = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    await call(dispatch, 'network.updateChild', childTakingPart(before, aijo!.id, { participation: 'present' }));
    await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { diet: 'Laktoositon', reply: 'coming' }));
    await call(
      dispatch,
      'network.addMember',
      makeMemberInput(conference.id, {
        name: 'Cawo Maxamed Xuseen',
        relation: 'täti',
        language: 'other',
        otherLanguage: 'Somali',
        interpreterNeeded: true,
        diet: 'laktoositon',
        reply: 'not_asked',
      }),
    );
    let prep: Preparation = await call(
      dispatch,
      'meeting.update',
      meetingUpdate(meeting, {
        date: '2027-02-24',
        startTime: '09:00',
        endTime: '13:00',
        refreshments: { orderedDate: '2027-02-15', orderedHeadcount: 4 },
      }),
    );
    const cawo = memberNamed(prep, 'Cawo Maxamed Xuseen');

    // Aune coming, Äijö present, the social worker and the convener.
    let attendance = attendanceOf(prep);
    expect(attendance.headcount).toBe(4);
    expect(attendance.diets).toEqual([{ key: 'Laktoositon', names: ['Aune Äijälä'] }]);
    expect(attendance.interpreterNeeds).toEqual([]);
    expect(arrangementFlags(prep.meetings[0]!, attendance)).toEqual([]);

    // Cawo says she is coming: one more to feed, her diet joins Aune's, Somali needs an interpreter.
    prep = await call(dispatch, 'network.updateMember', memberUpdate(cawo, { reply: 'coming' }));
    attendance = attendanceOf(prep);
    expect(attendance.headcount).toBe(5);
    expect(attendance.diets).toEqual([{ key: 'Laktoositon', names: ['Aune Äijälä', 'Cawo Maxamed Xuseen'] }]);
    expect(attendance.interpreterNeeds).toEqual([{ key: 'somali', names: ['Cawo Maxamed Xuseen'] }]);
    expect(arrangementFlags(prep.meetings[0]!, attendance)).toEqual([
      { code: 'refreshmentsHeadcount', ordered: 4, headcount: 5 },
      { code: 'interpreterMissing', language: 'somali', names: ['Cawo Maxamed Xuseen'] },
    ]);

    // The convener books the interpreter and corrects the order.
    prep = await call(
      dispatch,
      'meeting.update',
      meetingUpdate(prep.meetings[0]!, {
        refreshments: { ...prep.meetings[0]!.refreshments, orderedHeadcount: 5 },
        interpreters: [{ language: 'somali', provider: 'Tulkkikeskus' }],
      }),
    );
    expect(arrangementFlags(prep.meetings[0]!, attendanceOf(prep))).toEqual([]);

    // Cawo cancels: the booked interpreter is no longer needed.
    prep = await call(dispatch, 'network.updateMember', memberUpdate(memberNamed(prep, 'Cawo Maxamed Xuseen'), { reply: 'not_coming' }));
    attendance = attendanceOf(prep);
    expect(attendance.headcount).toBe(4);
    expect(arrangementFlags(prep.meetings[0]!, attendance)).toEqual([
      { code: 'refreshmentsHeadcount', ordered: 5, headcount: 4 },
      { code: 'interpreterNotNeeded', language: 'somali' },
    ]);
    // The checklist shows the interpreter item while a line is booked.
    expect(checklistOf(prep.meetings[0]!, DEFAULT_CHECKLIST, attendance, '2027-01-11').map((e) => e.key)).toContain(
      'interpreter',
    );
  });
});

describe('the checklist', () => {
  it('ticks, re-dates and un-ticks template items without touching the meeting’s version', async () => {
    const { dispatch, meeting, conference } = await newConference();
    const setDone = (key: string, doneDate: string | null) => tickNow(dispatch, conference.id, meeting.id, key, doneDate);
    // Materials: an item only a hand ticks (the venue's tick follows its booking, tested below).
    await call(dispatch, 'meeting.update', meetingUpdate(meeting, { date: '2027-02-24' }));
    await setDone('materials', '2027-01-20');
    let prep = await setDone('invitations', '2027-02-01');
    expect(prep.meetings[0]?.checklist).toEqual({
      done: { invitations: '2027-02-01', materials: '2027-01-20' },
      doneVersions: { invitations: 2, materials: 2 },
      custom: [],
    });
    // Ticking is not an edit of the arrangements: an open arrangements form stays current.
    expect(prep.meetings[0]?.version).toBe(2);

    prep = await setDone('materials', '2027-01-22');
    expect(prep.meetings[0]?.checklist.done.materials).toBe('2027-01-22');

    const entries = checklistOf(prep.meetings[0]!, DEFAULT_CHECKLIST, attendanceOf(prep), '2027-02-20');
    expect(entries.find((e) => e.key === 'materials')).toMatchObject({
      status: 'done',
      doneDate: '2027-01-22',
      dueDate: '2027-02-24',
    });
    expect(entries.find((e) => e.key === 'refreshments')).toMatchObject({ status: 'overdue', dueDate: '2027-02-17' });

    prep = await setDone('materials', null);
    expect(prep.meetings[0]?.checklist.done).toEqual({ invitations: '2027-02-01' });
    // Un-ticking twice, the second time as the form's empty date, is no error.
    prep = await call(dispatch, 'checklist.setDone', { meetingId: meeting.id, key: 'materials', version: 1, doneDate: '' });
    expect(prep.meetings[0]?.checklist.done).toEqual({ invitations: '2027-02-01' });
  });

  it('adds, edits, ticks and removes the meeting’s own items, in the order they were added', async () => {
    const { backend, dispatch, meeting, conference } = await newConference();
    const setDone = (key: string, doneDate: string | null) => tickNow(dispatch, conference.id, meeting.id, key, doneDate);
    const first = await call(dispatch, 'checklist.addItem', {
      meetingId: meeting.id,
      text: 'Varaa pysäköintilupa isoäidille',
      dueDate: '2027-02-20',
    });
    expect(first.meetings[0]!.checklist.custom.map((item) => item.text)).toEqual(['Varaa pysäköintilupa isoäidille']);
    let prep = await call(dispatch, 'checklist.addItem', { meetingId: meeting.id, text: 'Tulosta lasten piirustukset', dueDate: null });
    const [parking, drawings] = prep.meetings[0]!.checklist.custom;
    expect(prep.meetings[0]!.checklist.custom).toEqual([
      { id: expect.stringMatching(UUID), text: 'Varaa pysäköintilupa isoäidille', dueDate: '2027-02-20', doneDate: null, version: 1 },
      { id: expect.stringMatching(UUID), text: 'Tulosta lasten piirustukset', dueDate: null, doneDate: null, version: 1 },
    ]);

    prep = await setDone(drawings!.id, '2027-02-10');
    // A custom item keeps its done date in its own row, not among the template's ticks.
    expect(prep.meetings[0]!.checklist.done).toEqual({});
    expect(prep.meetings[0]!.checklist.custom[1]).toMatchObject({ doneDate: '2027-02-10' });

    prep = await call(
      dispatch,
      'checklist.updateItem',
      checklistItemUpdate(prep.meetings[0]!, drawings!.id, { text: 'Tulosta lasten piirustukset ja kirje', dueDate: '2027-02-23' }),
    );
    expect(prep.meetings[0]!.checklist.custom[1]).toEqual({
      id: drawings!.id,
      text: 'Tulosta lasten piirustukset ja kirje',
      dueDate: '2027-02-23',
      doneDate: '2027-02-10',
      version: 3,
    });
    expect(checklistOf(prep.meetings[0]!, DEFAULT_CHECKLIST, attendanceOf(prep), '2027-02-21')).toEqual([
      expect.objectContaining({ key: parking!.id, custom: true, status: 'overdue' }),
      expect.objectContaining({ key: drawings!.id, custom: true, status: 'done' }),
      ...DEFAULT_CHECKLIST.filter((item) => !['interpreter', 'childcare'].includes(item.key)).map((item) =>
        expect.objectContaining({ key: item.key, custom: false, dueDate: null, status: 'open' }),
      ),
    ]);

    prep = await setDone(drawings!.id, null);
    expect(prep.meetings[0]!.checklist.custom[1]?.doneDate).toBeNull();

    prep = await call(dispatch, 'checklist.removeItem', checklistItemRemoval(prep.meetings[0]!, parking!.id));
    expect(prep.meetings[0]!.checklist.custom.map((item) => item.id)).toEqual([drawings!.id]);
    prep = await call(dispatch, 'checklist.addItem', { meetingId: meeting.id, text: 'Soita tulkille', dueDate: null });
    expect(prep.meetings[0]!.checklist.custom.map((item) => item.text)).toEqual([
      'Tulosta lasten piirustukset ja kirje',
      'Soita tulkille',
    ]);
    expect(countRows(backend.databaseFile).checklist_item).toBe(2);
  });

  it('refuses a key that is neither in the current template nor one of the meeting’s items', async () => {
    const { backend, dispatch, conference, meeting } = await newConference();
    const other = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'Öhman 2/2027' }));
    const otherPrep = await call(dispatch, 'checklist.addItem', {
      meetingId: (await call(dispatch, 'preparation.get', { conferenceId: other.id })).meetings[0]!.id,
      text: 'Toisen neuvonpidon asia',
    });
    const elsewhere = otherPrep.meetings[0]!.checklist.custom[0]!;
    // The convener drops "materials" from the default checklist.
    await saveSettings(dispatch, { checklist: DEFAULT_CHECKLIST.filter((item) => item.key !== 'materials') });
    const prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    const rowsBefore = countRows(backend.databaseFile);

    for (const key of ['materials', elsewhere.id, randomUUID()]) {
      const error = await callError(dispatch, 'checklist.setDone', { meetingId: meeting.id, key, version: 1, doneDate: '2027-02-01' });
      expect(error, key).toMatchObject({ code: 'invalid_input', issues: [{ path: ['key'], message: 'validation.invalid' }] });
    }
    // Neither a built-in item's name nor an id: not a key at all.
    const shape = await callError(dispatch, 'checklist.setDone', { meetingId: meeting.id, key: 'parking', version: 1, doneDate: '2027-02-01' });
    expect(shape).toMatchObject({ code: 'invalid_input', issues: [{ path: ['key'], message: 'validation.id' }] });
    expect(countRows(backend.databaseFile)).toEqual(rowsBefore);
    expect(await call(dispatch, 'preparation.get', { conferenceId: conference.id })).toEqual(prep);
  });

  it('ticks the convener’s own template items by their key', async () => {
    const { dispatch, meeting } = await newConference();
    const key = randomUUID();
    await saveSettings(dispatch, { checklist: [...DEFAULT_CHECKLIST, { key, text: 'Varmista lasten kuljetus', daysBefore: 3 }] });
    const prep = await call(dispatch, 'checklist.setDone', { meetingId: meeting.id, key, version: 1, doneDate: '2027-02-18' });
    expect(prep.meetings[0]?.checklist.done).toEqual({ [key]: '2027-02-18' });
  });

  it('keeps and ticks an own template item whose id the app made happens to look like an identity code', async () => {
    const { dispatch, meeting } = await newConference();
    // "310190a1234" in its last group has an identity code's shape (a hex "a" as the century sign).
    const key = '0a1b2c3d-4e5f-4a6b-8c7d-310190a1234f';
    const saved = await saveSettings(dispatch, { checklist: [...DEFAULT_CHECKLIST, { key, text: 'Varmista lasten kuljetus', daysBefore: 3 }] });
    expect(saved.checklist.at(-1)).toEqual({ key, text: 'Varmista lasten kuljetus', daysBefore: 3 });
    const prep = await call(dispatch, 'checklist.setDone', { meetingId: meeting.id, key, version: 1, doneDate: '2027-02-18' });
    expect(prep.meetings[0]?.checklist.done).toEqual({ [key]: '2027-02-18' });
  });

  it('refuses items of another meeting and unknown meetings with not_found, writing nothing', async () => {
    const { backend, dispatch, meeting } = await newConference();
    const other = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'Öhman 2/2027' }));
    const otherMeeting = (await call(dispatch, 'preparation.get', { conferenceId: other.id })).meetings[0]!;
    const added = await call(dispatch, 'checklist.addItem', { meetingId: otherMeeting.id, text: 'Toisen asia' });
    const elsewhere = added.meetings[0]!.checklist.custom[0]!;
    const rowsBefore = countRows(backend.databaseFile);
    const unknown = randomUUID();

    const refusals: [string, unknown][] = [
      ['checklist.updateItem', { meetingId: meeting.id, id: elsewhere.id, version: 1, text: 'Kaapattu', dueDate: null }],
      ['checklist.removeItem', { meetingId: meeting.id, id: elsewhere.id, version: 1 }],
      ['checklist.updateItem', { meetingId: meeting.id, id: unknown, version: 1, text: 'Ei ole', dueDate: null }],
      ['checklist.removeItem', { meetingId: meeting.id, id: unknown, version: 1 }],
      ['checklist.setDone', { meetingId: unknown, key: 'venue', version: 1, doneDate: '2027-02-01' }],
      ['checklist.addItem', { meetingId: unknown, text: 'Ei kokousta' }],
      ['checklist.updateItem', { meetingId: unknown, id: elsewhere.id, version: 1, text: 'Ei kokousta', dueDate: null }],
      ['checklist.removeItem', { meetingId: unknown, id: elsewhere.id, version: 1 }],
    ];
    for (const [method, input] of refusals) {
      expect((await callError(dispatch, method, input)).code, `${method} ${JSON.stringify(input)}`).toBe('not_found');
    }
    expect(countRows(backend.databaseFile)).toEqual(rowsBefore);
    expect((await call(dispatch, 'preparation.get', { conferenceId: other.id })).meetings[0]!.checklist.custom).toEqual([
      elsewhere,
    ]);
  });

  it('refuses an item without text', async () => {
    const { backend, dispatch, meeting } = await newConference();
    const rowsBefore = countRows(backend.databaseFile);
    const error = await callError(dispatch, 'checklist.addItem', { meetingId: meeting.id, text: '   ' });
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: ['text'], message: 'validation.required' }] });
    expect(countRows(backend.databaseFile)).toEqual(rowsBefore);
  });
});

describe('a closed conference', () => {
  async function closedConference(dispatch: Dispatch, conferenceId: string) {
    const conference = await call(dispatch, 'conference.get', { id: conferenceId });
    await call(dispatch, 'conference.close', closing(conference, 'plan_made'));
    return call(dispatch, 'preparation.get', { conferenceId });
  }

  it('refuses every arrangements and checklist change with conflict and writes nothing', async () => {
    const { backend, dispatch, conference, meeting } = await newConference();
    const withItem = await call(dispatch, 'checklist.addItem', { meetingId: meeting.id, text: 'Soita tulkille' });
    const item = withItem.meetings[0]!.checklist.custom[0]!;
    const closed = await closedConference(dispatch, conference.id);
    const rowsBefore = countRows(backend.databaseFile);

    const changes: [string, unknown][] = [
      ['meeting.update', meetingUpdate(closed.meetings[0]!, { date: '2027-02-24' })],
      ['checklist.setDone', { meetingId: meeting.id, key: 'venue', version: 1, doneDate: '2027-02-01' }],
      ['checklist.setDone', { meetingId: meeting.id, key: item.id, version: item.version, doneDate: '2027-02-01' }],
      ['checklist.addItem', { meetingId: meeting.id, text: 'Uusi asia' }],
      ['checklist.updateItem', { meetingId: meeting.id, id: item.id, version: item.version, text: 'Muutettu', dueDate: null }],
      ['checklist.removeItem', { meetingId: meeting.id, id: item.id, version: item.version }],
    ];
    for (const [method, input] of changes) {
      expect((await callError(dispatch, method, input)).code, method).toBe('conflict');
    }
    expect(countRows(backend.databaseFile)).toEqual(rowsBefore);
    expect(await call(dispatch, 'preparation.get', { conferenceId: conference.id })).toEqual(closed);
  });
});
