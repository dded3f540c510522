import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDateText,
  formatDayMonth,
  formatMomentText,
  isCompleteClockText,
  isCompleteDateText,
  parseClockText,
  parseDateText,
} from '../../electron/shared/dates';

const today = '2026-12-03';

describe('dates written in the app language', () => {
  it('writes d.M.yyyy in Finnish and Swedish and "3 Dec 2026" in English', () => {
    expect(formatDateText('2027-03-10', 'fi')).toBe('10.3.2027');
    expect(formatDateText('2027-03-10', 'sv')).toBe('10.3.2027');
    expect(formatDateText('2027-03-10', 'en')).toBe('10 Mar 2027');
    // The same abbreviation whatever the ICU version says ("Sept").
    expect(formatDateText('2026-09-03', 'en')).toBe('3 Sep 2026');
  });

  it('writes a date without its year the way a range starts', () => {
    expect(formatDayMonth('2026-11-30', 'fi')).toBe('30.11.');
    expect(formatDayMonth('2026-11-30', 'sv')).toBe('30.11');
    expect(formatDayMonth('2026-11-30', 'en')).toBe('30 Nov');
    // A week's range in English: both ends in the same style.
    expect(`${formatDayMonth('2026-11-30', 'en')}–${formatDateText('2026-12-06', 'en')}`).toBe('30 Nov–6 Dec 2026');
  });

  it('writes a 24-hour time: 9.30 in Finnish and Swedish, 09:30 in English', () => {
    expect(formatClock('09:30', 'fi')).toBe('9.30');
    expect(formatClock('14:05', 'sv')).toBe('14.05');
    expect(formatClock('09:30', 'en')).toBe('09:30');
  });

  it('writes an instant in Helsinki time', () => {
    const instant = new Date('2027-02-03T07:30:00Z'); // 9.30 in Helsinki
    expect(formatMomentText(instant, 'fi')).toBe('3.2.2027 klo 9.30');
    expect(formatMomentText(instant, 'sv')).toBe('3.2.2027 9.30');
    expect(formatMomentText(instant, 'en')).toBe('3 Feb 2027, 09:30');
  });
});

describe('dates as a person types them', () => {
  it.each([
    ['10.3.2027', '2027-03-10'],
    ['10.3.27', '2027-03-10'],
    ['1.1.27', '2027-01-01'],
    ['01.01.2027', '2027-01-01'],
    ['10/3/2027', '2027-03-10'],
    ['10 Mar 2027', '2027-03-10'],
    ['10 march 2027', '2027-03-10'],
    ['3 Sept 2026', '2026-09-03'],
    ['2027-03-10', '2027-03-10'],
    ['  10.3.2027  ', '2027-03-10'],
  ])('reads "%s" as %s', (typed, iso) => {
    expect(parseDateText(typed, today)).toEqual({ ok: true, value: iso });
  });

  it('gives a date without a year the year that puts it nearest today: the coming March, the November just past', () => {
    expect(parseDateText('10.3.', today)).toEqual({ ok: true, value: '2027-03-10' });
    expect(parseDateText('10.3', today)).toEqual({ ok: true, value: '2027-03-10' });
    expect(parseDateText('10 Mar', today)).toEqual({ ok: true, value: '2027-03-10' });
    expect(parseDateText('28.11.', today)).toEqual({ ok: true, value: '2026-11-28' });
    expect(parseDateText('3.12.', today)).toEqual({ ok: true, value: '2026-12-03' });
    expect(parseDateText('10.7.', today)).toEqual({ ok: true, value: '2026-07-10' });
    expect(parseDateText('1.6.', today)).toEqual({ ok: true, value: '2027-06-01' });
    // In January, December is the one just past.
    expect(parseDateText('15.12.', '2027-01-10')).toEqual({ ok: true, value: '2026-12-15' });
    // 31.8.2027 is 183 days from 1.3.2027 and from 1.3.2028: a tie goes to the one ahead.
    expect(parseDateText('1.3.', '2027-08-31')).toEqual({ ok: true, value: '2028-03-01' });
    expect(parseDateText('1.1.', '2026-07-02')).toEqual({ ok: true, value: '2026-01-01' });
    // 29 February: the nearest year that has one, or refused.
    expect(parseDateText('29.2.', '2027-12-03')).toEqual({ ok: true, value: '2028-02-29' });
    expect(parseDateText('29.2.', today)).toEqual({ ok: false, error: 'noSuchDay' });
    expect(parseDateText('31.4.', today)).toEqual({ ok: false, error: 'noSuchDay' });
  });

  it('gives a date without a year this year when asked to, as for a statistics period', () => {
    expect(parseDateText('1.1.', today, 'thisYear')).toEqual({ ok: true, value: '2026-01-01' });
    expect(parseDateText('10 Mar', today, 'thisYear')).toEqual({ ok: true, value: '2026-03-10' });
    expect(parseDateText('1.1.', today)).toEqual({ ok: true, value: '2027-01-01' });
  });

  it('reads an empty field as no date', () => {
    expect(parseDateText('', today)).toEqual({ ok: true, value: '' });
    expect(parseDateText('   ', today)).toEqual({ ok: true, value: '' });
  });

  it('tells text that is not a date from a date that does not exist', () => {
    for (const typed of ['huomenna', '10', '10.3.202', '10-3-2027', '10 Foo 2027', '2027-3-10']) {
      expect(parseDateText(typed, today)).toEqual({ ok: false, error: 'format' });
    }
    for (const typed of ['31.2.2027', '29.2.2027', '32.1.2027', '10.13.2027', '0.3.2027', '1.1.1800']) {
      expect(parseDateText(typed, today)).toEqual({ ok: false, error: 'noSuchDay' });
    }
    expect(parseDateText('29.2.2028', today)).toEqual({ ok: true, value: '2028-02-29' });
  });

  it('reads every date it writes back as the same date, in every language', () => {
    for (const iso of ['2027-03-10', '2026-09-03', '2030-12-31', '2027-01-01']) {
      for (const language of ['fi', 'sv', 'en'] as const) {
        expect(parseDateText(formatDateText(iso, language), today)).toEqual({ ok: true, value: iso });
      }
    }
  });
});

