import { describe, expect, it } from 'vitest';
import { compareByAttention, conferenceTiming } from '../../electron/shared/conference/conference-timing';
import type { Phase } from '../../electron/shared/conference/conference-lists';
import { MEETING_TYPE_DEFINITIONS } from '../../electron/shared/conference/meeting-types';

function timing(commissionDate: string, today: string, phase: Phase = 'valmistelu') {
  return conferenceTiming({ commissionDate, phase, meetingType: 'laheisneuvonpito' }, today);
}

describe('the 4–6 week window', () => {
  it('opens 4 weeks and closes 6 weeks after the commission', () => {
    expect(MEETING_TYPE_DEFINITIONS.laheisneuvonpito.window).toEqual({ opensAfterDays: 28, closesAfterDays: 42 });
    expect(timing('2027-03-01', '2027-03-01')).toMatchObject({ opens: '2027-03-29', closes: '2027-04-12' });
  });

  it('runs over month ends: a commission on 31 January', () => {
    expect(timing('2027-01-31', '2027-01-31')).toMatchObject({ opens: '2027-02-28', closes: '2027-03-14' });
  });

  it('counts 29 February in a leap year', () => {
    expect(timing('2028-01-20', '2028-01-20')).toMatchObject({ opens: '2028-02-17', closes: '2028-03-02' });
    // The same commission day a year earlier closes one calendar day later.
    expect(timing('2027-01-20', '2027-01-20')).toMatchObject({ opens: '2027-02-17', closes: '2027-03-03' });
  });

  it('runs over the year end', () => {
    expect(timing('2026-12-10', '2026-12-10')).toMatchObject({ opens: '2027-01-07', closes: '2027-01-21' });
  });
});

describe('status against the window', () => {
  const commission = '2027-01-31'; // window 2027-02-28 .. 2027-03-14

  it('is upcoming on the commission day, with six weeks left', () => {
    expect(timing(commission, commission)).toMatchObject({ status: 'upcoming', daysLeft: 42, daysToOpen: 28 });
  });

  it('is upcoming until the day before the window opens', () => {
    expect(timing(commission, '2027-02-27')).toMatchObject({ status: 'upcoming', daysLeft: 15, daysToOpen: 1 });
  });

  it('is open from the first day of the window', () => {
    expect(timing(commission, '2027-02-28')).toMatchObject({ status: 'open', daysLeft: 14, daysToOpen: 0 });
  });

  it('is still open on the last day, with 0 days left', () => {
    expect(timing(commission, '2027-03-14')).toMatchObject({ status: 'open', daysLeft: 0 });
  });

  it('is late the day after the window, 1 day overdue', () => {
    expect(timing(commission, '2027-03-15')).toMatchObject({ status: 'late', daysLeft: -1 });
  });

  it('counts how late it is', () => {
    expect(timing(commission, '2027-04-14')).toMatchObject({ status: 'late', daysLeft: -31 });
  });

  it('uses the leap day when counting the last day', () => {
    expect(timing('2028-01-20', '2028-03-02')).toMatchObject({ status: 'open', daysLeft: 0 });
    expect(timing('2028-01-20', '2028-03-03')).toMatchObject({ status: 'late', daysLeft: -1 });
    expect(timing('2028-01-20', '2028-02-29')).toMatchObject({ status: 'open', daysLeft: 2 });
  });

  it('is late in every phase before the conference is held', () => {
    for (const phase of ['toimeksianto', 'valmistelu'] as const) {
      expect(timing(commission, '2027-03-20', phase).status).toBe('late');
    }
  });

  it('is held once the meeting has begun or the conference is in follow-up, however long ago the window was', () => {
    expect(timing(commission, '2027-03-20', 'neuvonpito').status).toBe('held');
    expect(timing(commission, '2027-06-01', 'seuranta')).toMatchObject({ status: 'held', closes: '2027-03-14' });
    expect(timing(commission, '2027-02-01', 'seuranta').status).toBe('held');
  });

  it('is closed when the case has ended, before or after the window', () => {
    expect(timing(commission, '2027-06-01', 'paattynyt').status).toBe('closed');
    expect(timing(commission, '2027-02-01', 'paattynyt').status).toBe('closed');
  });
});

describe('compareByAttention', () => {
  const today = '2027-03-15';
  const conferences: { reference: string; commissionDate: string; phase: Phase }[] = [
    { reference: 'H closed', commissionDate: '2027-01-01', phase: 'paattynyt' },
    { reference: 'E upcoming, 19 days left', commissionDate: '2027-02-20', phase: 'toimeksianto' },
    { reference: 'C open, 3 days left', commissionDate: '2027-02-04', phase: 'valmistelu' },
    { reference: 'G held', commissionDate: '2027-01-01', phase: 'seuranta' },
    { reference: 'A late 5 days', commissionDate: '2027-01-27', phase: 'valmistelu' },
    { reference: 'F upcoming, 37 days left', commissionDate: '2027-03-10', phase: 'toimeksianto' },
    { reference: 'B late 1 day', commissionDate: '2027-01-31', phase: 'valmistelu' },
    { reference: 'D open, 10 days left', commissionDate: '2027-02-11', phase: 'valmistelu' },
  ];

  function sortedReferences(list: typeof conferences): string[] {
    return list
      .map((c) => ({ reference: c.reference, timing: conferenceTiming({ ...c, meetingType: 'laheisneuvonpito' }, today) }))
      .sort((a, b) => compareByAttention(a.timing, b.timing))
      .map((c) => c.reference);
  }

  it('puts late first (most overdue first), then open, upcoming, held and closed', () => {
    expect(sortedReferences(conferences)).toEqual([
      'A late 5 days',
      'B late 1 day',
      'C open, 3 days left',
      'D open, 10 days left',
      'E upcoming, 19 days left',
      'F upcoming, 37 days left',
      'G held',
      'H closed',
    ]);
  });

  it('gives the same order whatever order the list came in', () => {
    const expected = sortedReferences(conferences);
    expect(sortedReferences([...conferences].reverse())).toEqual(expected);
  });

  it('puts a conference on its last day before one with more days left', () => {
    const lastDay = conferenceTiming({ commissionDate: '2027-01-31', phase: 'valmistelu', meetingType: 'laheisneuvonpito' }, '2027-03-14');
    const later = conferenceTiming({ commissionDate: '2027-02-01', phase: 'valmistelu', meetingType: 'laheisneuvonpito' }, '2027-03-14');
    expect(compareByAttention(lastDay, later)).toBeLessThan(0);
    expect(compareByAttention(later, lastDay)).toBeGreaterThan(0);
  });
});
