import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { followUpSummaryUpdate, meetingUpdate, planUpdate, review, tick } from '../fixtures/record-updates';
import { call, callError, countRows, makeClock, openTestBackend } from '../helpers/backend';
import { reviewNow } from '../helpers/record-changes';
import { useTempDir } from '../helpers/temp-dir';

const member = (memberId: string) => ({ kind: 'member' as const, memberId });
const socialWorker = { kind: 'social_worker' as const };

/**
 * A conference whose plan has three items (Aune wakes the children, Pentti walks them to
 * school, the social worker arranges family work) and a follow-up date of 9.6.2027;
 * `decided` records the social worker's acceptance.
 */
async function conferenceWithPlan({ decided = true, dir = useTempDir() } = {}) {
  const clock = makeClock(new Date('2027-02-24T11:00:00.000Z'));
  const backend = openTestBackend(dir, { now: clock.now });
  const { dispatch } = backend;
  const conference = await call(dispatch, 'conference.create', makeConferenceInput());
  await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { name: 'Aune Äijälä', relation: 'mummo' }));
  const withMembers = await call(
    dispatch,
    'network.addMember',
    makeMemberInput(conference.id, { name: 'Pentti Öhman', relation: 'naapuri', sector: 'friends' }),
  );
  const [aune, pentti] = ['Aune Äijälä', 'Pentti Öhman'].map((name) => memberNamed(withMembers, name).id) as [string, string];
  const meetingId = withMembers.meetings[0]!.id;
  const created = await call(dispatch, 'plan.create', { meetingId });
  const prep = await call(dispatch, 'plan.update', planUpdate(created.plans[0]!, {
    items: [
      { what: 'Mummo herättää Äijön ja Sannin koulupäivinä klo 7.', owner: member(aune) },
      { what: 'Naapuri saattaa lapset koulun portille.', owner: member(pentti), checker: member(aune) },
      { what: 'Sosiaalityöntekijä järjestää perhetyön kahdesti viikossa.', owner: socialWorker },
    ],
    followUpDate: '2027-06-09',
    followUpInvitees: [member(aune), member(pentti), socialWorker],
    decision: decided ? { outcome: 'accepted', reasons: '', date: '2027-02-24' } : null,
  }));
  return { backend, dispatch, clock, conference, prep, plan: prep.plans[0]!, meetingId };
}

type Setup = Awaited<ReturnType<typeof conferenceWithPlan>>;

/** The setup with its first follow-up meeting made on the plan's follow-up date. */
async function withFollowUp(dir?: string) {
  const s = await conferenceWithPlan({ dir });
  s.clock.advanceMinutes(60 * 24 * 90);
  const prep = await call(s.dispatch, 'followUp.create', { planId: s.plan.id, version: s.plan.version });
  return { ...s, prep, followUpId: prep.meetings[1]!.id };
}

async function expectNothingWritten(s: Setup, rowsBefore: ReturnType<typeof countRows>, prep: Preparation) {
  expect(countRows(s.backend.databaseFile)).toEqual(rowsBefore);
  expect(await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id })).toEqual(prep);
}

