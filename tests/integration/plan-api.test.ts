import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../electron/shared/i18n';
import type { Plan, PlanFields } from '../../electron/shared/plan/plan.schema';
import { makeConferenceInput, makeUpdateInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { planUpdate, summaryUpdate } from '../fixtures/record-updates';
import { call, callError, countRows, makeClock, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';


/**
 * A conference at its meeting, with two open questions, a bottom line of each kind and a
 * network of four: Maija (the mother, the children's guardian: in the network from the
 * conference's start), Aune (grandmother), Pentti (neighbour) and Kaisa (the school curator,
 * a worker). Its plan is made at the conference's own meeting.
 */
async function conferenceAtMeeting(dir = useTempDir()) {
  const clock = makeClock(new Date('2027-02-24T11:00:00.000Z'));
  const backend = openTestBackend(dir, { now: clock.now });
  const { dispatch } = backend;
  const conference = await call(dispatch, 'conference.create', makeConferenceInput());
  const people = [
    { name: 'Aune Äijälä', relation: 'mummo', sector: 'relatives' },
    { name: 'Pentti Öhman', relation: 'naapuri', sector: 'friends', closeness: 'middle' },
    {
      name: 'Kaisa Kuraattori',
      relation: 'koulukuraattori',
      sector: 'professionals',
      worker: { organisation: 'Itäkeskuksen koulu', topic: 'Koulunkäynti' },
    },
  ] as const;
  for (const person of people) await call(dispatch, 'network.addMember', makeMemberInput(conference.id, person));
  const before = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
  const prep = await call(dispatch, 'summary.update', {
    ...summaryUpdate(before),
    openQuestions: [{ text: 'Miten Äijön aamut sujuvat?' }, { text: 'Miten Sanni saa tukea koulunkäyntiin?' }],
    generalQuestions: before.summary.generalQuestions,
    mustInclude: [{ text: 'Koulumatkat on turvattu joka päivä.' }],
    notAcceptable: [{ text: 'Lapset eivät jää yöksi yksin.' }],
  });
  const [maija, aune, pentti, kaisa] = ['Maija Äijälä', 'Aune Äijälä', 'Pentti Öhman', 'Kaisa Kuraattori'].map(
    (name) => memberNamed(prep, name).id,
  ) as [string, string, string, string];
  const [mornings, school] = prep.summary.openQuestions.map((q) => q.id) as [string, string];
  const [help, monitoringQuestion, problemsQuestion] = prep.summary.generalQuestions.map((q) => q.id) as [
    string,
    string,
    string,
  ];
  return {
    backend,
    dispatch,
    clock,
    conference,
    prep,
    meetingId: prep.meetings[0]!.id,
    members: { maija, aune, pentti, kaisa },
    questions: { mornings, school, help, monitoring: monitoringQuestion, problems: problemsQuestion },
    mustInclude: prep.summary.mustInclude[0]!.id,
    notAcceptable: prep.summary.notAcceptable[0]!.id,
  };
}

type Setup = Awaited<ReturnType<typeof conferenceAtMeeting>>;

const member = (memberId: string) => ({ kind: 'member' as const, memberId });
const socialWorker = { kind: 'social_worker' as const };

/** The family's plan as presented: six items across the questions, with one dissent. */
function familyPlan(s: Setup) {
  const { members: m, questions: q } = s;
  return {
    items: [
      {
        questionId: q.mornings,
        what: 'Mummo herättää Äijön ja Sannin koulupäivinä klo 7.',
        owner: member(m.aune),
        fromDate: '2027-03-01',
        byDate: '2027-06-01',
        followUp: 'Äiti kertoo viikoittain, miten aamut menivät.',
        checker: member(m.maija),
        bottomLineIds: [],
      },
      {
        questionId: q.mornings,
        what: 'Naapuri saattaa lapset koulun portille.',
        owner: member(m.pentti),
        fromDate: '2027-03-01',
        checker: member(m.aune),
        bottomLineIds: [s.mustInclude],
      },
      {
        questionId: q.school,
        what: 'Kuraattori tapaa Sannia kerran viikossa.',
        owner: member(m.kaisa),
        followUp: 'Kuraattori kertoo sosiaalityöntekijälle.',
        checker: socialWorker,
      },
      {
        questionId: q.school,
        what: 'Äiti käy Wilman viestit läpi joka ilta.',
        owner: member(m.maija),
      },
      {
        questionId: q.help,
        what: 'Sosiaalityöntekijä järjestää perhetyön kahdesti viikossa.',
        owner: socialWorker,
        byDate: '2027-03-15',
      },
      {
        questionId: null,
        what: 'Perhe syö yhdessä sunnuntaisin mummolassa.',
        owner: member(m.maija),
      },
    ],
    services: [{ worker: socialWorker, what: 'Perhetyö kotiin kahdesti viikossa.' }],
    problems: 'Jos aamut eivät suju, mummo soittaa sosiaalityöntekijälle.',
    monitoring: 'Seurantakokouksessa käydään jokainen kohta läpi.',
    recipients: [
      { recipient: member(m.maija), channel: 'by_hand' as const },
      { recipient: socialWorker, channel: 'secure_email' as const },
    ],
    followUpDate: '2027-06-09',
    followUpInvitees: [member(m.maija), member(m.aune), socialWorker],
    dissents: [{ person: member(m.pentti), text: 'Saattaminen joka aamu on minulle liikaa; kaksi kertaa viikossa käy.' }],
    checkedNotAcceptableIds: [s.notAcceptable],
  } satisfies Parameters<typeof planUpdate>[1];
}


async function withPlan(dir?: string) {
  const s = await conferenceAtMeeting(dir);
  const created = await call(s.dispatch, 'plan.create', { meetingId: s.meetingId });
  const prep = await call(s.dispatch, 'plan.update', planUpdate(created.plans[0]!, familyPlan(s)));
  return { ...s, prep, plan: prep.plans[0]! };
}

async function expectNothingWritten(s: Setup, rowsBefore: ReturnType<typeof countRows>, prep: Setup['prep']) {
  expect(countRows(s.backend.databaseFile)).toEqual(rowsBefore);
  expect(await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id })).toEqual(prep);
}

