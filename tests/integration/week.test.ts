import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../electron/shared/arrangements/meeting.schema';
import type { Week } from '../../electron/shared/week/week';
import { makeConferenceInput } from '../fixtures/conference';
import { meetingUpdate } from '../fixtures/record-updates';
import { call, callError, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/** Monday 1 March 2027, 10:00 in Helsinki. */
const MONDAY = new Date('2027-03-01T08:00:00.000Z');

/** Each day of the week as "date: what, reference" lines, the way a convener reads it. */
function lines(week: Week): Record<string, string[]> {
  return Object.fromEntries(
    week.days.map((day) => [
      day.date,
      day.items.map((item) => {
        switch (item.kind) {
          case 'meeting':
            return `${item.meetingKind} ${item.startTime ?? ''}–${item.endTime ?? ''} ${item.reference}`;
          case 'checklist':
            return `checklist ${item.item.key} ${item.reference}`;
          case 'nextStep':
            return `next step "${item.text}" (${item.memberName ?? 'family'}) ${item.reference}`;
        }
      }),
    ]),
  );
}

async function setUp() {
  const { dispatch } = openTestBackend(useTempDir(), { now: () => MONDAY });
  const create = async (reference: string) => {
    const conference = await call(dispatch, 'conference.create', makeConferenceInput({ reference, commissionDate: '2027-01-25' }));
    const prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    return { conference, meeting: prep.meetings[0]! };
  };
  const arrange = (meeting: Meeting, fields: Partial<Meeting>) => call(dispatch, 'meeting.update', meetingUpdate(meeting, fields));
  return { dispatch, create, arrange };
}

describe('week.get: the convener’s week across conferences', () => {
  it('lists by day the meetings, the checklist items due and the next steps, by the conference screens’ rules', async () => {
    const { dispatch, create, arrange } = await setUp();

    // Lind meets on Thursday; its reminders are already called, its materials are due that day.
    const lind = await create('Lind 2/2027');
    await arrange(lind.meeting, { date: '2027-03-04', startTime: '09:00', endTime: '14:00' });
    await call(dispatch, 'checklist.setDone', { meetingId: lind.meeting.id, key: 'reminders', version: 1, doneDate: '2027-03-01' });
    // An older next step with the family was followed up by the newer contact: it is not due any more.
    await call(dispatch, 'contact.add', {
      conferenceId: lind.conference.id,
      memberId: null,
      date: '2027-02-20',
      channel: 'meeting',
      discussed: 'Tapasimme vanhemmat.',
      nextStep: 'Lähetä vanhemmille kutsu',
      nextStepDate: '2027-03-03',
    });
    await call(dispatch, 'contact.add', {
      conferenceId: lind.conference.id,
      memberId: null,
      date: '2027-02-26',
      channel: 'phone',
      discussed: 'Kävimme läpi neuvonpidon kulun.',
      nextStep: 'Soita äidille ja kysy tulkista',
      nextStepDate: '2027-03-02',
    });

    // Mäkelä meets next Friday: this week only its refreshments and summary are due (Friday).
    const makela = await create('Mäkelä 3/2027');
    await arrange(makela.meeting, { date: '2027-03-12', startTime: '12:00', endTime: '16:00' });

    // Koivisto has no date: nothing of it is on any day.
    await create('Koivisto 1/2027');

    // A closed conference meeting this week is not the convener's work any more.
    const salo = await create('Salo 9/2027');
    await arrange(salo.meeting, { date: '2027-03-03' });
    await call(dispatch, 'conference.close', { id: salo.conference.id, version: salo.conference.version, reason: 'family_withdrew', text: '' });

    // Asked on a Wednesday: the week is Monday to Sunday.
    const week = await call(dispatch, 'week.get', { from: '2027-03-03' });
    expect({ from: week.from, to: week.to, number: week.number }).toEqual({ from: '2027-03-01', to: '2027-03-07', number: 9 });
    expect(lines(week)).toEqual({
      '2027-03-01': [],
      '2027-03-02': ['next step "Soita äidille ja kysy tulkista" (family) Lind 2/2027'],
      '2027-03-03': [],
      '2027-03-04': ['conference 09:00–14:00 Lind 2/2027', 'checklist materials Lind 2/2027'],
      '2027-03-05': ['checklist refreshments Mäkelä 3/2027', 'checklist summary Mäkelä 3/2027'],
      '2027-03-06': [],
      '2027-03-07': [],
    });
    // Each line names the conference it links to.
    const thursday = week.days[3]!.items[0]!;
    expect(thursday).toMatchObject({ conferenceId: lind.conference.id, children: lind.conference.children.map((c) => c.firstName) });

    // Next week: Mäkelä's reminders, materials and the meeting itself.
    expect(lines(await call(dispatch, 'week.get', { from: '2027-03-08' }))).toMatchObject({
      '2027-03-10': ['checklist reminders Mäkelä 3/2027'],
      '2027-03-12': ['conference 12:00–16:00 Mäkelä 3/2027', 'checklist materials Mäkelä 3/2027'],
    });
  });

  it('refuses a day that is not a date', async () => {
    const { dispatch } = await setUp();
    expect((await callError(dispatch, 'week.get', { from: '2027-02-30' })).code).toBe('invalid_input');
    expect((await callError(dispatch, 'week.get', {})).code).toBe('invalid_input');
  });
});
