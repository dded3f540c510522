import { meetingMinutes } from '../../shared/arrangements/attendance';
import type { Meeting } from '../../shared/arrangements/meeting.schema';
import { translate, translatePlural, type MessageKey, type MessageParams } from '../../shared/i18n';
import { isolate } from '../../shared/i18n/isolate';
import type { NetworkMember } from '../../shared/preparation/network.schema';
import { UI_LOCALES, type UiLanguage } from '../../shared/i18n/locales';

/*
 * Words, dates and times as they are printed on paper, in one document language.
 * Dates are calendar dates (`YYYY-MM-DD`), formatted in UTC so no time zone shifts a day.
 */

/** Everything a document needs to say things in its language. */
export interface Words {
  lang: UiLanguage;
  t(key: MessageKey, params?: MessageParams): string;
  /** "torstai 4. maaliskuuta 2027" */
  longDate(date: string): string;
  /** "4.3.2027" (fi, sv), "4 Mar 2027" (en) */
  date(date: string): string;
  /** `date` formatted, or a dash when there is none. */
  dateOrNone(date: string | null): string;
  /** "9.00" (fi, sv), "09:00" (en) */
  clock(time: string): string;
  /** "4 tuntia", "3 h 30 min" */
  duration(minutes: number): string;
}

const cache = new Map<UiLanguage, Words>();

/** The words of `lang`; the formatters are built once per language. */
export function wordsFor(lang: UiLanguage): Words {
  const known = cache.get(lang);
  if (known) return known;
  const locale = UI_LOCALES[lang];
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(
    locale,
    lang === 'en'
      ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' },
  );
  const utc = (date: string) => new Date(`${date}T00:00:00Z`);
  const words: Words = {
    lang,
    t: (key, params) => translate(lang, key, params),
    longDate: (date) => long.format(utc(date)),
    date: (date) => short.format(utc(date)),
    dateOrNone: (date) => (date ? short.format(utc(date)) : translate(lang, 'documents.none')),
    clock: (time) => (lang === 'en' ? time : time.replace(/^0(\d)/, '$1').replace(':', '.')),
    duration(minutes) {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (rest === 0) return translatePlural(lang, 'documents.duration.hours', hours);
      return translate(lang, 'documents.duration.hoursMinutes', { hours, minutes: rest });
    },
  };
  cache.set(lang, words);
  return words;
}

/** "torstai 4. maaliskuuta 2027 klo 9.00–13.00 (4 tuntia)", or as much of it as is known. */
export function whenText(words: Words, meeting: Pick<Meeting, 'date' | 'startTime' | 'endTime'>): string {
  const { t } = words;
  if (!meeting.date) return t('documents.toBeConfirmed');
  const date = words.longDate(meeting.date);
  if (!meeting.startTime) return date;
  const start = words.clock(meeting.startTime);
  const minutes = meetingMinutes(meeting);
  if (!meeting.endTime || minutes === null) {
    return t('documents.time.dateTime', { date, time: t('documents.time.from', { start }) });
  }
  const time = t('documents.time.range', { start, end: words.clock(meeting.endTime) });
  return t('documents.time.withDuration', { date, time, duration: words.duration(minutes) });
}

/** The venue's name and address on one line, what is known of them. */
export function placeText(words: Words, meeting: Pick<Meeting, 'venue'>): string {
  const parts = [meeting.venue.name, meeting.venue.address].map((part) => part.trim()).filter((part) => part !== '');
  return parts.length > 0 ? parts.map(isolate).join(', ') : words.t('documents.toBeConfirmed');
}

/** The name of `member`'s language in the document's language ("arabia" as the convener wrote it). */
export function languageName(words: Words, member: Pick<NetworkMember, 'language' | 'otherLanguage'>): string {
  return member.language === 'other' ? isolate(member.otherLanguage) : words.t(`language.${member.language}`);
}

/** A list of names as a sentence would have it: "Äijö ja Sanni", "Äijö, Sanni and Eino"; each name isolated. */
export function joinNames(words: Words, names: readonly string[]): string {
  return new Intl.ListFormat(UI_LOCALES[words.lang], { type: 'conjunction' }).format(names.map(isolate));
}

/** The children's first names joined in the document's language ("Äijö ja Sanni"): what a family's file names carry. */
export function childrenFirstNames(words: Words, children: readonly { firstName: string }[]): string {
  return joinNames(words, children.map((c) => c.firstName));
}

/** Lines of a postal address written on one line with commas or on several lines. */
export function addressLines(address: string): string[] {
  return address
    .split(/\r?\n|,/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
