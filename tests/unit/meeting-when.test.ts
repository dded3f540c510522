import { describe, expect, it } from 'vitest';
import { conferenceTiming } from '../../electron/shared/conference/conference-timing';
import { meetingWhenOf, windowFlag } from '../../electron/shared/conference/meeting-when';
import { translate, translatePlural } from '../../electron/shared/i18n';
import type { UiLanguage } from '../../electron/shared/i18n/locales';
import { meetingDayText, meetingWhenText } from '../../renderer/src/features/conference/day-text';
import { makeFollowUp, makeMeeting } from '../fixtures/preparation';

/** Commissioned 20 January 2027: the window is 17.2.–3.3.2027. */
const timing = conferenceTiming({ commissionDate: '2027-01-20', phase: 'valmistelu', meetingType: 'laheisneuvonpito' }, '2027-02-01');

function i18n(language: UiLanguage) {
  const format = new Intl.DateTimeFormat({ fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[language], { timeZone: 'UTC' });
  return {
    language,
    t: (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params),
    tn: (base: Parameters<typeof translatePlural>[1], count: number) => translatePlural(language, base, count),
    formatDate: (date: string) => format.format(new Date(`${date}T00:00:00Z`)),
  };
}

describe('the out-of-window flag', () => {
  it('says nothing for a date inside the window, its first and last day included', () => {
    expect(timing.opens).toBe('2027-02-17');
    expect(timing.closes).toBe('2027-03-03');
    for (const date of ['2027-02-17', '2027-02-24', '2027-03-03']) {
      expect(windowFlag({ kind: 'conference', date }, timing)).toBeNull();
    }
  });

  it('counts the days before the window opens and after it closes', () => {
    expect(windowFlag({ kind: 'conference', date: '2027-02-15' }, timing)).toEqual({ side: 'before', days: 2 });
    expect(windowFlag({ kind: 'conference', date: '2027-03-05' }, timing)).toEqual({ side: 'after', days: 2 });
    expect(windowFlag({ kind: 'conference', date: '2027-03-04' }, timing)).toEqual({ side: 'after', days: 1 });
  });

  it('never flags a follow-up meeting: the window is the conference’s', () => {
    expect(windowFlag({ kind: 'follow_up', date: '2027-06-01' }, timing)).toBeNull();
  });

  it('is said in words in every language', () => {
    expect(translatePlural('fi', 'when.window.after', 2)).toBe('2 päivää ikkunan jälkeen');
    expect(translatePlural('fi', 'when.window.before', 1)).toBe('1 päivä ennen ikkunaa');
    expect(translatePlural('sv', 'when.window.after', 2)).toBe('2 dagar efter fönstret');
    expect(translatePlural('en', 'when.window.before', 3)).toBe('3 days before the window');
  });
});

describe('the coming meeting', () => {
  const own = makeMeeting({ id: '77777777-7777-4777-8777-000000000001', date: '2027-03-10', startTime: '09:00', endTime: '14:00' });
  const followUp = makeMeeting({ id: '77777777-7777-4777-8777-000000000002', kind: 'follow_up', date: '2027-09-08', startTime: '13:00', endTime: null });

  it('is the conference’s own until a follow-up is open, then the follow-up', () => {
    expect(meetingWhenOf({ meetings: [own], followUps: [] })).toEqual({
      meetingId: own.id,
      kind: 'conference',
      date: '2027-03-10',
      startTime: '09:00',
      endTime: '14:00',
    });
    const open = makeFollowUp({ meetingId: followUp.id, planId: null });
    expect(meetingWhenOf({ meetings: [own, followUp], followUps: [open] })?.date).toBe('2027-09-08');
  });

  it('has nothing to show while the coming meeting has no date', () => {
    expect(meetingWhenOf({ meetings: [{ ...own, date: null }], followUps: [] })).toBeNull();
  });
});

describe('the meeting date in words', () => {
  it('is the weekday, the day and the times: "ke 10.3. klo 9.00–14.00"', () => {
    const when = { date: '2027-03-10', startTime: '09:00', endTime: '14:00' };
    expect(meetingWhenText(when, '2027-02-01', i18n('fi'))).toBe('ke 10.3. klo 9.00–14.00');
    expect(meetingWhenText(when, '2027-02-01', i18n('sv'))).toBe('ons 10.3 kl. 9.00–14.00');
    expect(meetingWhenText(when, '2027-02-01', i18n('en'))).toBe('Wed 10 Mar 09:00–14:00');
  });

  it('says only what is known, and the year when it is not this year’s', () => {
    expect(meetingWhenText({ date: '2027-03-10', startTime: '09:30', endTime: null }, '2027-02-01', i18n('fi'))).toBe('ke 10.3. klo 9.30');
    expect(meetingWhenText({ date: '2027-03-10', startTime: null, endTime: null }, '2027-02-01', i18n('fi'))).toBe('ke 10.3.');
    expect(meetingDayText('2028-01-12', '2027-12-01', 'fi', i18n('fi').formatDate)).toBe('ke 12.1.2028');
  });
});
