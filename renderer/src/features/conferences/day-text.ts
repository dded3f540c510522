import { daysBetween } from '../../../../electron/shared/dates';
import type { UiLanguage } from '../../../../electron/shared/settings/settings.schema';

const LOCALES: Record<UiLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Within this many days a date is said with its weekday and without the year ("ti 3.12."). */
const NEAR_DAYS = 14;

function format(date: string, language: UiLanguage, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A date without its year: "3.12." (fi), "3.12" (sv), "3 Dec" (en). */
export function dayMonthText(date: string, language: UiLanguage): string {
  return format(date, language, { day: 'numeric', month: language === 'en' ? 'short' : 'numeric' });
}

/**
 * A date as the convener plans by it: a near one with its weekday ("ti 3.12."), any
 * other with `fullDate` ("12.3.2027").
 */
export function plannedDayText(date: string, today: string, language: UiLanguage, fullDate: (date: string) => string): string {
  const ahead = daysBetween(today, date);
  if (ahead < 0 || ahead > NEAR_DAYS) return fullDate(date);
  return `${format(date, language, { weekday: 'short' })} ${dayMonthText(date, language)}`;
}

/** A span of days, the first without its year when both are in the same year: "1.11.–15.11.2026". */
export function spanStart(opens: string, closes: string, language: UiLanguage, fullDate: (date: string) => string): string {
  return opens.slice(0, 4) === closes.slice(0, 4) ? dayMonthText(opens, language) : fullDate(opens);
}
