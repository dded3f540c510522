import type { Server } from 'node:http';
import type { Dispatch } from '../../electron/backend/api/dispatcher';
import { createWebHost } from '../../electron/backend/web/web-host';
import { meetingInvitees } from '../../electron/shared/arrangements/meetings';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { planItemSchema } from '../../electron/shared/plan/plan.schema';
import { call } from './backend';
import { fillEveryField } from './e2e-every-field';
import { makeConferenceInput } from '../fixtures/conference';

/*
 * A database with a whole cycle in it, for the export round trip: two conferences filled
 * through every form (tests/helpers/e2e-every-field.ts) over an in-process web host, then
 * what that leaves empty: a child's participation and support person, the commission's
 * parties, a ticked checklist item, working time (an entry and a contact's length) and a travel cost, the day's clock, a reply to the follow-up, and a revised plan with its bottom
 * lines, recipients and checks; and a network-mapping meeting with its turns to speak and its
 * flip chart. Every person is invented.
 */

/** `fillEveryField` needs a web host: the same dispatcher over HTTP, in this process. */
async function withHost<T>(dispatch: Dispatch, work: (host: { url: string; origin: string; token: string; stop(): Promise<void> }) => Promise<T>): Promise<T> {
  const token = 'transfer-test-token';
  const server: Server = createWebHost({ dispatch, rendererDir: '/nonexistent', token });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  try {
    return await work({ url: `${origin}/?token=${token}`, origin, token, stop: async () => {} });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Letters only (digits could read as an identity code), Finnish ones and a line break among them. */
function words(seed: string): (max: number) => string {
  return (max) => `${seed} Äijälä ja Öhman\nrivi kaksi`.slice(0, max);
}

/** Fills the rest of one conference that `fillEveryField` made. */
async function fillTheRest(dispatch: Dispatch, conferenceId: string, memberId: string): Promise<void> {
  const today = todayInHelsinki(new Date());
  let prep = await call(dispatch, 'preparation.get', { conferenceId });
  const child = prep.conference.children[0]!;
  const guardian = prep.conference.guardians[0]!;
  await call(dispatch, 'network.updateChild', { conferenceId, childId: child.id, version: 1, participation: 'support_person', note: 'Haluaa avustajan.' });
  await call(dispatch, 'network.addMember', {
    conferenceId,
    name: 'Sanni Setämies',
    relation: 'setä',
    sector: 'relatives',
    closeness: 'middle',
    invite: 'invite',
    reply: 'coming',
    supportForChildIds: [child.id],
  });
  prep = await call(dispatch, 'preparation.get', { conferenceId });
  await call(dispatch, 'commission.update', {
    ...prep.commission,
    conferenceId,
    version: prep.commission.version,
    guardianIds: [guardian.id],
    childIds: [child.id],
  });
  const meeting = prep.meetings.find((m) => m.kind === 'conference')!;
  await call(dispatch, 'checklist.setDone', { meetingId: meeting.id, key: 'materials', version: 1, doneDate: addDays(today, -10) });
  // Working time: an entry of its own, a contact's length, and a travel cost tied to the meeting.
  await call(dispatch, 'work.add', { conferenceId, date: addDays(today, -9), minutes: '1 h 30 min', activity: 'documents' });
  await call(dispatch, 'contact.add', { conferenceId, date: addDays(today, -8), channel: 'phone', discussed: 'Kutsun läpikäynti.', durationMinutes: 25 });
  await call(dispatch, 'cost.add', { conferenceId, date: addDays(today, -7), kind: 'travel', what: 'Matka Espoo–Vantaa 32 km', amount: 1536, meetingId: meeting.id });
  // A letter made: a row in the letters log.
  const invitee = prep.members.find((m) => m.invite === 'invite')!;
  await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: invitee.id } });
  await call(dispatch, 'meetingDay.update', {
    meetingId: meeting.id,
    version: meeting.day.version,
    plannedMinutes: { information: 50, private_time: 100, plan: 40 },
    socialWorkerPresent: true,
    questionsPresented: true,
  });
  await call(dispatch, 'meetingDay.timer', { meetingId: meeting.id, part: 'information', action: 'start' });
  await call(dispatch, 'meetingDay.timer', { meetingId: meeting.id, part: 'information', action: 'end' });
  // The follow-up meeting makes a new version of the plan, with what the first one left out.
  prep = await call(dispatch, 'preparation.get', { conferenceId });
  const followUp = prep.meetings.find((m) => m.kind === 'follow_up')!;
  // A reply to the follow-up meeting, its own.
  const followUpInvitee = meetingInvitees(prep, followUp)[0]!;
  await call(dispatch, 'meeting.setReply', { meetingId: followUp.id, memberId: followUpInvitee.id, version: 1, reply: 'remote' });
  const accepted = prep.plans[0]!;
  const revised = (await call(dispatch, 'plan.revise', { id: accepted.id, version: accepted.version, meetingId: followUp.id })).plans.find(
    (p) => p.number === 2,
  )!;
  const mustInclude = prep.summary.mustInclude[0]!.id;
  const member = { kind: 'member' as const, memberId };
  await call(dispatch, 'plan.update', {
    ...revised,
    id: revised.id,
    version: revised.version,
    items: [
      planItemSchema.parse({ what: 'Mummo hakee koulusta tiistaisin.', owner: member, bottomLineIds: [mustInclude] }),
      // A child's task: its owner travels as a reference to the child.
      planItemSchema.parse({ what: 'Lapsi pakkaa reppunsa illalla.', owner: { kind: 'child', childId: child.id } }),
    ],
    recipients: [{ recipient: member, sentDate: today, channel: 'secure_email' }],
    checkedNotAcceptableIds: [prep.summary.notAcceptable[0]!.id],
    decision: null,
  });
}

