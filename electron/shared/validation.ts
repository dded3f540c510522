import { z } from 'zod';
import { isValidIsoDate } from './dates';

/*
 * Building blocks for schemas. Every `error` is an i18n catalog key, so the UI shows
 * the message in the user's language and the API returns the same key in `issues`.
 */

/** Finnish personal identity code (henkilötunnus): we never store one. */
const IDENTITY_CODE = /\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s()-]{5,20}$/;

export function containsIdentityCode(value: string): boolean {
  return IDENTITY_CODE.test(value);
}

/** Trimmed free text up to `max` characters; may be empty. */
export function optionalText(max: number) {
  return z.string({ error: 'validation.required' }).trim().max(max, { error: 'validation.tooLong' });
}

/** Trimmed text of 1–`max` characters. */
export function requiredText(max: number) {
  return optionalText(max).min(1, { error: 'validation.required' });
}

/** Free text that must not hold a personal identity code. */
export function noIdentityCode<T extends z.ZodType<string>>(schema: T) {
  return schema.refine((v) => !containsIdentityCode(v), { error: 'validation.identityCode' });
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

/** Optimistic-concurrency counter: the version the caller last saw. */
export const version = z.number({ error: 'validation.version' }).int().min(1);

/** An ordered list of short texts (concerns, questions): ids kept across edits when given. */
export function textList(max: number, itemMax = 1000) {
  return z
    .array(z.object({ id: entityId.optional(), text: noIdentityCode(requiredText(itemMax)) }), {
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
