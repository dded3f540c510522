import type { Meeting } from '../../shared/arrangements/meeting.schema';
import { ICS_MIME, type DocumentFile } from '../../shared/documents/documents.schema';
import { isolate } from '../../shared/i18n/isolate';
import type { UiLanguage } from '../../shared/i18n/locales';
import { safeFileName } from './file-name';
import { wordsFor } from './format';
import { cleanText } from './sanitise';

/*
 * The meeting as an iCalendar file (RFC 5545) that Outlook opens: the time in
 * Europe/Helsinki with the zone's rules written out, a neutral title and the place.
 * Calendars sync to phones and shared mailboxes, so nothing confidential goes in:
 * no names, no concerns, no reference.
 */

/** Europe/Helsinki since 1996 (EU summer time): Outlook needs the rules in the file. */
const HELSINKI = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Helsinki',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A TEXT value escaped as RFC 5545 §3.3.11 asks, each line isolated for bidirectional display. */
export function escapeText(text: string): string {
  return cleanText(text)
    .split('\n')
    .map(isolate)
    .join('\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets without splitting a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

function localDateTime(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A meeting that has a date and both times. */
export type ScheduledMeeting = Meeting & { date: string; startTime: string; endTime: string };

export function isScheduled(meeting: Meeting): meeting is ScheduledMeeting {
  return meeting.date !== null && meeting.startTime !== null && meeting.endTime !== null;
}

/** The calendar file of `meeting`, titled in `language`; `now` stamps it. */
export function buildCalendar(meeting: ScheduledMeeting, language: UiLanguage, now: Date): DocumentFile {
  const words = wordsFor(language);
  const title = meeting.kind === 'conference' ? words.t('documents.conference') : words.t('documents.followUp');
  const place = [meeting.venue.name, meeting.venue.mainRoom[language], meeting.venue.address]
    .filter((part) => part.trim() !== '')
    .map(isolate)
    .join(', ');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Neuvonpito//Neuvonpito//FI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...HELSINKI,
    'BEGIN:VEVENT',
    // Stable per meeting, with a sequence that grows with each change, so a calendar
    // that already has the meeting moves it instead of adding a second one.
    `UID:${meeting.id}@neuvonpito`,
    `SEQUENCE:${meeting.version}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=Europe/Helsinki:${localDateTime(meeting.date, meeting.startTime)}`,
    `DTEND;TZID=Europe/Helsinki:${localDateTime(meeting.date, meeting.endTime)}`,
    `SUMMARY:${escapeText(title)}`,
    ...(place ? [`LOCATION:${escapeText(place)}`] : []),
    'CLASS:PRIVATE',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  const text = `${lines.map(foldLine).join('\r\n')}\r\n`;
  const base = `${words.t(`documents.file.calendar.${meeting.kind}`)} ${meeting.date}`;
  return { name: safeFileName(base, 'ics'), mimeType: ICS_MIME, bytes: encoder.encode(text) };
}
