import { randomUUID } from 'node:crypto';
import type { MethodInput, MethodOutput } from '../../electron/shared/api/contract';
import type { MethodName } from '../../electron/shared/api/methods';
import { interpreterSchema, venuePlaceSchema } from '../../electron/shared/arrangements/meeting.schema';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { dissentSchema, planItemSchema, serviceSupportSchema } from '../../electron/shared/plan/plan.schema';
import { callHost } from './e2e-api';
import type { RunningWebHost } from './web-host-process';

/*
 * A conference with text in every field a convener can fill, through the web host's API:
 * settings, the conference, two network members, the commission, a contact, the summary,
 * the meeting and its day, an accepted plan and its follow-up. `word(max)` gives the text
 * for a field of at most `max` characters (a long unbroken word, a marked name, …).
 */

export interface EveryFieldCase {
  conferenceId: string;
  /** A relative in the network, for the member page. */
  memberId: string;
}

export async function fillEveryField(host: RunningWebHost, word: (max: number) => string): Promise<EveryFieldCase> {
  // The conference was held a week ago; its plan's follow-up is two months away.
  const today = todayInHelsinki(new Date());
  const conferenceDate = addDays(today, -7);
  const api = <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => callHost(host, method, input);
  // Updates take the whole record: each starts from what the API returned.
  const settings = await api('settings.get', {});
  await api('settings.update', { section: 'convener', version: settings.versions.convener, value: { ...settings.convener, name: word(100), title: word(100) } });
  await api('settings.update', { section: 'unit', version: settings.versions.unit, value: { ...settings.unit, name: word(120), postalAddress: word(300) } });
  const venue = { ...venuePlaceSchema.parse({}), id: randomUUID(), name: word(120), address: word(300), mainRoom: word(120) };
  await api('settings.update', { section: 'venues', version: settings.versions.venues, value: [venue] });
  const conference = await api('conference.create', {
    reference: word(60),
    children: [{ firstName: word(60), birthYear: 2014 }],
    guardians: [{ name: word(100) }],
    socialWorker: { name: word(100), unit: word(120), phone: '', email: '' },
    commissionDate: addDays(conferenceDate, -50),
    meetingType: 'laheisneuvonpito',
    notes: word(2000),
  });
  const conferenceId = conference.id;
  const relative = await api('network.addMember', {
    conferenceId,
    name: word(100),
    relation: word(80),
    sector: 'relatives',
    closeness: 'close',
    invite: 'invite',
    reply: 'coming',
    address: word(300),
    accessibility: word(500),
    diet: word(300),
    notes: word(2000),
  });
  const worker = await api('network.addMember', {
    conferenceId,
    name: word(100),
    relation: word(80),
    sector: 'professionals',
    closeness: 'distant',
    invite: 'invite',
    reply: 'coming',
    worker: { organisation: word(120), topic: word(1000), staysForPlan: true, sharingAllowed: true },
  });
  const memberId = relative.members[0]!.id;
  const workerId = worker.members.find((m) => m.id !== memberId)!.id;
  let prep = await api('preparation.get', { conferenceId });
  prep = await api('commission.update', {
    ...prep.commission,
    conferenceId,
    version: prep.commission.version,
    concerns: [{ text: word(500) }],
    notes: word(2000),
  });
  await api('contact.add', { conferenceId, memberId, date: addDays(conferenceDate, -30), channel: 'phone', discussed: word(2000), nextStep: word(1000) });
  prep = await api('summary.update', {
    ...prep.summary,
    conferenceId,
    version: prep.summary.version,
    text: word(2000),
    openQuestions: [{ text: word(1000) }],
    generalQuestions: prep.summary.generalQuestions.map((q) => ({ id: q.id, text: q.text })),
    mustInclude: [{ text: word(1000) }],
    notAcceptable: [{ text: word(1000) }],
    sharedWithNetwork: word(2000),
  });
  const meeting = prep.meetings[0]!;
  await api('meeting.update', {
    ...meeting,
    id: meeting.id,
    version: meeting.version,
    date: conferenceDate,
    startTime: '09:00',
    endTime: '13:00',
    venue: { ...meeting.venue, name: word(120), address: word(300), mainRoom: { fi: word(120), sv: word(120), en: word(120) }, bookingStatus: 'booked', accessibility: { fi: word(500), sv: word(500), en: word(500) } },
    refreshments: { ...meeting.refreshments, what: word(500), supplier: word(120) },
    interpreters: [{ ...interpreterSchema.parse({ language: word(60) }), provider: word(120) }],
    remoteLink: `https://example.fi/${word(480)}`,
    notes: word(2000),
  });
  await api('checklist.addItem', { meetingId: meeting.id, text: word(200), dueDate: addDays(conferenceDate, -3) });
  await api('meetingDay.addPerson', { meetingId: meeting.id, name: word(100), relation: word(80), sector: 'friends', presence: 'in_person' });
  await api('meetingDay.setChild', {
    meetingId: meeting.id,
    childId: conference.children[0]!.id,
    version: 1,
    heard: 'present',
    note: word(1000),
    threeHouses: { worries: word(2000), goodThings: word(2000), dreams: word(2000) },
  });
  const created = (await api('plan.create', { meetingId: meeting.id })).plans[0]!;
  const member = { kind: 'member' as const, memberId };
  const questionId = prep.summary.openQuestions[0]!.id;
  const accepted = (
    await api('plan.update', {
      ...created,
      id: created.id,
      version: created.version,
      items: [
        planItemSchema.parse({ what: word(1000), owner: member, questionId, followUp: word(500), checker: { kind: 'member', memberId: workerId } }),
        planItemSchema.parse({ what: word(1000), owner: { kind: 'social_worker' } }),
      ],
      services: [serviceSupportSchema.parse({ worker: { kind: 'member', memberId: workerId }, what: word(500) })],
      problems: word(2000),
      monitoring: word(2000),
      followUpDate: addDays(today, 60),
      followUpInvitees: [member, { kind: 'social_worker' }],
      dissents: [dissentSchema.parse({ person: member, text: word(2000) })],
      decision: { outcome: 'accepted_with_changes', reasons: word(2000), date: conferenceDate },
    })
  ).plans[0]!;
  const withFollowUp = await api('followUp.create', { planId: accepted.id, version: accepted.version });
  const followUp = withFollowUp.meetings.find((m) => m.kind === 'follow_up')!;
  const followUpRecord = withFollowUp.followUps.find((f) => f.meetingId === followUp.id)!;
  await api('followUp.updateSummary', {
    ...followUpRecord.summary,
    meetingId: followUp.id,
    version: followUpRecord.version,
    worked: word(5000),
    toRefine: word(5000),
    newConcerns: word(5000),
    workSoFar: word(5000),
    questions: [{ text: word(1000) }],
  });
  await api('followUp.reviewItem', { meetingId: followUp.id, itemId: accepted.items[0]!.id, version: 1, status: 'partly', comment: word(2000) });
  return { conferenceId, memberId };
}
