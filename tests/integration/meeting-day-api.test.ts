import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../electron/shared/i18n';
import { emptyMeetingDay, isRunning, usedMs } from '../../electron/shared/meeting-day/meeting-day-rules';
import type { MeetingPart, PartTimer } from '../../electron/shared/meeting-day/meeting-day.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { makeConferenceInput, makeUpdateInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { attendance, childHeard, dayUpdate } from '../fixtures/record-updates';
import { call, callError, countRows, makeClock, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/**
 * A conference on its meeting day: Maija (the guardian), Aune (grandmother) and Kaisa (school
 * curator, a worker who gives information) are on the list; the children are Äijö and Sanni-Öhman. The
 * clock starts at 09:00 Helsinki time (07:00 UTC) and the test moves it.
 */
async function meetingDay(dir = useTempDir()) {
  const clock = makeClock(new Date('2027-02-24T07:00:00.000Z'));
  const backend = openTestBackend(dir, { now: clock.now });
  const { dispatch } = backend;
  const conference = await call(dispatch, 'conference.create', makeConferenceInput());
  await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { reply: 'coming' }));
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
  const aune = memberNamed(prep, 'Aune Äijälä');
  const kaisa = memberNamed(prep, 'Kaisa Kuraattori');
  const [aijo, sanni] = conference.children;
  return {
    backend,
    dispatch,
    clock,
    conference,
    prep,
    meetingId: prep.meetings[0]!.id,
    aune,
    kaisa,
    aijo: aijo!,
    sanni: sanni!,
  };
}

type Setup = Awaited<ReturnType<typeof meetingDay>>;

const timerOf = (prep: Preparation, part: MeetingPart): PartTimer =>
  prep.meetings[0]!.day.timers.find((timer) => timer.part === part)!;

const minutes = (ms: number) => ms / 60_000;

/** Runs a timer action at the clock's time. */
function timer(s: Setup, part: MeetingPart, action: 'start' | 'pause' | 'end') {
  return call(s.dispatch, 'meetingDay.timer', { meetingId: s.meetingId, part, action });
}

describe('a meeting before its day', () => {
  it('has nothing recorded: the default planned minutes and no clocks', async () => {
    const { prep } = await meetingDay();
    expect(prep.meetings[0]!.day).toEqual(emptyMeetingDay());
    expect(prep.meetings[0]!.day.plannedMinutes).toEqual({ information: 60, private_time: 90, plan: 45 });
  });
});

describe('meetingDay.update', () => {
  it('saves the planned minutes and what the social worker did, across a restart; the arrangements stay as they were', async () => {
    const dir = useTempDir();
    const s = await meetingDay(dir);
    const saved = await call(s.dispatch, 'meetingDay.update', {
      meetingId: s.meetingId,
      version: 1,
      plannedMinutes: { information: 75, private_time: 120, plan: 40 },
      socialWorkerPresent: false,
      questionsPresented: true,
    });
    expect(saved.meetings[0]!.day).toEqual({
      ...emptyMeetingDay(),
      plannedMinutes: { information: 75, private_time: 120, plan: 40 },
      socialWorkerPresent: false,
      questionsPresented: true,
      version: 2,
    });
    // The day is not the arrangements: the meeting's own version is untouched.
    expect(saved.meetings[0]!.version).toBe(s.prep.meetings[0]!.version);
    const again = await call(s.dispatch, 'meetingDay.update', {
      ...dayUpdate(saved.meetings[0]!),
      plannedMinutes: { information: 60, private_time: 120, plan: 40 },
    });
    expect(again.meetings[0]!.day).toMatchObject({ plannedMinutes: { information: 60 }, socialWorkerPresent: false, version: 3 });
    s.backend.close();

    const reopened = openTestBackend(dir);
    expect(await call(reopened.dispatch, 'preparation.get', { conferenceId: s.conference.id })).toEqual(again);
  });

  it('refuses an edit made from a stale copy, the first save too, and writes nothing', async () => {
    const s = await meetingDay();
    const first = await call(s.dispatch, 'meetingDay.update', dayUpdate(s.prep.meetings[0]!, { questionsPresented: true }));
    const rowsBefore = countRows(s.backend.databaseFile);
    const error = await callError(s.dispatch, 'meetingDay.update', dayUpdate(s.prep.meetings[0]!, { socialWorkerPresent: false }));
    expect(error.code).toBe('conflict');
    expect(countRows(s.backend.databaseFile)).toEqual(rowsBefore);
    expect(await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id })).toEqual(first);
    // A version the day never had, before its first save.
    const fresh = await meetingDay();
    expect((await callError(fresh.dispatch, 'meetingDay.update', dayUpdate(fresh.prep.meetings[0]!, { version: 2 }))).code).toBe(
      'conflict',
    );
    expect(countRows(fresh.backend.databaseFile).meeting_day).toBe(0);
  });

  it('refuses a part planned shorter than 5 minutes with the field', async () => {
    const s = await meetingDay();
    const error = await callError(
      s.dispatch,
      'meetingDay.update',
      dayUpdate(s.prep.meetings[0]!, { plannedMinutes: { information: 4, private_time: 90, plan: 45 } }),
    );
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['plannedMinutes', 'information'], message: 'validation.minutes' }],
    });
    expect(countRows(s.backend.databaseFile).meeting_day).toBe(0);
  });
});

