import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../electron/shared/i18n';
import { INVENTED_IDENTITY_CODE, makeChild, makeConferenceInput, makeUpdateInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import {
  attendance,
  childHeard,
  childTakingPart,
  checklistItemRemoval,
  checklistItemUpdate,
  commissionUpdate,
  contactUpdate,
  dayUpdate,
  followUpSummaryUpdate,
  meetingUpdate,
  memberUpdate,
  planUpdate,
  review,
  summaryUpdate,
  tick,
} from '../fixtures/record-updates';
import { call, callError, countRows, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/**
 * A conference in preparation with something in every table: Maija, the guardian, is in the
 * network; Aune supports Äijö and has one contact entry, the family has another, the
 * commission names Äijö and Maija, the
 * meeting has a date and an interpreter, one checklist item is ticked and one added, an hour
 * of work is logged and a travel cost tied to the meeting; on the day the information part ran, Aune came and Äijö was heard with his Three Houses;
 * the plan gives Pentti a task answering the summary's question and meeting its bottom line;
 * it was accepted and is followed up at a follow-up meeting (a summary question, one item
 * reviewed), where its version 2 is being made.
 */
async function preparedConference() {
  const backend = openTestBackend(useTempDir());
  const { dispatch } = backend;
  const conference = await call(dispatch, 'conference.create', makeConferenceInput());
  const [aijo, sanni] = conference.children;
  const [maija] = conference.guardians;
  await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { supportForChildIds: [aijo!.id] }));
  let prep = await call(
    dispatch,
    'network.addMember',
    makeMemberInput(conference.id, { name: 'Pentti Öhman', relation: 'naapuri', sector: 'friends' }),
  );
  const aune = memberNamed(prep, 'Aune Äijälä');
  const pentti = memberNamed(prep, 'Pentti Öhman');
  await call(dispatch, 'contact.add', {
    conferenceId: conference.id,
    memberId: aune.id,
    date: '2027-01-13',
    channel: 'phone',
    discussed: 'Kutsu neuvonpitoon.',
  });
  await call(dispatch, 'contact.add', {
    conferenceId: conference.id,
    date: '2027-01-12',
    channel: 'meeting',
    discussed: 'Ensitapaaminen.',
  });
  prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
  await call(dispatch, 'network.updateChild', childTakingPart(prep, aijo!.id, { participation: 'present' }));
  const meeting = prep.meetings[0]!;
  await call(dispatch, 'meeting.update', meetingUpdate(meeting, { date: '2027-02-24', interpreters: [{ language: 'somali' }] }));
  await call(dispatch, 'checklist.setDone', tick(meeting, 'materials', '2027-01-20'));
  await call(dispatch, 'checklist.addItem', { meetingId: meeting.id, text: 'Varaa pysäköintilupa' });
  // An hour of working time, and the convener's travel to the meeting.
  await call(dispatch, 'work.add', { conferenceId: conference.id, date: '2027-01-14', minutes: '1 h', activity: 'documents' });
  await call(dispatch, 'cost.add', { conferenceId: conference.id, date: '2027-02-24', kind: 'travel', what: 'Matka 32 km', amount: '15,36', meetingId: meeting.id });
  // Aune's letter: a row in the letters log.
  await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: aune.id } });
  const summary = await call(
    dispatch,
    'summary.update',
    summaryUpdate(prep, {
      openQuestions: [{ text: 'Miten aamut sujuvat?' }],
      mustInclude: [{ text: 'Koulumatkat turvattu' }],
      notAcceptable: [{ text: 'Lapset eivät jää yksin' }],
    }),
  );
  await call(dispatch, 'meetingDay.update', dayUpdate(meeting, { questionsPresented: true }));
  await call(dispatch, 'meetingDay.timer', { meetingId: meeting.id, part: 'information', action: 'start' });
  await call(dispatch, 'meetingDay.timer', { meetingId: meeting.id, part: 'information', action: 'end' });
  await call(dispatch, 'meetingDay.setAttendance', attendance(meeting, aune.id, { presence: 'in_person' }));
  await call(
    dispatch,
    'meetingDay.setChild',
    childHeard(meeting, aijo!.id, { heard: 'present', threeHouses: { worries: 'Aamut', goodThings: 'Mummo', dreams: 'Koira' } }),
  );
  // The plan names Pentti and the social worker, not Aune: removing Aune stays possible.
  const created = await call(dispatch, 'plan.create', { meetingId: meeting.id });
  const neighbour = { kind: 'member' as const, memberId: pentti.id };
  await call(
    dispatch,
    'plan.update',
    planUpdate(created.plans[0]!, {
      items: [
        {
          questionId: summary.summary.openQuestions[0]!.id,
          what: 'Pentti saattaa lapset kouluun.',
          owner: neighbour,
          fromDate: null,
          byDate: null,
          followUp: '',
          checker: null,
          bottomLineIds: [summary.summary.mustInclude[0]!.id],
        },
      ],
      services: [{ worker: { kind: 'social_worker' }, what: 'Perhetyö' }],
      recipients: [{ recipient: neighbour, sentDate: null, channel: 'by_hand' }],
      followUpInvitees: [neighbour],
      dissents: [{ person: neighbour, text: 'Kerran viikossa riittää.' }],
      checkedNotAcceptableIds: [summary.summary.notAcceptable[0]!.id],
      decision: { outcome: 'accepted', reasons: '', date: '2027-02-24' },
    }),
  );
  // The accepted plan is followed up: a summary with a question, a review, and version 2 made there.
  const followed = await call(dispatch, 'followUp.create', { planId: created.plans[0]!.id, version: 2, date: null });
  const followUp = followed.followUps[0]!;
  const followUpId = followUp.meetingId;
  // Pentti, whom the plan invites, replies to the follow-up.
  await call(dispatch, 'meeting.setReply', { meetingId: followUpId, memberId: pentti!.id, version: 1, reply: 'remote' });
  await call(
    dispatch,
    'followUp.updateSummary',
    followUpSummaryUpdate(followUp, { worked: 'Aamut sujuvat.', questions: [{ text: 'Tarvitaanko saattamista enää?' }] }),
  );
  await call(dispatch, 'followUp.reviewItem', review(followUp, followed.plans[0]!.items[0]!.id, 'done'));
  const revised = await call(dispatch, 'plan.revise', { id: created.plans[0]!.id, version: 2, meetingId: followUpId });
  // Version 2 is accepted too: the list below can then revise the latest version.
  await call(
    dispatch,
    'plan.update',
    planUpdate(revised.plans[1]!, { decision: { outcome: 'accepted', reasons: '', date: '2027-06-04' } }),
  );
  // Three feedback forms returned at the conference's meeting (issue 15).
  await call(dispatch, 'feedback.save', {
    meetingId: meeting.id,
    version: 1,
    responses: [
      { group: 'parents', satisfaction: 8, heard: 'yes', planHelps: 'partly' },
      { group: 'child', satisfaction: 10, heard: 'yes', planHelps: 'yes' },
      { group: 'workers', satisfaction: null, heard: null, planHelps: 'yes' },
    ],
  });
  prep = await call(
    dispatch,
    'commission.update',
    commissionUpdate(prep, { guardianIds: [maija!.id], childIds: [aijo!.id], concerns: [{ text: 'Aamut' }] }),
  );
  return {
    backend,
    dispatch,
    conference: prep.conference,
    prep,
    aijo: aijo!,
    sanni: sanni!,
    aune,
    pentti,
  };
}