describe('followUp.create', () => {
  it('makes a follow-up meeting on the plan’s follow-up date, after the conference meeting, reviewing that plan', async () => {
    const s = await withFollowUp();
    expect(s.prep.meetings.map((m) => [m.kind, m.date])).toEqual([
      ['conference', null],
      ['follow_up', '2027-06-09'],
    ]);
    // Nothing arranged yet: the arrangements, checklist and day work as for any meeting.
    expect(s.prep.meetings[1]).toMatchObject({ venue: { name: '' }, checklist: { done: {}, custom: [] }, version: 1 });
    // Its day is planned shorter than the conference's: the plan is reviewed, not made.
    expect(s.prep.meetings[1]!.day.plannedMinutes).toEqual({ information: 30, private_time: 45, plan: 30 });
    expect(s.prep.meetings[0]!.day.plannedMinutes).toEqual({ information: 60, private_time: 90, plan: 45 });
    expect(s.prep.followUps).toEqual([
      {
        meetingId: s.followUpId,
        planId: s.plan.id,
        summary: {
          worked: '',
          toRefine: '',
          newConcerns: '',
          workSoFar: '',
          questions: [],
          requestedDate: null,
          receivedDate: null,
        },
        reviews: [],
        outcome: null,
        version: 1,
        createdAt: '2027-05-25T11:00:00.000Z',
        updatedAt: '2027-05-25T11:00:00.000Z',
      },
    ]);
    // The plan and the conference are as they were.
    expect(s.prep.plans).toEqual([s.plan]);
    expect(s.prep.conference).toMatchObject({ phase: 'seuranta', closure: null });

    const arranged = await call(
      s.dispatch,
      'meeting.update',
      meetingUpdate(s.prep.meetings[1]!, { date: '2027-06-10', startTime: '13:00', venue: { name: 'Perhekeskus, kokoushuone Ilves' } }),
    );
    expect(arranged.meetings[1]).toMatchObject({ date: '2027-06-10', startTime: '13:00', version: 2 });
    const ticked = await call(s.dispatch, 'checklist.setDone', tick(arranged.meetings[1]!, 'materials', '2027-05-26'));
    expect(ticked.meetings[1]!.checklist.done).toEqual({ materials: '2027-05-26' });
  });

  it('takes a date of its own over the plan’s', async () => {
    const s = await conferenceWithPlan();
    const prep = await call(s.dispatch, 'followUp.create', {
      planId: s.plan.id,
      version: s.plan.version,
      date: '2027-06-16',
    });
    expect(prep.meetings[1]).toMatchObject({ kind: 'follow_up', date: '2027-06-16' });
  });

  it('refuses a plan not yet decided on, and one not accepted, writing nothing', async () => {
    const s = await conferenceWithPlan({ decided: false });
    const rowsBefore = countRows(s.backend.databaseFile);
    const undecided = await callError(s.dispatch, 'followUp.create', { planId: s.plan.id, version: s.plan.version });
    expect(undecided).toMatchObject({ code: 'conflict', message: expect.stringMatching(/accepted plan/) });
    await expectNothingWritten(s, rowsBefore, s.prep);

    const refused = await call(s.dispatch, 'plan.update', {
      ...s.plan,
      decision: { outcome: 'not_accepted', reasons: 'Aamuihin ei ole varahenkilöä.', date: '2027-02-24' },
    });
    const plan = refused.plans[0]!;
    const rows = countRows(s.backend.databaseFile);
    expect((await callError(s.dispatch, 'followUp.create', { planId: plan.id, version: plan.version })).code).toBe(
      'conflict',
    );
    await expectNothingWritten(s, rows, refused);
  });

  it('refuses a second follow-up while one is open, a stale plan and an unknown one, writing nothing', async () => {
    const s = await withFollowUp();
    const rowsBefore = countRows(s.backend.databaseFile);
    const second = await callError(s.dispatch, 'followUp.create', { planId: s.plan.id, version: s.plan.version });
    expect(second).toMatchObject({ code: 'conflict', message: expect.stringMatching(/outcome is not recorded/) });
    expect((await callError(s.dispatch, 'followUp.create', { planId: s.plan.id, version: 1 })).code).toBe('conflict');
    expect((await callError(s.dispatch, 'followUp.create', { planId: randomUUID(), version: 1 })).code).toBe(
      'not_found',
    );
    const badDate = await callError(s.dispatch, 'followUp.create', {
      planId: s.plan.id,
      version: s.plan.version,
      date: '9.6.2027',
    });
    expect(badDate).toMatchObject({ code: 'invalid_input', issues: [{ path: ['date'], message: 'validation.date' }] });
    await expectNothingWritten(s, rowsBefore, s.prep);
  });
});