/** A small network-mapping meeting on its day: a step timed, a turn to speak, the flip chart written. */
async function fillMappingMeeting(dispatch: Dispatch): Promise<string> {
  const conference = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'Kartoitus 8/2027', meetingType: 'verkostokartoitus' }));
  const prep = await call(dispatch, 'network.addMember', {
    conferenceId: conference.id,
    name: 'Aune Äijälä',
    relation: 'mummo',
    sector: 'relatives',
    closeness: 'close',
    invite: 'invite',
    reply: 'coming',
  });
  const meetingId = prep.meetings[0]!.id;
  const aune = prep.members.find((m) => m.name === 'Aune Äijälä')!;
  await call(dispatch, 'meetingDay.timer', { meetingId, part: 'interviews', action: 'start' });
  await call(dispatch, 'meetingDay.turn', { meetingId, memberId: aune.id, action: 'speak' });
  await call(dispatch, 'meetingDay.turn', { meetingId, memberId: aune.id, action: 'done' });
  await call(dispatch, 'meetingDay.flipChart', {
    meetingId,
    version: 1,
    concerns: ['Äidin jaksaminen iltaisin'],
    supportNeeds: ['Mummo hakee koulusta tiistaisin', 'Naapuri auttaa läksyissä'],
    clientView: 'Kuulin, että moni haluaa auttaa.',
  });
  // Forms returned at the end of the meeting: counts and scores, no names (issue 15).
  await call(dispatch, 'feedback.save', {
    meetingId,
    version: 1,
    responses: [
      { group: 'parents', satisfaction: 9, heard: 'yes', planHelps: 'yes' },
      { group: 'family', satisfaction: 7, heard: 'partly', planHelps: null },
      { group: 'workers', satisfaction: null, heard: 'no', planHelps: 'partly' },
    ],
  });
  return conference.id;
}

/**
 * Two conferences with a whole cycle each, a network-mapping meeting on its day, the settings filled, and a third conference deleted
 * (its anonymous counts kept in conference_statistics).
 */
export async function fillRichDatabase(dispatch: Dispatch): Promise<{ conferenceIds: string[] }> {
  const filled = await withHost(dispatch, async (host) => [await fillEveryField(host, words('Ensimmäinen')), await fillEveryField(host, words('Toinen'))]);
  for (const { conferenceId, memberId } of filled) await fillTheRest(dispatch, conferenceId, memberId);
  await fillMappingMeeting(dispatch);
  const deleted = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'Poistettu 9/2027' }));
  await call(dispatch, 'conference.delete', { id: deleted.id, version: deleted.version });
  return { conferenceIds: filled.map((f) => f.conferenceId) };
}
