import { describe, expect, it } from 'vitest';
import type { CostEntry, WorkEntry } from '../../electron/shared/work/work.schema';
import { conferenceCosts, costLines, isInMonth, meetingCosts, workCost, workLogRows, workTotals } from '../../electron/shared/work/work-log';
import { makeContact, makeMeeting } from '../fixtures/preparation';
import { interpreterLine } from '../fixtures/record-updates';

const CONFERENCE = '11111111-1111-4111-8111-111111111101';
const CONFERENCE_MEETING = '66666666-6666-4666-8666-666666666601';
const FOLLOW_UP = '66666666-6666-4666-8666-666666666602';

let seq = 0;
function work(date: string, minutes: number, activity: WorkEntry['activity']): WorkEntry {
  seq += 1;
  return { id: `w-${seq}`, conferenceId: CONFERENCE, date, minutes, activity, version: 1, createdAt: `2027-01-01T00:00:${String(seq).padStart(2, '0')}Z` };
}

function cost(date: string, amount: number, meetingId: string | null, kind: CostEntry['kind'] = 'travel', what = ''): CostEntry {
  seq += 1;
  return { id: `c-${seq}`, conferenceId: CONFERENCE, date, kind, what, amount, meetingId, version: 1, createdAt: '2027-01-01T00:00:00Z' };
}

describe('the working-time log', () => {
  it("is the entries and the contacts' lengths in date order; a contact without a length is not working time", () => {
    const rows = workLogRows({
      work: [work('2027-01-12', 30, 'travel'), work('2027-01-20', 90, 'documents')],
      // Newest first, as the preparation holds them.
      contacts: [
        makeContact({ id: 'late', date: '2027-01-15', durationMinutes: 45 }),
        makeContact({ id: 'short', date: '2027-01-14', durationMinutes: null }),
        makeContact({ id: 'early', date: '2027-01-10', durationMinutes: 60 }),
      ],
    });
    expect(rows.map((r) => [r.source, r.date, r.minutes, r.activity])).toEqual([
      ['contact', '2027-01-10', 60, 'preparation'],
      ['entry', '2027-01-12', 30, 'travel'],
      ['contact', '2027-01-15', 45, 'preparation'],
      ['entry', '2027-01-20', 90, 'documents'],
    ]);
  });

  it('totals the minutes per activity and in all, every activity present', () => {
    const totals = workTotals([
      { minutes: 60, activity: 'preparation' },
      { minutes: 45, activity: 'preparation' },
      { minutes: 30, activity: 'travel' },
    ]);
    expect(totals).toEqual({
      byActivity: { preparation: 105, travel: 30, meeting: 0, documents: 0, follow_up: 0, other: 0 },
      total: 135,
    });
    expect(workTotals([]).total).toBe(0);
  });

  it('prices working time at the hourly rate to the cent', () => {
    expect(workCost(90, 4850)).toBe(7275);
    expect(workCost(20, 4850)).toBe(1617);
    expect(workCost(0, 4850)).toBe(0);
  });
});

describe('the costs', () => {
  const meeting = makeMeeting({
    id: CONFERENCE_MEETING,
    date: '2027-02-24',
    venue: { ...makeMeeting().venue, name: 'Perhekeskus', cost: 12000 },
    refreshments: { ...makeMeeting().refreshments, what: 'Kahvi ja pulla', cost: 4550 },
    interpreters: [interpreterLine({ language: 'somali', cost: 9050 }), interpreterLine({ language: 'arabia' })],
  });

  it("of a meeting: its arrangements' own costs, then the travel tied to it; what is still missing", () => {
    const costs = meetingCosts(meeting, [cost('2027-02-24', 1536, CONFERENCE_MEETING, 'travel', 'Matka 32 km'), cost('2027-01-20', 500, null)]);
    expect(costs.lines.map((l) => [l.kind, l.amount, l.date, l.what])).toEqual([
      ['venue', 12000, '2027-02-24', ''],
      ['refreshments', 4550, '2027-02-24', ''],
      ['interpreter', 9050, '2027-02-24', 'somali'],
      ['travel', 1536, '2027-02-24', 'Matka 32 km'],
    ]);
    expect(costs.total).toBe(27136);
    expect(costs.missing).toEqual(['interpreters']);
  });

  it('asks for the venue and refreshments only once they are chosen or ordered', () => {
    expect(meetingCosts(makeMeeting(), []).missing).toEqual([]);
    const chosen = makeMeeting({
      venue: { ...makeMeeting().venue, bookingStatus: 'booked' },
      refreshments: { ...makeMeeting().refreshments, orderedDate: '2027-02-01' },
    });
    expect(meetingCosts(chosen, []).missing).toEqual(['venue', 'refreshments']);
  });

  it("of the conference: every meeting's, the preparation's (tied to none) and the total", () => {
    const followUp = makeMeeting({ id: FOLLOW_UP, kind: 'follow_up', date: null });
    const all = conferenceCosts({
      meetings: [meeting, followUp],
      costs: [cost('2027-03-01', 800, null, 'other', 'Postimaksut'), cost('2027-06-01', 2000, FOLLOW_UP), cost('2027-01-20', 500, null)],
    });
    expect(all.meetings.map((m) => m.total)).toEqual([25600, 2000]);
    expect(all.preparation.map((l) => l.amount)).toEqual([500, 800]);
    expect(all.preparationTotal).toBe(1300);
    expect(all.total).toBe(25600 + 2000 + 1300);
    expect(costLines(all).map((l) => l.date)).toEqual(['2027-01-20', '2027-02-24', '2027-02-24', '2027-02-24', '2027-03-01', '2027-06-01']);
  });

  it('counts a line in the month of its date; an undated meeting is in no month', () => {
    expect(isInMonth('2027-02-24', '2027-02')).toBe(true);
    expect(isInMonth('2027-03-01', '2027-02')).toBe(false);
    expect(isInMonth(null, '2027-02')).toBe(false);
  });
});
