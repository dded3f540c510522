import { viewsAskedOf } from '../../electron/shared/arrangements/letters';
import { describe, expect, it } from 'vitest';
import {
  comingMeeting,
  checklistRecordsOf,
  checklistSourcesOf,
  expectedReply,
  isInvitedTo,
  meetingAttendance,
  meetingFlags,
  meetingInvitees,
  needsInvitation,
} from '../../electron/shared/arrangements/meetings';
import type { FollowUp } from '../../electron/shared/follow-up/follow-up.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { makeArrangedMeeting, makePlanPreparation } from '../fixtures/documents';
import { makeFollowUp, makeMeeting } from '../fixtures/preparation';

/*
 * makePlanPreparation: invited to the conference are Aune (coming), Pekka (remote), Cawo
 * (coming), Britt-Marie (coming), John (not asked) and فاطمة (coming, Arabic interpreter);
 * the plan invites Aune, Britt-Marie, Cawo and the social worker to the follow-up, which
 * has no replies of its own yet.
 */
function setup() {
  const s = makePlanPreparation();
  const conference = s.prep.meetings[0]!;
  const followUpRecord = (overrides: Partial<FollowUp> = {}): FollowUp =>
    makeFollowUp({ meetingId: s.followUp.id, planId: s.plan.id, ...overrides });
  const prep: Preparation = { ...s.prep, followUps: [followUpRecord()] };
  return { ...s, prep, conference, followUpRecord };
}

const names = (members: { name: string }[]) => members.map((m) => m.name);

describe('comingMeeting', () => {
  it('is the open follow-up while there is one, else the conference’s own meeting', () => {
    const { prep, conference, followUp, followUpRecord } = setup();
    expect(comingMeeting(prep)?.id).toBe(followUp.id);
    const held = followUpRecord({ outcome: { kind: 'close', reason: 'plan_made', text: '', recordedAt: '2027-06-10T12:00:00.000Z' } });
    expect(comingMeeting({ ...prep, followUps: [held] })?.id).toBe(conference.id);
    expect(comingMeeting({ ...prep, followUps: [] })?.id).toBe(conference.id);
  });

  it('is the next follow-up once the first has agreed on another', () => {
    const { prep, followUpRecord } = setup();
    const next = makeMeeting({ id: '77777777-7777-4777-8777-777777777779', kind: 'follow_up', date: '2027-12-09' });
    const first = followUpRecord({ outcome: { kind: 'another_follow_up', nextMeetingId: next.id, recordedAt: '2027-06-10T12:00:00.000Z' } });
    const second = followUpRecord({ meetingId: next.id });
    expect(comingMeeting({ ...prep, meetings: [...prep.meetings, next], followUps: [first, second] })?.id).toBe(next.id);
  });
});

describe('meetingInvitees', () => {
  it('for the conference are the members marked "invite"', () => {
    const { prep, conference } = setup();
    expect(names(meetingInvitees(prep, conference))).toEqual([
      'Aune Äijälä',
      'Pekka Lind',
      'Cawo Maxamed Xuseen',
      'Britt-Marie Lindqvist',
      'John Carter',
      'فاطمة الحسيني',
    ]);
  });

  it('for a follow-up are the members its plan invites, in the network’s order; the social worker gets no letter', () => {
    const { prep, followUp, swede, neighbour } = setup();
    expect(names(meetingInvitees(prep, followUp))).toEqual(['Aune Äijälä', 'Cawo Maxamed Xuseen', 'Britt-Marie Lindqvist']);
    expect(isInvitedTo(prep, followUp, swede.id)).toBe(true);
    expect(isInvitedTo(prep, followUp, neighbour.id)).toBe(false);
  });

  it('for a follow-up may include someone the conference did not invite, when the plan names them', () => {
    const { prep, plan, followUp } = setup();
    const aunt = prep.members.find((m) => m.invite === 'written_views')!;
    const withAunt = { ...plan, followUpInvitees: [...plan.followUpInvitees, { kind: 'member' as const, memberId: aunt.id }] };
    expect(isInvitedTo({ ...prep, plans: [withAunt] }, followUp, aunt.id)).toBe(true);
  });

  it('fall back to the conference’s invitees when the plan names no member', () => {
    const { prep, plan, followUp, conference } = setup();
    for (const followUpInvitees of [[], [{ kind: 'social_worker' as const }]]) {
      const bare = { ...plan, followUpInvitees };
      expect(meetingInvitees({ ...prep, plans: [bare] }, followUp)).toEqual(meetingInvitees(prep, conference));
    }
  });

  it('follow the plan the follow-up reviews, not a later version', () => {
    const { prep, plan, followUp, english } = setup();
    const revised = { ...plan, id: '99999999-9999-4999-8999-000000000002', number: 2, followUpInvitees: [{ kind: 'member' as const, memberId: english.id }] };
    expect(names(meetingInvitees({ ...prep, plans: [plan, revised] }, followUp))).toEqual(['Aune Äijälä', 'Cawo Maxamed Xuseen', 'Britt-Marie Lindqvist']);
    // A follow-up made before the reviewed plan was recorded reads the plan in force.
    const legacy = { ...prep, plans: [plan, revised], followUps: [{ ...prep.followUps[0]!, planId: null }] };
    expect(names(meetingInvitees(legacy, followUp))).toEqual(['John Carter']);
  });
});

