import { describe, expect, it } from 'vitest';
import { meetingChecklist } from '../../electron/shared/arrangements/meetings';
import { nextDue, nextDueFactsOf } from '../../electron/shared/conference/next-due';
import { preparationStatus } from '../../electron/shared/preparation/preparation-status';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { DEFAULT_CHECKLIST } from '../../electron/shared/settings/settings.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { commissionUpdate, interpreterLine, meetingUpdate, summaryUpdate } from '../fixtures/record-updates';
import { call, callError, makeClock, openTestBackend } from '../helpers/backend';
import { saveSettings } from '../helpers/settings';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Issue 13 §2 and §4 through the API: each fact entered once in its own place ticks the
 * checklist with its date, and agreeing the commission moves the phase.
 */

const TODAY = '2027-01-11';

function checklist(prep: Preparation, today = TODAY) {
  const entries = meetingChecklist(prep, prep.meetings[0]!, DEFAULT_CHECKLIST, today);
  return Object.fromEntries(entries.map((e) => [e.key, { doneDate: e.doneDate, source: e.source, status: e.status }]));
}

async function setUp() {
  const clock = makeClock();
  const backend = openTestBackend(useTempDir(), { now: clock.now });
  const { dispatch } = backend;
  await saveSettings(dispatch, { convener: { name: 'Riikka Salmela', title: 'koordinaattori', phone: '', email: '', hourlyRate: null } });
  const conference = await call(dispatch, 'conference.create', makeConferenceInput());
  await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { name: 'Aune Äijälä', invite: 'invite', reply: 'coming' }));
  const prep = await call(
    dispatch,
    'network.addMember',
    makeMemberInput(conference.id, {
      name: 'Cawo Maxamed Xuseen',
      invite: 'invite',
      reply: 'coming',
      language: 'other',
      otherLanguage: 'somali',
      interpreterNeeded: true,
    }),
  );
  return { clock, dispatch, conference, prep };
}

describe('the checklist follows what is recorded', () => {
  it('ticks the venue, interpreter and refreshments by the saved arrangements, with their dates, and refuses a hand tick there', async () => {
    const { dispatch, prep } = await setUp();
    const meeting = prep.meetings[0]!;
    expect(checklist(prep).venue).toEqual({ doneDate: null, source: null, status: 'open' });

    const saved = await call(
      dispatch,
      'meeting.update',
      meetingUpdate(meeting, {
        date: '2027-02-24',
        venue: { name: 'Perhekeskus Pihlaja', bookingStatus: 'booked' },
        interpreters: [interpreterLine({ language: 'somali', bookedDate: '2027-01-08', confirmed: true })],
        refreshments: { what: 'Kahvi ja pulla', orderedDate: '2027-01-10', orderedHeadcount: 4 },
      }),
    );
    expect(checklist(saved)).toMatchObject({
      venue: { doneDate: TODAY, source: 'arrangements', status: 'done' },
      interpreter: { doneDate: '2027-01-08', source: 'arrangements', status: 'done' },
      refreshments: { doneDate: '2027-01-10', source: 'arrangements', status: 'done' },
    });

    // Saved again later, the venue keeps the day it was first booked.
    const again = await call(dispatch, 'meeting.update', meetingUpdate(saved.meetings[0]!, { notes: 'Avain vahtimestarilta.' }));
    expect(again.meetings[0]!.venueBookedDate).toBe(TODAY);

    const refused = await callError(dispatch, 'checklist.setDone', { meetingId: meeting.id, key: 'venue', version: 1, doneDate: null });
    expect(refused).toMatchObject({ code: 'invalid_input', issues: [{ path: ['key'], message: 'checklist.error.decidedByFact' }] });

    // No longer booked: the item is open again, whatever was ticked before.
    const unbooked = await call(dispatch, 'meeting.update', meetingUpdate(again.meetings[0]!, { venue: { name: 'Perhekeskus Pihlaja', bookingStatus: 'requested' } }));
    expect(unbooked.meetings[0]!.venueBookedDate).toBeNull();
    expect(checklist(unbooked).venue).toMatchObject({ doneDate: null, source: null });
  });

  it('ticks the invitations once every invitee has a letter made, from the letters log', async () => {
    const { dispatch, prep } = await setUp();
    const meeting = prep.meetings[0]!;
    await call(dispatch, 'meeting.update', meetingUpdate(meeting, { date: '2027-02-24' }));
    // The invitees: the guardian (invited with the conference), Aune and Cawo.
    const [maija, aune, cawo] = ['Maija Äijälä', 'Aune Äijälä', 'Cawo Maxamed Xuseen'].map((name) => memberNamed(prep, name));
    for (const member of [maija!, aune!]) {
      await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: member.id } });
    }
    let now = await call(dispatch, 'preparation.get', { conferenceId: prep.conference.id });
    expect(checklist(now).invitations).toMatchObject({ doneDate: null, source: null });
    expect(now.letters).toMatchObject([
      { letter: 'invitation', recipientId: maija!.id, exportedBy: 'Riikka Salmela' },
      { letter: 'invitation', recipientId: aune!.id, exportedBy: 'Riikka Salmela' },
    ]);

    await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: cawo!.id } });
    now = await call(dispatch, 'preparation.get', { conferenceId: prep.conference.id });
    expect(checklist(now).invitations).toEqual({ doneDate: TODAY, source: 'letters', status: 'done' });
    // Done by the log, it cannot be un-ticked by hand.
    const refused = await callError(dispatch, 'checklist.setDone', { meetingId: meeting.id, key: 'invitations', version: 1, doneDate: null });
    expect(refused.code).toBe('invalid_input');
    // The list reads the same facts from its own queries: the invitations are no longer next.
    const listed = (await call(dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items))[0]!;
    expect(listed.nextDue).toEqual(nextDue(nextDueFactsOf(now), DEFAULT_CHECKLIST, TODAY));
  });

  it('ticks the summary by its "gone through with the parents" day, and the reminder calls by the contact log', async () => {
    const { dispatch, prep } = await setUp();
    await call(dispatch, 'meeting.update', meetingUpdate(prep.meetings[0]!, { date: '2027-01-14' }));
    const summary = await call(dispatch, 'summary.update', summaryUpdate(prep, { receivedDate: '2027-01-05', parentsDate: '2027-01-07' }));
    expect(checklist(summary).summary).toEqual({ doneDate: '2027-01-07', source: 'summary', status: 'done' });
    for (const member of prep.members) {
      await call(dispatch, 'contact.add', { conferenceId: prep.conference.id, memberId: member.id, date: '2027-01-10', channel: 'phone', discussed: 'Muistutus tapaamisesta.' });
    }
    const now = await call(dispatch, 'preparation.get', { conferenceId: prep.conference.id });
    expect(checklist(now).reminders).toEqual({ doneDate: '2027-01-10', source: 'contacts', status: 'done' });
  });
});

