import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../electron/shared/arrangements/meeting.schema';
import { conferenceTiming } from '../../electron/shared/conference/conference-timing';
import type { Phase } from '../../electron/shared/conference/conference-lists';
import type { NextDue } from '../../electron/shared/conference/next-due.types';
import {
  compareByNextDue,
  meetingInPreparation,
  nextDue,
  nextDueFactsOf,
  type NextDueFacts,
  type NextDueMeeting,
  type NextDuePlan,
} from '../../electron/shared/conference/next-due';
import type { FollowUp } from '../../electron/shared/follow-up/follow-up.schema';
import type { Decision } from '../../electron/shared/plan/plan.schema';
import { DEFAULT_CHECKLIST } from '../../electron/shared/settings/settings.schema';
import { makeMeeting, makeMember, makePreparation } from '../fixtures/preparation';

/*
 * The default checklist counts back from the meeting: venue 28 days before, invitations
 * 21, interpreter and childcare 14, refreshments and the summary 7, reminder calls 2,
 * materials on the day.
 */
const TODAY = '2027-02-01';
const OWN = '77777777-7777-4777-8777-777777777771';
const FOLLOW_UP = '77777777-7777-4777-8777-777777777772';
const NEXT_FOLLOW_UP = '77777777-7777-4777-8777-777777777773';

/** A meeting as the rule reads it, with its checklist state (kept apart by `facts`). */
function meeting(overrides: Partial<Meeting> & { started?: boolean } = {}): NextDueMeeting & Pick<Meeting, 'checklist'> {
  const { started = false, ...fields } = overrides;
  return { ...makeMeeting({ id: OWN, ...fields }), started };
}

/** The id of plan version `number`. */
const planId = (number: number) => `99999999-9999-4999-8999-00000000000${number}`;

function plan(number: number, decision: Decision | null, overrides: Partial<NextDuePlan> = {}): NextDuePlan {
  return {
    id: planId(number),
    meetingId: OWN,
    number,
    decision: decision && { outcome: decision, reasons: decision === 'accepted' ? '' : 'Perustelut.', date: '2027-02-23' },
    followUpDate: '2027-06-09',
    followUpInvitees: [],
    itemCount: 3,
    sentTo: [],
    ...overrides,
  };
}

/** A follow-up record of `meetingId`, reviewing plan version 1. */
function followUp(meetingId: string, outcome: FollowUp['outcome'] = null): Pick<FollowUp, 'meetingId' | 'outcome' | 'planId'> {
  return { meetingId, planId: planId(1), outcome };
}

function facts(overrides: Partial<Omit<NextDueFacts, 'meetings'>> & { meetings?: ReturnType<typeof meeting>[] } = {}): NextDueFacts {
  const meetings = overrides.meetings ?? [meeting()];
  return {
    closed: false,
    plans: [],
    followUps: [],
    members: [],
    checklists: new Map(meetings.map((m) => [m.id, m.checklist])),
    letters: [],
    contacts: [],
    guardians: [],
    summaryGoneThrough: null,
    meetingType: 'laheisneuvonpito',
    ...overrides,
    meetings,
  };
}

function next(overrides: Parameters<typeof facts>[0] = {}, today = TODAY): NextDue | null {
  return nextDue(facts(overrides), DEFAULT_CHECKLIST, today);
}

const done = (...keys: string[]) => ({ done: Object.fromEntries(keys.map((key) => [key, '2027-01-20'])), doneVersions: {}, custom: [] });

/**
 * Meeting fields with `keys` done on 2027-01-20: the venue and refreshments by their
 * recorded facts (a hand tick does not count for them), the others by hand.
 */
function doneBy(...keys: string[]): Partial<Meeting> {
  const base = makeMeeting();
  return {
    checklist: done(...keys.filter((key) => key !== 'venue' && key !== 'refreshments')),
    ...(keys.includes('venue') ? { venue: { ...base.venue, bookingStatus: 'booked' as const }, venueBookedDate: '2027-01-20' } : {}),
    ...(keys.includes('refreshments') ? { refreshments: { ...base.refreshments, orderedDate: '2027-01-20', orderedHeadcount: 4 } } : {}),
  };
}