type Setup = Awaited<ReturnType<typeof preparedConference>>;



/** Every mutation of the preparation, valid for `setup` as it stands. */
function everyMutation(s: Setup): [string, unknown][] {
  const { conference, prep, aune } = s;
  const contact = prep.contacts[0]!;
  const meeting = prep.meetings[0]!;
  const item = meeting.checklist.custom[0]!;
  const plan = prep.plans.at(-1)!;
  const followUp = prep.followUps[0]!;
  return [
    ['commission.update', commissionUpdate(prep, { notes: 'Muutos' })],
    ['network.addMember', makeMemberInput(conference.id, { name: 'Uusi Jäsen' })],
    ['network.updateMember', memberUpdate(aune, { reply: 'coming' })],
    ['network.removeMember', { id: aune.id, version: aune.version }],
    ['network.updateChild', childTakingPart(prep, s.sanni.id, { participation: 'letter' })],
    [
      'contact.add',
      { conferenceId: conference.id, date: '2027-01-14', channel: 'email', discussed: 'Sähköposti perheelle.' },
    ],
    ['contact.update', contactUpdate(contact, { discussed: 'Muutettu.' })],
    ['contact.remove', { id: contact.id, version: contact.version }],
    ['summary.update', summaryUpdate(prep, { text: 'Yhteenveto.' })],
    ['meeting.update', meetingUpdate(meeting, { date: '2027-03-03' })],
    ['checklist.setDone', tick(meeting, 'invitations', '2027-02-01')],
    ['checklist.addItem', { meetingId: meeting.id, text: 'Tulosta kysymykset' }],
    ['checklist.updateItem', checklistItemUpdate(meeting, item.id, { text: 'Varaa kaksi pysäköintilupaa' })],
    ['checklist.removeItem', checklistItemRemoval(meeting, item.id)],
    ['meetingDay.update', dayUpdate(meeting, { socialWorkerPresent: false })],
    ['meetingDay.timer', { meetingId: meeting.id, part: 'private_time', action: 'start' }],
    ['meetingDay.setAttendance', attendance(meeting, s.pentti.id, { presence: 'remote' })],
    [
      'meetingDay.addPerson',
      { meetingId: meeting.id, name: 'Matti Öhman', relation: 'eno', sector: 'relatives', presence: 'in_person' },
    ],
    ['meetingDay.setChild', childHeard(meeting, s.sanni.id, { heard: 'letter' })],
    // The latest version is accepted: only its distribution log is still filled in.
    ['plan.update', planUpdate(plan, { recipients: [{ recipient: { kind: 'social_worker' }, sentDate: '2027-06-05', channel: 'post' }] })],
    ['plan.revise', { id: plan.id, version: plan.version, meetingId: meeting.id }],
    ['meeting.setReply', { meetingId: followUp.meetingId, memberId: s.pentti.id, version: 2, reply: 'maybe' }],
    ['followUp.updateSummary', followUpSummaryUpdate(followUp, { toRefine: 'Saattaminen.' })],
    ['followUp.reviewItem', review(followUp, prep.plans[0]!.items[0]!.id, 'partly', 'Osin.')],
    [
      'followUp.setOutcome',
      {
        meetingId: followUp.meetingId,
        version: followUp.version,
        outcome: 'another_follow_up',
        nextDate: '2027-09-01',
        closeReason: null,
        closeText: '',
        acceptUnreviewed: true,
      },
    ],
  ];
}