describe('meetingDay.timer', () => {
  it('runs one clock at a time and counts a part’s time across pause and resume', async () => {
    const s = await meetingDay();
    let prep = await timer(s, 'information', 'start');
    expect(timerOf(prep, 'information')).toEqual({
      part: 'information',
      segments: [{ startedAt: '2027-02-24T07:00:00.000Z', endedAt: null }],
      endedAt: null,
    });
    s.clock.advanceMinutes(30);
    // Starting a running part again changes nothing.
    expect(await timer(s, 'information', 'start')).toEqual(prep);

    // The family's private time starts: the information part pauses by itself.
    prep = await timer(s, 'private_time', 'start');
    expect(isRunning(timerOf(prep, 'information'))).toBe(false);
    expect(isRunning(timerOf(prep, 'private_time'))).toBe(true);
    expect(minutes(usedMs(timerOf(prep, 'information'), s.clock.at))).toBe(30);
    expect(timerOf(prep, 'information').endedAt).toBeNull();

    s.clock.advanceMinutes(20);
    prep = await timer(s, 'private_time', 'pause');
    expect(prep.meetings[0]!.day.timers.some(isRunning)).toBe(false);
    s.clock.advanceMinutes(10);
    // Pausing what is not running changes nothing.
    expect(await timer(s, 'private_time', 'pause')).toEqual(prep);

    // Back to information for a quarter of an hour, then it ends.
    await timer(s, 'information', 'start');
    s.clock.advanceMinutes(15);
    prep = await timer(s, 'information', 'end');
    const information = timerOf(prep, 'information');
    expect(information).toEqual({
      part: 'information',
      segments: [
        { startedAt: '2027-02-24T07:00:00.000Z', endedAt: '2027-02-24T07:30:00.000Z' },
        { startedAt: '2027-02-24T08:00:00.000Z', endedAt: '2027-02-24T08:15:00.000Z' },
      ],
      endedAt: '2027-02-24T08:15:00.000Z',
    });
    s.clock.advanceMinutes(60);
    // An ended part no longer counts; its time is what it ran.
    expect(minutes(usedMs(information, s.clock.at))).toBe(45);
    expect(minutes(usedMs(timerOf(prep, 'private_time'), s.clock.at))).toBe(20);
    // Ending it again keeps the time it ended at; a part never started cannot end.
    expect(await timer(s, 'information', 'end')).toEqual(prep);
    expect(await timer(s, 'plan', 'end')).toEqual(prep);

    // An ended part may start again: the time counts on and it is no longer ended.
    prep = await timer(s, 'information', 'start');
    expect(timerOf(prep, 'information')).toMatchObject({ endedAt: null });
    expect(timerOf(prep, 'information').segments).toHaveLength(3);
    expect(countRows(s.backend.databaseFile)).toMatchObject({ meeting_timer_segment: 4, meeting_part_end: 0 });
  });

  it('keeps the clocks across a restart', async () => {
    const dir = useTempDir();
    const s = await meetingDay(dir);
    await timer(s, 'information', 'start');
    s.clock.advanceMinutes(50);
    const prep = await timer(s, 'information', 'end');
    s.backend.close();
    const reopened = openTestBackend(dir);
    expect(await call(reopened.dispatch, 'preparation.get', { conferenceId: s.conference.id })).toEqual(prep);
  });

  it('moves a conference in preparation to "neuvonpito" when its meeting starts, once', async () => {
    const s = await meetingDay();
    expect(s.prep.conference).toMatchObject({ phase: 'toimeksianto', version: 1 });
    const started = await timer(s, 'information', 'start');
    expect(started.conference).toMatchObject({ phase: 'neuvonpito', version: 2 });
    s.clock.advanceMinutes(45);
    // The meeting goes on: the later parts do not touch the conference again.
    await timer(s, 'private_time', 'start');
    s.clock.advanceMinutes(90);
    const plan = await timer(s, 'plan', 'start');
    expect(plan.conference).toMatchObject({ phase: 'neuvonpito', version: 2 });
  });

  it('moves the conference when the plan part is the first to start too', async () => {
    const s = await meetingDay();
    const prep = await timer(s, 'plan', 'start');
    expect(prep.conference).toMatchObject({ phase: 'neuvonpito', version: 2 });
  });

  it('leaves a conference already in follow-up where it is', async () => {
    const s = await meetingDay();
    await call(s.dispatch, 'conference.update', makeUpdateInput(s.conference, { phase: 'seuranta' }));
    const prep = await timer(s, 'information', 'start');
    expect(prep.conference).toMatchObject({ phase: 'seuranta', version: 2 });
  });

  it('refuses an unknown meeting with not_found and a part it does not know with the field', async () => {
    const s = await meetingDay();
    const rowsBefore = countRows(s.backend.databaseFile);
    expect(
      (await callError(s.dispatch, 'meetingDay.timer', { meetingId: randomUUID(), part: 'plan', action: 'start' })).code,
    ).toBe('not_found');
    const error = await callError(s.dispatch, 'meetingDay.timer', { meetingId: s.meetingId, part: 'lunch', action: 'start' });
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: ['part'], message: 'validation.choice' }] });
    expect(countRows(s.backend.databaseFile)).toEqual(rowsBefore);
  });
});