describe('before the conference meeting', () => {
  it('names the earliest undone checklist item with its due date, and how late it is', () => {
    expect(next({ meetings: [meeting({ date: '2027-02-23' })] })).toEqual({
      kind: 'checklist',
      meetingKind: 'conference',
      item: { key: 'venue', builtIn: true, text: '' },
      due: '2027-01-26',
      overdueDays: 6,
    });
    expect(next({ meetings: [meeting({ date: '2027-02-23', ...doneBy('venue') })] })).toMatchObject({
      kind: 'checklist',
      item: { key: 'invitations' },
      due: '2027-02-02',
      overdueDays: 0,
    });
  });

  it('names the meeting itself once nothing on its checklist is due before the day', () => {
    const allButMaterials = doneBy('venue', 'invitations', 'refreshments', 'summary', 'reminders');
    // Materials are due on the day itself: the day is what the convener sees coming.
    // The summary is gone through with the parents: the summary's own date says so.
    const summaryGoneThrough = '2027-01-20';
    expect(next({ meetings: [meeting({ date: '2027-02-23', ...allButMaterials })], summaryGoneThrough })).toEqual({
      kind: 'meeting',
      meetingKind: 'conference',
      due: '2027-02-23',
      overdueDays: 0,
    });
    expect(next({ meetings: [meeting({ date: TODAY, ...allButMaterials })], summaryGoneThrough })).toMatchObject({
      kind: 'meeting',
      due: TODAY,
    });
  });

  it('asks for the interpreter only when someone coming needs one', () => {
    const checklist = doneBy('venue', 'invitations');
    const cawo = makeMember({ name: 'Cawo Maxamed Xuseen', language: 'other', otherLanguage: 'somali', interpreterNeeded: true });
    const coming = next({
      meetings: [meeting({ date: '2027-02-23', ...checklist })],
      members: [{ ...cawo, invite: 'invite', reply: 'coming' }],
    });
    expect(coming).toMatchObject({ kind: 'checklist', item: { key: 'interpreter' }, due: '2027-02-09' });
    const notInvited = next({ meetings: [meeting({ date: '2027-02-23', ...checklist })], members: [cawo] });
    expect(notInvited).toMatchObject({ kind: 'checklist', item: { key: 'refreshments' } });
  });

  it('counts a call with the family as the reminder call to each guardian, as the checklist does', () => {
    const maija = makeMember({ name: 'Maija Äijälä', sector: 'family', invite: 'invite', reply: 'coming' });
    const upTo = {
      meetings: [meeting({ date: '2027-02-03', ...doneBy('venue', 'invitations', 'refreshments', 'summary') })],
      members: [maija],
      summaryGoneThrough: '2027-01-20',
    };
    const familyCall = { memberId: null, date: '2027-01-31' };
    // Not her guardian: the family call is no call with Maija.
    expect(next({ ...upTo, contacts: [familyCall] })).toMatchObject({ kind: 'checklist', item: { key: 'reminders' } });
    expect(next({ ...upTo, contacts: [familyCall], guardians: [maija.id] })).toMatchObject({ kind: 'meeting', due: '2027-02-03' });
  });

  it('asks to agree the date of an undated meeting, unless an item of its own is already late', () => {
    expect(next()).toEqual({ kind: 'setDate', meetingKind: 'conference', due: null, overdueDays: 0 });
    const item = (dueDate: string) => ({ id: '99999999-9999-4999-8999-999999999991', text: 'Soita avustajalle', dueDate, doneDate: null, version: 1 });
    expect(next({ meetings: [meeting({ checklist: { done: {}, doneVersions: {}, custom: [item('2027-02-05')] } })] })).toMatchObject({
      kind: 'setDate',
    });
    expect(next({ meetings: [meeting({ checklist: { done: {}, doneVersions: {}, custom: [item('2027-01-29')] } })] })).toEqual({
      kind: 'checklist',
      meetingKind: 'conference',
      item: { key: '99999999-9999-4999-8999-999999999991', builtIn: false, text: 'Soita avustajalle' },
      due: '2027-01-29',
      overdueDays: 3,
    });
  });
});