async function expectUnchanged(s: Setup, rowsBefore: ReturnType<typeof countRows>) {
  expect(countRows(s.backend.databaseFile)).toEqual(rowsBefore);
  expect(await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id })).toEqual(s.prep);
}

describe('the prepared conference used below', () => {
  it('has a row in every preparation table', async () => {
    const s = await preparedConference();
    const rows = countRows(s.backend.databaseFile);
    // The app-wide tables: the settings, and the anonymous counts of deleted conferences.
    const appWide = ['setting', 'conference_statistics', 'statistics_record'];
    // A network-mapping meeting's day, which a conference's never has (mapping-day-api.test.ts).
    const mappingDay = ['meeting_turn', 'meeting_flip_chart', 'meeting_flip_chart_line'];
    for (const [table, count] of Object.entries(rows)) {
      if (!appWide.includes(table) && !mappingDay.includes(table)) expect(count, table).toBeGreaterThan(0);
    }
  });

  it('accepts every mutation of the list, so the refusals below are about what they test', async () => {
    const methods = everyMutation(await preparedConference()).map(([method]) => method);
    expect(methods).toHaveLength(25);
    // Each on a fresh conference: a removal must not hide the next update's success.
    for (const method of methods) {
      const s = await preparedConference();
      const [, input] = everyMutation(s).find(([m]) => m === method)!;
      const result = await s.dispatch(method, input);
      expect(result.ok, `${method}: ${JSON.stringify(result)}`).toBe(true);
    }
    // 25 conferences prepared one after another: slow on a busy two-core machine.
  }, 30_000);
});

