import type { MeetingType } from '../conference/conference-lists';
import type { BuiltInChecklistKey } from '../settings/settings-lists';
import type { MeetingKind } from './meeting-kinds';
import { addDays, todayInHelsinki } from '../dates';
import type { ContactEntry } from '../preparation/contact.schema';
import { interpreterLanguageKey } from './interpreter-language';
import type { LetterExport } from './letters';
import type { BookingStatus, Interpreter, Refreshments } from './meeting.schema';

/*
 * Built-in checklist items that a recorded fact answers (issue 13 §2): the fact ticks them,
 * with its own date, and says where it was recorded. Two kinds:
 *
 * - "fact" items (venue, interpreter, refreshments, the conference's summary) are a field of
 *   the record: the field alone decides, both ways. A hand tick is neither offered nor read,
 *   so the checklist can never say "booked" of a venue the arrangements say is not.
 * - "log" items (invitations, reminder calls) come from a log (the letters log, the contact
 *   log). Their absence is no contradiction (a letter may go by e-mail, a call be left
 *   unlogged), so when the log does not tick them a hand tick still can; once the log
 *   ticks them, they cannot be un-ticked by hand.
 *
 * Everything else (childcare, materials, the convener's own items) is ticked by hand.
 */

/** The built-in items a recorded fact or log can tick. */
export const FACT_KEYS = ['venue', 'interpreter', 'refreshments', 'invitations', 'summary', 'reminders'] as const;
export type FactKey = (typeof FACT_KEYS)[number];

/** True for a built-in item a recorded fact or log can tick. */
export function isFactKey(key: string): key is FactKey {
  return (FACT_KEYS as readonly string[]).includes(key);
}

/** Reminder calls count when made in this many days before the meeting (or on its day). */
export const REMINDER_WINDOW_DAYS = 7;

/** Where a recorded fact lives: the screen the item links to. */
export type ChecklistSource = 'arrangements' | 'letters' | 'summary' | 'contacts';

/** How an item can be ticked: by a field only, by a log or by hand, or by hand only. */
export type ChecklistAnswer = 'fact' | 'log' | 'hand';

/** Something the convener should know about an item's fact. */
export type ChecklistNote =
  /** The venue is asked for but not yet confirmed as booked. */
  | { code: 'venueRequested' }
  /** Languages needed with no interpreter booked. */
  | { code: 'interpreterMissing'; languages: string[] }
  /** Refreshments were ordered for fewer people than are now coming. */
  | { code: 'headcountGrew'; ordered: number; headcount: number }
  /** Invitees (and those asked for written views) with no letter made yet (of all of them). */
  | { code: 'lettersMissing'; missing: number; of: number }
  /** Invitees not contacted in the days before the meeting (of all invitees). */
  | { code: 'remindersMissing'; missing: number; of: number };

/** What a recorded fact says of one built-in item. */
export interface FactAnswer {
  answer: ChecklistAnswer;
  /** The day the fact was recorded as done; null when it does not (yet) say done. */
  doneDate: string | null;
  source: ChecklistSource | null;
  note: ChecklistNote | null;
}

/** What the fact rule reads of a meeting. */
export interface FactMeeting {
  kind: MeetingKind;
  date: string | null;
  venue: { bookingStatus: BookingStatus };
  /** The day the venue was marked booked (stamped when saved as booked). */
  venueBookedDate: string | null;
  refreshments: Pick<Refreshments, 'orderedDate' | 'orderedHeadcount'>;
  interpreters: readonly Pick<Interpreter, 'language' | 'bookedDate'>[];
}

/** What the fact rule reads of the people: languages needed and (when known) the headcount. */
export interface FactAttendance {
  interpreterNeeds: readonly { key: string }[];
  headcount?: number;
}

/** What the fact rule reads outside the meeting's arrangements. */
export interface ChecklistRecords {
  /** Ids of the network members invited to the meeting. */
  invitees: readonly string[];
  /** Ids of the network members asked for their written views instead (see `viewsAskedOf`). */
  viewsAsked: readonly string[];
  /** The letters log of this meeting. */
  letters: readonly Pick<LetterExport, 'letter' | 'recipientId' | 'exportedAt'>[];
  /** The contact log person by person: an entry with the family is one with each guardian. */
  contacts: readonly Pick<ContactEntry, 'memberId' | 'date'>[];
  /** The day the summary was gone through with the parents; null if not recorded. */
  summaryGoneThrough: string | null;
  /** The conference's kind of meeting: which built-in items apply at all. */
  meetingType: MeetingType;
}

/** Records that answer nothing: for callers that have none. */
export const NO_RECORDS: ChecklistRecords = {
  invitees: [],
  viewsAsked: [],
  letters: [],
  contacts: [],
  summaryGoneThrough: null,
  meetingType: 'laheisneuvonpito',
};

const HAND: FactAnswer = { answer: 'hand', doneDate: null, source: null, note: null };

const latest = (dates: readonly string[]): string | null => (dates.length === 0 ? null : [...dates].sort().at(-1)!);

