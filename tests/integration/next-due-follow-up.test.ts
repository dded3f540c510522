import { describe, expect, it } from 'vitest';
import { checklistOf } from '../../electron/shared/arrangements/checklist';
import { meetingAttendance, meetingInvitees } from '../../electron/shared/arrangements/meetings';
import { nextDue, nextDueFactsOf } from '../../electron/shared/conference/next-due';
import { DEFAULT_CHECKLIST } from '../../electron/shared/settings/settings.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { meetingUpdate, planUpdate } from '../fixtures/record-updates';
import { call, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/*
 * A follow-up meeting invites the people its plan names, not the conference's invitees:
 * the list's "Seuraavaksi" asks for an interpreter only when one of them needs it, as the
 * follow-up's arrangements do and as the overview (reading the whole preparation) does.
 * Cawo needed a Somali interpreter at each conference; Ilona needs none. As at the
 * conference, only those who have said they are coming (to the follow-up) count.
 */

/** 1 March 2027, 10:00 in Helsinki. */
const MORNING = new Date('2027-03-01T08:00:00.000Z');
const TODAY = '2027-03-01';

describe('the next thing due before a follow-up meeting', () => {
  async function setUp() {
    const { dispatch } = openTestBackend(useTempDir(), { now: () => MORNING });

    /**
     * A conference held on 24.2. whose accepted plan invites `invited` of Cawo and Ilona to a
     * follow-up on 20.3.; those invited have replied that they are coming, unless `replied` is false.
     */
    const inFollowUp = async (reference: string, invited: ('cawo' | 'ilona')[], replied = true) => {
      const conference = await call(dispatch, 'conference.create', makeConferenceInput({ reference, commissionDate: '2027-01-11' }));
      await call(
        dispatch,
        'network.addMember',
        makeMemberInput(conference.id, {
          name: 'Cawo Maxamed Xuseen',
          reply: 'coming',
          language: 'other',
          otherLanguage: 'somali',
          interpreterNeeded: true,
        }),
      );
      const prep = await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { name: 'Ilona Järvelä', reply: 'coming' }));
      const ids = { cawo: memberNamed(prep, 'Cawo Maxamed Xuseen').id, ilona: memberNamed(prep, 'Ilona Järvelä').id };
      const meeting = prep.meetings[0]!;
      await call(dispatch, 'meeting.update', meetingUpdate(meeting, { date: '2027-02-24' }));
      const begun = (await call(dispatch, 'plan.create', { meetingId: meeting.id })).plans[0]!;
      const accepted = (
        await call(
          dispatch,
          'plan.update',
          planUpdate(begun, {
            items: [{ what: 'Sosiaalityöntekijä järjestää perhetyön.', owner: { kind: 'social_worker' } }],
            followUpDate: '2027-03-20',
            followUpInvitees: [...invited.map((who) => ({ kind: 'member' as const, memberId: ids[who] })), { kind: 'social_worker' }],
            decision: { outcome: 'accepted', reasons: '', date: '2027-02-24' },
          }),
        )
      ).plans[0]!;
      const withFollowUp = await call(dispatch, 'followUp.create', { planId: accepted.id, version: accepted.version });
      const followUp = withFollowUp.meetings.find((m) => m.kind === 'follow_up')!;
      // The venue is booked in the arrangements (which ticks it); the invitations are ticked by hand.
      await call(dispatch, 'meeting.update', meetingUpdate(followUp, { venue: { bookingStatus: 'booked' } }));
      await call(dispatch, 'checklist.setDone', { meetingId: followUp.id, key: 'invitations', version: 1, doneDate: '2027-02-26' });
      if (replied) {
        for (const invitee of meetingInvitees(withFollowUp, followUp)) {
          await call(dispatch, 'meeting.setReply', { meetingId: followUp.id, memberId: invitee.id, version: 1, reply: 'coming' });
        }
      }
      return conference.id;
    };
    return { dispatch, inFollowUp };
  }

  it('asks for the interpreter only when someone coming to the follow-up needs one, as the arrangements and the overview say', async () => {
    const { dispatch, inFollowUp } = await setUp();
    const conferences = {
      'Rinne 7/2027': await inFollowUp('Rinne 7/2027', ['ilona']),
      'Salo 9/2027': await inFollowUp('Salo 9/2027', ['cawo', 'ilona']),
      // A plan that names no one of the network: the follow-up invites the conference's invitees.
      'Tuomi 2/2027': await inFollowUp('Tuomi 2/2027', []),
      // Cawo is invited but has not replied to the follow-up yet: no interpreter is booked for her yet.
      'Vaara 4/2027': await inFollowUp('Vaara 4/2027', ['cawo', 'ilona'], false),
    };

    const listed = Object.fromEntries((await call(dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).map((c) => [c.reference, c.nextDue]));
    const followUpItem = (key: string, due: string) => ({
      kind: 'checklist',
      meetingKind: 'follow_up',
      item: { key, builtIn: true, text: '' },
      due,
      overdueDays: 0,
    });
    expect(listed).toEqual({
      'Rinne 7/2027': followUpItem('refreshments', '2027-03-13'),
      'Salo 9/2027': followUpItem('interpreter', '2027-03-06'),
      'Tuomi 2/2027': followUpItem('interpreter', '2027-03-06'),
      'Vaara 4/2027': followUpItem('refreshments', '2027-03-13'),
    });

    for (const [reference, conferenceId] of Object.entries(conferences)) {
      const prep = await call(dispatch, 'preparation.get', { conferenceId });
      const followUp = prep.meetings.find((m) => m.kind === 'follow_up')!;
      // The overview reads the whole preparation; the list reads a few columns of every conference.
      expect(nextDue(nextDueFactsOf(prep), DEFAULT_CHECKLIST, TODAY), reference).toEqual(listed[reference]);
      // The Järjestelyt tab's checklist of the follow-up has the interpreter exactly when the list asks for it.
      const keys = checklistOf(followUp, DEFAULT_CHECKLIST, meetingAttendance(prep, followUp), TODAY).map((entry) => entry.key);
      expect(keys.includes('interpreter'), reference).toBe(reference === 'Salo 9/2027' || reference === 'Tuomi 2/2027');
    }
  });
});
