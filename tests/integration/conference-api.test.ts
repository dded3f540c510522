import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeChild, makeConferenceInput, makeUpdateInput } from '../fixtures/conference';
import type { Meeting } from '../../electron/shared/arrangements/meeting.schema';
import { makeMemberInput } from '../fixtures/preparation';
import { meetingUpdate, planUpdate } from '../fixtures/record-updates';
import { call, callError, makeClock, openTestBackend, openTestDatabaseFile } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What the list says of a conference whose meeting has no date yet. */
const SET_DATE = { kind: 'setDate', meetingKind: 'conference', due: null, overdueDays: 0 };

describe('a conference from commission to closing and back', () => {
  it('creates, lists, edits, closes and reopens a conference', async () => {
    const clock = makeClock();
    const { dispatch } = openTestBackend(useTempDir(), { now: clock.now });

    const created = await call(dispatch, 'conference.create', makeConferenceInput());
    expect(created).toMatchObject({
      reference: 'Äijälä 1/2027',
      phase: 'toimeksianto',
      version: 1,
      closure: null,
      commissionDate: '2027-01-11',
      createdAt: '2027-01-11T08:00:00.000Z',
      updatedAt: '2027-01-11T08:00:00.000Z',
      socialWorker: { name: 'Leena Korhonen', email: 'leena.korhonen@example.fi' },
    });
    expect(created.id).toMatch(UUID);
    expect(created.children.map((c) => [c.firstName, c.birthYear])).toEqual([
      ['Äijö', 2015],
      ['Sanni-Öhman', 2019],
    ]);
    expect(created.children.every((c) => UUID.test(c.id))).toBe(true);
    expect(created.guardians.map((g) => g.name)).toEqual(['Maija Äijälä']);

    // Nothing is arranged yet: the first thing to do is to agree on the meeting's date.
    expect(await call(dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).toEqual([{ ...created, nextDue: SET_DATE, meeting: null }]);
    expect(await call(dispatch, 'conference.get', { id: created.id })).toEqual(created);

    // Edit: rename Äijö, drop Sanni-Öhman, add Cabdi before Äijö, move on to preparation.
    clock.advanceMinutes(30);
    const [aijo, sanni] = created.children;
    const updated = await call(
      dispatch,
      'conference.update',
      makeUpdateInput(created, {
        phase: 'valmistelu',
        children: [makeChild({ firstName: 'Cabdi', birthYear: 2017 }), { ...aijo!, firstName: 'Äijö-Petteri' }],
        removedChildIds: [sanni!.id],
        notes: 'Tulkki somaliksi.',
      }),
    );
    expect(updated).toMatchObject({ phase: 'valmistelu', version: 2, notes: 'Tulkki somaliksi.' });
    expect(updated.updatedAt).toBe('2027-01-11T08:30:00.000Z');
    expect(updated.createdAt).toBe(created.createdAt);
    expect(updated.children.map((c) => c.firstName)).toEqual(['Cabdi', 'Äijö-Petteri']);
    expect(updated.children[1]?.id).toBe(aijo!.id);
    expect(updated.children[0]?.id).toMatch(UUID);
    expect(updated.children.map((c) => c.id)).not.toContain(sanni!.id);
    expect(await call(dispatch, 'conference.get', { id: created.id })).toEqual(updated);

    clock.advanceMinutes(60);
    const closed = await call(dispatch, 'conference.close', {
      id: created.id,
      version: updated.version,
      reason: 'plan_made',
      text: '',
    });
    expect(closed).toMatchObject({
      phase: 'paattynyt',
      version: 3,
      closure: { reason: 'plan_made', text: '', closedAt: '2027-01-11T09:30:00.000Z' },
    });

    const refused = await callError(dispatch, 'conference.update', {
      ...makeUpdateInput(updated, { reference: 'Äijälä muutettu' }),
      version: closed.version,
    });
    expect(refused.code).toBe('conflict');
    expect(await call(dispatch, 'conference.get', { id: created.id })).toEqual(closed);

    const reopened = await call(dispatch, 'conference.reopen', { id: created.id, version: closed.version });
    expect(reopened).toMatchObject({ phase: 'valmistelu', closure: null, version: 4, notes: 'Tulkki somaliksi.' });
    expect(reopened.children).toEqual(updated.children);

    const stale = await callError(dispatch, 'conference.close', {
      id: created.id,
      version: closed.version,
      reason: 'family_withdrew',
      text: '',
    });
    expect(stale.code).toBe('conflict');
    expect(await call(dispatch, 'conference.get', { id: created.id })).toEqual(reopened);
  });

  it('reopens into the phase the conference had when it was closed', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    const created = await call(dispatch, 'conference.create', makeConferenceInput());
    const inFollowUp = await call(dispatch, 'conference.update', makeUpdateInput(created, { phase: 'seuranta' }));
    const closed = await call(dispatch, 'conference.close', {
      id: created.id,
      version: inFollowUp.version,
      reason: 'other',
      text: 'Perhe muutti Ouluun.',
    });
    expect(closed.closure).toMatchObject({ reason: 'other', text: 'Perhe muutti Ouluun.' });
    const reopened = await call(dispatch, 'conference.reopen', { id: created.id, version: closed.version });
    expect(reopened.phase).toBe('seuranta');
  });

  it('refuses to close a closed conference or reopen an open one', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    const created = await call(dispatch, 'conference.create', makeConferenceInput());
    expect((await callError(dispatch, 'conference.reopen', { id: created.id, version: 1 })).code).toBe('conflict');
    const closed = await call(dispatch, 'conference.close', { id: created.id, version: 1, reason: 'plan_made', text: '' });
    const again = await callError(dispatch, 'conference.close', {
      id: created.id,
      version: closed.version,
      reason: 'plan_made',
      text: '',
    });
    expect(again.code).toBe('conflict');
    expect(await call(dispatch, 'conference.get', { id: created.id })).toEqual(closed);
  });

  it('refuses an update based on an old version and keeps the newer save', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    const created = await call(dispatch, 'conference.create', makeConferenceInput());
    const first = await call(dispatch, 'conference.update', makeUpdateInput(created, { notes: 'Ensimmäinen.' }));
    const second = await callError(dispatch, 'conference.update', makeUpdateInput(created, { notes: 'Toinen.' }));
    expect(second.code).toBe('conflict');
    expect(second.message).not.toMatch(/\n\s+at /);
    expect(await call(dispatch, 'conference.get', { id: created.id })).toEqual(first);
  });

  it("refuses an update that names another conference's child, and takes nothing over", async () => {
    const { dispatch } = openTestBackend(useTempDir());
    const a = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'Äijälä 1/2027' }));
    const b = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'Öhman 2/2027' }));
    const stolenId = a.children[0]!.id;
    const refused = await callError(
      dispatch,
      'conference.update',
      makeUpdateInput(b, { children: [{ id: stolenId, firstName: 'Cabdi', birthYear: 2016 }] }),
    );
    expect(refused).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['children', 0, 'id'], message: 'validation.childUnknown' }],
    });
    expect(await call(dispatch, 'conference.get', { id: a.id })).toEqual(a);
    expect(await call(dispatch, 'conference.get', { id: b.id })).toEqual(b);
  });

  it('refuses an update that sends the same child id twice', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    const created = await call(dispatch, 'conference.create', makeConferenceInput());
    const aijo = created.children[0]!;
    const refused = await callError(
      dispatch,
      'conference.update',
      makeUpdateInput(created, { children: [aijo, { ...aijo, firstName: 'Cabdi' }], removedChildIds: [created.children[1]!.id] }),
    );
    expect(refused).toMatchObject({ code: 'invalid_input', issues: [{ path: ['children', 1, 'id'], message: 'validation.listedTwice' }] });
    expect(await call(dispatch, 'conference.get', { id: created.id })).toEqual(created);
  });

  it('keeps guardians in order with their ids, and removes dropped ones', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    const created = await call(
      dispatch,
      'conference.create',
      makeConferenceInput({ guardians: [{ name: 'Maija Äijälä' }, { name: 'Pekka Äijälä' }] }),
    );
    const [maija, pekka] = created.guardians;
    const updated = await call(
      dispatch,
      'conference.update',
      makeUpdateInput(created, { guardians: [{ ...pekka!, name: 'Pekka Öhman' }], removedGuardianIds: [maija!.id] }),
    );
    expect(updated.guardians).toEqual([{ id: pekka!.id, name: 'Pekka Öhman', memberId: pekka!.memberId }]);
    expect(updated.guardians.map((g) => g.id)).not.toContain(maija!.id);
  });
});

