import { z } from 'zod';
import { isValidIsoDate } from './dates';
import { MAX_CENTS, MAX_MINUTES, parseDuration, parseEuros } from './amounts';
import { isBuiltInChecklistKey } from './settings/settings-lists';

/*
 * Building blocks for schemas. Every `error` is an i18n catalog key, so the UI shows
 * the message in the user's language and the API returns the same key in `issues`.
 */

/**
 * A Finnish personal identity code (henkilötunnus): we never store one. Day and month must be
 * plausible; every century sign (+, -, A–F, U–Y) and any check character count, right or wrong.
 */
const IDENTITY_CODE = /(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[-+A-FU-Y]\d{3}[0-9A-Y]/i;
/**
 * A uuid, as in a Teams link (the organisation's and the organiser's ids): an identifier, never
 * someone's identity code, though one in a thousand has the shape of one ("…-310190a1234f").
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s()-]{5,20}$/;

/*
 * Characters no one types on purpose and that break a screen, a file name or a Word file:
 * C0 and C1 controls (but tab and newline), the byte-order mark and noncharacters, zero-width
 * space and word joiner, and the bidirectional embedding, override and isolate controls
 * (an override would reverse the text around a name). Marks that shape writing (ZWJ, ZWNJ,
 * LRM, RLM, the soft hyphen) stay.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is what this is for
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Dashes and hyphens that a word processor puts where a person typed "-". */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * The text as stored: Windows and old-Mac line ends as newlines, invisible controls removed.
 * Letters are kept as written (a decomposed "ä" stays decomposed): nothing visible changes.
 */
export function normaliseText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
}

/**
 * True when `value` holds a personal identity code, also one disguised with invisible format
 * characters, full-width digits or a typographic dash.
 */
export function containsIdentityCode(value: string): boolean {
  const plain = value.normalize('NFKC').replace(/\p{Cf}/gu, '').replace(DASHES, '-').replace(UUID, ' ');
  return IDENTITY_CODE.test(plain);
}

/**
 * The one text primitive: every free-text field of every input is built from it. Normalised
 * (see `normaliseText`), trimmed, at most `max` characters, may be empty, and never holds a
 * personal identity code.
 */
export function optionalText(max: number) {
  return z
    .string({ error: 'validation.required' })
    .overwrite(normaliseText)
    .trim()
    .max(max, { error: 'validation.tooLong' })
    .refine((v) => !containsIdentityCode(v), { error: 'validation.identityCode' });
}

/** Trimmed text of 1–`max` characters, by the same rule as `optionalText`. */
export function requiredText(max: number) {
  return optionalText(max).min(1, { error: 'validation.required' });
}

export const isoDate = z
  .string({ error: 'validation.date' })
  .refine(isValidIsoDate, { error: 'validation.date' });

export const optionalEmail = optionalText(254).refine((v) => v === '' || EMAIL.test(v), {
  error: 'validation.email',
});

export const optionalPhone = optionalText(40).refine((v) => v === '' || PHONE.test(v), {
  error: 'validation.phone',
});

/**
 * A calendar date that may be left empty: `''` and `null` both mean "not yet", which the
 * API returns as `null`. Forms keep `''` in their inputs.
 */
export const optionalDate = z
  .union([z.literal(''), z.null(), isoDate], { error: 'validation.date' })
  .transform((v) => (v === '' ? null : v))
  .default(null);

export const entityId = z.string({ error: 'validation.required' }).uuid({ error: 'validation.id' });

/**
 * A checklist item's key: a built-in item's name or the id the app gave the convener's own
 * item. Never text a person types: checked by its shape, like an id, not by the text rule.
 */
export const checklistKey = z
  .string({ error: 'validation.required' })
  .refine((key) => isBuiltInChecklistKey(key) || entityId.safeParse(key).success, { error: 'validation.id' });

/** Optimistic-concurrency counter: the version the caller last saw. */
export const version = z.number({ error: 'validation.version' }).int().min(1);

/** An ordered list of short texts (concerns, questions): ids kept across edits when given. */
export function textList(max: number, itemMax = 1000) {
  return z
    .array(z.object({ id: entityId.optional(), text: requiredText(itemMax) }), {
      error: 'validation.required',
    })
    .max(max, { error: 'validation.tooMany' })
    .default([]);
}

/*
 * The inner checks of the two unions below carry the key too: when a value has the right
 * type (a string, a number) zod reports the inner check's issue, not the union's error.
 */

/** A clock time `HH:MM` that may be left empty (`''`/`null` → `null`). */
export const optionalTime = z
  .union([z.literal(''), z.null(), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' })], {
    error: 'validation.time',
  })
  .transform((v) => (v === '' ? null : v))
  .default(null);

const COUNT_ERROR = { error: 'validation.count' } as const;

/** A whole count (people, places) that may be left empty (`''`/`null` → `null`). */
export const optionalCount = z
  .union(
    [z.literal(''), z.null(), z.number(COUNT_ERROR).int(COUNT_ERROR).min(0, COUNT_ERROR).max(1000, COUNT_ERROR)],
    COUNT_ERROR,
  )
  .transform((v) => (v === '' ? null : v))
  .default(null);

const EUROS_ERROR = { error: 'validation.euros' } as const;
const EUROS_TEXT = z
  .string(EUROS_ERROR)
  .refine((text) => text.trim() === '' || parseEuros(text) !== null, EUROS_ERROR)
  .transform((text) => (text.trim() === '' ? null : parseEuros(text)));
const CENTS = z.number(EUROS_ERROR).int(EUROS_ERROR).min(0, EUROS_ERROR).max(MAX_CENTS, EUROS_ERROR);

/**
 * The one money primitive: an amount in euros that may be left empty. A text is euros as
 * written ("120,50 €"), a number is cents (as the app reads them back); the value is cents
 * or null.
 */
// Every branch carries the key: a form's resolver shows the first branch's message of a union.
export const optionalEuros = z.union([z.null(EUROS_ERROR), CENTS, EUROS_TEXT], EUROS_ERROR).default(null);

/** An amount in euros that must be given (a cost entry): cents above zero. */
export const euros = optionalEuros.refine((cents): cents is number => cents !== null && cents > 0, EUROS_ERROR);

const DURATION_ERROR = { error: 'validation.duration' } as const;

/**
 * The one working-time primitive: a duration that must be given. A text is as written
 * ("1 h 30 min", "1,5 h", "1:30", "90"), a number is minutes; the value is minutes.
 */
export const duration = z.union(
  [
    z.number(DURATION_ERROR).int(DURATION_ERROR).min(1, DURATION_ERROR).max(MAX_MINUTES, DURATION_ERROR),
    z
      .string(DURATION_ERROR)
      .refine((text) => parseDuration(text) !== null, DURATION_ERROR)
      .transform((text) => parseDuration(text) ?? 0),
  ],
  DURATION_ERROR,
);

/** A duration that may be left empty (`''`/`null` → `null`): a contact's length. */
export const optionalDuration = z
  .union([z.literal('', DURATION_ERROR), z.null(DURATION_ERROR), duration], DURATION_ERROR)
  .transform((v) => (v === '' ? null : v))
  .default(null);