describe('invalid input is refused with the field and writes nothing', () => {
  const cases: [string, (s: Setup) => [string, unknown], (string | number)[], string][] = [
    [
      'a member given a role without an invitation',
      (s) => ['network.addMember', makeMemberInput(s.conference.id, { invite: 'undecided', takesNotes: true })],
      ['invite'],
      'validation.roleNeedsInvite',
    ],
    [
      'an identity code in a member’s notes',
      (s) => ['network.updateMember', memberUpdate(s.aune, { notes: `Hetu ${INVENTED_IDENTITY_CODE}` })],
      ['notes'],
      'validation.identityCode',
    ],
    [
      'a guardian of another conference in the commission',
      (s) => ['commission.update', commissionUpdate(s.prep, { guardianIds: [randomUUID()] })],
      ['guardianIds'],
      'validation.invalid',
    ],
    [
      'a child of another conference in the commission',
      (s) => ['commission.update', commissionUpdate(s.prep, { childIds: [s.aijo.id, randomUUID()] })],
      ['childIds'],
      'validation.invalid',
    ],
    [
      'a support person for a child of another conference',
      (s) => ['network.addMember', makeMemberInput(s.conference.id, { supportForChildIds: [randomUUID()] })],
      ['supportForChildIds'],
      'validation.childUnknown',
    ],
    [
      'a second support person for a child',
      (s) => ['network.updateMember', memberUpdate(s.pentti, { supportForChildIds: [s.sanni.id, s.aijo.id] })],
      ['supportForChildIds'],
      'validation.supportTaken',
    ],
    [
      'a contact with a member who is not in the network',
      (s) => [
        'contact.add',
        { conferenceId: s.conference.id, memberId: randomUUID(), date: '2027-01-14', channel: 'phone', discussed: 'x' },
      ],
      ['memberId'],
      'validation.invalid',
    ],
    [
      'a contact without what was discussed',
      (s) => ['contact.update', { ...s.prep.contacts[0]!, discussed: '  ' }],
      ['discussed'],
      'validation.required',
    ],
    [
      'a summary received before it was requested',
      (s) => [
        'summary.update',
        summaryUpdate(s.prep, { requestedDate: '2027-01-20', receivedDate: '2027-01-19' }),
      ],
      ['receivedDate'],
      'validation.receivedBeforeRequested',
    ],
    [
      'an empty open question',
      (s) => ['summary.update', summaryUpdate(s.prep, { openQuestions: [{ text: '' }] })],
      ['openQuestions', 0, 'text'],
      'validation.required',
    ],
  ];

  it.each(cases)('refuses %s', async (_label, make, path, message) => {
    const s = await preparedConference();
    const rowsBefore = countRows(s.backend.databaseFile);
    const [method, input] = make(s);
    const error = await callError(s.dispatch, method, input);
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toContainEqual({ path, message });
    for (const issue of error.issues ?? []) expect(isMessageKey(issue.message), issue.message).toBe(true);
    await expectUnchanged(s, rowsBefore);
  });

  it('refuses a contact, new or edited, with a member of another conference', async () => {
    const s = await preparedConference();
    const other = await call(s.dispatch, 'conference.create', makeConferenceInput({ reference: 'Toinen 2/2027' }));
    const elsewhere = await call(s.dispatch, 'network.addMember', makeMemberInput(other.id, { name: 'Muu Henkilö' }));
    const memberId = memberNamed(elsewhere, 'Muu Henkilö').id;
    const rowsBefore = countRows(s.backend.databaseFile);
    const added = await callError(s.dispatch, 'contact.add', {
      conferenceId: s.conference.id,
      memberId,
      date: '2027-01-14',
      channel: 'phone',
      discussed: 'Väärä neuvonpito.',
    });
    const updated = await callError(s.dispatch, 'contact.update', { ...s.prep.contacts[0]!, memberId });
    for (const error of [added, updated]) {
      expect(error).toMatchObject({
        code: 'invalid_input',
        issues: [{ path: ['memberId'], message: 'validation.invalid' }],
      });
    }
    await expectUnchanged(s, rowsBefore);
  });
});

