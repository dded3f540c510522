import type { MethodInput, MethodOutput } from '../../electron/shared/api/contract';
import type { MethodName } from '../../electron/shared/api/methods';
import type { Conference } from '../../electron/shared/conference/conference.schema';
import { addDays } from '../../electron/shared/dates';
import type { MemberFieldsInput } from '../../electron/shared/preparation/network.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { callHost, putPeople, saveSettings, updateMeeting } from './e2e-api';
import type { RunningWebHost } from './web-host-process';

/*
 * The Äijälä case after its conference, set up fast through the web host's API for the
 * follow-up e2e suites: the network, the conference's meeting held on `conferenceDate`,
 * a one-item plan accepted there that invites `invitees` (and the social worker) to a
 * follow-up on `followUpDate`, and that follow-up meeting made. Every person is invented.
 */

export const FOLLOW_UP_CASE_PEOPLE: MemberFieldsInput[] = [
  { name: 'Maija Äijälä', relation: 'äiti', sector: 'family', closeness: 'close', invite: 'invite', reply: 'coming', diet: 'laktoositon' },
  { name: 'Aune Äijälä', relation: 'mummo', sector: 'relatives', closeness: 'close', invite: 'invite', reply: 'coming' },
  { name: 'Britt-Marie Lindqvist', relation: 'moster', sector: 'relatives', closeness: 'middle', invite: 'invite', reply: 'remote', language: 'sv' },
  { name: 'Ville Ystävä', relation: 'kummisetä', sector: 'friends', closeness: 'close', invite: 'invite', reply: 'coming', diet: 'gluteeniton' },
  { name: 'Kaisa Kuraattori', relation: 'koulukuraattori', sector: 'professionals', closeness: 'distant', invite: 'invite', reply: 'coming', worker: { organisation: 'Koivikon koulu', topic: 'Ainon koulunkäynti.', staysForPlan: true, sharingAllowed: true } },
];

export interface FollowUpCase {
  conference: Conference;
  /** The preparation once the follow-up meeting is made. */
  prep: Preparation;
  conferenceMeetingId: string;
  followUpMeetingId: string;
}

/** Sets up the case in `host`; `invitees` are names from FOLLOW_UP_CASE_PEOPLE. */
export async function setUpFollowUpCase(
  host: RunningWebHost,
  options: { reference: string; conferenceDate: string; followUpDate: string; invitees: string[] },
): Promise<FollowUpCase> {
  const api = <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => callHost(host, method, input);
  await saveSettings(host, {
    convener: { name: 'Riikka Salmela', title: 'Koollekutsuja', phone: '040 555 0101', email: 'riikka.salmela@example.fi', hourlyRate: null },
    unit: { name: 'Lapsiperheiden sosiaalityö, läheisneuvonpidot', postalAddress: 'PL 4321\n00099 Helsingin kaupunki', phone: '09 310 12345', email: '', logo: null },
  });
  const conference = await api('conference.create', {
    reference: options.reference,
    children: [{ firstName: 'Aino', birthYear: 2014 }],
    guardians: [{ name: 'Maija Äijälä' }],
    socialWorker: { name: 'Leena Korhonen', unit: 'Lastensuojelu', phone: '040 123 4567', email: 'leena.korhonen@example.fi' },
    commissionDate: addDays(options.conferenceDate, -53),
    meetingType: 'laheisneuvonpito',
    notes: '',
  });
  await putPeople(host, conference.id, FOLLOW_UP_CASE_PEOPLE);
  const prep = await api('network.updateChild', { conferenceId: conference.id, childId: conference.children[0]!.id, version: 1, participation: 'present', note: '' });
  const byName = new Map(prep.members.map((m) => [m.name, m.id]));
  const member = (name: string) => ({ kind: 'member' as const, memberId: byName.get(name)! });
  const meeting = prep.meetings[0]!;
  await updateMeeting(host, meeting, {
    date: options.conferenceDate,
    startTime: '09:00',
    endTime: '13:00',
    venue: { name: 'Perhekeskus Koivikko', address: 'Koivikontie 5, 00940 Helsinki', mainRoom: { fi: 'Sali 2', sv: '', en: '' }, bookingStatus: 'booked' },
    invitation: { replyBy: addDays(options.conferenceDate, -14) },
  });
  const created = (await api('plan.create', { meetingId: meeting.id })).plans[0]!;
  const accepted = (
    await api('plan.update', {
      id: created.id,
      version: created.version,
      items: [
        {
          questionId: null,
          what: 'Mummo herättää Ainon arkiaamuisin.',
          owner: member('Aune Äijälä'),
          fromDate: null,
          byDate: null,
          followUp: '',
          checker: null,
          bottomLineIds: [],
        },
      ],
      services: [],
      problems: '',
      monitoring: '',
      recipients: [],
      followUpDate: options.followUpDate,
      followUpInvitees: [...options.invitees.map(member), { kind: 'social_worker' }],
      dissents: [],
      checkedNotAcceptableIds: [],
      decision: { outcome: 'accepted', reasons: '', date: options.conferenceDate },
    })
  ).plans[0]!;
  const withFollowUp = await api('followUp.create', { planId: accepted.id, version: accepted.version });
  return {
    conference,
    prep: withFollowUp,
    conferenceMeetingId: meeting.id,
    followUpMeetingId: withFollowUp.meetings.find((m) => m.kind === 'follow_up')!.id,
  };
}