describe('attendance at a meeting', () => {
  it('at the conference follows the replies', () => {
    const { prep, conference } = setup();
    const attendance = meetingAttendance(prep, conference);
    expect(names(attendance.comingInPerson)).toEqual(['Aune Äijälä', 'Cawo Maxamed Xuseen', 'Britt-Marie Lindqvist', 'فاطمة الحسيني']);
    expect(names(attendance.remote)).toEqual(['Pekka Lind']);
    expect(attendance.interpreterNeeds.map((need) => need.key)).toEqual(['arabia']);
  });

  it('at a follow-up follows its own replies, not the conference’s; an invitee without one is not asked', () => {
    const { prep, followUp, grandma, curator, swede } = setup();
    const replied = {
      ...followUp,
      replies: [
        { memberId: grandma.id, reply: 'remote' as const, version: 2 },
        { memberId: curator.id, reply: 'coming' as const, version: 2 },
      ],
    };
    const attendance = meetingAttendance(prep, replied);
    expect(names(attendance.comingInPerson)).toEqual(['Cawo Maxamed Xuseen']);
    expect(names(attendance.remote)).toEqual(['Aune Äijälä']);
    // Britt-Marie came to the conference but has not replied to the follow-up: not counted, nor her diet.
    expect(attendance.diets.map((diet) => diet.key)).not.toContain('laktoositon');
    // Äijö is present, as at the conference; فاطمة is not invited, so no interpreter is needed.
    expect(attendance.childrenPresent).toEqual(['Äijö']);
    // The Arabic interpreter still booked on site is in the room until the line goes (a flag says no one needs it).
    expect(attendance.interpretersOnSite).toEqual(['arabia']);
    expect(attendance.headcount).toBe(1 + 1 + 2 + 1);
    expect(attendance.interpreterNeeds).toEqual([]);

    const withSwede = { ...replied, replies: [...replied.replies, { memberId: swede.id, reply: 'maybe' as const, version: 2 }] };
    expect(names(meetingAttendance(prep, withSwede).maybe)).toEqual(['Britt-Marie Lindqvist']);
    expect(meetingAttendance(prep, withSwede).diets.map((diet) => diet.key)).toContain('laktoositon');
  });

  it('at a follow-up nobody has replied to counts only the children, the staff and the interpreter on site', () => {
    const { prep, followUp } = setup();
    const attendance = meetingAttendance(prep, followUp);
    expect(attendance.comingInPerson).toEqual([]);
    expect(attendance.remote).toEqual([]);
    expect(attendance.interpretersOnSite).toEqual(['arabia']);
    expect(attendance.headcount).toBe(1 + 2 + 1);
  });

  it('reads the network’s reply at the conference and the follow-up’s own at a follow-up', () => {
    const id = '44444444-4444-4444-8444-444444444499';
    const conference = { kind: 'conference' as const, replies: [] };
    const followUp = { kind: 'follow_up' as const, replies: [{ memberId: id, reply: 'remote' as const }] };
    expect(expectedReply({ id, reply: 'not_coming' }, conference)).toBe('not_coming');
    expect(expectedReply({ id, reply: 'not_coming' }, followUp)).toBe('remote');
    expect(expectedReply({ id: 'someone-else', reply: 'coming' }, followUp)).toBe('not_asked');
  });

  it('asks for no letter or call from someone who is not coming to that meeting', () => {
    const { prep, followUp, grandma, swede } = setup();
    const replied = { ...followUp, replies: [{ memberId: swede.id, reply: 'not_coming' as const, version: 2 }] };
    expect(needsInvitation(swede, replied)).toBe(false);
    expect(needsInvitation(grandma, replied)).toBe(true);
    // The checklist's letters and calls wait for the others only.
    expect(checklistRecordsOf(checklistSourcesOf(prep), replied).invitees).toEqual([grandma.id, prep.members.find((m) => m.name === 'Cawo Maxamed Xuseen')!.id]);
    // Not coming to the conference says nothing about the follow-up.
    const notAtConference = { ...swede, reply: 'not_coming' as const };
    expect(needsInvitation(notAtConference, followUp)).toBe(true);
  });
});

describe('meetingFlags', () => {
  it('warns about a short conference, but not about a follow-up of two hours', () => {
    const { prep, conference } = setup();
    const attendance = meetingAttendance(prep, conference);
    const short = { startTime: '09:00', endTime: '11:00' };
    expect(meetingFlags(makeArrangedMeeting(short), attendance).map((f) => f.code)).toContain('duration');
    expect(meetingFlags(makeArrangedMeeting({ ...short, kind: 'follow_up' }), attendance).map((f) => f.code)).not.toContain('duration');
  });
});

describe('viewsAskedOf', () => {
  it('asks those decided "written views only" before the conference, and no one before a follow-up', () => {
    const { prep, conference, followUp } = setup();
    const asked = prep.members.filter((m) => m.invite === 'written_views');
    expect(asked.length).toBeGreaterThan(0);
    expect(viewsAskedOf(prep.members, conference)).toEqual(asked);
    expect(viewsAskedOf(prep.members, followUp)).toEqual([]);
  });
});
