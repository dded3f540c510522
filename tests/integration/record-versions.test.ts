import { describe, expect, it } from 'vitest';
import { checklistEntryVersion } from '../../electron/shared/arrangements/meeting.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { call, callError, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Last write must not win: two windows (or two people) saw the same record; the first
 * saves, the second saves its stale copy and is told so (conflict) instead of silently
 * overwriting what the first one entered. And an update that leaves a field out is
 * refused instead of emptying it.
 */

async function setUp() {
  const { dispatch } = openTestBackend(useTempDir());
  const conference = await call(dispatch, 'conference.create', makeConferenceInput());
  const prep = await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { reply: 'coming' }));
  return { dispatch, conference, prep, aune: memberNamed(prep, 'Aune Äijälä'), meetingId: prep.meetings[0]!.id, aijo: conference.children[0]! };
}

describe('an update that leaves a field out', () => {
  it('summary.update with only the text is refused, and the general questions stay', async () => {
    const { dispatch, conference, prep } = await setUp();
    const questions = prep.summary.generalQuestions;
    expect(questions.length).toBeGreaterThan(0);
    const error = await callError(dispatch, 'summary.update', {
      conferenceId: conference.id,
      version: prep.summary.version,
      text: 'Sosiaalityöntekijän yhteenveto.',
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((issue) => issue.path[0])).toContain('generalQuestions');
    const after = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    expect(after.summary.generalQuestions).toEqual(questions);
    expect(after.summary.text).toBe('');
  });

  it('network.updateMember without the reply is refused, and the reply stays', async () => {
    const { dispatch, conference, aune } = await setUp();
    const { id: _id, conferenceId: _c, version: _v, createdAt: _cr, updatedAt: _u, reply: _reply, ...rest } = aune;
    const error = await callError(dispatch, 'network.updateMember', { ...rest, id: aune.id, version: aune.version, phone: '040 111 2222' });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((issue) => issue.path[0])).toEqual(['reply']);
    const after = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    expect(memberNamed(after, 'Aune Äijälä')).toMatchObject({ reply: 'coming', phone: aune.phone });
  });
});

