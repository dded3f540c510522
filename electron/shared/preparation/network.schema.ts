import { z } from 'zod';
import { completeRecord } from '../complete-record';
import {
  entityId,
  optionalDate,
  optionalEmail,
  optionalPhone,
  optionalText,
  requiredText,
  version,
} from '../validation';

/** The four sectors of the network map (easyNWK): where a person belongs in the child's life. */
export const SECTORS = ['family', 'relatives', 'friends', 'professionals'] as const;
export type Sector = (typeof SECTORS)[number];

/** The three rings of the map, innermost first. */
export const CLOSENESS = ['close', 'middle', 'distant'] as const;
export type Closeness = (typeof CLOSENESS)[number];

export const MEMBER_LANGUAGES = ['fi', 'sv', 'en', 'other'] as const;
export type MemberLanguage = (typeof MEMBER_LANGUAGES)[number];

/** The languages a letter is written in. */
export const LETTER_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/** Decided with the family: who is invited to the conference. */
export const INVITE_DECISIONS = ['undecided', 'invite', 'written_views', 'not_invited'] as const;
export type InviteDecision = (typeof INVITE_DECISIONS)[number];

export const REPLIES = ['not_asked', 'coming', 'remote', 'maybe', 'not_coming'] as const;
export type Reply = (typeof REPLIES)[number];

/** How a child takes part in the conference. */
export const CHILD_PARTICIPATION = ['undecided', 'present', 'support_person', 'letter', 'drawing', 'recording'] as const;
export type ChildParticipation = (typeof CHILD_PARTICIPATION)[number];

/** Present for a worker who gives information at the meeting (tiedonanto). */
export const workerSchema = z.object(
  {
    organisation: optionalText(120).default(''),
    topic: optionalText(1000).default(''),
    staysForPlan: z.boolean({ error: 'validation.choice' }).default(false),
    /** Named in the confidentiality waiver: may share information with the network. */
    sharingAllowed: z.boolean({ error: 'validation.choice' }).default(false),
  },
  { error: 'validation.required' },
);

/** Everything the convener records about one person of the family's network. */
export const memberFieldsSchema = z
  .object({
    name: requiredText(100),
    /** The relation to the child in the family's words: "mummo", "naapuri", "koulukuraattori". */
    relation: requiredText(80),
    sector: z.enum(SECTORS, { error: 'validation.choice' }),
    closeness: z.enum(CLOSENESS, { error: 'validation.choice' }),
    phone: optionalPhone.default(''),
    email: optionalEmail.default(''),
    address: optionalText(300).default(''),
    language: z.enum(MEMBER_LANGUAGES, { error: 'validation.choice' }).default('fi'),
    otherLanguage: optionalText(60).default(''),
    /** For a member of another language: the language their letters are in; null, the conference's. */
    letterLanguage: z
      .union([z.literal(''), z.enum(LETTER_LANGUAGES)], { error: 'validation.choice' })
      .nullable()
      // A form's select says "the conference's" with '': stored as null, like a date input's ''.
      .transform((value) => (value === '' ? null : value))
      .default(null),
    interpreterNeeded: z.boolean({ error: 'validation.choice' }).default(false),
    accessibility: optionalText(500).default(''),
    diet: optionalText(300).default(''),
    notes: optionalText(2000).default(''),
    invite: z.enum(INVITE_DECISIONS, { error: 'validation.choice' }).default('undecided'),
    notInvitedReason: optionalText(500).default(''),
    reply: z.enum(REPLIES, { error: 'validation.choice' }).default('not_asked'),
    /** Children this person is the support person (avustaja) of. */
    supportForChildIds: z.array(entityId).max(12, { error: 'validation.tooMany' }).default([]),
    chairsPrivateTime: z.boolean({ error: 'validation.choice' }).default(false),
    takesNotes: z.boolean({ error: 'validation.choice' }).default(false),
    /** The preparation talk is done. */
    preparedDate: optionalDate,
    /** The support person has been briefed on their task. */
    supportBriefedDate: optionalDate,
    worker: workerSchema.nullable().default(null),
  })
  .superRefine((m, ctx) => {
    if (m.invite === 'not_invited' && m.notInvitedReason === '') {
      ctx.addIssue({ code: 'custom', path: ['notInvitedReason'], message: 'validation.notInvitedReason' });
    }
    if (m.language === 'other' && m.otherLanguage === '') {
      ctx.addIssue({ code: 'custom', path: ['otherLanguage'], message: 'validation.otherLanguage' });
    }
    // A member who reads fi, sv or en gets letters in that language: no second answer to contradict it.
    if (m.language !== 'other' && m.letterLanguage !== null) {
      ctx.addIssue({ code: 'custom', path: ['letterLanguage'], message: 'validation.invalid' });
    }
    const hasRole = m.supportForChildIds.length > 0 || m.chairsPrivateTime || m.takesNotes;
    if (hasRole && m.invite !== 'invite') {
      ctx.addIssue({ code: 'custom', path: ['invite'], message: 'validation.roleNeedsInvite' });
    }
    if (new Set(m.supportForChildIds).size !== m.supportForChildIds.length) {
      ctx.addIssue({ code: 'custom', path: ['supportForChildIds'], message: 'validation.invalid' });
    }
  });

export const addMemberInput = z.intersection(z.object({ conferenceId: entityId }), memberFieldsSchema);
/** The complete member: a field left out is refused, never reset. */
export const memberRecordSchema = completeRecord(memberFieldsSchema);
export const updateMemberInput = z.intersection(z.object({ id: entityId, version }), memberRecordSchema);
export const removeMemberInput = z.object({ id: entityId, version });

/** How a child takes part, on the version the caller last saw (1 before it was first saved). */
export const updateChildParticipationInput = z.object({
  conferenceId: entityId,
  childId: entityId,
  version,
  participation: z.enum(CHILD_PARTICIPATION, { error: 'validation.choice' }),
  note: optionalText(1000),
});

export type MemberFields = z.output<typeof memberFieldsSchema>;
export type MemberFieldsInput = z.input<typeof memberFieldsSchema>;
/** A member's every field, as an update takes them. */
export type MemberRecordInput = z.input<typeof memberRecordSchema>;
export type Worker = z.output<typeof workerSchema>;

export interface NetworkMember extends MemberFields {
  id: string;
  conferenceId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A child of the conference as a member of the network: how they take part. */
export interface ChildTakingPart {
  childId: string;
  participation: ChildParticipation;
  note: string;
  version: number;
}
