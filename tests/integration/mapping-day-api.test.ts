import { describe, expect, it } from 'vitest';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { turnListOf } from '../../electron/shared/meeting-day/turns';
import { INVENTED_IDENTITY_CODE, makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { call, callError, countRows, makeClock, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/**
 * A network-mapping meeting (läheisverkoston kartoitus) on its day: Maija is the guardian
 * (the client); Aune (grandmother), Pekka (neighbour) and Sirpa (aunt) are the close people;
 * Kaisa (school curator) is a worker. The clock starts at 09:00 Helsinki time.
 */
async function mappingDay(dir = useTempDir()) {
  const clock = makeClock(new Date('2027-02-24T07:00:00.000Z'));
  const backend = openTestBackend(dir, { now: clock.now });
  const { dispatch } = backend;
  const conference = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'Kartoitus 3/2027', meetingType: 'verkostokartoitus' }));
  await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { reply: 'coming' }));
  await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { name: 'Pekka Lind', relation: 'naapuri', sector: 'friends', reply: 'coming' }));
  await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { name: 'Sirpa Äijälä', relation: 'täti', reply: 'coming' }));
  const prep = await call(
    dispatch,
    'network.addMember',
    makeMemberInput(conference.id, {
      name: 'Kaisa Kuraattori',
      relation: 'koulukuraattori',
      sector: 'professionals',
      reply: 'coming',
      worker: { organisation: 'Itäkeskuksen koulu', topic: 'Koulunkäynti' },
    }),
  );
  return {
    backend,
    dispatch,
    clock,
    conference,
    prep,
    meetingId: prep.meetings[0]!.id,
    aune: memberNamed(prep, 'Aune Äijälä'),
    pekka: memberNamed(prep, 'Pekka Lind'),
    sirpa: memberNamed(prep, 'Sirpa Äijälä'),
    kaisa: memberNamed(prep, 'Kaisa Kuraattori'),
  };
}

type Setup = Awaited<ReturnType<typeof mappingDay>>;

const dayOf = (prep: Preparation) => prep.meetings[0]!.day;

function turn(s: Setup, memberId: string, action: 'speak' | 'done' | 'undo') {
  return call(s.dispatch, 'meetingDay.turn', { meetingId: s.meetingId, memberId, action });
}

describe('a mapping meeting before its day', () => {
  it('has the eight steps to time, no turns and an empty flip chart; its turn list is the close people without the client and the worker', async () => {
    const s = await mappingDay();
    const day = dayOf(s.prep);
    expect(day.timers.map((t) => t.part)).toEqual(['welcome', 'purpose', 'interviews', 'turns', 'flip_chart', 'client_view', 'written_plan', 'closing']);
    expect(day.turns).toEqual([]);
    expect(day.flipChart).toEqual({ concerns: [], supportNeeds: [], clientView: '', version: 1 });
    expect(turnListOf(s.prep, s.prep.meetings[0]!).map((m) => m.name)).toEqual(['Aune Äijälä', 'Pekka Lind', 'Sirpa Äijälä']);
  });
});