describe('stale versions', () => {
  it.each([
    'commission.update',
    'network.updateMember',
    'network.removeMember',
    'contact.update',
    'contact.remove',
    'summary.update',
    'meeting.update',
    'meetingDay.update',
    'plan.update',
    'plan.revise',
    'meeting.setReply',
    'followUp.updateSummary',
    'followUp.setOutcome',
  ])('are refused by %s with conflict, writing nothing', async (method) => {
    const s = await preparedConference();
    const [, input] = everyMutation(s).find(([m]) => m === method)!;
    const staleInput = { ...(input as object), version: 7 };
    const rowsBefore = countRows(s.backend.databaseFile);
    expect((await callError(s.dispatch, method, staleInput)).code).toBe('conflict');
    await expectUnchanged(s, rowsBefore);
  });

  it('refuse the second of two edits made from the same copy', async () => {
    const s = await preparedConference();
    await call(s.dispatch, 'network.updateMember', memberUpdate(s.aune, { reply: 'coming' }));
    const error = await callError(s.dispatch, 'network.updateMember', memberUpdate(s.aune, { reply: 'not_coming' }));
    expect(error.code).toBe('conflict');
    const prep = await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id });
    expect(memberNamed(prep, 'Aune Äijälä')).toMatchObject({ reply: 'coming', version: 2 });
  });
});

describe('a closed conference is read-only', () => {
  it('refuses every preparation change with conflict and writes nothing, but can be read', async () => {
    const s = await preparedConference();
    const { id, version } = s.conference;
    await call(s.dispatch, 'conference.close', { id, version, reason: 'plan_made', text: '' });
    const closedPrep = await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id });
    expect(closedPrep.conference.closure).toMatchObject({ reason: 'plan_made' });
    const closed = { ...s, prep: closedPrep };
    const rowsBefore = countRows(s.backend.databaseFile);
    for (const [method, input] of everyMutation(s)) {
      const error = await callError(s.dispatch, method, input);
      expect(error.code, method).toBe('conflict');
    }
    await expectUnchanged(closed, rowsBefore);

    // Reopened, it can be edited again.
    await call(s.dispatch, 'conference.reopen', { id: s.conference.id, version: closedPrep.conference.version });
    const [method, input] = everyMutation(s)[0]!;
    expect((await s.dispatch(method, input)).ok).toBe(true);
  });
});

