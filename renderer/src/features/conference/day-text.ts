import { daysBetween, formatClock, formatDayMonth } from '../../../../electron/shared/dates';
import type { MeetingWhen } from '../../../../electron/shared/conference/meeting-when.types';
import { UI_LOCALES, type UiLanguage } from '../../../../electron/shared/i18n/locales';
import type { MessageKey, MessageParams } from '../../../../electron/shared/i18n';

/** Within this many days a date is said with its weekday and without the year ("ti 3.12."). */
const NEAR_DAYS = 14;

function format(date: string, language: UiLanguage, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(UI_LOCALES[language], { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A date without its year: "3.12." (fi), "3.12" (sv), "3 Dec" (en). */
export function dayMonthText(date: string, language: UiLanguage): string {
  return formatDayMonth(date, language);
}

/** A date with its weekday, without its year: "ke 10.3." (fi), "ons 10.3" (sv), "Wed 10 Mar" (en). */
export function weekdayText(date: string, language: UiLanguage): string {
  return `${format(date, language, { weekday: 'short' })} ${dayMonthText(date, language)}`;
}

/**
 * A date as the convener plans by it: a near one with its weekday ("ti 3.12."), any
 * other with `fullDate` ("12.3.2027").
 */
export function plannedDayText(date: string, today: string, language: UiLanguage, fullDate: (date: string) => string): string {
  const ahead = daysBetween(today, date);
  if (ahead < 0 || ahead > NEAR_DAYS) return fullDate(date);
  return weekdayText(date, language);
}

/**
 * A meeting's date with its weekday, the year only when it is not this year's: "ke 10.3."
 * or "ke 10.3.2028".
 */
export function meetingDayText(date: string, today: string, language: UiLanguage, fullDate: (date: string) => string): string {
  if (date.slice(0, 4) === today.slice(0, 4)) return weekdayText(date, language);
  return `${format(date, language, { weekday: 'short' })} ${fullDate(date)}`;
}

/** A span of days, the first without its year when both are in the same year: "1.11.–15.11.2026". */
export function spanStart(opens: string, closes: string, language: UiLanguage, fullDate: (date: string) => string): string {
  return opens.slice(0, 4) === closes.slice(0, 4) ? dayMonthText(opens, language) : fullDate(opens);
}

/** A stored `HH:MM` clock time as the UI language writes it: "9.30" in Finnish and Swedish, "09:30" in English. */
export function clockText(time: string, language: UiLanguage): string {
  return formatClock(time, language);
}

/** A meeting's day and booked times in words: "ke 10.3. klo 9.00–14.00". */
export function meetingWhenText(
  when: Pick<MeetingWhen, 'date' | 'startTime' | 'endTime'>,
  today: string,
  i18n: { t: (key: MessageKey, params?: MessageParams) => string; language: UiLanguage; formatDate: (date: string) => string },
): string {
  const { t, language, formatDate } = i18n;
  const day = meetingDayText(when.date, today, language, formatDate);
  const clock = (time: string) => clockText(time, language);
  if (when.startTime && when.endTime) {
    return `${day} ${t('arrangements.when.times', { start: clock(when.startTime), end: clock(when.endTime) })}`;
  }
  if (when.startTime) return `${day} ${t('when.startOnly', { start: clock(when.startTime) })}`;
  return day;
}
