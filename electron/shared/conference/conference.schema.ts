import { z } from 'zod';
import { completeRecord } from '../complete-record';
import {
  entityId,
  isoDate,
  optionalEmail,
  optionalPhone,
  optionalText,
  requiredText,
  version,
} from '../validation';
import { heldBeforeSchema } from './held-before.schema';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/locales';
import type { NextDue } from './next-due.types';
import type { MeetingWhen } from './meeting-when.types';
import { CLOSE_REASONS, LIST_PAGE_SIZE, LIST_PHASES, MEETING_TYPES, OPEN_PHASES, type CloseReason, type MeetingType, type Phase } from './conference-lists';

/** Children in child-welfare after-care can be up to 25; older makes no sense here. */
export const MAX_CHILD_AGE = 25;

/** A plausible birth year, judged against the year at validation time (the app runs for months). */
const birthYear = z
  .number({ error: 'validation.birthYear' })
  .int({ error: 'validation.birthYear' })
  .refine(
    (year) => {
      const thisYear = new Date().getFullYear();
      return year >= thisYear - MAX_CHILD_AGE && year <= thisYear;
    },
    { error: 'validation.birthYear' },
  );

export const childInputSchema = z.object({
  id: entityId.optional(),
  firstName: requiredText(60),
  birthYear,
});

export const guardianInputSchema = z.object({
  id: entityId.optional(),
  name: requiredText(100),
});

export const socialWorkerSchema = z.object(
  {
    name: requiredText(100),
    unit: optionalText(120).default(''),
    phone: optionalPhone.default(''),
    email: optionalEmail.default(''),
  },
  { error: 'validation.required' },
);

/** The fields a convener fills in on the conference form. */
export const conferenceFieldsSchema = z.object({
  reference: requiredText(60),
  children: z
    .array(childInputSchema, { error: 'validation.childRequired' })
    .min(1, { error: 'validation.childRequired' })
    .max(12, { error: 'validation.tooMany' }),
  guardians: z.array(guardianInputSchema, { error: 'validation.required' }).max(6, { error: 'validation.tooMany' }).default([]),
  socialWorker: socialWorkerSchema,
  commissionDate: isoDate,
  meetingType: z.enum(MEETING_TYPES, { error: 'validation.choice' }),
  /** The language the conference is held in: the general questions and papers follow it. */
  language: z.enum(UI_LANGUAGES, { error: 'validation.choice' }).default('fi'),
  notes: optionalText(4000).default(''),
});

/**
 * A new conference; `heldBefore` set records its meeting as already held before the app on
 * that date (a case already under way), so its plan is entered afterwards.
 */
export const createConferenceInput = conferenceFieldsSchema.extend({
  heldBefore: heldBeforeSchema.nullable().default(null),
});

/**
 * The complete conference (a field left out is refused, never reset), with what the
 * convener confirmed: left out, nothing is confirmed and a change that needs it is refused.
 *
 * Children and guardians are a complete list too. A child or guardian is matched by id and
 * keeps its id and its records (the commission agreement, how the child takes part, the
 * support person, the meeting-day record and Three Houses):
 * - without an id it is new;
 * - an id that is not one of this conference's is refused (`invalid_input` on that row),
 *   as is the same id twice;
 * - one left out is removed with its records, so every one left out must be named in
 *   `removedChildIds` / `removedGuardianIds`; otherwise the update is refused with
 *   `conflict`, naming the person and their records. An edit is never delete-and-recreate.
 *
 * A `phase` before what is recorded (e.g. "Toimeksianto" with an accepted plan, see
 * `workContradictedByMove`) is refused with `conflict` unless `confirmEarlierPhase` is
 * true. Moving the phase deletes nothing.
 */
export const updateConferenceInput = completeRecord(conferenceFieldsSchema).extend({
  id: entityId,
  version,
  phase: z.enum(OPEN_PHASES, { error: 'validation.choice' }),
  removedChildIds: z.array(entityId).max(12, { error: 'validation.tooMany' }).default([]),
  removedGuardianIds: z.array(entityId).max(6, { error: 'validation.tooMany' }).default([]),
  confirmEarlierPhase: z.boolean({ error: 'validation.choice' }).default(false),
});