/**
 * A second case on its own meeting day, `today`: the plan being entered (one item so far), and
 * a relative who speaks Swedish and needs an interpreter. For the suites that walk every screen.
 * Returns its id.
 */
export async function setUpDraftingCase(host: RunningWebHost, today: string): Promise<string> {
  const conference = await callHost(host, 'conference.create', {
    reference: 'Berg 12/2027',
    children: [{ firstName: 'Elsa', birthYear: 2016 }],
    guardians: [{ name: 'Sanna Berg' }],
    socialWorker: { name: 'Leena Korhonen', unit: 'Lastensuojelu', phone: '040 123 4567', email: 'leena.korhonen@example.fi' },
    commissionDate: addDays(today, -40),
    meetingType: 'laheisneuvonpito',
    notes: '',
  });
  const prep = await putPeople(host, conference.id, [
    { name: 'Sanna Berg', relation: 'äiti', sector: 'family', closeness: 'close', invite: 'invite', reply: 'coming' },
    { name: 'Greta Berg', relation: 'mormor', sector: 'relatives', closeness: 'close', invite: 'invite', reply: 'coming', language: 'sv', interpreterNeeded: true },
  ]);
  const meeting = prep.meetings[0]!;
  await updateMeeting(host, meeting, { date: today, startTime: '09:00', endTime: '13:00', venue: { name: 'Perhekeskus Koivikko' } });
  const draft = (await callHost(host, 'plan.create', { meetingId: meeting.id })).plans[0]!;
  await callHost(host, 'plan.update', {
    id: draft.id,
    version: draft.version,
    items: [
      {
        questionId: null,
        what: 'Mummo hakee Elsan koulusta tiistaisin.',
        owner: { kind: 'member', memberId: prep.members.find((m) => m.name === 'Greta Berg')!.id },
        fromDate: null,
        byDate: null,
        followUp: '',
        checker: null,
        bottomLineIds: [],
      },
    ],
    services: [],
    problems: 'Soitetaan sosiaalityöntekijälle.',
    monitoring: '',
    recipients: [],
    followUpDate: null,
    followUpInvitees: [],
    dissents: [],
    checkedNotAcceptableIds: [],
    decision: null,
  });
  return conference.id;
}

/**
 * The held case the screen walks open (reflow, accessibility): the Äijälä conference held 100
 * days before `today`, its follow-up due today, and something on every record of its own (a
 * contact, working time, a cost), so that no tab is walked empty.
 */
export async function setUpRecordedCase(host: RunningWebHost, today: string, invitees: string[]): Promise<FollowUpCase> {
  const conferenceDate = addDays(today, -100);
  const set = await setUpFollowUpCase(host, { reference: 'Äijälä 11/2027', conferenceDate, followUpDate: today, invitees });
  const conferenceId = set.conference.id;
  const aune = set.prep.members.find((member) => member.name === 'Aune Äijälä')!;
  const before = (days: number) => addDays(conferenceDate, -days);
  await callHost(host, 'contact.add', { conferenceId, memberId: aune.id, date: before(40), channel: 'phone', discussed: 'Mummo tulee mielellään.', nextStep: 'Lähetä kutsu.', nextStepDate: before(35) });
  await callHost(host, 'work.add', { conferenceId, date: before(40), minutes: '1 h 30 min', activity: 'documents' });
  await callHost(host, 'cost.add', { conferenceId, date: before(40), kind: 'travel', what: 'Matka 32 km', amount: '15,36' });
  return set;
}
