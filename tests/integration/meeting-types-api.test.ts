import { describe, expect, it } from 'vitest';
import { meetingChecklist } from '../../electron/shared/arrangements/meetings';
import { conferenceTiming } from '../../electron/shared/conference/conference-timing';
import { meetingTypeOf } from '../../electron/shared/conference/meeting-types';
import { nextDue, nextDueFactsOf } from '../../electron/shared/conference/next-due';
import { preparationStatus } from '../../electron/shared/preparation/preparation-status';
import { DEFAULT_CHECKLIST } from '../../electron/shared/settings/settings.schema';
import { makeConferenceInput, makeUpdateInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { meetingUpdate, planUpdate } from '../fixtures/record-updates';
import { call, callError, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/*
 * The network-mapping meeting (issue 14) beside the family group conference: the same
 * machinery, shaped by the kind's definition. The Lahtinen family's social worker asked on
 * 1 March for a mapping meeting; the guardian Sari Lahtinen is the client.
 */

/** 1 March 2027, 10:00 in Helsinki. */
const MORNING = new Date('2027-03-01T08:00:00.000Z');
const TODAY = '2027-03-01';

function setUp() {
  return openTestBackend(useTempDir(), { now: () => MORNING }).dispatch;
}

const mappingInput = () =>
  makeConferenceInput({
    reference: 'Lahtinen 7/2027',
    commissionDate: '2027-03-01',
    meetingType: 'verkostokartoitus',
    guardians: [{ name: 'Sari Lahtinen' }],
  });

describe('a network-mapping meeting', () => {
  it('starts in preparation, asks only what its kind needs, and is due within four weeks of the request', async () => {
    const dispatch = setUp();
    const conference = await call(dispatch, 'conference.create', mappingInput());
    // No commission agreement: it begins in preparation.
    expect(conference.phase).toBe('valmistelu');
    const prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });

    // What is missing: no commission, consents, preparation talks, summary or family meetings.
    expect(preparationStatus(prep, TODAY).map((check) => check.id)).toEqual(['network', 'contacted', 'replied', 'children', 'timing']);
    // Within a few weeks of the request, not 4–6 weeks after it.
    expect(conferenceTiming(conference, TODAY)).toMatchObject({ opens: '2027-03-01', closes: '2027-03-29', status: 'open' });
    // The checklist asks for no summary; the conference's does.
    const own = prep.meetings[0]!;
    const keys = meetingChecklist(prep, own, DEFAULT_CHECKLIST, TODAY).map((entry) => entry.key);
    expect(keys).not.toContain('summary');
    expect(keys).toEqual(expect.arrayContaining(['venue', 'invitations', 'refreshments', 'reminders']));
    // Its day runs the eight steps, each on its own clock.
    expect(own.day.timers.map((timer) => timer.part)).toEqual(
      meetingTypeOf(conference).day.conference.layout === 'steps'
        ? ['welcome', 'purpose', 'interviews', 'turns', 'flip_chart', 'client_view', 'written_plan', 'closing']
        : [],
    );

    const full = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'Korhonen 2/2027' }));
    expect(full.phase).toBe('toimeksianto');
    const fullPrep = await call(dispatch, 'preparation.get', { conferenceId: full.id });
    expect(preparationStatus(fullPrep, TODAY)).toHaveLength(12);
    expect(meetingChecklist(fullPrep, fullPrep.meetings[0]!, DEFAULT_CHECKLIST, TODAY).map((entry) => entry.key)).toContain('summary');
    expect(fullPrep.meetings[0]!.day.timers.map((timer) => timer.part)).toEqual(['information', 'private_time', 'plan']);
  });

  it('refuses a phase its kind does not have, and a change of kind once its meeting has begun', async () => {
    const dispatch = setUp();
    const conference = await call(dispatch, 'conference.create', mappingInput());
    const noCommission = await callError(dispatch, 'conference.update', makeUpdateInput(conference, { phase: 'toimeksianto' }));
    expect(noCommission).toMatchObject({ code: 'invalid_input', issues: [{ path: ['phase'], message: 'validation.choice' }] });

    // Before anything is held it can become a full conference, and back.
    const full = await call(dispatch, 'conference.update', makeUpdateInput(conference, { meetingType: 'laheisneuvonpito' }));
    expect(full).toMatchObject({ meetingType: 'laheisneuvonpito', phase: 'valmistelu' });
    const mapping = await call(dispatch, 'conference.update', makeUpdateInput(full, { meetingType: 'verkostokartoitus' }));
    expect(mapping).toMatchObject({ meetingType: 'verkostokartoitus', phase: 'valmistelu' });

    let prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    const own = prep.meetings[0]!;
    // A conference's part is not one of its steps.
    const wrongPart = await callError(dispatch, 'meetingDay.timer', { meetingId: own.id, part: 'information', action: 'start' });
    expect(wrongPart).toMatchObject({ code: 'invalid_input', issues: [{ path: ['part'] }] });
    prep = await call(dispatch, 'meetingDay.timer', { meetingId: own.id, part: 'welcome', action: 'start' });
    expect(prep.conference.phase).toBe('neuvonpito');
    const fixed = await callError(dispatch, 'conference.update', makeUpdateInput(prep.conference, { meetingType: 'laheisneuvonpito' }));
    expect(fixed).toMatchObject({ code: 'invalid_input', issues: [{ path: ['meetingType'], message: 'validation.meetingTypeFixed' }] });
  });

  it('after its plan is agreed: post it to the client, then close it unless a follow-up was agreed', async () => {
    const dispatch = setUp();
    const conference = await call(dispatch, 'conference.create', mappingInput());
    let prep = await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { name: 'Pekka Lahtinen', relation: 'isoisä', reply: 'coming' }));
    const pekka = memberNamed(prep, 'Pekka Lahtinen');
    const sari = memberNamed(prep, 'Sari Lahtinen');
    const own = prep.meetings[0]!;
    prep = await call(dispatch, 'meeting.update', meetingUpdate(own, { date: '2027-02-26', startTime: '13:00', endTime: '14:30' }));
    const plan = (await call(dispatch, 'plan.create', { meetingId: own.id })).plans[0]!;
    prep = await call(
      dispatch,
      'plan.update',
      planUpdate(plan, {
        items: [{ what: 'Pappa vie Eetun harjoituksiin torstaisin.', owner: { kind: 'member', memberId: pekka.id } }],
        decision: { outcome: 'accepted', reasons: '', date: '2027-02-26' },
      }),
    );
    expect(prep.conference.phase).toBe('seuranta');
    const next = () => nextDue(nextDueFactsOf(prep), DEFAULT_CHECKLIST, TODAY);
    // Posted to the client: due since the day it was agreed.
    expect(next()).toEqual({ kind: 'postPlan', due: '2027-02-26', overdueDays: 3 });
    expect((await call(dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items))[0]!.nextDue).toEqual(next());

    // A copy to the grandfather is not the client's.
    const copy = (memberId: string) => ({ recipient: { kind: 'member' as const, memberId }, sentDate: TODAY, channel: 'post' as const });
    let decided = prep.plans[0]!;
    prep = await call(dispatch, 'plan.update', planUpdate(decided, { recipients: [copy(pekka.id)] }));
    expect(next()).toMatchObject({ kind: 'postPlan' });
    // Posted to the client (the guardian): no follow-up was agreed, so it is to be closed.
    decided = prep.plans[0]!;
    prep = await call(dispatch, 'plan.update', planUpdate(decided, { recipients: [copy(pekka.id), copy(sari.id)] }));
    expect(next()).toEqual({ kind: 'close', due: null, overdueDays: 0 });
    expect((await call(dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items))[0]!.nextDue).toEqual(next());

    // A conference's accepted plan leads to its follow-up, posted or not.
    const full = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'Korhonen 2/2027', commissionDate: '2027-01-05' }));
    let fullPrep = await call(dispatch, 'preparation.get', { conferenceId: full.id });
    const fullPlan = (await call(dispatch, 'plan.create', { meetingId: fullPrep.meetings[0]!.id })).plans[0]!;
    fullPrep = await call(
      dispatch,
      'plan.update',
      planUpdate(fullPlan, {
        items: [{ what: 'Perhetyö alkaa.', owner: { kind: 'social_worker' } }],
        decision: { outcome: 'accepted', reasons: '', date: '2027-02-26' },
      }),
    );
    expect(nextDue(nextDueFactsOf(fullPrep), DEFAULT_CHECKLIST, TODAY)).toMatchObject({ kind: 'createFollowUp' });
  });

  it('with a follow-up agreed, goes on to the follow-up once the plan is posted', async () => {
    const dispatch = setUp();
    const conference = await call(dispatch, 'conference.create', mappingInput());
    let prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    const sari = memberNamed(prep, 'Sari Lahtinen');
    const plan = (await call(dispatch, 'plan.create', { meetingId: prep.meetings[0]!.id })).plans[0]!;
    prep = await call(
      dispatch,
      'plan.update',
      planUpdate(plan, {
        items: [{ what: 'Sari soittaa perhetyöhön.', owner: { kind: 'member', memberId: sari.id } }],
        followUpDate: '2027-05-20',
        recipients: [{ recipient: { kind: 'member', memberId: sari.id }, sentDate: TODAY, channel: 'post' }],
        decision: { outcome: 'accepted', reasons: '', date: TODAY },
      }),
    );
    expect(nextDue(nextDueFactsOf(prep), DEFAULT_CHECKLIST, TODAY)).toEqual({ kind: 'createFollowUp', due: '2027-05-20', overdueDays: 0 });
  });
});
