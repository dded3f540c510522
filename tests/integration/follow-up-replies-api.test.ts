import { describe, expect, it } from 'vitest';
import { meetingAttendance, meetingChecklist } from '../../electron/shared/arrangements/meetings';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { DEFAULT_CHECKLIST } from '../../electron/shared/settings/settings.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { meetingUpdate, planUpdate } from '../fixtures/record-updates';
import { call, callError, countRows, makeClock, openTestBackend } from '../helpers/backend';
import { docxText } from '../helpers/docx';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Issue 13 §6 through the API: a follow-up meeting's replies are its own. The headcount,
 * the diets, the interpreter need, the participant list and who still needs a letter follow
 * them; the conference's replies stay as they were.
 */

const member = (memberId: string) => ({ kind: 'member' as const, memberId });

/**
 * A conference where Aune came (gluten-free), Pentti took part remotely and Cawo (Somali,
 * interpreter) did not come; the accepted plan invites the three of them and the social
 * worker to the follow-up, not Jussi. The follow-up is arranged for 9.6.2027.
 */
async function followUpCase() {
  const clock = makeClock(new Date('2027-02-24T11:00:00.000Z'));
  const backend = openTestBackend(useTempDir(), { now: clock.now });
  const { dispatch } = backend;
  const conference = await call(dispatch, 'conference.create', makeConferenceInput());
  const add = (overrides: Parameters<typeof makeMemberInput>[1]) => call(dispatch, 'network.addMember', makeMemberInput(conference.id, overrides));
  await add({ name: 'Aune Äijälä', reply: 'coming', diet: 'gluteeniton' });
  await add({ name: 'Pentti Öhman', relation: 'naapuri', sector: 'friends', reply: 'remote' });
  await add({ name: 'Cawo Maxamed Xuseen', relation: 'täti', reply: 'not_coming', language: 'other', otherLanguage: 'somali', interpreterNeeded: true });
  const withMembers = await add({ name: 'Jussi Järvi', relation: 'kummi', reply: 'coming' });
  const [aune, pentti, cawo, jussi] = ['Aune Äijälä', 'Pentti Öhman', 'Cawo Maxamed Xuseen', 'Jussi Järvi'].map((name) => memberNamed(withMembers, name).id) as [
    string,
    string,
    string,
    string,
  ];
  const conferenceMeeting = withMembers.meetings[0]!;
  const created = await call(dispatch, 'plan.create', { meetingId: conferenceMeeting.id });
  const planned = await call(
    dispatch,
    'plan.update',
    planUpdate(created.plans[0]!, {
      items: [{ what: 'Mummo herättää lapset koulupäivinä.', owner: member(aune) }],
      followUpDate: '2027-06-09',
      followUpInvitees: [member(aune), member(pentti), member(cawo), { kind: 'social_worker' }],
      decision: { outcome: 'accepted', reasons: '', date: '2027-02-24' },
    }),
  );
  const plan = planned.plans[0]!;
  clock.advanceMinutes(60 * 24 * 60);
  const made = await call(dispatch, 'followUp.create', { planId: plan.id, version: plan.version });
  const followUp = made.meetings[1]!;
  const prep = await call(
    dispatch,
    'meeting.update',
    meetingUpdate(followUp, { startTime: '13:00', endTime: '15:00', venue: { name: 'Perhekeskus Kajava' }, invitation: { replyBy: '2027-05-26' } }),
  );
  return { backend, dispatch, conference, prep, followUpId: followUp.id, conferenceMeetingId: conferenceMeeting.id, aune, pentti, cawo, jussi };
}

const meetingOf = (prep: Preparation, id: string) => prep.meetings.find((m) => m.id === id)!;
const names = (people: { name: string }[]) => people.map((p) => p.name);

