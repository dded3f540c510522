import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/backend/api/dispatcher';
import type { MethodInput } from '../../electron/shared/api/contract';
import { planFieldsSchema } from '../../electron/shared/plan/plan.schema';
import type { NetworkMember } from '../../electron/shared/preparation/network.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import type { SettingsSection } from '../../electron/shared/settings/settings.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { makePng } from '../fixtures/document-settings';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { call, makeClock, openTestBackend } from '../helpers/backend';
import { docxText } from '../helpers/docx';
import { useTempDir } from '../helpers/temp-dir';

/*
 * A decided plan is a record (README, STYLE "decided record"): what it answered and whom
 * it named read the same, and its Word document comes out byte for byte the same, after
 * any later edit of the summary, the network, the conference or the settings. Only what
 * the paper says follows the day of printing (contact details, the letterhead) may change.
 */

const QUESTION = 'Miten Äijö pääsee kouluun ajoissa?';
const GENERAL_EDITED = 'Mitä tukea perhe pyytää palveluilta nyt?';
const MUST = 'Aikuinen on kotona iltaisin.';
const NOT_OK = 'Äijö ei jää yksin yöksi.';

async function saveSettings<S extends SettingsSection>(
  dispatch: Dispatch,
  section: S,
  value: Extract<MethodInput<'settings.update'>, { section: S }>['value'],
) {
  const settings = await call(dispatch, 'settings.get', {});
  return call(dispatch, 'settings.update', { section, version: settings.versions[section], value } as MethodInput<'settings.update'>);
}

/** `member` saved again, complete, with `changes`. */
function memberUpdate(member: NetworkMember, changes: Partial<NetworkMember>): MethodInput<'network.updateMember'> {
  const { conferenceId: _c, createdAt: _a, updatedAt: _u, ...record } = member;
  return { ...record, ...changes } as MethodInput<'network.updateMember'>;
}

/** The summary saved again, complete, with `changes`. */
function summaryUpdate(prep: Preparation, changes: Partial<MethodInput<'summary.update'>>): MethodInput<'summary.update'> {
  const { version, updatedAt: _u, ...summary } = prep.summary;
  return { conferenceId: prep.conference.id, version, ...summary, ...changes };
}

/**
 * A conference whose plan is accepted: the item answers an open question, is owned by the
 * grandmother, checked by the social worker and fulfils a "must include" line; the plan is
 * checked against a "not acceptable" line.
 */
async function decidedPlan() {
  const clock = makeClock(new Date('2027-03-04T10:00:00.000Z'));
  const backend = openTestBackend(useTempDir(), { now: clock.now });
  const { dispatch } = backend;
  await saveSettings(dispatch, 'unit', {
    name: 'Itäisen perhesosiaalityön yksikkö',
    postalAddress: 'PL 4210\n00099 Helsingin kaupunki',
    phone: '09 310 12345',
    email: '',
    logo: { mimeType: 'image/png', data: Buffer.from(makePng(240, 80)).toString('base64') },
  });
  const conference = await call(dispatch, 'conference.create', makeConferenceInput());
  const conferenceId = conference.id;
  await call(dispatch, 'network.addMember', makeMemberInput(conferenceId, { name: 'Aune Äijälä', relation: 'mummo', phone: '040 111 2222' }));
  const start = await call(dispatch, 'preparation.get', { conferenceId });
  await call(
    dispatch,
    'summary.update',
    summaryUpdate(start, { openQuestions: [{ text: QUESTION }], mustInclude: [{ text: MUST }], notAcceptable: [{ text: NOT_OK }] }),
  );
  const made = await call(dispatch, 'plan.create', { meetingId: start.meetings[0]!.id });
  const { summary } = made;
  const grandma = memberNamed(made, 'Aune Äijälä');
  const plan = made.plans[0]!;
  const question = summary.openQuestions[0]!.id;
  const general = summary.generalQuestions[0]!.id;
  const must = summary.mustInclude[0]!.id;
  const notOk = summary.notAcceptable[0]!.id;
  const decided = await call(dispatch, 'plan.update', {
    id: plan.id,
    version: plan.version,
    ...planFieldsSchema.parse({
      items: [
        {
          questionId: question,
          what: 'Mummo herättää Äijön arkiaamuisin.',
          owner: { kind: 'member', memberId: grandma.id },
          checker: { kind: 'social_worker' },
          bottomLineIds: [must],
        },
        { questionId: general, what: 'Perhetyö kotiin kahdesti viikossa.', owner: { kind: 'social_worker' } },
      ],
      followUpInvitees: [{ kind: 'member', memberId: grandma.id }],
      checkedNotAcceptableIds: [notOk],
      decision: { outcome: 'accepted', reasons: '', date: '2027-03-04' },
    }),
  });
  return { backend, dispatch, clock, conferenceId, plan: decided.plans[0]!, grandma, ids: { question, general, must, notOk } };
}