describe('meetingDay.turn', () => {
  it('gives the floor to one person at a time: the next speaker ends the turn of the one before', async () => {
    const s = await mappingDay();
    let prep = await turn(s, s.aune.id, 'speak');
    expect(dayOf(prep).turns).toEqual([{ memberId: s.aune.id, startedAt: '2027-02-24T07:00:00.000Z', endedAt: null }]);
    s.clock.advanceMinutes(6);
    prep = await turn(s, s.pekka.id, 'speak');
    expect(dayOf(prep).turns).toEqual([
      { memberId: s.aune.id, startedAt: '2027-02-24T07:00:00.000Z', endedAt: '2027-02-24T07:06:00.000Z' },
      { memberId: s.pekka.id, startedAt: '2027-02-24T07:06:00.000Z', endedAt: null },
    ]);
    // Speaking while speaking changes nothing.
    expect(await turn(s, s.pekka.id, 'speak')).toEqual(prep);
    s.clock.advanceMinutes(4);
    prep = await turn(s, s.pekka.id, 'done');
    expect(dayOf(prep).turns.filter((t) => t.endedAt === null)).toEqual([]);
    expect(dayOf(prep).turns[1]).toEqual({ memberId: s.pekka.id, startedAt: '2027-02-24T07:06:00.000Z', endedAt: '2027-02-24T07:10:00.000Z' });
    // Done for someone not speaking changes nothing.
    expect(await turn(s, s.sirpa.id, 'done')).toEqual(prep);
    expect(countRows(s.backend.databaseFile).meeting_turn).toBe(2);
  });

  it('takes a turn back with undo, and lets someone who spoke speak again on their own turn', async () => {
    const s = await mappingDay();
    await turn(s, s.aune.id, 'speak');
    s.clock.advanceMinutes(3);
    await turn(s, s.pekka.id, 'speak');
    // Pekka was given the floor by mistake: his turn is taken back, nobody has the floor.
    let prep = await turn(s, s.pekka.id, 'undo');
    expect(dayOf(prep).turns).toEqual([{ memberId: s.aune.id, startedAt: '2027-02-24T07:00:00.000Z', endedAt: '2027-02-24T07:03:00.000Z' }]);
    // Aune speaks again: her turn is open again, still in its place.
    s.clock.advanceMinutes(2);
    prep = await turn(s, s.aune.id, 'speak');
    expect(dayOf(prep).turns).toEqual([{ memberId: s.aune.id, startedAt: '2027-02-24T07:00:00.000Z', endedAt: null }]);
    expect(await turn(s, s.sirpa.id, 'undo')).toEqual(prep);
  });

  it('refuses a person of another conference and an unknown person', async () => {
    const s = await mappingDay();
    const other = await call(s.dispatch, 'conference.create', makeConferenceInput({ reference: 'Toinen 4/2027', meetingType: 'verkostokartoitus' }));
    const stranger = memberNamed(await call(s.dispatch, 'network.addMember', makeMemberInput(other.id, { name: 'Ville Vieras' })), 'Ville Vieras');
    expect((await callError(s.dispatch, 'meetingDay.turn', { meetingId: s.meetingId, memberId: stranger.id, action: 'speak' })).code).toBe('not_found');
    expect(
      (await callError(s.dispatch, 'meetingDay.turn', { meetingId: s.meetingId, memberId: '44444444-4444-4444-8444-444444444449', action: 'speak' })).code,
    ).toBe('not_found');
    expect(countRows(s.backend.databaseFile).meeting_turn).toBe(0);
  });

  it('survives a restart', async () => {
    const dir = useTempDir();
    const s = await mappingDay(dir);
    const prep = await turn(s, s.sirpa.id, 'speak');
    s.backend.close();
    const reopened = openTestBackend(dir);
    expect(await call(reopened.dispatch, 'preparation.get', { conferenceId: s.conference.id })).toEqual(prep);
  });
});