describe('attendance', () => {
  it('records who came, how, a late arrival and which worker gave information', async () => {
    const s = await meetingDay();
    const day = s.prep.meetings[0]!;
    await call(
      s.dispatch,
      'meetingDay.setAttendance',
      attendance(day, s.kaisa.id, { presence: 'remote', arrivedAt: '09:40', gaveInformation: true }),
    );
    let prep = await call(s.dispatch, 'meetingDay.setAttendance', attendance(day, s.aune.id, { presence: 'in_person' }));
    // In the order of the network, whatever order they were ticked in.
    expect(prep.meetings[0]!.day.attendance).toEqual([
      { memberId: s.aune.id, presence: 'in_person', arrivedAt: null, gaveInformation: false, viewsReceivedDate: null, version: 2 },
      { memberId: s.kaisa.id, presence: 'remote', arrivedAt: '09:40', gaveInformation: true, viewsReceivedDate: null, version: 2 },
    ]);

    // Aune was late after all: the same row changes.
    prep = await call(s.dispatch, 'meetingDay.setAttendance', attendance(prep.meetings[0]!, s.aune.id, { arrivedAt: '10:15' }));
    expect(prep.meetings[0]!.day.attendance[0]).toEqual({
      memberId: s.aune.id,
      presence: 'in_person',
      arrivedAt: '10:15',
      gaveInformation: false,
      viewsReceivedDate: null,
      version: 3,
    });
    expect(countRows(s.backend.databaseFile).meeting_attendance).toBe(2);
    // The day's own version is for its fields: ticking people does not make an open form stale.
    expect(prep.meetings[0]!.day.version).toBe(1);
  });

  it('refuses information from someone who is not a worker, with the field, writing nothing', async () => {
    const s = await meetingDay();
    const rowsBefore = countRows(s.backend.databaseFile);
    const error = await callError(
      s.dispatch,
      'meetingDay.setAttendance',
      attendance(s.prep.meetings[0]!, s.aune.id, { presence: 'in_person', gaveInformation: true }),
    );
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: ['gaveInformation'] }] });
    for (const issue of error.issues ?? []) expect(isMessageKey(issue.message), issue.message).toBe(true);
    expect(countRows(s.backend.databaseFile)).toEqual(rowsBefore);
  });

  it('refuses a member of another conference and an unknown one with not_found', async () => {
    const s = await meetingDay();
    const other = await call(s.dispatch, 'conference.create', makeConferenceInput({ reference: 'Toinen 2/2027' }));
    const elsewhere = await call(s.dispatch, 'network.addMember', makeMemberInput(other.id, { name: 'Muu Henkilö' }));
    const rowsBefore = countRows(s.backend.databaseFile);
    for (const memberId of [memberNamed(elsewhere, 'Muu Henkilö').id, randomUUID()]) {
      const error = await callError(s.dispatch, 'meetingDay.setAttendance', attendance(s.prep.meetings[0]!, memberId, { presence: 'in_person' }));
      expect(error.code).toBe('not_found');
    }
    expect(countRows(s.backend.databaseFile)).toEqual(rowsBefore);
  });

  it('goes with the member when they are removed from the network', async () => {
    const s = await meetingDay();
    await call(s.dispatch, 'meetingDay.setAttendance', attendance(s.prep.meetings[0]!, s.aune.id, { presence: 'absent' }));
    const prep = await call(s.dispatch, 'network.removeMember', { id: s.aune.id, version: s.aune.version });
    expect(prep.meetings[0]!.day.attendance).toEqual([]);
  });
});