describe('unknown ids', () => {
  it('are not_found for the conference, member, contact, child, meeting and checklist item', async () => {
    const s = await preparedConference();
    const rowsBefore = countRows(s.backend.databaseFile);
    const unknown = randomUUID();
    const other = await call(s.dispatch, 'conference.create', makeConferenceInput({ reference: 'Toinen 2/2027' }));
    const refusals: [string, unknown][] = [
      ['preparation.get', { conferenceId: unknown }],
      ['commission.update', { ...commissionUpdate(s.prep), conferenceId: unknown }],
      ['summary.update', { ...summaryUpdate(s.prep), conferenceId: unknown }],
      ['network.addMember', makeMemberInput(unknown)],
      ['network.updateMember', memberUpdate(s.aune, { id: unknown })],
      ['network.removeMember', { id: unknown, version: 1 }],
      ['network.updateChild', childTakingPart(s.prep, unknown, { participation: 'present' })],
      // A child of another conference is not this conference's child.
      ['network.updateChild', childTakingPart(s.prep, other.children[0]!.id, { participation: 'present' })],
      ['contact.add', { conferenceId: unknown, date: '2027-01-14', channel: 'phone', discussed: 'x' }],
      ['contact.update', contactUpdate(s.prep.contacts[0]!, { id: unknown })],
      ['contact.remove', { id: unknown, version: 1 }],
      ['meeting.update', meetingUpdate(s.prep.meetings[0]!, { id: unknown })],
      ['checklist.setDone', { meetingId: unknown, key: 'venue', version: 1, doneDate: '2027-02-01' }],
      ['checklist.addItem', { meetingId: unknown, text: 'x' }],
      ['checklist.updateItem', { meetingId: s.prep.meetings[0]!.id, id: unknown, version: 1, text: 'x', dueDate: null }],
      ['checklist.removeItem', { meetingId: s.prep.meetings[0]!.id, id: unknown, version: 1 }],
      ['meetingDay.update', { ...dayUpdate(s.prep.meetings[0]!), meetingId: unknown }],
      ['meetingDay.timer', { meetingId: unknown, part: 'information', action: 'start' }],
      ['meetingDay.setAttendance', { ...attendance(s.prep.meetings[0]!, s.aune.id, { presence: 'in_person' }), meetingId: unknown }],
      ['meetingDay.setAttendance', attendance(s.prep.meetings[0]!, unknown, { presence: 'in_person' })],
      [
        'meetingDay.addPerson',
        { meetingId: unknown, name: 'Matti', relation: 'eno', sector: 'relatives', presence: 'in_person' },
      ],
      ['meetingDay.setChild', { ...childHeard(s.prep.meetings[0]!, s.aijo.id, { heard: 'present' }), meetingId: unknown }],
      ['meetingDay.setChild', childHeard(s.prep.meetings[0]!, unknown, { heard: 'present' })],
      // A child of another conference was not heard at this conference's meeting.
      ['meetingDay.setChild', childHeard(s.prep.meetings[0]!, other.children[0]!.id, { heard: 'present' })],
      ['plan.create', { meetingId: unknown }],
      ['plan.update', planUpdate(s.prep.plans.at(-1)!, { id: unknown })],
      ['plan.revise', { id: unknown, version: 1, meetingId: s.prep.meetings[0]!.id }],
      ['plan.revise', { id: s.prep.plans.at(-1)!.id, version: s.prep.plans.at(-1)!.version, meetingId: unknown }],
      ['followUp.create', { planId: unknown, version: 1 }],
      ['followUp.updateSummary', followUpSummaryUpdate(s.prep.followUps[0]!, { meetingId: unknown })],
      ['followUp.reviewItem', { ...review(s.prep.followUps[0]!, s.prep.plans[0]!.items[0]!.id, 'done'), meetingId: unknown }],
      [
        'followUp.setOutcome',
        { meetingId: unknown, version: 1, outcome: 'close', nextDate: null, closeReason: 'plan_made', closeText: '' },
      ],
    ];
    for (const [method, input] of refusals) {
      expect((await callError(s.dispatch, method, input)).code, method).toBe('not_found');
    }
    expect(countRows(s.backend.databaseFile)).toEqual({
      ...rowsBefore,
      conference: rowsBefore.conference + 1,
      conference_child: rowsBefore.conference_child + 2,
      conference_guardian: rowsBefore.conference_guardian + 1,
      // The other conference's guardian, in its network.
      network_member: rowsBefore.network_member + 1,
      commission: rowsBefore.commission + 1,
      summary: rowsBefore.summary + 1,
      summary_item: rowsBefore.summary_item + 5,
      meeting: rowsBefore.meeting + 1,
    });
  });
});

describe('support persons', () => {
  it('a member may support several children; a child only one member', async () => {
    const s = await preparedConference();
    const both = await call(
      s.dispatch,
      'network.updateMember',
      memberUpdate(s.aune, { supportForChildIds: [s.sanni.id, s.aijo.id] }),
    );
    // Kept in the conference's order of the children.
    expect(memberNamed(both, 'Aune Äijälä').supportForChildIds).toEqual([s.aijo.id, s.sanni.id]);

    const taken = await callError(
      s.dispatch,
      'network.addMember',
      makeMemberInput(s.conference.id, { name: 'Toinen Avustaja', supportForChildIds: [s.sanni.id] }),
    );
    expect(taken).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['supportForChildIds'], message: 'validation.supportTaken' }],
    });

    // Freed by Aune, Sanni can have Pentti.
    const aune = memberNamed(both, 'Aune Äijälä');
    await call(s.dispatch, 'network.updateMember', memberUpdate(aune, { supportForChildIds: [s.aijo.id] }));
    const pentti = await call(
      s.dispatch,
      'network.updateMember',
      memberUpdate(s.pentti, { supportForChildIds: [s.sanni.id] }),
    );
    expect(pentti.members.map((m) => [m.name, m.supportForChildIds])).toEqual([
      ['Maija Äijälä', []],
      ['Aune Äijälä', [s.aijo.id]],
      ['Pentti Öhman', [s.sanni.id]],
    ]);
  });
});