type Decided = Awaited<ReturnType<typeof decidedPlan>>;

const exportPlan = async (s: Decided) =>
  Buffer.from((await call(s.dispatch, 'documents.plan', { planId: s.plan.id, batch: randomUUID() })).bytes);

describe('a decided plan', () => {
  it('keeps its questions, bottom lines, checks, names and Word document when the summary, network, conference and settings change', async () => {
    const s = await decidedPlan();
    const before = await exportPlan(s);
    const prep = await call(s.dispatch, 'preparation.get', { conferenceId: s.conferenceId });

    // The question and the "must include" line deleted and typed again, the general question
    // and the "not acceptable" line retyped in place.
    await call(
      s.dispatch,
      'summary.update',
      summaryUpdate(prep, {
        openQuestions: [{ text: 'Miten Äijö pääsee kouluun?' }],
        generalQuestions: prep.summary.generalQuestions.map((q, i) => (i === 0 ? { id: q.id, text: GENERAL_EDITED } : q)),
        mustInclude: [{ text: 'Aikuinen on kotona illalla.' }],
        notAcceptable: [{ id: s.ids.notOk, text: 'Äijö ei jää yksin.' }],
      }),
    );
    // The grandmother renamed in the network; the child, the guardian and the social worker in the conference.
    const afterSummary = await call(s.dispatch, 'preparation.get', { conferenceId: s.conferenceId });
    await call(s.dispatch, 'network.updateMember', memberUpdate(memberNamed(afterSummary, 'Aune Äijälä'), { name: 'Aune Mäkinen', relation: 'isoäiti' }));
    const { conference } = afterSummary;
    await call(s.dispatch, 'conference.update', {
      id: conference.id,
      version: conference.version,
      phase: conference.phase as MethodInput<'conference.update'>['phase'],
      reference: conference.reference,
      children: conference.children.map((child, i) => (i === 0 ? { ...child, firstName: 'Eino' } : child)),
      guardians: conference.guardians.map((guardian) => ({ ...guardian, name: 'Maija Mäkinen' })),
      socialWorker: { ...conference.socialWorker, name: 'Sirpa Salo' },
      commissionDate: conference.commissionDate,
      meetingType: conference.meetingType,
      language: 'sv',
      notes: conference.notes,
    });
    // Settings the plan does not show.
    await saveSettings(s.dispatch, 'convener', { name: 'Riikka Salmela', title: 'Koollekutsuja', phone: '040 555 0101', email: '', hourlyRate: null });

    const after = await exportPlan(s);
    expect(after.equals(before)).toBe(true);

    const now = await call(s.dispatch, 'preparation.get', { conferenceId: s.conferenceId });
    // The changes took: the guardian is renamed in the network too.
    expect(memberNamed(now, 'Maija Mäkinen').id).toBe(conference.guardians[0]!.memberId);
    const plan = now.plans[0]!;
    expect(plan.version).toBe(s.plan.version);
    expect(plan.items.map((item) => [item.questionId, item.bottomLineIds])).toEqual([
      [s.ids.question, [s.ids.must]],
      [s.ids.general, []],
    ]);
    expect(plan.checkedNotAcceptableIds).toEqual([s.ids.notOk]);
    expect(plan.kept).toMatchObject({
      summary: {
        openQuestions: [{ id: s.ids.question, text: QUESTION }],
        generalQuestions: prep.summary.generalQuestions,
        mustInclude: [{ id: s.ids.must, text: MUST }],
        notAcceptable: [{ id: s.ids.notOk, text: NOT_OK }],
      },
      // The network as it was when the plan was decided: the guardian Maija and the grandmother.
      members: [
        { id: conference.guardians[0]!.memberId, name: 'Maija Äijälä', relation: 'huoltaja' },
        { id: s.grandma.id, name: 'Aune Äijälä', relation: 'mummo' },
      ],
      socialWorkerName: s.plan.kept?.socialWorkerName,
      language: 'fi',
    });
    expect(docxText(after)).toContain(QUESTION);
    expect(docxText(after)).toContain('Aune Äijälä');
    expect(docxText(after)).not.toContain('Aune Mäkinen');
  });

  it('follows the contact details and the letterhead of the day of printing, and says so', async () => {
    const s = await decidedPlan();
    const before = await exportPlan(s);
    expect(docxText(before)).toContain('Yhteystiedot ja kirjepohja ovat tulostuspäivän mukaiset');
    const prep = await call(s.dispatch, 'preparation.get', { conferenceId: s.conferenceId });
    await call(s.dispatch, 'network.updateMember', memberUpdate(memberNamed(prep, 'Aune Äijälä'), { phone: '050 999 8888' }));
    await saveSettings(s.dispatch, 'unit', {
      name: 'Perhekeskus Kajava',
      postalAddress: 'Kajavantie 5\n00950 Helsinki',
      phone: '09 310 99999',
      email: '',
      logo: null,
    });
    s.clock.advanceMinutes(60 * 24 * 30);
    const text = docxText(await exportPlan(s));
    expect(text).toContain('050 999 8888');
    expect(text).not.toContain('040 111 2222');
    expect(text).toContain('Perhekeskus Kajava');
    expect(text).toContain('3.4.2027');
    // The rest is as decided.
    expect(text).toContain(QUESTION);
  });

  it('starts a revision from the summary as it is now: an answer to a removed question is among the other agreements', async () => {
    const s = await decidedPlan();
    const prep = await call(s.dispatch, 'preparation.get', { conferenceId: s.conferenceId });
    await call(
      s.dispatch,
      'summary.update',
      summaryUpdate(prep, { openQuestions: [{ text: 'Miten Äijö pääsee kouluun?' }], mustInclude: [] }),
    );
    const revised = await call(s.dispatch, 'plan.revise', { id: s.plan.id, version: s.plan.version, meetingId: prep.meetings[0]!.id });
    const [first, second] = revised.plans;
    expect(first!.items[0]).toMatchObject({ questionId: s.ids.question, bottomLineIds: [s.ids.must] });
    expect(second).toMatchObject({ kept: null, decision: null });
    expect(second!.items.map((item) => [item.questionId, item.bottomLineIds])).toEqual([
      [null, []],
      [s.ids.general, []],
    ]);
    // The distribution log of the decided version is still saved as the plan stands.
    const saved = await call(s.dispatch, 'plan.update', {
      ...first!,
      recipients: [{ recipient: { kind: 'social_worker' }, sentDate: '2027-03-05', channel: 'secure_email' }],
    });
    expect(saved.plans[0]!.recipients).toHaveLength(1);
  });
});

