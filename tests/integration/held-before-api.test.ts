import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { meetingChecklist } from '../../electron/shared/arrangements/meetings';
import { conferenceTiming } from '../../electron/shared/conference/conference-timing';
import { conferenceMeetingHeld, nextDue, nextDueFactsOf } from '../../electron/shared/conference/next-due';
import { recordedWork } from '../../electron/shared/conference/recorded-phase';
import { preparationStatus } from '../../electron/shared/preparation/preparation-status';
import { DEFAULT_CHECKLIST } from '../../electron/shared/settings/settings.schema';
import { makeConferenceInput, makeUpdateInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { meetingUpdate, planUpdate, review } from '../fixtures/record-updates';
import { docxText } from '../helpers/docx';
import { call, callError, countRows, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Cases already under way (issue 13 §5): the Virtanen conference was held on 3 February,
 * before the convener started using the app on 1 March. It is entered as held on that day,
 * its accepted plan entered afterwards, and its follow-up then runs in the app.
 */

/** 1 March 2027, 10:00 in Helsinki. */
const MORNING = new Date('2027-03-01T08:00:00.000Z');
const TODAY = '2027-03-01';

function setUp() {
  const backend = openTestBackend(useTempDir(), { now: () => MORNING });
  return { dispatch: backend.dispatch, databaseFile: backend.databaseFile };
}

const heldCase = (heldBefore: { date: string; startTime?: string | null; endTime?: string | null } | null) =>
  makeConferenceInput({ reference: 'Virtanen 4/2027', commissionDate: '2026-12-14', heldBefore });

describe('a conference held before the app', () => {
  it('is created as held on its day, its plan entered afterwards and accepted, and its follow-up runs like any other', async () => {
    const { dispatch } = setUp();
    const conference = await call(dispatch, 'conference.create', heldCase({ date: '2027-02-03', startTime: '09:00', endTime: '13:30' }));
    expect(conference.phase).toBe('neuvonpito');
    let prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    const own = prep.meetings[0]!;
    expect(own).toMatchObject({ kind: 'conference', heldBeforeApp: true, date: '2027-02-03', startTime: '09:00', endTime: '13:30' });
    // No invented meeting day: no clocks run, nobody's attendance is recorded.
    expect(own.day.timers.every((timer) => timer.segments.length === 0)).toBe(true);
    expect(own.day.attendance).toEqual([]);
    expect(recordedWork(prep)).toEqual([{ kind: 'meetingHeldBefore', phase: 'neuvonpito', date: '2027-02-03' }]);
    // Nor can one be invented afterwards, nor its letters and papers made.
    expect((await callError(dispatch, 'meetingDay.timer', { meetingId: own.id, part: 'information', action: 'start' })).code).toBe('conflict');
    expect((await callError(dispatch, 'documents.participants', { meetingId: own.id, batch: randomUUID() })).code).toBe('conflict');

    // Nothing is asked of the preparation that happened before the app; the plan is next.
    expect(preparationStatus(prep, TODAY)).toEqual([]);
    expect(meetingChecklist(prep, own, DEFAULT_CHECKLIST, TODAY)).toEqual([]);
    let next = nextDue(nextDueFactsOf(prep), DEFAULT_CHECKLIST, TODAY);
    // Entered afterwards, the plan is due now: not late since the day of the meeting.
    expect(next).toEqual({ kind: 'recordPlan', due: null, overdueDays: 0 });
    // The 4–6 week window (it closed on 25.1.) is met: the meeting was held.
    expect(conferenceTiming(conference, TODAY, conferenceMeetingHeld(next)).status).toBe('held');
    const listed = (await call(dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items))[0]!;
    expect(listed.nextDue).toEqual(next);
    // The commission cannot move after the meeting it led to.
    const later = await callError(dispatch, 'conference.update', makeUpdateInput(conference, { commissionDate: '2027-02-04' }));
    expect(later).toMatchObject({ code: 'invalid_input', issues: [{ path: ['commissionDate'], message: 'validation.heldBeforeCommission' }] });

    // The plan as it stands: tasks with owners from the network, accepted on the day.
    prep = await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { name: 'Aino Virtanen', reply: 'coming' }));
    const aino = memberNamed(prep, 'Aino Virtanen');
    const begun = (await call(dispatch, 'plan.create', { meetingId: own.id })).plans[0]!;
    expect(begun.meetingId).toBe(own.id);
    prep = await call(
      dispatch,
      'plan.update',
      planUpdate(begun, {
        items: [
          { what: 'Mummo hakee Eetun koulusta tiistaisin.', owner: { kind: 'member', memberId: aino.id } },
          { what: 'Perhetyö alkaa maaliskuussa.', owner: { kind: 'social_worker' } },
        ],
        followUpDate: '2027-05-12',
        followUpInvitees: [{ kind: 'member', memberId: aino.id }, { kind: 'social_worker' }],
        decision: { outcome: 'accepted', reasons: '', date: '2027-02-03' },
      }),
    );
    expect(prep.conference.phase).toBe('seuranta');
    next = nextDue(nextDueFactsOf(prep), DEFAULT_CHECKLIST, TODAY);
    expect(next).toEqual({ kind: 'createFollowUp', due: '2027-05-12', overdueDays: 0 });
    expect((await call(dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items))[0]!.nextDue).toEqual(next);

    // The plan's paper says it was entered afterwards, and when the meeting was held.
    const accepted = prep.plans[0]!;
    const paper = docxText((await call(dispatch, 'documents.plan', { planId: accepted.id, batch: randomUUID() })).bytes);
    expect(paper).toContain('Kirjattu jälkikäteen: neuvonpito pidettiin 3.2.2027 ennen sovelluksen käyttöönottoa');
    expect(paper).toContain('Mummo hakee Eetun koulusta tiistaisin.');

    // The follow-up is made from the accepted plan and prepared like any other.
    prep = await call(dispatch, 'followUp.create', { planId: accepted.id, version: accepted.version, date: null });
    const followUp = prep.meetings.find((m) => m.kind === 'follow_up')!;
    expect(followUp).toMatchObject({ date: '2027-05-12', heldBeforeApp: false });
    expect(meetingChecklist(prep, followUp, DEFAULT_CHECKLIST, TODAY).length).toBeGreaterThan(0);
    next = nextDue(nextDueFactsOf(prep), DEFAULT_CHECKLIST, TODAY);
    expect(next).toMatchObject({ kind: 'checklist', meetingKind: 'follow_up' });
    prep = await call(dispatch, 'meeting.update', meetingUpdate(followUp, { venue: { name: 'Perhekeskus Kataja', bookingStatus: 'booked' } }));
    expect(prep.meetings.find((m) => m.id === followUp.id)!.venueBookedDate).toBe(TODAY);

    // On the day, the plan's tasks are reviewed and the case is closed.
    let record = prep.followUps[0]!;
    for (const item of accepted.items) {
      prep = await call(dispatch, 'followUp.reviewItem', review(record, item.id, 'done'));
      record = prep.followUps[0]!;
    }
    prep = await call(dispatch, 'followUp.setOutcome', {
      meetingId: followUp.id,
      version: record.version,
      outcome: 'close',
      nextDate: null,
      closeReason: 'plan_made',
      closeText: '',
      acceptUnreviewed: false,
    });
    expect(prep.conference.phase).toBe('paattynyt');
  });

  it('refuses a held date in the future or before the commission, in Finnish, and writes nothing', async () => {
    const { dispatch, databaseFile } = setUp();
    const future = await callError(dispatch, 'conference.create', heldCase({ date: '2027-03-02' }));
    expect(future).toMatchObject({ code: 'invalid_input', issues: [{ path: ['heldBefore', 'date'], message: 'validation.heldInFuture' }] });
    const early = await callError(dispatch, 'conference.create', heldCase({ date: '2026-12-13' }));
    expect(early).toMatchObject({ code: 'invalid_input', issues: [{ path: ['heldBefore', 'date'], message: 'validation.heldBeforeCommission' }] });
    const times = await callError(dispatch, 'conference.create', heldCase({ date: '2027-02-03', startTime: '12:00', endTime: '09:00' }));
    expect(times).toMatchObject({ code: 'invalid_input', issues: [{ path: ['heldBefore', 'endTime'], message: 'validation.endBeforeStart' }] });
    const rows = countRows(databaseFile);
    expect(rows.conference).toBe(0);
    expect(rows.meeting).toBe(0);
  });

  it('records an existing conference still in preparation as held, and keeps the held day a day that could be', async () => {
    const { dispatch } = setUp();
    const conference = await call(dispatch, 'conference.create', heldCase(null));
    let prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    const own = prep.meetings[0]!;
    expect(own.heldBeforeApp).toBe(false);

    const stale = await callError(dispatch, 'meeting.enterAsHeld', { id: own.id, version: own.version + 1, date: '2027-02-03', startTime: null, endTime: null });
    expect(stale.code).toBe('conflict');
    const future = await callError(dispatch, 'meeting.enterAsHeld', { id: own.id, version: own.version, date: '2027-03-09', startTime: null, endTime: null });
    expect(future).toMatchObject({ code: 'invalid_input', issues: [{ path: ['date'], message: 'validation.heldInFuture' }] });

    prep = await call(dispatch, 'meeting.enterAsHeld', { id: own.id, version: own.version, date: '2027-02-03', startTime: null, endTime: null });
    expect(prep.conference.phase).toBe('neuvonpito');
    const held = prep.meetings[0]!;
    expect(held).toMatchObject({ heldBeforeApp: true, date: '2027-02-03', version: own.version + 1 });
    expect(nextDue(nextDueFactsOf(prep), DEFAULT_CHECKLIST, TODAY)).toMatchObject({ kind: 'recordPlan' });

    // Once held, it is not entered again, and its day cannot move into the future or be emptied.
    expect((await callError(dispatch, 'meeting.enterAsHeld', { id: held.id, version: held.version, date: '2027-02-04', startTime: null, endTime: null })).code).toBe('conflict');
    const moved = await callError(dispatch, 'meeting.update', meetingUpdate(held, { date: '2027-04-01' }));
    expect(moved).toMatchObject({ code: 'invalid_input', issues: [{ path: ['date'], message: 'validation.heldInFuture' }] });
    const emptied = await callError(dispatch, 'meeting.update', meetingUpdate(held, { date: null }));
    expect(emptied).toMatchObject({ code: 'invalid_input', issues: [{ path: ['date'], message: 'validation.required' }] });
    prep = await call(dispatch, 'meeting.update', meetingUpdate(held, { date: '2027-02-04' }));
    expect(prep.meetings[0]!.date).toBe('2027-02-04');
  });

  it('is refused for a meeting held in the app', async () => {
    const { dispatch } = setUp();
    const conference = await call(dispatch, 'conference.create', heldCase(null));
    let prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    const own = prep.meetings[0]!;
    prep = await call(dispatch, 'meetingDay.timer', { meetingId: own.id, part: 'information', action: 'start' });
    const started = await callError(dispatch, 'meeting.enterAsHeld', { id: own.id, version: prep.meetings[0]!.version, date: '2027-02-03', startTime: null, endTime: null });
    expect(started.code).toBe('conflict');
    expect((await call(dispatch, 'preparation.get', { conferenceId: conference.id })).meetings[0]!.heldBeforeApp).toBe(false);
  });
});
