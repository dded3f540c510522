import { UI_LOCALES, type UiLanguage } from './i18n/locales';

/*
 * Money and working time as a convener writes them, and as the app shows them: euros in
 * cents, durations in minutes, both in Finnish number format ("1 234,50 €", "1 h 30 min").
 */

/** The largest amount one cost may be: a million euros, in cents. */
export const MAX_CENTS = 100_000_000;
/** The longest one working-time entry may be: a day. */
export const MAX_MINUTES = 24 * 60;

const SPACES = /[\s\u00a0\u202f]/g;
const EUROS = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

/**
 * Cents of an amount written in euros: "120", "120,5", "1 200,50 €", "120.50", "120 e",
 * "120 euroa". Null when the text is no amount (words, a negative, three decimals).
 */
export function parseEuros(text: string): number | null {
  const plain = text
    .replace(SPACES, '')
    .toLocaleLowerCase('fi')
    .replace(/^€/, '')
    .replace(/(€|e|eur|euroa|euro)$/, '');
  const match = EUROS.exec(plain);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return cents <= MAX_CENTS ? cents : null;
}

const DURATION_PARTS = /^(?:(\d{1,2})(?:[.,](\d{1,2}))?h)?(?:(\d{1,4})(?:min)?)?$/;

/**
 * Minutes of a duration written as a person would: "90" or "90 min" (minutes), "1:30",
 * "1,5 h", "1 h 30 min", "2h". Null when the text is no duration, or zero.
 */
export function parseDuration(text: string): number | null {
  const plain = text.replace(SPACES, '').toLocaleLowerCase('fi').replace(/t$/, 'h');
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(plain);
  let minutes: number | null = null;
  if (clock) minutes = Number(clock[1]) * 60 + Number(clock[2]);
  else {
    const match = DURATION_PARTS.exec(plain);
    if (match && (match[1] !== undefined || match[3] !== undefined)) {
      const hours = Number(match[1] ?? '0') + Number(`0.${match[2] ?? '0'}`);
      if (match[2] !== undefined && match[3] !== undefined) return null; // "1,5 h 10 min"
      minutes = Math.round(hours * 60) + Number(match[3] ?? '0');
    }
  }
  return minutes !== null && minutes > 0 && minutes <= MAX_MINUTES ? minutes : null;
}

/** Cents as euros in `lang`'s format: "1 234,50 €". */
export function formatEuros(cents: number, lang: UiLanguage = 'fi'): string {
  return new Intl.NumberFormat(UI_LOCALES[lang], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Cents as the amount a form field shows, Finnish style without the sign: "1234,50", "120". */
export function eurosFieldText(cents: number | null): string {
  if (cents === null) return '';
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

/** Minutes as hours with one or two decimals in `lang`'s format: 90 → "1,5". */
export function formatHours(minutes: number, lang: UiLanguage = 'fi'): string {
  return new Intl.NumberFormat(UI_LOCALES[lang], { maximumFractionDigits: 2 }).format(minutes / 60);
}

/** Minutes as a form field shows them: 90 → "1 h 30 min", 45 → "45 min", 120 → "2 h". */
export function durationFieldText(minutes: number | null): string {
  if (minutes === null) return '';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