describe('after the conference meeting', () => {
  const held = meeting({ date: '2027-01-28' });

  it('asks for the plan once the day has passed or the meeting view has started it', () => {
    expect(next({ meetings: [held] })).toEqual({ kind: 'recordPlan', due: '2027-01-28', overdueDays: 4 });
    expect(next({ meetings: [meeting({ date: TODAY, started: true })] })).toEqual({ kind: 'recordPlan', due: TODAY, overdueDays: 0 });
    // A plan begun but with no answers in it is not recorded yet.
    expect(next({ meetings: [held], plans: [plan(1, null, { itemCount: 0 })] })).toMatchObject({ kind: 'recordPlan' });
  });

  it('then the social worker’s decision, and what to do when the plan was not accepted', () => {
    expect(next({ meetings: [held], plans: [plan(1, null)] })).toEqual({ kind: 'decision', due: '2027-01-28', overdueDays: 4 });
    expect(next({ meetings: [held], plans: [plan(1, 'not_accepted')] })).toEqual({
      kind: 'planNotAccepted',
      due: null,
      overdueDays: 0,
    });
    expect(next({ meetings: [held], plans: [plan(1, 'not_accepted'), plan(2, null)] })).toMatchObject({ kind: 'decision' });
  });

  it('asks for the follow-up meeting once the plan is accepted, by the date agreed in it', () => {
    expect(next({ meetings: [held], plans: [plan(1, 'accepted_with_changes')] })).toEqual({
      kind: 'createFollowUp',
      due: '2027-06-09',
      overdueDays: 0,
    });
    expect(next({ meetings: [held], plans: [plan(1, 'accepted', { followUpDate: null })] })).toMatchObject({
      kind: 'createFollowUp',
      due: null,
    });
    expect(next({ meetings: [held], plans: [plan(1, 'accepted')] }, '2027-06-12')).toMatchObject({ overdueDays: 3 });
  });
});