describe('meetingDay.addPerson', () => {
  it('adds someone who came without being on the list to the network and to the day', async () => {
    const s = await meetingDay();
    s.clock.advanceMinutes(25);
    const prep = await call(s.dispatch, 'meetingDay.addPerson', {
      meetingId: s.meetingId,
      name: 'Matti Öhman',
      relation: 'eno',
      sector: 'relatives',
      closeness: 'close',
      presence: 'in_person',
      arrivedAt: '09:25',
    });
    const remote = await call(s.dispatch, 'meetingDay.addPerson', {
      meetingId: s.meetingId,
      name: 'فاطمة الحسيني',
      relation: 'perhetuttu',
      sector: 'friends',
      presence: 'remote',
    });
    const matti = memberNamed(prep, 'Matti Öhman');
    expect(matti).toMatchObject({
      name: 'Matti Öhman',
      relation: 'eno',
      sector: 'relatives',
      closeness: 'close',
      language: 'fi',
      invite: 'invite',
      reply: 'coming',
      worker: null,
      createdAt: '2027-02-24T07:25:00.000Z',
    });
    const fatima = memberNamed(remote, 'فاطمة الحسيني');
    expect(fatima).toMatchObject({ name: 'فاطمة الحسيني', closeness: 'middle', invite: 'invite', reply: 'remote' });
    expect(remote.meetings[0]!.day.attendance).toEqual([
      { memberId: matti.id, presence: 'in_person', arrivedAt: '09:25', gaveInformation: false, viewsReceivedDate: null, version: 2 },
      { memberId: fatima.id, presence: 'remote', arrivedAt: null, gaveInformation: false, viewsReceivedDate: null, version: 2 },
    ]);
  });

  it('refuses a person without a name, and an identity code in the relation, writing nothing', async () => {
    const s = await meetingDay();
    const rowsBefore = countRows(s.backend.databaseFile);
    const base = { meetingId: s.meetingId, relation: 'eno', sector: 'relatives', presence: 'in_person' } as const;
    const nameless = await callError(s.dispatch, 'meetingDay.addPerson', { ...base, name: ' ' });
    expect(nameless.issues).toContainEqual({ path: ['name'], message: 'validation.required' });
    const coded = await callError(s.dispatch, 'meetingDay.addPerson', { ...base, name: 'Matti', relation: 'eno 010203A123X' });
    expect(coded.issues).toContainEqual({ path: ['relation'], message: 'validation.identityCode' });
    expect(countRows(s.backend.databaseFile)).toEqual(rowsBefore);
  });
});