describe('meeting.setReply', () => {
  it('makes the follow-up’s headcount, diets, interpreter need and participant list follow its own replies', async () => {
    const s = await followUpCase();
    // Nobody has replied to the follow-up yet: only the social worker and the convener are counted.
    let attendance = meetingAttendance(s.prep, meetingOf(s.prep, s.followUpId));
    expect(attendance.headcount).toBe(2);
    expect(attendance.comingInPerson).toEqual([]);

    await call(s.dispatch, 'meeting.setReply', { meetingId: s.followUpId, memberId: s.aune, version: 1, reply: 'coming' });
    await call(s.dispatch, 'meeting.setReply', { meetingId: s.followUpId, memberId: s.cawo, version: 1, reply: 'coming' });
    const prep = await call(s.dispatch, 'meeting.setReply', { meetingId: s.followUpId, memberId: s.pentti, version: 1, reply: 'not_coming' });
    const followUp = meetingOf(prep, s.followUpId);
    expect(followUp.replies).toEqual([
      { memberId: s.aune, reply: 'coming', version: 2 },
      { memberId: s.pentti, reply: 'not_coming', version: 2 },
      { memberId: s.cawo, reply: 'coming', version: 2 },
    ]);
    // A reply has its own version: an arrangements form open on the meeting is not made stale.
    expect(followUp.version).toBe(s.prep.meetings[1]!.version);

    attendance = meetingAttendance(prep, followUp);
    expect(names(attendance.comingInPerson)).toEqual(['Aune Äijälä', 'Cawo Maxamed Xuseen']);
    expect(attendance.remote).toEqual([]);
    expect(attendance.headcount).toBe(4);
    expect(attendance.diets).toEqual([{ key: 'gluteeniton', names: ['Aune Äijälä'] }]);
    // Cawo did not come to the conference, but comes to the follow-up: a Somali interpreter is needed.
    expect(attendance.interpreterNeeds).toEqual([{ key: 'somali', names: ['Cawo Maxamed Xuseen'] }]);

    const list = docxText((await call(s.dispatch, 'documents.participants', { meetingId: s.followUpId })).bytes);
    expect(list).toContain('Kutsuttu 3: tulossa 2, etänä 0, ehkä 0, ei tule 1, ei vielä vastannut 0.');
    expect(list).not.toContain('Jussi Järvi');

    // The conference's replies are where they were (the guardian Maija was never asked).
    expect(prep.members.map((m) => [m.name, m.reply])).toEqual([
      ['Maija Äijälä', 'not_asked'],
      ['Aune Äijälä', 'coming'],
      ['Pentti Öhman', 'remote'],
      ['Cawo Maxamed Xuseen', 'not_coming'],
      ['Jussi Järvi', 'coming'],
    ]);
    expect(names(meetingAttendance(prep, prep.meetings[0]!).comingInPerson)).toEqual(['Aune Äijälä', 'Jussi Järvi']);
  });

  it('leaves someone not coming to the follow-up out of the letters and calls it waits for', async () => {
    const s = await followUpCase();
    await call(s.dispatch, 'meeting.setReply', { meetingId: s.followUpId, memberId: s.pentti, version: 1, reply: 'not_coming' });
    for (const memberId of [s.aune, s.cawo]) {
      await call(s.dispatch, 'documents.invitation', { meetingId: s.followUpId, recipient: { kind: 'member', memberId } });
    }
    const prep = await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id });
    const invitations = () =>
      meetingChecklist(prep, meetingOf(prep, s.followUpId), DEFAULT_CHECKLIST, '2027-04-25').find((entry) => entry.key === 'invitations')!;
    expect(invitations()).toMatchObject({ status: 'done', source: 'letters' });

    // Pentti changes his mind: his letter is needed again.
    const changed = await call(s.dispatch, 'meeting.setReply', { meetingId: s.followUpId, memberId: s.pentti, version: 2, reply: 'remote' });
    const entry = meetingChecklist(changed, meetingOf(changed, s.followUpId), DEFAULT_CHECKLIST, '2027-04-25').find((e) => e.key === 'invitations')!;
    expect(entry.status).not.toBe('done');
  });

  it('refuses a stale reply, a reply of someone the follow-up does not invite, and a reply to the conference, writing nothing', async () => {
    const s = await followUpCase();
    await call(s.dispatch, 'meeting.setReply', { meetingId: s.followUpId, memberId: s.aune, version: 1, reply: 'maybe' });
    const prep = await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id });
    const rows = countRows(s.backend.databaseFile);

    const stale = await callError(s.dispatch, 'meeting.setReply', { meetingId: s.followUpId, memberId: s.aune, version: 1, reply: 'coming' });
    expect(stale.code).toBe('conflict');

    const notInvited = await callError(s.dispatch, 'meeting.setReply', { meetingId: s.followUpId, memberId: s.jussi, version: 1, reply: 'coming' });
    expect(notInvited).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['memberId'], message: 'arrangements.replies.error.notInvited' }],
    });
    const conference = await callError(s.dispatch, 'meeting.setReply', {
      meetingId: s.conferenceMeetingId,
      memberId: s.aune,
      version: 1,
      reply: 'coming',
    });
    expect(conference).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['meetingId'], message: 'arrangements.replies.error.conference' }],
    });
    const unknown = await callError(s.dispatch, 'meeting.setReply', {
      meetingId: '66666666-6666-4666-8666-666666666699',
      memberId: s.aune,
      version: 1,
      reply: 'coming',
    });
    expect(unknown.code).toBe('not_found');
    const badReply = await callError(s.dispatch, 'meeting.setReply', { meetingId: s.followUpId, memberId: s.aune, version: 2, reply: 'perhaps' });
    expect(badReply.code).toBe('invalid_input');

    expect(countRows(s.backend.databaseFile)).toEqual(rows);
    expect(await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id })).toEqual(prep);
  });
});