describe('plan.create', () => {
  it('makes the conference’s first plan, empty, at its meeting', async () => {
    const s = await conferenceAtMeeting();
    const prep = await call(s.dispatch, 'plan.create', { meetingId: s.meetingId });
    expect(prep.plans).toEqual([
      {
        id: expect.any(String),
        conferenceId: s.conference.id,
        meetingId: s.meetingId,
        number: 1,
        items: [],
        services: [],
        problems: '',
        monitoring: '',
        recipients: [],
        followUpDate: null,
        followUpInvitees: [],
        dissents: [],
        kept: null,
        checkedNotAcceptableIds: [],
        decision: null,
        version: 1,
        createdAt: '2027-02-24T11:00:00.000Z',
        updatedAt: '2027-02-24T11:00:00.000Z',
      },
    ]);
    // A plan is made at the meeting: the conference is being held, even without the meeting view's clocks.
    expect(prep.conference).toMatchObject({ phase: 'neuvonpito', version: s.prep.conference.version + 1 });
    expect({ ...prep, plans: [], conference: s.prep.conference }).toEqual(s.prep);
  });

  it('refuses a second plan with conflict and an unknown meeting with not_found, writing nothing', async () => {
    const s = await conferenceAtMeeting();
    const prep = await call(s.dispatch, 'plan.create', { meetingId: s.meetingId });
    const rowsBefore = countRows(s.backend.databaseFile);
    expect((await callError(s.dispatch, 'plan.create', { meetingId: s.meetingId })).code).toBe('conflict');
    expect((await callError(s.dispatch, 'plan.create', { meetingId: randomUUID() })).code).toBe('not_found');
    await expectNothingWritten(s, rowsBefore, prep);
  });
  it('refuses to start a plan in a closed conference; reopened, it can', async () => {
    const s = await conferenceAtMeeting();
    const { id, version } = s.prep.conference;
    const closed = await call(s.dispatch, 'conference.close', { id, version, reason: 'family_withdrew', text: '' });
    const rowsBefore = countRows(s.backend.databaseFile);
    expect((await callError(s.dispatch, 'plan.create', { meetingId: s.meetingId })).code).toBe('conflict');
    expect(countRows(s.backend.databaseFile)).toEqual(rowsBefore);
    await call(s.dispatch, 'conference.reopen', { id, version: closed.version });
    expect((await call(s.dispatch, 'plan.create', { meetingId: s.meetingId })).plans).toHaveLength(1);
  });
});