describe('meetingDay.setChild', () => {
  it('keeps how each child was heard and their Three Houses in their own words, across a restart', async () => {
    const dir = useTempDir();
    const s = await meetingDay(dir);
    const houses = {
      worries: 'Että äiti on väsynyt aamuisin.',
      goodThings: 'Mummon pullat ja jalkapallo.',
      dreams: 'Oma huone ja koira nimeltä Öljy.',
    };
    const day = s.prep.meetings[0]!;
    await call(s.dispatch, 'meetingDay.setChild', childHeard(day, s.sanni.id, { heard: 'drawing', note: 'Piirsi talot avustajan kanssa.' }));
    const prep = await call(s.dispatch, 'meetingDay.setChild', childHeard(day, s.aijo.id, { heard: 'present', threeHouses: houses }));
    // In the conference's order of the children.
    expect(prep.meetings[0]!.day.children).toEqual([
      { childId: s.aijo.id, heard: 'present', note: '', threeHouses: houses, version: 2 },
      { childId: s.sanni.id, heard: 'drawing', note: 'Piirsi talot avustajan kanssa.', threeHouses: null, version: 2 },
    ]);
    // An empty house is kept as a record made (the child had nothing to say there).
    const emptied = await call(
      s.dispatch,
      'meetingDay.setChild',
      childHeard(prep.meetings[0]!, s.aijo.id, { threeHouses: { worries: '', goodThings: 'Koulun välitunnit', dreams: '' } }),
    );
    expect(emptied.meetings[0]!.day.children[0]!.threeHouses).toEqual({
      worries: '',
      goodThings: 'Koulun välitunnit',
      dreams: '',
    });
    s.backend.close();
    const reopened = openTestBackend(dir);
    expect(await call(reopened.dispatch, 'preparation.get', { conferenceId: s.conference.id })).toEqual(emptied);
  });

  it('refuses a child of another conference with not_found and an identity code in the houses with the field', async () => {
    const s = await meetingDay();
    const other = await call(s.dispatch, 'conference.create', makeConferenceInput({ reference: 'Toinen 2/2027' }));
    const rowsBefore = countRows(s.backend.databaseFile);
    const foreign = await callError(s.dispatch, 'meetingDay.setChild', childHeard(s.prep.meetings[0]!, other.children[0]!.id, { heard: 'present' }));
    expect(foreign.code).toBe('not_found');
    const coded = await callError(
      s.dispatch,
      'meetingDay.setChild',
      childHeard(s.prep.meetings[0]!, s.aijo.id, {
        heard: 'present',
        threeHouses: { worries: 'Hetu 010203A123X', goodThings: '', dreams: '' },
      }),
    );
    expect(coded.issues).toContainEqual({ path: ['threeHouses', 'worries'], message: 'validation.identityCode' });
    expect(countRows(s.backend.databaseFile)).toEqual(rowsBefore);
  });
});