describe('clock times as a person types them', () => {
  it.each([
    ['9', '09:00'],
    ['9.30', '09:30'],
    ['9:30', '09:30'],
    ['09:30', '09:30'],
    ['930', '09:30'],
    ['1430', '14:30'],
    ['klo 14.00', '14:00'],
    ['23.59', '23:59'],
    ['0.05', '00:05'],
  ])('reads "%s" as %s', (typed, hhmm) => {
    expect(parseClockText(typed)).toEqual({ ok: true, value: hhmm });
  });

  it('refuses what is not a time, and hours or minutes out of range', () => {
    expect(parseClockText('')).toEqual({ ok: true, value: '' });
    for (const typed of ['aamulla', '9.3', '9:300', '9 am', '12345']) {
      expect(parseClockText(typed)).toEqual({ ok: false, error: 'format' });
    }
    for (const typed of ['24.00', '9.60', '25']) {
      expect(parseClockText(typed)).toEqual({ ok: false, error: 'noSuchTime' });
    }
  });

  it('reads every time it writes back as the same time', () => {
    for (const time of ['00:00', '09:05', '14:30', '23:59']) {
      for (const language of ['fi', 'sv', 'en'] as const) {
        expect(parseClockText(formatClock(time, language))).toEqual({ ok: true, value: time });
      }
    }
  });
});

describe('typed text that has said all it will', () => {
  it('is a date with a four-digit year, or ISO; a time with its minutes', () => {
    for (const typed of ['10.3.2027', '10/3/2027', '10 Mar 2027', '2027-03-10', '10.3.2027.']) expect(isCompleteDateText(typed)).toBe(true);
    // On the way to "10.3.2027": none of these may be taken for a date while typing.
    for (const typed of ['10.3', '10.3.', '10.3.2', '10.3.20', '10.3.202', '2027-03-1']) expect(isCompleteDateText(typed)).toBe(false);
    for (const typed of ['9.30', '14:05', '930', '1430']) expect(isCompleteClockText(typed)).toBe(true);
    for (const typed of ['1', '14', '14.', '14.3']) expect(isCompleteClockText(typed)).toBe(false);
  });
});