describe('in follow-up', () => {
  const held = meeting({ date: '2027-01-28' });
  const accepted = plan(1, 'accepted');

  it('prepares the follow-up meeting like the first: its checklist, its date, the day', () => {
    const coming = meeting({ id: FOLLOW_UP, kind: 'follow_up', date: '2027-03-12' });
    expect(next({ meetings: [held, coming], plans: [accepted], followUps: [followUp(FOLLOW_UP)] })).toMatchObject({
      kind: 'checklist',
      meetingKind: 'follow_up',
      item: { key: 'venue' },
      due: '2027-02-12',
    });
    const undated = meeting({ id: FOLLOW_UP, kind: 'follow_up', date: null });
    expect(next({ meetings: [held, undated], plans: [accepted], followUps: [followUp(FOLLOW_UP)] })).toMatchObject({
      kind: 'setDate',
      meetingKind: 'follow_up',
    });
  });

  it('asks for the interpreter only when someone coming to the follow-up needs one, as the arrangements count them', () => {
    // Cawo needed a Somali interpreter at the conference; Ilona, also invited there, does not need one.
    const cawo = makeMember({ name: 'Cawo Maxamed Xuseen', invite: 'invite', reply: 'coming', language: 'other', otherLanguage: 'somali', interpreterNeeded: true });
    const ilona = makeMember({ name: 'Ilona Järvelä', invite: 'invite', reply: 'not_coming' });
    // Both have said they are coming to the follow-up.
    const replies = [cawo, ilona].map((m) => ({ memberId: m.id, reply: 'coming' as const, version: 2 }));
    const coming = meeting({ id: FOLLOW_UP, kind: 'follow_up', date: '2027-03-12', replies, ...doneBy('venue', 'invitations') });
    const invites = (...people: (typeof cawo)[]) =>
      plan(1, 'accepted', { followUpInvitees: [...people.map((p) => ({ kind: 'member' as const, memberId: p.id })), { kind: 'social_worker' }] });
    const at = (accepted: NextDuePlan, followUpMeeting = coming) =>
      next({ meetings: [held, followUpMeeting], plans: [accepted], followUps: [followUp(FOLLOW_UP)], members: [cawo, ilona] });

    // The plan invites only Ilona: nobody at the follow-up needs an interpreter.
    expect(at(invites(ilona))).toMatchObject({ kind: 'checklist', meetingKind: 'follow_up', item: { key: 'refreshments' } });
    // The plan invites Cawo: the interpreter is due two weeks before.
    expect(at(invites(cawo, ilona))).toMatchObject({ kind: 'checklist', item: { key: 'interpreter' }, due: '2027-02-26' });
    // A plan that names no one of the network: the follow-up invites the conference's invitees, Cawo among them.
    expect(at(invites())).toMatchObject({ kind: 'checklist', item: { key: 'interpreter' } });
    // Cawo, invited, has said she is not coming to the follow-up (or not replied yet): no interpreter.
    const cawoNotComing = { ...coming, replies: [{ memberId: cawo.id, reply: 'not_coming' as const, version: 3 }, replies[1]!] };
    expect(at(invites(cawo, ilona), cawoNotComing)).toMatchObject({ kind: 'checklist', item: { key: 'refreshments' } });
    expect(at(invites(cawo, ilona), { ...coming, replies: [] })).toMatchObject({ kind: 'checklist', item: { key: 'refreshments' } });
  });

  it('asks for the outcome once the follow-up meeting’s date has passed', () => {
    const past = meeting({ id: FOLLOW_UP, kind: 'follow_up', date: '2027-01-30' });
    expect(next({ meetings: [held, past], plans: [accepted], followUps: [followUp(FOLLOW_UP)] })).toEqual({
      kind: 'recordOutcome',
      due: '2027-01-30',
      overdueDays: 2,
    });
  });

  it('moves on to the next follow-up meeting once another is agreed', () => {
    const past = meeting({ id: FOLLOW_UP, kind: 'follow_up', date: '2027-01-30' });
    const later = meeting({ id: NEXT_FOLLOW_UP, kind: 'follow_up', date: '2027-05-20' });
    const outcome = { kind: 'another_follow_up' as const, nextMeetingId: NEXT_FOLLOW_UP, recordedAt: '2027-01-30T12:00:00.000Z' };
    expect(
      next({
        meetings: [held, past, later],
        plans: [accepted],
        followUps: [followUp(FOLLOW_UP, outcome), followUp(NEXT_FOLLOW_UP)],
      }),
    ).toMatchObject({ kind: 'checklist', meetingKind: 'follow_up', due: '2027-04-22' });
  });

  it('asks for the decision on a version revised at a follow-up meeting that has been held', () => {
    const past = meeting({ id: FOLLOW_UP, kind: 'follow_up', date: '2027-01-30' });
    const revised = plan(2, null, { meetingId: FOLLOW_UP });
    expect(next({ meetings: [held, past], plans: [accepted, revised], followUps: [followUp(FOLLOW_UP)] })).toEqual({
      kind: 'decision',
      due: '2027-01-30',
      overdueDays: 2,
    });
    // Prepared before the meeting, the revision waits: the meeting comes first.
    const allBeforeTheDay = doneBy('venue', 'invitations', 'refreshments', 'summary', 'reminders');
    const coming = meeting({ id: FOLLOW_UP, kind: 'follow_up', date: '2027-02-03', ...allBeforeTheDay });
    expect(next({ meetings: [held, coming], plans: [accepted, revised], followUps: [followUp(FOLLOW_UP)] })).toMatchObject({
      kind: 'meeting',
      meetingKind: 'follow_up',
    });
  });
});