describe('lookups and unknown methods', () => {
  it('answers not_found for an id that does not exist, for get, update, close and reopen', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    const id = randomUUID();
    expect((await callError(dispatch, 'conference.get', { id })).code).toBe('not_found');
    const update = { ...makeConferenceInput(), language: 'fi', id, version: 1, phase: 'valmistelu' };
    expect((await callError(dispatch, 'conference.update', update)).code).toBe('not_found');
    expect((await callError(dispatch, 'conference.close', { id, version: 1, reason: 'plan_made', text: '' })).code).toBe(
      'not_found',
    );
    expect((await callError(dispatch, 'conference.reopen', { id, version: 1 })).code).toBe('not_found');
  });

  it.each(['conference.destroy', 'toString', '__proto__', '', 'conference.create '])(
    'refuses the unknown method %j',
    async (method) => {
      const { dispatch } = openTestBackend(useTempDir());
      const error = await callError(dispatch, method, makeConferenceInput());
      expect(error.code).toBe('not_found');
      expect(await call(dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).toEqual([]);
    },
  );

  it('lists nothing in a new data directory', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    expect(await call(dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).toEqual([]);
    expect(await call(dispatch, 'conference.list', undefined as never).then((page) => page.items)).toEqual([]);
  });
});

describe('what is stored is what was typed', () => {
  const names = {
    reference: 'Äijälä–Öhman 3/2027',
    children: [
      makeChild({ firstName: 'سارة', birthYear: 2016 }),
      makeChild({ firstName: 'Cabdi', birthYear: 2018 }),
      makeChild({ firstName: 'Наташа', birthYear: 2012 }),
      makeChild({ firstName: 'Åsa', birthYear: 2020 }),
      makeChild({ firstName: 'A\u0308ijö', birthYear: 2021 }),
    ],
    guardians: [{ name: 'Maija Äijälä' }, { name: 'Faadumo Cabdi' }],
    notes: 'Tapaaminen klo 14.\nTulkki: somali, arabia 🙂\t"lainaus" \'heittomerkki\' <b>ei html</b>',
  };

  it('round-trips names in any script exactly, also after the backend restarts', async () => {
    const dir = useTempDir();
    const first = openTestBackend(dir);
    const created = await call(first.dispatch, 'conference.create', makeConferenceInput(names));
    expect(created.reference).toBe(names.reference);
    expect(created.children.map((c) => c.firstName)).toEqual(names.children.map((c) => c.firstName));
    expect(created.guardians.map((g) => g.name)).toEqual(['Maija Äijälä', 'Faadumo Cabdi']);
    expect(created.notes).toBe(names.notes);
    first.close();

    const raw = openTestDatabaseFile(first.databaseFile);
    const stored = raw.prepare('SELECT first_name FROM conference_child ORDER BY position').pluck().all();
    raw.close();
    expect(stored).toEqual(names.children.map((c) => c.firstName));

    const second = openTestBackend(dir);
    expect(await call(second.dispatch, 'conference.get', { id: created.id })).toEqual(created);
  });

  it('keeps every conference and its latest version across a restart', async () => {
    const dir = useTempDir();
    const first = openTestBackend(dir);
    const a = await call(first.dispatch, 'conference.create', makeConferenceInput({ reference: 'Äijälä 1/2027' }));
    const b = await call(first.dispatch, 'conference.create', makeConferenceInput({ reference: 'Öhman 2/2027' }));
    const bUpdated = await call(first.dispatch, 'conference.update', makeUpdateInput(b, { phase: 'neuvonpito' }));
    const aClosed = await call(first.dispatch, 'conference.close', { id: a.id, version: 1, reason: 'family_withdrew', text: '' });
    const before = await call(first.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items);
    first.close();

    const second = openTestBackend(dir);
    const after = await call(second.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items);
    expect(after).toEqual(before);
    expect(after).toHaveLength(2);
    expect(after).toContainEqual({ ...aClosed, nextDue: null, meeting: null });
    expect(after).toContainEqual({ ...bUpdated, nextDue: SET_DATE, meeting: null });
  });
});