describe('followUp.updateSummary', () => {
  const summary = {
    worked: 'Aamut sujuvat: lapset ovat ehtineet kouluun joka päivä.',
    toRefine: 'Saattaminen riittää kahtena aamuna viikossa; muina päivinä lapset kulkevat yhdessä.',
    newConcerns: 'Sannin poissaolot iltapäivän tunneilta ovat lisääntyneet.',
    workSoFar: 'Perhetyö alkoi maaliskuussa ja on edennyt suunnitelman mukaan.',
    questions: [{ text: 'Miten Sannin iltapäivät järjestetään?' }, { text: 'Tarvitaanko saattamista enää?' }],
    requestedDate: '2027-05-10',
    receivedDate: '2027-05-28',
  };

  it('keeps the summary and its questions in order, across a restart; questions keep their ids', async () => {
    const dir = useTempDir();
    const s = await withFollowUp(dir);
    const saved = await call(s.dispatch, 'followUp.updateSummary', { meetingId: s.followUpId, version: 1, ...summary });
    const followUp = saved.followUps[0]!;
    expect(followUp.summary).toEqual({
      ...summary,
      questions: summary.questions.map((q) => ({ id: expect.any(String), text: q.text })),
    });
    expect(followUp.version).toBe(2);

    const [afternoons, walking] = followUp.summary.questions;
    const edited = await call(s.dispatch, 'followUp.updateSummary', {
      meetingId: s.followUpId,
      version: 2,
      ...summary,
      questions: [walking!, { ...afternoons!, text: 'Kuka on Sannin kanssa iltapäivisin?' }],
    });
    expect(edited.followUps[0]!.summary.questions).toEqual([
      walking,
      { id: afternoons!.id, text: 'Kuka on Sannin kanssa iltapäivisin?' },
    ]);
    s.backend.close();
    const reopened = openTestBackend(dir);
    expect(await call(reopened.dispatch, 'preparation.get', { conferenceId: s.conference.id })).toEqual(edited);
  });

  it('refuses a stale copy with conflict, and bad fields with the field, writing nothing', async () => {
    const s = await withFollowUp();
    const saved = await call(s.dispatch, 'followUp.updateSummary', { meetingId: s.followUpId, version: 1, ...summary });
    const rowsBefore = countRows(s.backend.databaseFile);
    const stale = await callError(s.dispatch, 'followUp.updateSummary', {
      meetingId: s.followUpId,
      version: 1,
      ...summary,
      worked: 'Toisen koneen muutos.',
    });
    expect(stale.code).toBe('conflict');
    const refusals: [Record<string, unknown>, (string | number)[], string][] = [
      [{ requestedDate: '2027-05-10', receivedDate: '2027-05-09' }, ['receivedDate'], 'validation.receivedBeforeRequested'],
      [{ newConcerns: 'Hetu 010203A123X' }, ['newConcerns'], 'validation.identityCode'],
      [{ questions: [{ text: ' ' }] }, ['questions', 0, 'text'], 'validation.required'],
    ];
    for (const [fields, path, message] of refusals) {
      const error = await callError(s.dispatch, 'followUp.updateSummary', {
        meetingId: s.followUpId,
        version: 2,
        ...summary,
        ...fields,
      });
      expect(error).toMatchObject({ code: 'invalid_input' });
      expect(error.issues).toContainEqual({ path, message });
    }
    // The conference's own meeting has no follow-up summary.
    expect(
      (await callError(s.dispatch, 'followUp.updateSummary', { meetingId: s.meetingId, version: 1, ...summary })).code,
    ).toBe('not_found');
    await expectNothingWritten(s, rowsBefore, saved);
  });
});

