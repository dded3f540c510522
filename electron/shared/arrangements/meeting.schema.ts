import { z } from 'zod';
import { completeRecord } from '../complete-record';
import { interpreterLanguageKey } from './interpreter-language';
import type { MeetingKind } from './meeting-kinds';
import type { MeetingDay } from '../meeting-day/meeting-day.schema';
import { REPLIES, type Reply } from '../preparation/network.schema';
import {
  checklistKey,
  entityId,
  optionalCount,
  optionalDate,
  optionalEuros,
  optionalText,
  optionalTime,
  requiredText,
  version,
} from '../validation';

/*
 * The practical arrangements (käytännön järjestelyt) of one meeting. They belong to a
 * meeting, not to the conference, so each follow-up meeting gets its own.
 */

export const BOOKING_STATUSES = ['not_booked', 'requested', 'booked'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const INTERPRETER_MODES = ['on_site', 'remote'] as const;
export type InterpreterMode = (typeof INTERPRETER_MODES)[number];

/** What the meeting room needs besides chairs and tables. */
export const MATERIALS = ['flip_chart', 'markers', 'name_tags', 'printed_questions'] as const;
export type Material = (typeof MATERIALS)[number];

/** A place to meet: what a saved venue (settings) and a meeting's venue share. */
export const venuePlaceSchema = z.object({
  name: optionalText(120).default(''),
  address: optionalText(300).default(''),
  /** The room for everyone (information and plan parts). */
  mainRoom: optionalText(120).default(''),
  /** A separate room for the family's private time. */
  privateRoom: optionalText(120).default(''),
  capacity: optionalCount,
  accessibility: optionalText(500).default(''),
  /** Parking and public transport. */
  parking: optionalText(500).default(''),
});

/** A text that goes into letters, one per letter language: a Swedish letter never carries the Finnish text. */
function letterText(max: number) {
  const text = optionalText(max).default('');
  return z.object({ fi: text, sv: text, en: text }).default({ fi: '', sv: '', en: '' });
}

/**
 * A meeting's venue. What its letters say of it (the room, accessibility, parking and
 * transport) is written per letter language; a saved venue fills the conference's language.
 */
export const venueSchema = venuePlaceSchema.extend({
  mainRoom: letterText(120),
  accessibility: letterText(500),
  parking: letterText(500),
  bookingContact: optionalText(200).default(''),
  bookingStatus: z.enum(BOOKING_STATUSES, { error: 'validation.choice' }).default('not_booked'),
  /** What the venue costs, in cents (a text is euros as written). */
  cost: optionalEuros,
});

export const refreshmentsSchema = z.object({
  what: optionalText(500).default(''),
  supplier: optionalText(120).default(''),
  supplierContact: optionalText(200).default(''),
  orderedDate: optionalDate,
  /** The headcount the order was made for: flagged when the people coming change. */
  orderedHeadcount: optionalCount,
  /** In cents (a text is euros as written). */
  cost: optionalEuros,
});

/** One booked (or to-be-booked) interpreter, for one language. */
export const interpreterSchema = z.object({
  /** A language key as `interpreterLanguageKey` gives it: fi/sv/en or the language's name. */
  language: requiredText(60),
  provider: optionalText(120).default(''),
  bookedDate: optionalDate,
  confirmed: z.boolean({ error: 'validation.choice' }).default(false),
  mode: z.enum(INTERPRETER_MODES, { error: 'validation.choice' }).default('on_site'),
  /** In cents (a text is euros as written). */
  cost: optionalEuros,
});

/** The words agreed with the family for the letters, one text per letter language. */
export const invitationWordingSchema = z.object({
  /** When invitees are asked to reply by. */
  replyBy: optionalDate,
  /** The meeting's purpose in neutral words; never the confidential details. */
  purpose: letterText(600),
});

export const meetingFieldsSchema = z
  .object({
    date: optionalDate,
    startTime: optionalTime,
    endTime: optionalTime,
    venue: venueSchema.default(venueSchema.parse({})),
    refreshments: refreshmentsSchema.default(refreshmentsSchema.parse({})),
    interpreters: z.array(interpreterSchema).max(10, { error: 'validation.tooMany' }).default([]),
    remoteLink: optionalText(500).default(''),
    remoteFor: optionalText(300).default(''),
    childcareNeeded: z.boolean({ error: 'validation.choice' }).default(false),
    childcare: optionalText(500).default(''),
    travelSupport: optionalText(500).default(''),
    materials: z.array(z.enum(MATERIALS, { error: 'validation.choice' })).max(MATERIALS.length).default([]),
    otherMaterials: optionalText(300).default(''),
    invitation: invitationWordingSchema.default(invitationWordingSchema.parse({})),
    notes: optionalText(2000).default(''),
  })
  .superRefine((m, ctx) => {
    if (m.startTime && m.endTime && m.endTime <= m.startTime) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'validation.endBeforeStart' });
    }
    if (m.date && m.invitation.replyBy && m.invitation.replyBy > m.date) {
      ctx.addIssue({ code: 'custom', path: ['invitation', 'replyBy'], message: 'validation.replyByAfterMeeting' });
    }
    const languages = m.interpreters.map((line) => interpreterLanguageKey(line.language));
    languages.forEach((language, index) => {
      if (languages.indexOf(language) !== index) {
        ctx.addIssue({ code: 'custom', path: ['interpreters', index, 'language'], message: 'validation.duplicateLanguage' });
      }
    });
  });