describe('the list says what is due next for each conference', () => {
  /** 1 March 2027, 10:00 in Helsinki: the convener opens the list. */
  const MORNING = new Date('2027-03-01T08:00:00.000Z');
  const socialWorker = { kind: 'social_worker' as const };

  async function setUp() {
    const { dispatch } = openTestBackend(useTempDir(), { now: () => MORNING });
    const create = async (reference: string) => {
      const conference = await call(dispatch, 'conference.create', makeConferenceInput({ reference, commissionDate: '2027-01-25' }));
      const prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
      return { id: conference.id, meeting: prep.meetings[0]! };
    };
    const arrange = (meeting: Meeting, date: string, bookingStatus: 'booked' | 'not_booked' = 'not_booked') =>
      call(dispatch, 'meeting.update', meetingUpdate(meeting, { date, venue: { bookingStatus } }));
    // Each key ticked for the first time: every tick is at version 1.
    const tick = (meetingId: string, ...keys: string[]) =>
      Promise.all(keys.map((key) => call(dispatch, 'checklist.setDone', { meetingId, key, version: 1, doneDate: '2027-02-01' })));
    /** A plan of two tasks, decided as `decision` says. */
    const recordPlan = async (meetingId: string, decision: 'accepted' | null) => {
      const begun = await call(dispatch, 'plan.create', { meetingId });
      const plan = begun.plans[0]!;
      return call(
        dispatch,
        'plan.update',
        planUpdate(plan, {
          items: [
            { what: 'Mummo herättää lapset koulupäivinä.', owner: socialWorker },
            { what: 'Sosiaalityöntekijä järjestää perhetyön.', owner: socialWorker },
          ],
          followUpDate: '2027-06-09',
          decision: decision && { outcome: decision, reasons: '', date: '2027-02-24' },
        }),
      );
    };
    return { dispatch, create, arrange, tick, recordPlan };
  }

  it('from agreeing the date to the follow-up meeting, and nothing once closed', async () => {
    const { dispatch, create, arrange, tick, recordPlan } = await setUp();

    await create('Koivisto 1/2027');

    const lind = await create('Lind 2/2027');
    // The venue is booked: the booking ticks its item.
    await arrange(lind.meeting, '2027-03-23', 'booked');

    const makela = await create('Mäkelä 3/2027');
    await arrange(makela.meeting, '2027-03-20');

    const nurmi = await create('Nurmi 4/2027');
    await call(
      dispatch,
      'network.addMember',
      makeMemberInput(nurmi.id, {
        name: 'Cawo Maxamed Xuseen',
        reply: 'coming',
        language: 'other',
        otherLanguage: 'somali',
        interpreterNeeded: true,
      }),
    );
    await arrange(nurmi.meeting, '2027-03-25', 'booked');
    await tick(nurmi.meeting.id, 'invitations');

    const ojala = await create('Ojala 5/2027');
    await arrange(ojala.meeting, '2027-03-01');
    await call(dispatch, 'meetingDay.timer', { meetingId: ojala.meeting.id, part: 'information', action: 'start' });

    const pelto = await create('Pelto 6/2027');
    await arrange(pelto.meeting, '2027-02-24');
    await recordPlan(pelto.meeting.id, null);

    const rinne = await create('Rinne 7/2027');
    await arrange(rinne.meeting, '2027-02-24');
    const accepted = (await recordPlan(rinne.meeting.id, 'accepted')).plans[0]!;
    await call(dispatch, 'followUp.create', { planId: accepted.id, version: accepted.version });

    const toivonen = await create('Toivonen 8/2027');
    await arrange(toivonen.meeting, '2027-01-30');
    const inForce = (await recordPlan(toivonen.meeting.id, 'accepted')).plans[0]!;
    const withFollowUp = await call(dispatch, 'followUp.create', { planId: inForce.id, version: inForce.version, date: '2027-02-26' });
    const followUpId = withFollowUp.meetings[1]!.id;

    /** A built-in checklist item of a meeting, due on `due`. */
    const todo = (key: string, due: string, overdueDays = 0, meetingKind = 'conference') => ({
      kind: 'checklist',
      meetingKind,
      item: { key, builtIn: true, text: '' },
      due,
      overdueDays,
    });
    const list = async () =>
      Object.fromEntries((await call(dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).map((c) => [c.reference, c]));
    const next = async () => Object.fromEntries(Object.values(await list()).map((c) => [c.reference, c.nextDue]));
    expect(await next()).toEqual({
      'Koivisto 1/2027': SET_DATE,
      'Lind 2/2027': todo('invitations', '2027-03-02'),
      'Mäkelä 3/2027': todo('venue', '2027-02-20', 9),
      // Cawo is coming and needs a Somali interpreter: the interpreter item applies.
      'Nurmi 4/2027': todo('interpreter', '2027-03-11'),
      // The meeting view has started the day: the plan is what comes next.
      'Ojala 5/2027': { kind: 'recordPlan', due: '2027-03-01', overdueDays: 0 },
      'Pelto 6/2027': { kind: 'decision', due: '2027-02-24', overdueDays: 5 },
      'Rinne 7/2027': todo('venue', '2027-05-12', 0, 'follow_up'),
      'Toivonen 8/2027': { kind: 'recordOutcome', due: '2027-02-26', overdueDays: 3 },
    });
    // The list's "when": the coming meeting's date, a follow-up's once one is open.
    const when = async () => Object.fromEntries(Object.values(await list()).map((c) => [c.reference, c.meeting && [c.meeting.kind, c.meeting.date]]));
    expect(await when()).toMatchObject({
      'Koivisto 1/2027': null,
      'Pelto 6/2027': ['conference', expect.any(String)],
      'Toivonen 8/2027': ['follow_up', '2027-02-26'],
    });

    // The follow-up meeting decides to close: the conference closes, and nothing is due.
    const followUp = (await call(dispatch, 'preparation.get', { conferenceId: toivonen.id })).followUps[0]!;
    await call(dispatch, 'followUp.setOutcome', {
      meetingId: followUpId,
      version: followUp.version,
      outcome: 'close',
      nextDate: null,
      closeReason: 'plan_made',
      closeText: '',
      acceptUnreviewed: true,
    });
    const closed = (await list())['Toivonen 8/2027']!;
    expect(closed).toMatchObject({ phase: 'paattynyt', nextDue: null });
  });
});