describe('followUp.reviewItem', () => {
  it('records how each item went, in the plan’s order; a second review of an item replaces the first', async () => {
    const s = await withFollowUp();
    const [wake, walk, familyWork] = s.plan.items;
    s.clock.advanceMinutes(60 * 24 * 15);
    await reviewNow(s, s.followUpId, familyWork!.id, 'not_done', 'Perhetyöntekijä vaihtui; käynnit alkoivat vasta toukokuussa.');
    await reviewNow(s, s.followUpId, wake!.id, 'partly');
    await reviewNow(s, s.followUpId, walk!.id, 'done');
    const prep = await reviewNow(s, s.followUpId, wake!.id, 'done', 'Mummo on herättänyt lapset joka koulupäivä.');
    const at = '2027-06-09T11:00:00.000Z';
    expect(prep.followUps[0]!.reviews).toEqual([
      { itemId: wake!.id, status: 'done', comment: 'Mummo on herättänyt lapset joka koulupäivä.', updatedAt: at, version: 3 },
      { itemId: walk!.id, status: 'done', comment: '', updatedAt: at, version: 2 },
      {
        itemId: familyWork!.id,
        status: 'not_done',
        comment: 'Perhetyöntekijä vaihtui; käynnit alkoivat vasta toukokuussa.',
        updatedAt: at,
        version: 2,
      },
    ]);
    await reviewNow(s, s.followUpId, walk!.id, 'partly');
    expect(countRows(s.backend.databaseFile).follow_up_review).toBe(3);
    // A review is no edit of the follow-up's summary: its version stays.
    expect(prep.followUps[0]!.version).toBe(1);
  });

  it('refuses an item of another plan, an unknown status and an unknown meeting, writing nothing', async () => {
    const s = await withFollowUp();
    const other = await conferenceWithPlan();
    const rowsBefore = countRows(s.backend.databaseFile);
    const review = { meetingId: s.followUpId, itemId: other.plan.items[0]!.id, version: 1, status: 'done', comment: '' };
    expect(await callError(s.dispatch, 'followUp.reviewItem', review)).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['itemId'], message: 'validation.invalid' }],
    });
    const status = await callError(s.dispatch, 'followUp.reviewItem', {
      ...review,
      itemId: s.plan.items[0]!.id,
      status: 'maybe',
    });
    expect(status.issues).toEqual([{ path: ['status'], message: 'validation.choice' }]);
    const unknown = await callError(s.dispatch, 'followUp.reviewItem', {
      ...review,
      meetingId: randomUUID(),
      itemId: s.plan.items[0]!.id,
    });
    expect(unknown.code).toBe('not_found');
    await expectNothingWritten(s, rowsBefore, s.prep);
  });

  it('reviews version 1 while version 2 is made at the follow-up; an item of version 2 is refused', async () => {
    const s = await withFollowUp();
    const [wake] = s.plan.items;
    await reviewNow(s, s.followUpId, wake!.id, 'done');
    const revised = await call(s.dispatch, 'plan.revise', {
      id: s.plan.id,
      version: s.plan.version,
      meetingId: s.followUpId,
    });
    const second = revised.plans[1]!;
    expect(second).toMatchObject({ number: 2, meetingId: s.followUpId });
    expect(revised.plans[0]).toEqual(s.plan);
    const [, walk] = s.plan.items;
    const prep = await reviewNow(s, s.followUpId, walk!.id, 'partly', 'Kahtena aamuna viikossa.');
    expect(prep.followUps[0]!.planId).toBe(s.plan.id);
    expect(prep.followUps[0]!.reviews.map((r) => [r.itemId, r.status])).toEqual([
      [wake!.id, 'done'],
      [walk!.id, 'partly'],
    ]);
    // Version 2 changes without touching the reviews of version 1.
    const changed = await call(s.dispatch, 'plan.update', {
      ...second,
      items: [{ ...second.items[1]!, what: 'Naapuri saattaa lapset tiistaisin ja torstaisin.' }],
    });
    expect(changed.followUps).toEqual(prep.followUps);
    const rowsBefore = countRows(s.backend.databaseFile);
    const error = await callError(s.dispatch, 'followUp.reviewItem', {
      meetingId: s.followUpId,
      itemId: changed.plans[1]!.items[0]!.id,
      version: 1,
      status: 'done',
      comment: '',
    });
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: ['itemId'], message: 'validation.invalid' }] });
    expect(countRows(s.backend.databaseFile)).toEqual(rowsBefore);
  });
});