describe('plan.update', () => {
  it('keeps the whole plan as the family presented it, in order, across a restart', async () => {
    const dir = useTempDir();
    const s = await withPlan(dir);
    const written = familyPlan(s);
    expect(s.plan).toMatchObject({ number: 1, version: 2, decision: null });
    // Every list comes back in the order given, each row with an id; defaults filled in.
    expect(s.plan.items.map(({ id: _id, ...item }) => item)).toEqual(
      written.items.map((item) => ({
        fromDate: null,
        byDate: null,
        followUp: '',
        checker: null,
        bottomLineIds: [],
        ...item,
      })),
    );
    expect(new Set(s.plan.items.map((item) => item.id)).size).toBe(6);
    expect(s.plan.services.map(({ id: _id, ...service }) => service)).toEqual(written.services);
    expect(s.plan.recipients.map(({ id: _id, ...recipient }) => recipient)).toEqual(
      written.recipients.map((recipient) => ({ ...recipient, sentDate: null })),
    );
    expect(s.plan.dissents.map(({ id: _id, ...dissent }) => dissent)).toEqual(written.dissents);
    expect(s.plan).toMatchObject({
      problems: written.problems,
      monitoring: written.monitoring,
      followUpDate: '2027-06-09',
      followUpInvitees: written.followUpInvitees,
      checkedNotAcceptableIds: [s.notAcceptable],
    });
    s.backend.close();
    const reopened = openTestBackend(dir);
    expect(await call(reopened.dispatch, 'preparation.get', { conferenceId: s.conference.id })).toEqual(s.prep);
  });

  it('keeps the ids of the rows that stay when items are edited, moved, added and removed', async () => {
    const s = await withPlan();
    const [first, second, third] = s.plan.items;
    const prep = await call(
      s.dispatch,
      'plan.update',
      planUpdate(s.plan, {
        items: [
          { ...third!, what: 'Kuraattori tapaa Sannia kahdesti viikossa.' },
          first!,
          { what: 'Eno vie Äijön jalkapalloon tiistaisin.', owner: member(s.members.pentti) },
          second!,
        ],
      }),
    );
    const items = prep.plans[0]!.items;
    expect(items.map((item) => item.id).slice(0, 2)).toEqual([third!.id, first!.id]);
    expect(items[3]!.id).toBe(second!.id);
    expect(items.map((item) => item.what)).toEqual([
      'Kuraattori tapaa Sannia kahdesti viikossa.',
      first!.what,
      'Eno vie Äijön jalkapalloon tiistaisin.',
      second!.what,
    ]);
    expect(items[2]!.id).not.toBe(s.plan.items[3]!.id);
    expect(prep.plans[0]!.version).toBe(3);
    expect(countRows(s.backend.databaseFile)).toMatchObject({ plan_item: 4, plan_item_bottom_line: 1 });
  });

  it('records the decision with changes, which moves the conference on to follow-up', async () => {
    const s = await withPlan();
    expect(s.prep.conference).toMatchObject({ phase: 'neuvonpito', version: 2 });
    const decided = await call(
      s.dispatch,
      'plan.update',
      planUpdate(s.plan, {
        decision: {
          outcome: 'accepted_with_changes',
          reasons: 'Perhetyö alkaa vasta 15.3.; siihen asti mummo auttaa myös iltaisin.',
          date: '2027-02-24',
        },
      }),
    );
    expect(decided.plans[0]!.decision).toEqual({
      outcome: 'accepted_with_changes',
      reasons: 'Perhetyö alkaa vasta 15.3.; siihen asti mummo auttaa myös iltaisin.',
      date: '2027-02-24',
    });
    expect(decided.conference).toMatchObject({ phase: 'seuranta', version: 3 });

    // The distribution log is still filled in after the decision.
    const plan = decided.plans[0]!;
    const sent = await call(
      s.dispatch,
      'plan.update',
      planUpdate(plan, {
        recipients: [
          { ...plan.recipients[0]!, sentDate: '2027-02-24' },
          { ...plan.recipients[1]!, sentDate: '2027-02-25' },
          { recipient: member(s.members.aune), sentDate: '2027-02-26', channel: 'post' },
        ],
      }),
    );
    expect(sent.plans[0]!.recipients.map((r) => [r.id, r.sentDate])).toEqual([
      [plan.recipients[0]!.id, '2027-02-24'],
      [plan.recipients[1]!.id, '2027-02-25'],
      [expect.any(String), '2027-02-26'],
    ]);
    expect({ ...sent.plans[0]!, recipients: [], version: 0 }).toEqual({ ...plan, recipients: [], version: 0 });
    expect(sent.conference).toEqual(decided.conference);
  });

  it('lets a plan that was not accepted be worked on, without moving the conference on to follow-up', async () => {
    const s = await withPlan();
    const refused = await call(
      s.dispatch,
      'plan.update',
      planUpdate(s.plan, { decision: { outcome: 'not_accepted', reasons: 'Aamuihin ei ole varahenkilöä.', date: '2027-02-24' } }),
    );
    expect(refused.conference.phase).toBe('neuvonpito');
    const plan = refused.plans[0]!;
    const reworked = await call(
      s.dispatch,
      'plan.update',
      planUpdate(plan, {
        items: [...plan.items, { questionId: s.questions.mornings, what: 'Pentti on varahenkilö.', owner: member(s.members.pentti) }],
        decision: { outcome: 'accepted', reasons: '', date: '2027-02-24' },
      }),
    );
    expect(reworked.plans[0]!.items).toHaveLength(7);
    expect(reworked.conference.phase).toBe('seuranta');
  });

  it('refuses changes after acceptance: those make a new version', async () => {
    const s = await withPlan();
    const decided = await call(
      s.dispatch,
      'plan.update',
      planUpdate(s.plan, { decision: { outcome: 'accepted', reasons: '', date: '2027-02-24' } }),
    );
    const plan = decided.plans[0]!;
    const rowsBefore = countRows(s.backend.databaseFile);
    const changes: Parameters<typeof planUpdate>[1][] = [
      { items: plan.items.slice(1) },
      { items: [{ ...plan.items[0]!, what: 'Mummo herättää lapset klo 6.30.' }] },
      { dissents: [] },
      { followUpDate: '2027-07-01' },
      { decision: { outcome: 'not_accepted', reasons: 'Muutin mieleni.', date: '2027-02-25' } },
      { decision: null },
    ];
    for (const change of changes) {
      const error = await callError(s.dispatch, 'plan.update', planUpdate(plan, change));
      expect(error.code, JSON.stringify(change)).toBe('conflict');
    }
    await expectNothingWritten({ ...s, prep: decided }, rowsBefore, decided);
  });

  const refusals: [string, (s: Setup & { plan: Plan }) => Parameters<typeof planUpdate>[1], (string | number)[], string][] = [
    [
      'an owner who is not in the network',
      (s) => ({ items: s.plan.items.map((item, i) => (i === 2 ? { ...item, owner: member(randomUUID()) } : item)) }),
      ['items', 2, 'owner'],
      'validation.planOwner',
    ],
    [
      'a checker who is not in the network',
      (s) => ({ items: [{ ...s.plan.items[0]!, checker: member(randomUUID()) }] }),
      ['items', 0, 'checker'],
      'validation.notInNetwork',
    ],
    [
      'an item without an owner',
      (s) => ({ items: [{ ...s.plan.items[0]!, owner: undefined as never }] }),
      ['items', 0, 'owner'],
      'validation.planOwner',
    ],
    [
      'a bottom line that is not a "must include" one',
      (s) => ({ items: [{ ...s.plan.items[0]!, bottomLineIds: [s.notAcceptable] }] }),
      ['items', 0, 'bottomLineIds'],
      'validation.notInSummary',
    ],
    [
      'a "not acceptable" check against a "must include" line',
      (s) => ({ checkedNotAcceptableIds: [s.mustInclude] }),
      ['checkedNotAcceptableIds'],
      'validation.notInSummary',
    ],
    [
      'a service from someone not in the network',
      () => ({ services: [{ worker: member(randomUUID()), what: 'Perhetyö' }] }),
      ['services', 0, 'worker'],
      'validation.notInNetwork',
    ],
    [
      'a recipient not in the network',
      (s) => ({ recipients: [...s.plan.recipients, { recipient: member(randomUUID()) }] }),
      ['recipients', 2, 'recipient'],
      'validation.notInNetwork',
    ],
    [
      'an invitee not in the network',
      () => ({ followUpInvitees: [socialWorker, member(randomUUID())] }),
      ['followUpInvitees', 1],
      'validation.notInNetwork',
    ],
    [
      'a dissent of someone not in the network',
      () => ({ dissents: [{ person: member(randomUUID()), text: 'Eri mieltä.' }] }),
      ['dissents', 0, 'person'],
      'validation.notInNetwork',
    ],
    [
      'a decision with changes without reasons',
      () => ({ decision: { outcome: 'accepted_with_changes', reasons: '', date: '2027-02-24' } }),
      ['decision', 'reasons'],
      'validation.decisionReasons',
    ],
    [
      'an identity code in an item',
      (s) => ({ items: [{ ...s.plan.items[0]!, what: 'Hetu 010203A123X' }] }),
      ['items', 0, 'what'],
      'validation.identityCode',
    ],
  ];

  it.each(refusals)('refuses %s with the field, writing nothing', async (_label, change, path, message) => {
    const s = await withPlan();
    const rowsBefore = countRows(s.backend.databaseFile);
    const error = await callError(s.dispatch, 'plan.update', planUpdate(s.plan, change(s)));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toContainEqual({ path, message });
    for (const issue of error.issues ?? []) expect(isMessageKey(issue.message), issue.message).toBe(true);
    await expectNothingWritten(s, rowsBefore, s.prep);
  });

  it('refuses a member and a question of another conference, writing nothing', async () => {
    const s = await withPlan();
    const other = await call(s.dispatch, 'conference.create', makeConferenceInput({ reference: 'Toinen 2/2027' }));
    const elsewhere = await call(s.dispatch, 'network.addMember', makeMemberInput(other.id, { name: 'Muu Henkilö' }));
    const rowsBefore = countRows(s.backend.databaseFile);
    const items = s.plan.items.map((item, i) =>
      i === 1
        ? { ...item, owner: member(memberNamed(elsewhere, 'Muu Henkilö').id) }
        : i === 4
          ? { ...item, questionId: elsewhere.summary.generalQuestions[0]!.id }
          : item,
    );
    const error = await callError(s.dispatch, 'plan.update', planUpdate(s.plan, { items }));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.issues).toEqual([
      { path: ['items', 1, 'owner'], message: 'validation.planOwner' },
      { path: ['items', 4, 'questionId'], message: 'validation.notInSummary' },
    ]);
    await expectNothingWritten(s, rowsBefore, s.prep);
  });

  it('refuses a stale version and an unknown plan, writing nothing', async () => {
    const s = await withPlan();
    const rowsBefore = countRows(s.backend.databaseFile);
    expect((await callError(s.dispatch, 'plan.update', planUpdate(s.plan, { version: 1, problems: 'x' }))).code).toBe(
      'conflict',
    );
    expect((await callError(s.dispatch, 'plan.update', planUpdate(s.plan, { id: randomUUID() }))).code).toBe('not_found');
    await expectNothingWritten(s, rowsBefore, s.prep);
  });
});