function venue(meeting: FactMeeting): FactAnswer {
  const booked = meeting.venue.bookingStatus === 'booked';
  return {
    answer: 'fact',
    doneDate: booked ? (meeting.venueBookedDate ?? meeting.date) : null,
    source: booked ? 'arrangements' : null,
    note: meeting.venue.bookingStatus === 'requested' ? { code: 'venueRequested' } : null,
  };
}

function interpreter(meeting: FactMeeting, attendance: FactAttendance): FactAnswer {
  const needed =
    attendance.interpreterNeeds.length > 0
      ? attendance.interpreterNeeds.map((need) => need.key)
      : meeting.interpreters.map((line) => line.language);
  const bookedOn = new Map(
    meeting.interpreters.flatMap((line) => (line.bookedDate ? [[interpreterLanguageKey(line.language), line.bookedDate] as const] : [])),
  );
  const missing = needed.filter((language) => !bookedOn.has(interpreterLanguageKey(language)));
  if (needed.length === 0 || missing.length > 0) {
    return { answer: 'fact', doneDate: null, source: null, note: missing.length > 0 ? { code: 'interpreterMissing', languages: missing } : null };
  }
  return { answer: 'fact', doneDate: latest(needed.map((language) => bookedOn.get(interpreterLanguageKey(language))!)), source: 'arrangements', note: null };
}

function refreshments(meeting: FactMeeting, attendance: FactAttendance): FactAnswer {
  const { orderedDate, orderedHeadcount } = meeting.refreshments;
  const grew =
    orderedDate && orderedHeadcount !== null && attendance.headcount !== undefined && attendance.headcount > orderedHeadcount;
  return {
    answer: 'fact',
    doneDate: orderedDate,
    source: orderedDate ? 'arrangements' : null,
    note: grew ? { code: 'headcountGrew', ordered: orderedHeadcount, headcount: attendance.headcount! } : null,
  };
}

/**
 * Done when every invitee has had an invitation letter made, and everyone asked for written
 * views the letter asking for them; dated by the last of those first letters.
 */
function invitations(records: ChecklistRecords): FactAnswer {
  const wanted = [
    ...records.invitees.map((id) => ({ id, letter: 'invitation' as const })),
    ...records.viewsAsked.map((id) => ({ id, letter: 'written_views' as const })),
  ];
  if (wanted.length === 0) return { ...HAND, answer: 'log' };
  const firstLetter = new Map<string, string>();
  for (const letter of records.letters) {
    const key = `${letter.letter}:${letter.recipientId}`;
    const day = todayInHelsinki(new Date(letter.exportedAt));
    const known = firstLetter.get(key);
    if (!known || day < known) firstLetter.set(key, day);
  }
  const days = wanted.flatMap(({ id, letter }) => firstLetter.get(`${letter}:${id}`) ?? []);
  const missing = wanted.length - days.length;
  if (missing > 0) {
    return { answer: 'log', doneDate: null, source: null, note: days.length > 0 ? { code: 'lettersMissing', missing, of: wanted.length } : null };
  }
  return { answer: 'log', doneDate: latest(days), source: 'letters', note: null };
}

/**
 * Done when the contact log has an entry with every invitee dated in the
 * REMINDER_WINDOW_DAYS before the meeting (its day included); dated by the last of them.
 */
function reminders(meeting: FactMeeting, records: ChecklistRecords): FactAnswer {
  if (!meeting.date || records.invitees.length === 0) return { ...HAND, answer: 'log' };
  const from = addDays(meeting.date, -REMINDER_WINDOW_DAYS);
  const to = meeting.date;
  const firstContact = new Map<string, string>();
  for (const contact of records.contacts) {
    if (contact.memberId === null || contact.date < from || contact.date > to) continue;
    const known = firstContact.get(contact.memberId);
    if (!known || contact.date < known) firstContact.set(contact.memberId, contact.date);
  }
  const days = records.invitees.flatMap((id) => (firstContact.has(id) ? [firstContact.get(id)!] : []));
  const missing = records.invitees.length - days.length;
  if (missing > 0) {
    return { answer: 'log', doneDate: null, source: null, note: days.length > 0 ? { code: 'remindersMissing', missing, of: records.invitees.length } : null };
  }
  return { answer: 'log', doneDate: latest(days), source: 'contacts', note: null };
}

/** What the recorded facts say of built-in item `key` at `meeting`. */
export function factAnswer(
  key: BuiltInChecklistKey,
  meeting: FactMeeting,
  attendance: FactAttendance,
  records: ChecklistRecords,
): FactAnswer {
  switch (key) {
    case 'venue':
      return venue(meeting);
    case 'interpreter':
      return interpreter(meeting, attendance);
    case 'refreshments':
      return refreshments(meeting, attendance);
    case 'invitations':
      return invitations(records);
    case 'reminders':
      return reminders(meeting, records);
    case 'summary':
      // A follow-up's summary has no "gone through" date: ticked by hand there.
      if (meeting.kind !== 'conference') return HAND;
      return {
        answer: 'fact',
        doneDate: records.summaryGoneThrough,
        source: records.summaryGoneThrough ? 'summary' : null,
        note: null,
      };
    default:
      return HAND;
  }
}