describe('meetingInPreparation', () => {
  it('is the meeting whose checklist says what is next, and only while it is coming', () => {
    const held = meeting({ date: '2027-01-28' });
    const coming = meeting({ id: FOLLOW_UP, kind: 'follow_up', date: '2027-03-12' });
    expect(meetingInPreparation(facts({ meetings: [meeting({ date: '2027-02-23' })] }), TODAY)?.id).toBe(OWN);
    expect(meetingInPreparation(facts({ meetings: [held] }), TODAY)).toBeNull();
    const inFollowUp = facts({ meetings: [held, coming], plans: [plan(1, 'accepted')], followUps: [followUp(FOLLOW_UP)] });
    expect(meetingInPreparation(inFollowUp, TODAY)?.id).toBe(FOLLOW_UP);
    expect(meetingInPreparation({ ...inFollowUp, closed: true }, TODAY)).toBeNull();
  });
});

describe('a closed conference', () => {
  it('has nothing due', () => {
    expect(next({ closed: true, meetings: [meeting({ date: '2027-02-23' })] })).toBeNull();
  });
});

describe('nextDueFactsOf', () => {
  it('reads the same facts from a whole preparation', () => {
    const prep = makePreparation({
      meetings: [makeMeeting({ id: OWN, date: '2027-02-23', ...doneBy('venue') })],
      members: [makeMember({ invite: 'invite', reply: 'maybe', language: 'other', otherLanguage: 'arabia', interpreterNeeded: true })],
    });
    expect(nextDue(nextDueFactsOf(prep), DEFAULT_CHECKLIST, TODAY)).toMatchObject({
      kind: 'checklist',
      item: { key: 'invitations' },
    });
    const withTimer = makeMeeting({ id: OWN, date: '2027-02-23' });
    withTimer.day.timers[0]!.segments.push({ startedAt: '2027-02-01T07:00:00.000Z', endedAt: null });
    expect(nextDue(nextDueFactsOf(makePreparation({ meetings: [withTimer] })), DEFAULT_CHECKLIST, TODAY)).toMatchObject({
      kind: 'recordPlan',
    });
    const closed = makePreparation();
    closed.conference.closure = { reason: 'plan_made', text: '', closedAt: '2027-02-01T08:00:00.000Z' };
    expect(nextDue(nextDueFactsOf(closed), DEFAULT_CHECKLIST, TODAY)).toBeNull();
  });
});

describe('compareByNextDue', () => {
  const row = (name: string, phase: Phase, commissionDate: string, nextDue: NextDue | null) => ({
    name,
    timing: conferenceTiming({ commissionDate, phase, meetingType: 'laheisneuvonpito' }, TODAY),
    nextDue,
  });
  const at = (due: string | null, overdueDays = 0): NextDue => ({ kind: 'meeting', meetingKind: 'conference', due, overdueDays });

  it('puts whatever is overdue first, most days first, then the window, then the sooner thing', () => {
    const rows = [
      row('held, follow-up in June', 'seuranta', '2026-10-01', at('2027-06-09')),
      row('window open, item 2 days late', 'valmistelu', '2027-01-01', at('2027-01-30', 2)),
      row('held, outcome 9 days late', 'seuranta', '2026-09-01', at('2027-01-23', 9)),
      row('window closed 4 days ago', 'valmistelu', '2026-12-17', at('2027-02-20')),
      row('window open, 14 days left', 'valmistelu', '2027-01-04', at('2027-02-20')),
      row('held, follow-up in March', 'seuranta', '2026-11-01', at('2027-03-12')),
      row('held, undated follow-up', 'seuranta', '2026-11-01', at(null)),
      row('closed', 'paattynyt', '2026-06-01', null),
    ];
    expect(rows.sort(compareByNextDue).map((r) => r.name)).toEqual([
      'held, outcome 9 days late',
      'window closed 4 days ago',
      'window open, item 2 days late',
      'window open, 14 days left',
      'held, follow-up in March',
      'held, follow-up in June',
      'held, undated follow-up',
      'closed',
    ]);
  });
});