describe('plan.revise', () => {
  async function acceptedPlan(dir?: string) {
    const s = await withPlan(dir);
    const prep = await call(
      s.dispatch,
      'plan.update',
      planUpdate(s.plan, { decision: { outcome: 'accepted', reasons: '', date: '2027-02-24' } }),
    );
    return { ...s, prep, plan: prep.plans[0]! };
  }

  it('makes a second version from the first, which stays as it was, across a restart', async () => {
    const dir = useTempDir();
    const s = await acceptedPlan(dir);
    s.clock.advanceMinutes(60 * 24 * 100);
    const revised = await call(s.dispatch, 'plan.revise', { id: s.plan.id, version: s.plan.version, meetingId: s.meetingId });
    expect(revised.plans).toHaveLength(2);
    const [first, second] = revised.plans as [Plan, Plan];
    expect(first).toEqual(s.plan);
    // The content carries over with new ids; what belongs to one version starts empty.
    const content = ({ id: _id, ...rest }: { id: string }) => rest;
    expect(second).toMatchObject({
      number: 2,
      meetingId: s.meetingId,
      conferenceId: s.conference.id,
      problems: first.problems,
      monitoring: first.monitoring,
      recipients: [],
      followUpDate: null,
      followUpInvitees: [],
      dissents: [],
      checkedNotAcceptableIds: [],
      decision: null,
      version: 1,
      createdAt: '2027-06-04T11:00:00.000Z',
    });
    expect(second.items.map(content)).toEqual(first.items.map(content));
    expect(second.services.map(content)).toEqual(first.services.map(content));
    for (const [i, item] of second.items.entries()) expect(item.id).not.toBe(first.items[i]!.id);
    // The new version is open to change; the first is not touched by it.
    const changed = await call(
      s.dispatch,
      'plan.update',
      planUpdate(second, { items: second.items.slice(0, 3), problems: 'Uusi sopimus ongelmatilanteisiin.' }),
    );
    expect(changed.plans[0]).toEqual(s.plan);
    expect(changed.plans[1]!.items).toHaveLength(3);
    s.backend.close();
    const reopened = openTestBackend(dir);
    expect(await call(reopened.dispatch, 'preparation.get', { conferenceId: s.conference.id })).toEqual(changed);
  });

  it('refuses to revise a version that is not the latest, or from a stale copy, writing nothing', async () => {
    const s = await acceptedPlan();
    const revised = await call(s.dispatch, 'plan.revise', { id: s.plan.id, version: s.plan.version, meetingId: s.meetingId });
    const rowsBefore = countRows(s.backend.databaseFile);
    const old = await callError(s.dispatch, 'plan.revise', { id: s.plan.id, version: s.plan.version, meetingId: s.meetingId });
    expect(old.code).toBe('conflict');
    const second = revised.plans[1]!;
    const stale = await callError(s.dispatch, 'plan.revise', { id: second.id, version: 5, meetingId: s.meetingId });
    expect(stale.code).toBe('conflict');
    await expectNothingWritten({ ...s, prep: revised }, rowsBefore, revised);
  });

  it('refuses to revise a version that is not accepted: it is still changed as it is', async () => {
    const s = await withPlan();
    const rowsBefore = countRows(s.backend.databaseFile);
    const undecided = await callError(s.dispatch, 'plan.revise', { id: s.plan.id, version: s.plan.version, meetingId: s.meetingId });
    expect(undecided.code).toBe('conflict');
    const refused = await call(
      s.dispatch,
      'plan.update',
      planUpdate(s.plan, { decision: { outcome: 'not_accepted', reasons: 'Illat puuttuvat.', date: '2027-02-24' } }),
    );
    const notAccepted = refused.plans[0]!;
    const afterRefusal = countRows(s.backend.databaseFile);
    expect((await callError(s.dispatch, 'plan.revise', { id: notAccepted.id, version: notAccepted.version, meetingId: s.meetingId })).code).toBe('conflict');
    expect(countRows(s.backend.databaseFile)).toEqual(afterRefusal);
    expect(afterRefusal.plan).toBe(rowsBefore.plan);
  });

  it('refuses a meeting of another conference and an unknown plan with not_found', async () => {
    const s = await acceptedPlan();
    const other = await call(s.dispatch, 'conference.create', makeConferenceInput({ reference: 'Toinen 2/2027' }));
    const otherMeeting = (await call(s.dispatch, 'preparation.get', { conferenceId: other.id })).meetings[0]!.id;
    const rowsBefore = countRows(s.backend.databaseFile);
    for (const input of [
      { id: s.plan.id, version: s.plan.version, meetingId: otherMeeting },
      { id: s.plan.id, version: s.plan.version, meetingId: randomUUID() },
      { id: randomUUID(), version: 1, meetingId: s.meetingId },
    ]) {
      expect((await callError(s.dispatch, 'plan.revise', input)).code).toBe('not_found');
    }
    expect(countRows(s.backend.databaseFile)).toEqual(rowsBefore);
  });
});