/** The complete arrangements: a field or list left out is refused, never emptied. */
export const updateMeetingInput = z.intersection(z.object({ id: entityId, version }), completeRecord(meetingFieldsSchema));

export type MeetingFields = z.output<typeof meetingFieldsSchema>;
export type MeetingFieldsInput = z.input<typeof meetingFieldsSchema>;
export type Venue = z.output<typeof venueSchema>;
/** A text that goes into letters, per letter language. */
export type LetterText = Venue['mainRoom'];
/** The venue's texts written per letter language. */
export const VENUE_LETTER_TEXTS = ['mainRoom', 'accessibility', 'parking'] as const;
export type VenueLetterText = (typeof VENUE_LETTER_TEXTS)[number];
export type VenuePlace = z.output<typeof venuePlaceSchema>;
export type Refreshments = z.output<typeof refreshmentsSchema>;
export type Interpreter = z.output<typeof interpreterSchema>;

/** A checklist item the convener added to this meeting only. */
export interface CustomChecklistItem {
  id: string;
  text: string;
  dueDate: string | null;
  doneDate: string | null;
  version: number;
}

/** What has been ticked on a meeting's checklist. */
export interface ChecklistState {
  /** Done dates of template items by their key. */
  done: Record<string, string>;
  /** The version of each template item's tick by key; an item not here is at 1. */
  doneVersions: Record<string, number>;
  /** In the order they were added. */
  custom: CustomChecklistItem[];
}

/** A meeting as the API returns it. */
export interface Meeting extends MeetingFields {
  id: string;
  conferenceId: string;
  kind: MeetingKind;
  /** The day the venue was saved as booked; null while it is not. Stamped, never typed. */
  venueBookedDate: string | null;
  /** Held before the convener started using the app, on `date`: nothing of it was arranged or recorded here. */
  heldBeforeApp: boolean;
  checklist: ChecklistState;
  /** What was recorded on the day itself. */
  day: MeetingDay;
  /**
   * A follow-up's own replies, one per invitee who has one, in the network's order; always
   * empty for the conference's meeting, whose replies are the network's (`NetworkMember.reply`).
   */
  replies: MeetingReply[];
  version: number;
  updatedAt: string;
}

/** One invitee's reply to a follow-up meeting, with its own version (1 before it was first saved). */
export interface MeetingReply {
  memberId: string;
  reply: Reply;
  version: number;
}

/** The version of `memberId`'s reply to `meeting` (1 while they have none). */
export function replyVersion(meeting: Pick<Meeting, 'replies'>, memberId: string): number {
  return meeting.replies.find((r) => r.memberId === memberId)?.version ?? 1;
}

/** A follow-up invitee's reply, on the version the caller last saw; the meeting's own version stays. */
export const setReplyInput = z.object({
  meetingId: entityId,
  memberId: entityId,
  version,
  reply: z.enum(REPLIES, { error: 'validation.choice' }),
});

/*
 * The checklist: ticks and the meeting's own items, each with its own version, so that
 * ticking never makes an open arrangements form stale (the meeting's version stays).
 */

/** The version a checklist entry shown for `key` is at (1 for a default item never ticked). */
export function checklistEntryVersion(checklist: ChecklistState, key: string): number {
  return checklist.custom.find((item) => item.id === key)?.version ?? checklist.doneVersions[key] ?? 1;
}

export const setChecklistDoneInput = z.object({
  meetingId: entityId,
  /** A template item's key or a custom item's id. */
  key: checklistKey,
  version,
  /** `null` un-ticks. */
  doneDate: optionalDate.unwrap(),
});

const customItemFields = {
  text: requiredText(200),
  dueDate: optionalDate,
};

export const addChecklistItemInput = z.object({ meetingId: entityId, ...customItemFields });
export const updateChecklistItemInput = completeRecord(
  z.object({ meetingId: entityId, id: entityId, version, ...customItemFields }),
);
export const removeChecklistItemInput = z.object({ meetingId: entityId, id: entityId, version });