describe('a save on a stale copy is refused with conflict, and the first save stays', () => {
  it('saved venues in the settings', async () => {
    const { dispatch } = await setUp();
    const seen = await call(dispatch, 'settings.get', {});
    const venue = (name: string) => ({
      id: '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f01',
      name,
      address: '',
      mainRoom: '',
      privateRoom: '',
      capacity: null,
      accessibility: '',
      parking: '',
    });
    const first = await call(dispatch, 'settings.update', { section: 'venues', version: seen.versions.venues, value: [venue('Perhekeskus Ilves')] });
    expect(first.versions.venues).toBe(seen.versions.venues + 1);
    const error = await callError(dispatch, 'settings.update', {
      section: 'venues',
      version: seen.versions.venues,
      value: [venue('Nuorisotalo Äänekoski')],
    });
    expect(error.code).toBe('conflict');
    expect((await call(dispatch, 'settings.get', {})).venues.map((v) => v.name)).toEqual(['Perhekeskus Ilves']);
    // Another section keeps its own version: saving the venues did not make the convener stale.
    await call(dispatch, 'settings.update', {
      section: 'convener',
      version: seen.versions.convener,
      value: { name: 'Kaisa Koollekutsuja', title: '', phone: '', email: '', hourlyRate: null },
    });
  });

  it("a checklist item's text, its removal and its tick", async () => {
    const { dispatch, meetingId } = await setUp();
    const added = await call(dispatch, 'checklist.addItem', { meetingId, text: 'Varaa leikkihuone', dueDate: null });
    const item = added.meetings[0]!.checklist.custom[0]!;
    await call(dispatch, 'checklist.updateItem', { meetingId, id: item.id, version: item.version, text: 'Varaa leikkihuone ja lelut', dueDate: null });
    for (const [method, input] of [
      ['checklist.updateItem', { meetingId, id: item.id, version: item.version, text: 'Tilaa kahvit', dueDate: null }],
      ['checklist.removeItem', { meetingId, id: item.id, version: item.version }],
      ['checklist.setDone', { meetingId, key: item.id, version: item.version, doneDate: '2027-01-12' }],
    ] as const) {
      expect((await callError(dispatch, method, input)).code).toBe('conflict');
    }
    const after = await call(dispatch, 'preparation.get', { conferenceId: added.conference.id });
    expect(after.meetings[0]!.checklist.custom).toMatchObject([{ text: 'Varaa leikkihuone ja lelut', doneDate: null }]);
  });

  it('a tick of a default checklist item', async () => {
    const { dispatch, meetingId, prep } = await setUp();
    const seen = checklistEntryVersion(prep.meetings[0]!.checklist, 'materials');
    await call(dispatch, 'checklist.setDone', { meetingId, key: 'materials', version: seen, doneDate: '2027-01-12' });
    const error = await callError(dispatch, 'checklist.setDone', { meetingId, key: 'materials', version: seen, doneDate: '2027-01-13' });
    expect(error.code).toBe('conflict');
    const after = await call(dispatch, 'preparation.get', { conferenceId: prep.conference.id });
    expect(after.meetings[0]!.checklist.done).toEqual({ materials: '2027-01-12' });
    // Un-ticked on the version it was ticked at, it can be ticked again from what is shown.
    const unticked = await call(dispatch, 'checklist.setDone', {
      meetingId,
      key: 'materials',
      version: checklistEntryVersion(after.meetings[0]!.checklist, 'materials'),
      doneDate: null,
    });
    expect(unticked.meetings[0]!.checklist.done).toEqual({});
  });

  it("a child's Three Houses in their own words (meetingDay.setChild)", async () => {
    const { dispatch, meetingId, aijo, conference } = await setUp();
    const record = (worries: string) => ({
      meetingId,
      childId: aijo.id,
      version: 1,
      heard: 'present' as const,
      note: '',
      threeHouses: { worries, goodThings: 'Mummon luona on kivaa.', dreams: 'Oma koira.' },
    });
    await call(dispatch, 'meetingDay.setChild', record('Aamut ovat kiireisiä.'));
    expect((await callError(dispatch, 'meetingDay.setChild', record('Ei mitään.'))).code).toBe('conflict');
    const after = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    expect(after.meetings[0]!.day.children).toMatchObject([{ threeHouses: { worries: 'Aamut ovat kiireisiä.' }, version: 2 }]);
  });

  it("how a child takes part (network.updateChild)", async () => {
    const { dispatch, aijo, conference } = await setUp();
    const input = (note: string) => ({ conferenceId: conference.id, childId: aijo.id, version: 1, participation: 'letter' as const, note });
    await call(dispatch, 'network.updateChild', input('Kirjoittaa kirjeen mummon kanssa.'));
    expect((await callError(dispatch, 'network.updateChild', input(''))).code).toBe('conflict');
    const after = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    expect(after.children[0]).toMatchObject({ note: 'Kirjoittaa kirjeen mummon kanssa.', version: 2 });
  });

  it("a person's attendance on the day", async () => {
    const { dispatch, meetingId, aune, conference } = await setUp();
    const input = (arrivedAt: string | null) => ({
      meetingId,
      memberId: aune.id,
      version: 1,
      presence: 'in_person' as const,
      arrivedAt,
      gaveInformation: false,
      viewsReceivedDate: null,
    });
    await call(dispatch, 'meetingDay.setAttendance', input('10:20'));
    expect((await callError(dispatch, 'meetingDay.setAttendance', input(null))).code).toBe('conflict');
    const after = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    expect(after.meetings[0]!.day.attendance).toMatchObject([{ arrivedAt: '10:20', version: 2 }]);
  });
});