describe('the network and the plan', () => {
  it('refuses to remove a member who has a task, or any part, in a plan; writing nothing', async () => {
    const s = await withPlan();
    // Maija is refused first as a guardian; once she is no longer one, her part in the plan keeps her.
    await call(
      s.dispatch,
      'conference.update',
      makeUpdateInput(s.prep.conference, { guardians: [], removedGuardianIds: [s.prep.conference.guardians[0]!.id] }),
    );
    const prep = await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id });
    expect(prep.conference.guardians).toEqual([]);
    const rowsBefore = countRows(s.backend.databaseFile);
    for (const id of [s.members.aune, s.members.pentti, s.members.kaisa, s.members.maija]) {
      const version = prep.members.find((m) => m.id === id)!.version;
      const error = await callError(s.dispatch, 'network.removeMember', { id, version });
      expect(error.code).toBe('conflict');
      expect(error.message).toMatch(/plan/);
    }
    await expectNothingWritten(s, rowsBefore, prep);
  });

  it('lets a member go once the plan no longer names them', async () => {
    const s = await withPlan();
    const withoutKaisa: Partial<PlanFields> = {
      items: s.plan.items.filter((item) => item.owner.kind !== 'member' || item.owner.memberId !== s.members.kaisa),
    };
    const prep = await call(s.dispatch, 'plan.update', planUpdate(s.plan, withoutKaisa));
    const kaisa = prep.members.find((m) => m.id === s.members.kaisa)!;
    const removed = await call(s.dispatch, 'network.removeMember', { id: kaisa.id, version: kaisa.version });
    expect(removed.members.map((m) => m.name)).not.toContain('Kaisa Kuraattori');
    expect(removed.plans[0]!.items).toHaveLength(5);
  });

  it('keeps a question’s items under "other agreements" when the question is removed from the summary', async () => {
    const s = await withPlan();
    const summary = s.prep.summary;
    const prep = await call(s.dispatch, 'summary.update', {
      ...summaryUpdate(s.prep),
      openQuestions: summary.openQuestions.slice(0, 1),
      generalQuestions: summary.generalQuestions,
      mustInclude: summary.mustInclude,
      notAcceptable: summary.notAcceptable,
    });
    expect(prep.plans[0]!.items.map((item) => item.questionId)).toEqual([
      s.questions.mornings,
      s.questions.mornings,
      null,
      null,
      s.questions.help,
      null,
    ]);
  });
});