describe('the follow-up record of a decided plan', () => {
  it('groups the reviewed items under the questions the plan answered, and names the owners as the plan did', async () => {
    const s = await decidedPlan();
    const made = await call(s.dispatch, 'followUp.create', { planId: s.plan.id, version: s.plan.version, date: '2027-06-10' });
    const meetingId = made.meetings.find((meeting) => meeting.kind === 'follow_up')!.id;
    await call(s.dispatch, 'summary.update', summaryUpdate(made, { openQuestions: [{ text: 'Miten Äijö pääsee kouluun?' }] }));
    const afterSummary = await call(s.dispatch, 'preparation.get', { conferenceId: s.conferenceId });
    await call(s.dispatch, 'network.updateMember', memberUpdate(memberNamed(afterSummary, 'Aune Äijälä'), { name: 'Aune Mäkinen' }));
    const file = await call(s.dispatch, 'documents.followUp', { meetingId, batch: randomUUID() });
    const text = docxText(file.bytes);
    expect(text).toContain(`${QUESTION}\n`);
    expect(text).not.toContain('Muut sopimukset');
    expect(text).toContain('Mummo herättää Äijön arkiaamuisin.\nAune Äijälä, mummo');
  });
});

describe('an undecided plan', () => {
  it('follows the summary: an answer to a removed question goes to the other agreements, a removed bottom line is unlinked', async () => {
    const s = await decidedPlan();
    const prep = await call(s.dispatch, 'preparation.get', { conferenceId: s.conferenceId });
    const revised = await call(s.dispatch, 'plan.revise', { id: s.plan.id, version: s.plan.version, meetingId: prep.meetings[0]!.id });
    const draft = revised.plans[1]!;
    await call(s.dispatch, 'plan.update', {
      ...draft,
      checkedNotAcceptableIds: [s.ids.notOk],
    });
    const after = await call(
      s.dispatch,
      'summary.update',
      summaryUpdate(revised, { openQuestions: [], mustInclude: [], notAcceptable: [] }),
    );
    expect(after.plans[1]!.items[0]).toMatchObject({ questionId: null, bottomLineIds: [] });
    expect(after.plans[1]!.checkedNotAcceptableIds).toEqual([]);
    expect(after.plans[0]!.items[0]).toMatchObject({ questionId: s.ids.question, bottomLineIds: [s.ids.must] });
    expect(after.plans[0]!.checkedNotAcceptableIds).toEqual([s.ids.notOk]);
  });
});