describe('removing people', () => {
  it('removing a member removes their support role and contact entries, not the family’s contacts', async () => {
    const s = await preparedConference();
    const rowsBefore = countRows(s.backend.databaseFile);
    const prep = await call(s.dispatch, 'network.removeMember', { id: s.aune.id, version: s.aune.version });
    expect(prep.members.map((m) => m.name)).toEqual(['Maija Äijälä', 'Pentti Öhman']);
    expect(prep.contacts.map((c) => c.discussed)).toEqual(['Ensitapaaminen.']);
    expect(countRows(s.backend.databaseFile)).toMatchObject({
      network_member: rowsBefore.network_member - 1,
      support_person: rowsBefore.support_person - 1,
      contact_entry: rowsBefore.contact_entry - 1,
    });
    // Äijö has no support person now: Pentti may become one.
    const pentti = await call(
      s.dispatch,
      'network.updateMember',
      memberUpdate(s.pentti, { supportForChildIds: [s.aijo.id] }),
    );
    expect(memberNamed(pentti, 'Pentti Öhman').supportForChildIds).toEqual([s.aijo.id]);
  });

  it('refuses to remove a guardian from the network, with conflict, writing nothing: she stops being a guardian on the conference form', async () => {
    const s = await preparedConference();
    const maija = memberNamed(s.prep, 'Maija Äijälä');
    expect(s.conference.guardians.map((g) => g.memberId)).toEqual([maija.id]);
    const rowsBefore = countRows(s.backend.databaseFile);
    const error = await callError(s.dispatch, 'network.removeMember', { id: maija.id, version: maija.version });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('Maija Äijälä');
    expect(error.message).toMatch(/guardian/);
    await expectUnchanged(s, rowsBefore);
  });

  it('removing a child or guardian from the conference removes what the preparation held about them', async () => {
    const s = await preparedConference();
    const rowsBefore = countRows(s.backend.databaseFile);
    const updated = await call(
      s.dispatch,
      'conference.update',
      makeUpdateInput(s.conference, {
        children: [s.sanni, makeChild({ firstName: 'Cabdi' })],
        guardians: [],
        removedChildIds: s.conference.children.filter((c) => c.id !== s.sanni.id).map((c) => c.id),
        removedGuardianIds: s.conference.guardians.map((g) => g.id),
      }),
    );
    const prep = await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id });
    expect(prep.conference).toEqual(updated);
    expect(prep.children).toEqual([
      { childId: s.sanni.id, participation: 'undecided', note: '', version: 1 },
      { childId: updated.children[1]!.id, participation: 'undecided', note: '', version: 1 },
    ]);
    expect(memberNamed(prep, 'Aune Äijälä').supportForChildIds).toEqual([]);
    expect(prep.commission).toMatchObject({ guardianIds: [], childIds: [], concerns: [{ text: 'Aamut' }] });
    // No longer a guardian, Maija is still a person of the network.
    expect(prep.members.map((m) => m.name)).toEqual(['Maija Äijälä', 'Aune Äijälä', 'Pentti Öhman']);
    expect(countRows(s.backend.databaseFile)).toMatchObject({
      child_participation: rowsBefore.child_participation - 1,
      support_person: rowsBefore.support_person - 1,
      commission_child: rowsBefore.commission_child - 1,
      commission_guardian: rowsBefore.commission_guardian - 1,
      network_member: rowsBefore.network_member,
      contact_entry: rowsBefore.contact_entry,
    });
  });
});