describe('meetingDay.flipChart', () => {
  const chart = { concerns: ['Äidin jaksaminen iltaisin', 'Koulumatkat'], supportNeeds: ['Mummo hakee tiistaisin'], clientView: 'Kuulin, että moni haluaa auttaa.' };

  it('saves the lists and the client view at version 1, then on each version, and refuses a stale copy', async () => {
    const s = await mappingDay();
    let prep = await call(s.dispatch, 'meetingDay.flipChart', { meetingId: s.meetingId, version: 1, ...chart });
    expect(dayOf(prep).flipChart).toEqual({ ...chart, version: 2 });
    expect(countRows(s.backend.databaseFile)).toMatchObject({ meeting_flip_chart: 1, meeting_flip_chart_line: 3 });

    prep = await call(s.dispatch, 'meetingDay.flipChart', { meetingId: s.meetingId, version: 2, ...chart, concerns: ['Koulumatkat'] });
    expect(dayOf(prep).flipChart).toEqual({ ...chart, concerns: ['Koulumatkat'], version: 3 });

    const before = countRows(s.backend.databaseFile);
    for (const version of [1, 2, 7]) {
      const error = await callError(s.dispatch, 'meetingDay.flipChart', { meetingId: s.meetingId, version, ...chart, supportNeeds: [] });
      expect(error.code).toBe('conflict');
    }
    expect(countRows(s.backend.databaseFile)).toEqual(before);
    expect(await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id })).toEqual(prep);
  });

  it('refuses a version the flip chart never had before its first save', async () => {
    const s = await mappingDay();
    const error = await callError(s.dispatch, 'meetingDay.flipChart', { meetingId: s.meetingId, version: 2, ...chart });
    expect(error.code).toBe('conflict');
    expect(countRows(s.backend.databaseFile).meeting_flip_chart).toBe(0);
  });

  it('refuses an identity code in a line with the line named', async () => {
    const s = await mappingDay();
    const error = await callError(s.dispatch, 'meetingDay.flipChart', {
      meetingId: s.meetingId,
      version: 1,
      ...chart,
      supportNeeds: ['Mummo hakee tiistaisin', `Tukihenkilö ${INVENTED_IDENTITY_CODE}`],
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.[0]?.path).toEqual(['supportNeeds', 1]);
    expect(countRows(s.backend.databaseFile).meeting_flip_chart_line).toBe(0);
  });
});

describe('a meeting run in parts and one run in steps', () => {
  it('a conference refuses turns, the flip chart and a step’s clock; a mapping meeting refuses a part’s clock', async () => {
    const dir = useTempDir();
    const backend = openTestBackend(dir);
    const conference = await call(backend.dispatch, 'conference.create', makeConferenceInput());
    const prep = await call(backend.dispatch, 'network.addMember', makeMemberInput(conference.id, { reply: 'coming' }));
    const meetingId = prep.meetings[0]!.id;
    const aune = memberNamed(prep, 'Aune Äijälä');
    for (const [method, input] of [
      ['meetingDay.turn', { meetingId, memberId: aune.id, action: 'speak' }],
      ['meetingDay.flipChart', { meetingId, version: 1, concerns: ['Huoli'], supportNeeds: [], clientView: '' }],
      ['meetingDay.timer', { meetingId, part: 'welcome', action: 'start' }],
    ] as const) {
      expect(await callError(backend.dispatch, method, input), method).toMatchObject({ code: 'invalid_input' });
    }

    const s = await mappingDay();
    const error = await callError(s.dispatch, 'meetingDay.timer', { meetingId: s.meetingId, part: 'information', action: 'start' });
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: ['part'], message: 'validation.choice' }] });
    expect(countRows(s.backend.databaseFile)).toMatchObject({ meeting_timer_segment: 0, meeting_turn: 0, meeting_flip_chart: 0 });
    expect(countRows(backend.databaseFile)).toMatchObject({ meeting_timer_segment: 0, meeting_turn: 0, meeting_flip_chart: 0 });
  });

  it('starting the first step moves the mapping into phase "neuvonpito"; the next step pauses it and it can be ended', async () => {
    const s = await mappingDay();
    expect(s.prep.conference.phase).toBe('valmistelu');
    let prep = await call(s.dispatch, 'meetingDay.timer', { meetingId: s.meetingId, part: 'welcome', action: 'start' });
    expect(prep.conference.phase).toBe('neuvonpito');
    s.clock.advanceMinutes(5);
    await call(s.dispatch, 'meetingDay.timer', { meetingId: s.meetingId, part: 'purpose', action: 'start' });
    prep = await call(s.dispatch, 'meetingDay.timer', { meetingId: s.meetingId, part: 'welcome', action: 'end' });
    const welcome = dayOf(prep).timers.find((t) => t.part === 'welcome')!;
    expect(welcome).toEqual({
      part: 'welcome',
      segments: [{ startedAt: '2027-02-24T07:00:00.000Z', endedAt: '2027-02-24T07:05:00.000Z' }],
      endedAt: '2027-02-24T07:05:00.000Z',
    });
    expect(dayOf(prep).timers.find((t) => t.part === 'purpose')!.segments).toEqual([{ startedAt: '2027-02-24T07:05:00.000Z', endedAt: null }]);
  });
});
