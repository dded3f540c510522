import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isValidIsoDate, todayInHelsinki } from '../../electron/shared/dates';

describe('isValidIsoDate', () => {
  it.each([
    ['2028-02-29', 'Feb 29 in a leap year'],
    ['2000-02-29', 'Feb 29 in 2000 (divisible by 400)'],
    ['2027-01-31', 'a 31-day month end'],
    ['2027-12-31', 'the year end'],
    ['2027-04-30', 'a 30-day month end'],
  ])('accepts %s (%s)', (value) => {
    expect(isValidIsoDate(value)).toBe(true);
  });

  it.each([
    ['2027-02-29', 'Feb 29 in a common year'],
    ['2100-02-29', 'Feb 29 in 2100 (divisible by 100, not 400)'],
    ['2027-02-30', 'a day February never has'],
    ['2027-04-31', 'April 31'],
    ['2027-13-01', 'month 13'],
    ['2027-00-10', 'month 0'],
    ['2027-01-00', 'day 0'],
    ['2027-01-32', 'day 32'],
  ])('refuses %s (%s)', (value) => {
    expect(isValidIsoDate(value)).toBe(false);
  });

  it.each([
    '',
    '2027-1-5',
    '27-01-05',
    '2027/01/05',
    '05.01.2027',
    '5.1.2027',
    '20270105',
    '2027-01-05T00:00',
    '2027-01-05T00:00:00Z',
    ' 2027-01-05',
    '2027-01-05 ',
    '2027-01-05\n',
    '٢٠٢٧-٠١-٠٥',
    '+2027-01-05',
  ])('refuses the badly formatted %j', (value) => {
    expect(isValidIsoDate(value)).toBe(false);
  });

  it('refuses years outside 1900–2200, which are typing mistakes here', () => {
    expect(isValidIsoDate('1899-12-31')).toBe(false);
    expect(isValidIsoDate('0027-01-05')).toBe(false);
    expect(isValidIsoDate('2201-01-01')).toBe(false);
    expect(isValidIsoDate('1900-01-01')).toBe(true);
    expect(isValidIsoDate('2200-12-31')).toBe(true);
  });
});

describe('addDays', () => {
  it('crosses month ends', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2027-04-30', 1)).toBe('2027-05-01');
    expect(addDays('2027-01-31', 28)).toBe('2027-02-28');
  });

  it('crosses the year end both ways', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-12-20', 42)).toBe('2027-01-31');
  });

  it('counts Feb 29 in leap years only', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('is not shifted by the daylight saving changes in Finland', () => {
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
    expect(addDays('2027-10-30', 1)).toBe('2027-10-31');
    expect(addDays('2027-10-31', 1)).toBe('2027-11-01');
  });

  it('returns the same date for zero days', () => {
    expect(addDays('2027-06-15', 0)).toBe('2027-06-15');
  });

  it('refuses text that is not a date', () => {
    expect(() => addDays('15.6.2027', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts whole days, positive when the second date is later', () => {
    expect(daysBetween('2027-01-31', '2027-03-14')).toBe(42);
    expect(daysBetween('2027-03-14', '2027-01-31')).toBe(-42);
    expect(daysBetween('2027-06-15', '2027-06-15')).toBe(0);
  });

  it('counts Feb 29 in leap years', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
  });

  it('crosses the year end and the daylight saving changes', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-10-30', '2027-11-01')).toBe(2);
  });

  it('is the inverse of addDays', () => {
    for (const days of [-400, -42, -1, 0, 1, 28, 42, 366]) {
      expect(daysBetween('2028-01-20', addDays('2028-01-20', days))).toBe(days);
    }
  });
});

describe('todayInHelsinki', () => {
  it('gives the Finnish date, not the UTC one, late in a winter evening', () => {
    // EET is UTC+2: 22:30 UTC is already 00:30 the next day in Helsinki.
    expect(todayInHelsinki(new Date('2026-11-22T22:30:00Z'))).toBe('2026-11-23');
    expect(todayInHelsinki(new Date('2026-11-22T21:59:59.999Z'))).toBe('2026-11-22');
    expect(todayInHelsinki(new Date('2026-11-22T22:00:00Z'))).toBe('2026-11-23');
  });

  it('stays on the same Finnish date over midnight UTC', () => {
    expect(todayInHelsinki(new Date('2026-11-22T23:59:59Z'))).toBe('2026-11-23');
    expect(todayInHelsinki(new Date('2026-11-23T00:00:00Z'))).toBe('2026-11-23');
  });

  it('uses summer time (UTC+3) in summer', () => {
    expect(todayInHelsinki(new Date('2027-06-30T20:59:59Z'))).toBe('2027-06-30');
    expect(todayInHelsinki(new Date('2027-06-30T21:00:00Z'))).toBe('2027-07-01');
  });

  it('turns the year at Finnish midnight', () => {
    expect(todayInHelsinki(new Date('2026-12-31T21:59:59Z'))).toBe('2026-12-31');
    expect(todayInHelsinki(new Date('2026-12-31T22:00:00Z'))).toBe('2027-01-01');
  });

  it('follows the switch to summer time on the last Sunday of March', () => {
    // Midnight before the switch is still EET (UTC+2); the next midnight is EEST (UTC+3).
    expect(todayInHelsinki(new Date('2027-03-27T22:00:00Z'))).toBe('2027-03-28');
    expect(todayInHelsinki(new Date('2027-03-28T20:59:59Z'))).toBe('2027-03-28');
    expect(todayInHelsinki(new Date('2027-03-28T21:00:00Z'))).toBe('2027-03-29');
  });

  it('answers a calendar date that isValidIsoDate accepts', () => {
    expect(isValidIsoDate(todayInHelsinki(new Date('2028-02-29T10:00:00Z')))).toBe(true);
  });
});
