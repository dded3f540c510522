import { z } from 'zod';
import { completeRecord } from '../complete-record';
import type { UiLanguage } from '../i18n/locales';
import { entityId, isoDate, optionalDate, optionalText, requiredText, version } from '../validation';

/*
 * The family's plan (suunnitelma), made in part 3 of the conference and revised at each
 * follow-up meeting. Every item has an owner from the network or the children: no free
 * riders. A change after the plan was decided on makes a new version; earlier versions
 * stay readable.
 */

/** Who does a task, or checks it: a network member, or the social worker (not a member). */
export const planPersonSchema = z.discriminatedUnion(
  'kind',
  [z.object({ kind: z.literal('member'), memberId: entityId }), z.object({ kind: z.literal('social_worker') })],
  { error: 'validation.planOwner' },
);
export type PlanPerson = z.output<typeof planPersonSchema>;

/**
 * Who does a task: anyone `planPersonSchema` allows, or one of the conference's children
 * (an older child often takes a task on). Only a task has a child's option: services,
 * checks, copies and dissents are for the adults.
 */
export const planOwnerSchema = z.discriminatedUnion(
  'kind',
  [...planPersonSchema.options, z.object({ kind: z.literal('child'), childId: entityId })],
  { error: 'validation.planOwner' },
);
export type PlanOwner = z.output<typeof planOwnerSchema>;

/** One thing the family agreed, as the answer (or part of it) to one question. */
export const planItemSchema = z.object({
  id: entityId.optional(),
  /** The summary question it answers (open or general), or null for "other agreements". */
  questionId: entityId.nullable().default(null),
  what: requiredText(1000),
  owner: planOwnerSchema,
  fromDate: optionalDate,
  byDate: optionalDate,
  /** How it is followed up. */
  followUp: optionalText(500).default(''),
  checker: planPersonSchema.nullable().default(null),
  /** The "must include" bottom lines this item fulfils. */
  bottomLineIds: z.array(entityId).max(20, { error: 'validation.tooMany' }).default([]),
});

/** Support the family asks from services: from which worker, for what. */
export const serviceSupportSchema = z.object({
  id: entityId.optional(),
  worker: planPersonSchema,
  what: requiredText(500),
});

export const DISTRIBUTION_CHANNELS = ['by_hand', 'post', 'email', 'secure_email'] as const;
export type DistributionChannel = (typeof DISTRIBUTION_CHANNELS)[number];

/** One copy of the plan: to whom, and when and how it went. */
export const planRecipientSchema = z.object({
  id: entityId.optional(),
  recipient: planPersonSchema,
  sentDate: optionalDate,
  channel: z.enum(DISTRIBUTION_CHANNELS, { error: 'validation.choice' }).default('by_hand'),
});

/** A dissenting opinion, recorded only when the person wants it. */
export const dissentSchema = z.object({
  id: entityId.optional(),
  person: planPersonSchema,
  text: requiredText(2000),
});

export const DECISIONS = ['accepted', 'accepted_with_changes', 'not_accepted'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The social worker's decision on the plan. */
export const decisionSchema = z
  .object({
    outcome: z.enum(DECISIONS, { error: 'validation.choice' }),
    reasons: optionalText(2000).default(''),
    date: isoDate,
  })
  .refine((d) => d.outcome === 'accepted' || d.reasons !== '', { error: 'validation.decisionReasons', path: ['reasons'] });

export const planFieldsSchema = z.object({
  items: z.array(planItemSchema).max(100, { error: 'validation.tooMany' }).default([]),
  services: z.array(serviceSupportSchema).max(30, { error: 'validation.tooMany' }).default([]),
  /** What is done if the plan runs into problems. */
  problems: optionalText(2000).default(''),
  /** How the plan is monitored. */
  monitoring: optionalText(2000).default(''),
  recipients: z.array(planRecipientSchema).max(40, { error: 'validation.tooMany' }).default([]),
  followUpDate: optionalDate,
  followUpInvitees: z.array(planPersonSchema).max(60, { error: 'validation.tooMany' }).default([]),
  dissents: z.array(dissentSchema).max(30, { error: 'validation.tooMany' }).default([]),
  /** The "not acceptable" bottom lines the convener has checked the plan against. */
  checkedNotAcceptableIds: z.array(entityId).max(20, { error: 'validation.tooMany' }).default([]),
  decision: decisionSchema.nullable().default(null),
});

/** The first plan of a conference, made at its meeting. */
export const createPlanInput = z.object({ meetingId: entityId });
/** Replaces the plan's content; refused once decided (revise it instead). */
export const updatePlanInput = z.intersection(z.object({ id: entityId, version }), completeRecord(planFieldsSchema));
/** A new version from the latest one, at a follow-up meeting; the earlier stays as it was. */
export const revisePlanInput = z.object({ id: entityId, version, meetingId: entityId });

export type PlanFields = z.output<typeof planFieldsSchema>;
export type PlanFieldsInput = z.input<typeof planFieldsSchema>;

type WithId<T> = Omit<T, 'id'> & { id: string };

/** One version of the plan as the API returns it. */
export interface Plan extends Omit<PlanFields, 'items' | 'services' | 'recipients' | 'dissents'> {
  id: string;
  conferenceId: string;
  /** The meeting this version was made at. */
  meetingId: string;
  /** 1 for the conference's plan, 2, 3… for each revision. */
  number: number;
  items: WithId<z.output<typeof planItemSchema>>[];
  services: WithId<z.output<typeof serviceSupportSchema>>[];
  recipients: WithId<z.output<typeof planRecipientSchema>>[];
  dissents: WithId<z.output<typeof dissentSchema>>[];
  /**
   * What a decided version answered and named, kept as it was then; null while undecided.
   * The API always sets it; optional so a plan built by hand (a test fixture) reads as undecided.
   */
  kept?: PlanKept | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/* The copies a decided version keeps (`plan-kept.ts` says why and reads them). */

/** One line of the summary's lists: a question or a bottom line. */
export interface SummaryLine {
  id: string;
  text: string;
}

/** One network member as a decided plan version names them. */
export interface KeptMember {
  id: string;
  name: string;
  relation: string;
  /** A worker's organisation; '' for the family's own people. */
  organisation: string;
}

/** What a decided plan version refers to, as it stood when the plan was decided. */
export interface PlanKept {
  /** When the copies were taken: the instant the plan was decided. */
  keptAt: string;
  /** The conference's language: the plan paper is in it. */
  language: UiLanguage;
  /** The summary's four lists, in order: the questions the plan answered and its bottom lines. */
  summary: {
    openQuestions: SummaryLine[];
    generalQuestions: SummaryLine[];
    mustInclude: SummaryLine[];
    notAcceptable: SummaryLine[];
  };
  socialWorkerName: string;
  /** The network, in its order. */
  members: KeptMember[];
  /** The conference's children, in order. */
  children: { id: string; firstName: string; birthYear: number }[];
  /** The date of the conference's own meeting, and of the meeting this version was made at. */
  conferenceDate: string | null;
  meetingDate: string | null;
}