export const conferenceIdInput = z.object({ id: entityId });

export const closeConferenceInput = completeRecord(
  z.object({
    id: entityId,
    version,
    reason: z.enum(CLOSE_REASONS, { error: 'validation.choice' }),
    text: optionalText(1000).default(''),
  }),
).refine((v) => v.reason !== 'other' || v.text.length > 0, {
  error: 'validation.closeReasonText',
  path: ['text'],
});

export const reopenConferenceInput = z.object({ id: entityId, version });

/** The most rows one list page may ask for. */
export const LIST_MAX_LIMIT = 500;

/**
 * What the conference list asks for: the open ones unless a phase is chosen; of one kind of
 * meeting; those whose reference, social worker or a child's first name holds every word of
 * `query` (case and diacritics aside); those closed within `closedFrom`–`closedTo` (Helsinki
 * dates, either end open; only closed ones match then); and which rows of the result.
 */
export const listConferencesInput = z
  .object({
    phase: z.enum(LIST_PHASES, { error: 'validation.choice' }).default('active'),
    meetingType: z.enum(MEETING_TYPES, { error: 'validation.choice' }).nullable().default(null),
    query: optionalText(200).default(''),
    closedFrom: isoDate.nullable().default(null),
    closedTo: isoDate.nullable().default(null),
    offset: z.number({ error: 'validation.invalid' }).int().min(0).default(0),
    limit: z.number({ error: 'validation.invalid' }).int().min(1).max(LIST_MAX_LIMIT).default(LIST_PAGE_SIZE),
  })
  .strict();
export type ListConferencesInput = z.infer<typeof listConferencesInput>;
export type ListConferencesRequest = z.input<typeof listConferencesInput>;

export type ConferenceFields = z.infer<typeof conferenceFieldsSchema>;
export type ConferenceFieldsInput = z.input<typeof conferenceFieldsSchema>;
export type CreateConferenceInput = z.infer<typeof createConferenceInput>;
export type CreateConferenceFormInput = z.input<typeof createConferenceInput>;
export type UpdateConferenceInput = z.infer<typeof updateConferenceInput>;
/** A conference's every field, as an update takes them. */
export type ConferenceRecordInput = Omit<
  z.input<typeof updateConferenceInput>,
  'id' | 'version' | 'phase' | 'removedChildIds' | 'removedGuardianIds' | 'confirmEarlierPhase'
>;
export type CloseConferenceInput = z.infer<typeof closeConferenceInput>;

export interface Child {
  id: string;
  firstName: string;
  birthYear: number;
}

/** A guardian: the network member who is the person, and their name there. */
export interface Guardian {
  id: string;
  name: string;
  memberId: string;
}

export type SocialWorker = z.output<typeof socialWorkerSchema>;

export interface Closure {
  reason: CloseReason;
  text: string;
  closedAt: string;
}

/** A conference as the API returns it. */
export interface Conference {
  id: string;
  reference: string;
  children: Child[];
  guardians: Guardian[];
  socialWorker: SocialWorker;
  commissionDate: string;
  meetingType: MeetingType;
  language: UiLanguage;
  phase: Phase;
  notes: string;
  closure: Closure | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A conference as the list shows it: with the next thing due, null once it is closed. */
export interface ConferenceListItem extends Conference {
  nextDue: NextDue | null;
  /** The coming meeting's date and times; null while undated or once closed. */
  meeting: MeetingWhen | null;
}

/**
 * One page of the conference list: its rows (those needing attention first, the closed ones
 * last, most recently closed first), how many match in all, and whether there is any
 * conference at all (an empty app says so rather than "nothing matches").
 */
export interface ConferenceListPage {
  items: ConferenceListItem[];
  total: number;
  offset: number;
  limit: number;
  anyConference: boolean;
}
