/** Calendar dates are plain `YYYY-MM-DD` strings; arithmetic runs in UTC so DST never shifts a day. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtcMs(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a calendar date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True when `value` is a real calendar date written as YYYY-MM-DD (no 2027-02-30). */
export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2200) return false;
  return fromUtcMs(toUtcMs(value)) === value;
}

/** The date `days` calendar days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

const helsinkiDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in Finland at the instant `now`. */
export function todayInHelsinki(now: Date): string {
  return helsinkiDate.format(now);
}

/*
 * Dates and clock times as the app writes and reads them in its own language, whatever the
 * operating system's locale: d.M.yyyy and 24-hour H.mm in Finnish and Swedish, "3 Dec 2026"
 * and 09:30 in English (the style the documents print). Stored values stay ISO.
 */

/** The UI languages these rules know (the same as the settings' `UiLanguage`). */
export type DateLanguage = 'fi' | 'sv' | 'en';

/** Fixed English month abbreviations: ICU versions differ on "Sep"/"Sept". */
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function parts(date: string): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a calendar date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** A calendar date as the UI writes it: "3.12.2026" (fi, sv), "3 Dec 2026" (en). */
export function formatDateText(date: string, language: DateLanguage): string {
  const [year, month, day] = parts(date);
  return language === 'en' ? `${day} ${EN_MONTHS[month - 1]} ${year}` : `${day}.${month}.${year}`;
}

/** A date without its year: "3.12." (fi), "3.12" (sv), "3 Dec" (en). */
export function formatDayMonth(date: string, language: DateLanguage): string {
  const [, month, day] = parts(date);
  if (language === 'en') return `${day} ${EN_MONTHS[month - 1]}`;
  return language === 'fi' ? `${day}.${month}.` : `${day}.${month}`;
}

/** A stored `HH:MM` clock time as the UI writes it: "9.30" (fi, sv), "09:30" (en). */
export function formatClock(time: string, language: DateLanguage): string {
  return language === 'en' ? time : `${Number(time.slice(0, 2))}.${time.slice(3, 5)}`;
}

/** What a typed date or time turned out to be: the ISO value (`''` when left empty), or why not. */
export type ParsedValue = { ok: true; value: string } | { ok: false; error: 'format' | 'noSuchDay' | 'noSuchTime' };

const NUMERIC_DATE = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4})?)?\.?$/;
const WORDED_DATE = /^(\d{1,2})(?:st|nd|rd|th)?\.?\s*([a-z]{3,9})\.?,?(?:\s+(\d{2}|\d{4}))?$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Which year a date typed without one takes: the one that puts it nearest today (a meeting
 * ahead, a call just made), or this year (a statistics period, "1.1.–31.12.").
 */
export type YearlessDate = 'nearest' | 'thisYear';

/**
 * The year for a day and month typed without one. Nearest: of this year, the next and the
 * last (a tie goes to the one ahead); a day no such year has (31.4.) keeps this year, to be refused.
 */
function yearFor(day: number, month: number, today: string, yearless: YearlessDate): number {
  const thisYear = Number(today.slice(0, 4));
  if (yearless === 'thisYear') return thisYear;
  const distance = (year: number) => {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    return isValidIsoDate(date) ? Math.abs(daysBetween(today, date)) : Infinity;
  };
  const [nearest] = [thisYear - 1, thisYear, thisYear + 1].sort((a, b) => distance(a) - distance(b) || b - a);
  return distance(nearest!) === Infinity ? thisYear : nearest!;
}

/**
 * A date as a person types it: "10.3.2027", "10.3.27", "10/3/2027", "3 Mar 2027" or ISO
 * "2027-03-10", in any UI language. Without a year ("10.3.") it is by default the one nearest
 * `today`: in December "10.3." is the coming March and "28.11." the one just past, as a
 * convener means them; the field shows the full date at once. A two-digit year is this century's.
 */
export function parseDateText(text: string, today: string, yearless: YearlessDate = 'nearest'): ParsedValue {
  const typed = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (typed === '') return { ok: true, value: '' };
  let day: number;
  let month: number;
  let year: number;
  const iso = ISO_DATE.exec(typed);
  const numeric = NUMERIC_DATE.exec(typed);
  const worded = WORDED_DATE.exec(typed);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (numeric) {
    [day, month] = [Number(numeric[1]), Number(numeric[2])];
    year = numeric[3] ? Number(numeric[3]) : yearFor(day, month, today, yearless);
  } else if (worded) {
    const index = EN_MONTHS.findIndex((name) => worded[2]!.startsWith(name.toLowerCase()));
    if (index < 0) return { ok: false, error: 'format' };
    [day, month] = [Number(worded[1]), index + 1];
    year = worded[3] ? Number(worded[3]) : yearFor(day, month, today, yearless);
  } else {
    return { ok: false, error: 'format' };
  }
  if (year < 100) year += 2000;
  const value = `${year}-${pad(month)}-${pad(day)}`;
  return isValidIsoDate(value) ? { ok: true, value } : { ok: false, error: 'noSuchDay' };
}

/** Whether typed date text has said all it will: ISO, or a four-digit year at the end. */
export function isCompleteDateText(text: string): boolean {
  const typed = text.trim();
  return ISO_DATE.test(typed) || /\D\d{4}\.?$/.test(typed);
}

/** Whether typed clock text has said all it will: the minutes are there. */
export function isCompleteClockText(text: string): boolean {
  return /\d[.:]\d{2}$|^\d{3,4}$/.test(text.trim());
}

const CLOCK = /^(\d{1,2})(?:[.:](\d{2}))?$/;
const CLOCK_DIGITS = /^(\d{1,2})(\d{2})$/;

/** A clock time as a person types it: "9", "9.30", "9:30", "09:30", "930", "1430"; 24-hour. */
export function parseClockText(text: string): ParsedValue {
  const typed = text.trim().replace(/^(klo|kl\.?)\s*/i, '');
  if (typed === '') return { ok: true, value: '' };
  const m = CLOCK.exec(typed) ?? CLOCK_DIGITS.exec(typed);
  if (!m) return { ok: false, error: 'format' };
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hours > 23 || minutes > 59) return { ok: false, error: 'noSuchTime' };
  return { ok: true, value: `${pad(hours)}:${pad(minutes)}` };
}

const helsinkiClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as a date and a time of day in Helsinki: "3.2.2027 klo 9.30" (fi), "3.2.2027 9.30" (sv), "3 Feb 2027, 09:30" (en). */
export function formatMomentText(instant: Date, language: DateLanguage): string {
  const date = formatDateText(todayInHelsinki(instant), language);
  const clock = formatClock(helsinkiClock.format(instant), language);
  return language === 'en' ? `${date}, ${clock}` : language === 'fi' ? `${date} klo ${clock}` : `${date} ${clock}`;
}