describe('followUp.setOutcome', () => {
  it('refuses an outcome while items are unreviewed unless the input says so, writing nothing', async () => {
    const s = await withFollowUp();
    const [wake, walk, family] = s.plan.items.map((item) => item.id) as [string, string, string];
    await reviewNow(s, s.followUpId, wake, 'done', '');
    const reviewed = await reviewNow(s, s.followUpId, walk, 'partly', 'Kahtena aamuna.');
    const rowsBefore = countRows(s.backend.databaseFile);
    const outcome = {
      meetingId: s.followUpId,
      version: 1,
      outcome: 'another_follow_up' as const,
      nextDate: '2027-11-17',
      closeReason: null,
      closeText: '',
    };
    const refused = await callError(s.dispatch, 'followUp.setOutcome', outcome);
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/^1 item\(s\) of the plan have no review/);
    await expectNothingWritten(s, rowsBefore, reviewed);

    // Once the last item is reviewed, no word is needed.
    await reviewNow(s, s.followUpId, family, 'done', '');
    const prep = await call(s.dispatch, 'followUp.setOutcome', outcome);
    expect(prep.followUps[0]!.outcome?.kind).toBe('another_follow_up');
  });

  it('keeps an earlier follow-up’s reviews correctable after its outcome, until the conference is closed', async () => {
    const s = await withFollowUp();
    const [wake] = s.plan.items.map((item) => item.id) as [string];
    await reviewNow(s, s.followUpId, wake, 'partly', '');
    await call(s.dispatch, 'followUp.setOutcome', {
      meetingId: s.followUpId,
      version: 1,
      outcome: 'another_follow_up',
      nextDate: '2027-11-17',
      closeReason: null,
      closeText: '',
      acceptUnreviewed: true,
    });
    const corrected = await reviewNow(s, s.followUpId, wake, 'done', 'Korjattu jälkikäteen.');
    const earlier = corrected.followUps.find((f) => f.meetingId === s.followUpId)!;
    expect(earlier.reviews.map((r) => [r.itemId, r.status, r.comment])).toEqual([[wake, 'done', 'Korjattu jälkikäteen.']]);
    expect(earlier.outcome?.kind).toBe('another_follow_up');
  });

  it('agrees on another follow-up: the next meeting exists, dated, reviewing the plan then in force', async () => {
    const s = await withFollowUp();
    const revised = await call(s.dispatch, 'plan.revise', {
      id: s.plan.id,
      version: s.plan.version,
      meetingId: s.followUpId,
    });
    const second = revised.plans[1]!;
    const accepted = await call(s.dispatch, 'plan.update', {
      ...second,
      decision: { outcome: 'accepted', reasons: '', date: '2027-06-09' },
    });
    const prep = await call(s.dispatch, 'followUp.setOutcome', {
      meetingId: s.followUpId,
      version: 1,
      outcome: 'another_follow_up',
      nextDate: '2027-11-17',
      closeReason: null,
      closeText: '',
      acceptUnreviewed: true,
    });
    expect(prep.meetings.map((m) => [m.kind, m.date])).toEqual([
      ['conference', null],
      ['follow_up', '2027-06-09'],
      ['follow_up', '2027-11-17'],
    ]);
    const nextId = prep.meetings[2]!.id;
    expect(prep.followUps.map((f) => [f.meetingId, f.planId, f.outcome])).toEqual([
      [
        s.followUpId,
        s.plan.id,
        { kind: 'another_follow_up', nextMeetingId: nextId, recordedAt: '2027-05-25T11:00:00.000Z' },
      ],
      [nextId, accepted.plans[1]!.id, null],
    ]);
    expect(prep.followUps[0]!.version).toBe(2);
    expect(prep.conference).toEqual(accepted.conference);

    // The outcome is recorded once; the next follow-up is the open one now.
    const rowsBefore = countRows(s.backend.databaseFile);
    const again = await callError(s.dispatch, 'followUp.setOutcome', {
      meetingId: s.followUpId,
      version: 2,
      outcome: 'close',
      nextDate: null,
      closeReason: 'plan_made',
      closeText: '',
    });
    expect(again.code).toBe('conflict');
    expect((await callError(s.dispatch, 'followUp.create', { planId: second.id, version: 2 })).code).toBe('conflict');
    await expectNothingWritten(s, rowsBefore, prep);
  });

  it('closes the conference as conference.close does; after that it is read-only', async () => {
    const s = await withFollowUp();
    const before = s.prep.conference;
    const prep = await call(s.dispatch, 'followUp.setOutcome', {
      meetingId: s.followUpId,
      version: 1,
      outcome: 'close',
      nextDate: null,
      closeReason: 'other',
      closeText: 'Perhe pärjää omin voimin; uutta seurantaa ei tarvita.',
      acceptUnreviewed: true,
    });
    expect(prep.conference).toMatchObject({
      phase: 'paattynyt',
      version: before.version + 1,
      closure: {
        reason: 'other',
        text: 'Perhe pärjää omin voimin; uutta seurantaa ei tarvita.',
        closedAt: '2027-05-25T11:00:00.000Z',
      },
    });
    expect(prep.followUps[0]!.outcome).toEqual({
      kind: 'close',
      reason: 'other',
      text: 'Perhe pärjää omin voimin; uutta seurantaa ei tarvita.',
      recordedAt: '2027-05-25T11:00:00.000Z',
    });
    expect(prep.meetings).toHaveLength(2);

    const rowsBefore = countRows(s.backend.databaseFile);
    const refused: [string, unknown][] = [
      ['followUp.updateSummary', followUpSummaryUpdate(prep.followUps[0]!, { worked: 'Myöhempi lisäys.' })],
      ['followUp.reviewItem', review(prep.followUps[0]!, s.plan.items[0]!.id, 'done')],
      [
        'followUp.setOutcome',
        {
          meetingId: s.followUpId,
          version: 2,
          outcome: 'another_follow_up',
          nextDate: '2027-12-01',
          closeReason: null,
          closeText: '',
        },
      ],
      ['followUp.create', { planId: s.plan.id, version: s.plan.version }],
      ['meeting.update', meetingUpdate(prep.meetings[1]!, { date: '2027-06-10' })],
      ['plan.revise', { id: s.plan.id, version: s.plan.version, meetingId: s.followUpId }],
    ];
    for (const [method, input] of refused) {
      expect((await callError(s.dispatch, method, input)).code, method).toBe('conflict');
    }
    await expectNothingWritten(s, rowsBefore, prep);

    // Reopened as any closed conference is; its former phase comes back.
    const reopened = await call(s.dispatch, 'conference.reopen', { id: before.id, version: prep.conference.version });
    expect(reopened).toMatchObject({ phase: 'seuranta', closure: null });
  });

  it('refuses a missing date or reason, a date before this meeting and a stale copy, writing nothing', async () => {
    const s = await withFollowUp();
    const rowsBefore = countRows(s.backend.databaseFile);
    const base = { meetingId: s.followUpId, version: 1, nextDate: null, closeReason: null, closeText: '' };
    const refusals: [Record<string, unknown>, (string | number)[], string][] = [
      [{ outcome: 'another_follow_up' }, ['nextDate'], 'validation.required'],
      [{ outcome: 'another_follow_up', nextDate: '2027-06-09' }, ['nextDate'], 'validation.nextFollowUpDate'],
      [{ outcome: 'close' }, ['closeReason'], 'validation.choice'],
      [{ outcome: 'close', closeReason: 'other' }, ['closeText'], 'validation.closeReasonText'],
      [{ outcome: 'pause' }, ['outcome'], 'validation.choice'],
    ];
    for (const [fields, path, message] of refusals) {
      const error = await callError(s.dispatch, 'followUp.setOutcome', { ...base, ...fields });
      expect(error.code, JSON.stringify(fields)).toBe('invalid_input');
      expect(error.issues).toContainEqual({ path, message });
    }
    const stale = await callError(s.dispatch, 'followUp.setOutcome', {
      ...base,
      version: 3,
      outcome: 'close',
      closeReason: 'plan_made',
    });
    expect(stale.code).toBe('conflict');
    await expectNothingWritten(s, rowsBefore, s.prep);
  });
});