describe('a talk with the family', () => {
  it('counts as a contact with the guardian: in the preparation status and in the reminder calls', async () => {
    const { dispatch, prep } = await setUp();
    const conferenceId = prep.conference.id;
    const meeting = prep.meetings[0]!;
    await call(dispatch, 'meeting.update', meetingUpdate(meeting, { date: '2027-01-14' }));
    for (const name of ['Aune Äijälä', 'Cawo Maxamed Xuseen']) {
      await call(dispatch, 'contact.add', { conferenceId, memberId: memberNamed(prep, name).id, date: '2027-01-10', channel: 'phone', discussed: 'Muistutus tapaamisesta.' });
    }
    const maija = memberNamed(prep, 'Maija Äijälä');
    const contacted = (now: Preparation) => preparationStatus(now, TODAY).find((item) => item.id === 'contacted')!;
    const reminders = (now: Preparation) => meetingChecklist(now, now.meetings[0]!, DEFAULT_CHECKLIST, TODAY).find((e) => e.key === 'reminders')!;

    // Only the guardian has not been talked with.
    let now = await call(dispatch, 'preparation.get', { conferenceId });
    expect(contacted(now)).toMatchObject({ done: false, count: { done: 2, total: 3 }, missing: [{ kind: 'member', memberId: maija.id }] });
    expect(reminders(now)).toMatchObject({ doneDate: null, source: null, note: { code: 'remindersMissing', missing: 1, of: 3 } });

    // The convener calls the family (no one member): that is Maija.
    now = await call(dispatch, 'contact.add', { conferenceId, memberId: null, date: '2027-01-12', channel: 'phone', discussed: 'Muistutus perheelle.' });
    expect(contacted(now)).toMatchObject({ done: true, count: { done: 3, total: 3 }, missing: [] });
    expect(reminders(now)).toMatchObject({ doneDate: '2027-01-12', source: 'contacts', status: 'done', note: null });
  });
});

describe('the phase', () => {
  it('moves from Toimeksianto to Valmistelu when the commission is agreed, once', async () => {
    const { clock, dispatch, prep } = await setUp();
    expect(prep.conference.phase).toBe('toimeksianto');
    clock.advanceMinutes(5);
    const notYet = await call(dispatch, 'commission.update', commissionUpdate(prep, { notes: 'Sovitaan ensi viikolla.' }));
    expect(notYet.conference.phase).toBe('toimeksianto');
    const agreed = await call(dispatch, 'commission.update', commissionUpdate(notYet, { agreedDate: '2027-01-11' }));
    expect(agreed.conference).toMatchObject({ phase: 'valmistelu', version: prep.conference.version + 1 });
    // Edited again, it stays: only the first agreement moves the phase.
    const edited = await call(dispatch, 'commission.update', commissionUpdate(agreed, { notes: 'Sovittu.' }));
    expect(edited.conference).toEqual(agreed.conference);
  });
});
