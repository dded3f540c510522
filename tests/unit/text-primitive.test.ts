import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract } from '../../electron/shared/api/contract';
import { METHOD_NAMES } from '../../electron/shared/api/methods';
import { containsIdentityCode, normaliseText, optionalText } from '../../electron/shared/validation';

/*
 * Every string a caller can send is either free text built from the one text primitive,
 * or has a shape (an id, a date, a choice) that an identity code cannot take. This walks
 * every input schema of the contract, so a new field is checked without being listed.
 */

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

interface Leaf {
  path: string;
  schema: z.ZodType;
}

/** Every string-accepting leaf of `schema`, with its path. */
function stringLeaves(schema: z.ZodType, path: string, out: Leaf[], seen = new Set<z.ZodType>()): Leaf[] {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = defOf(schema);
  const walk = (child: unknown, at: string) => stringLeaves(child as z.ZodType, at, out, seen);
  switch (def.type) {
    case 'string':
      out.push({ path, schema });
      break;
    case 'object':
      for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>)) walk(child, `${path}.${key}`);
      break;
    case 'array':
      walk(def.element, `${path}[]`);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      walk(def.innerType, path);
      break;
    case 'pipe':
      walk(def.in, path);
      break;
    case 'union':
      (def.options as z.ZodType[]).forEach((option) => walk(option, path));
      break;
    case 'intersection':
      walk(def.left, path);
      walk(def.right, path);
      break;
    case 'record':
      walk(def.valueType, `${path}{}`);
      break;
    case 'enum':
    case 'literal':
    case 'number':
    case 'boolean':
    case 'null':
    case 'transform':
      break;
    default:
      throw new Error(`${path}: a ${def.type} schema the walker does not know; teach it`);
  }
  return out;
}

const leaves = METHOD_NAMES.flatMap((method) => stringLeaves(contract[method].input, method, []));

/** Strings that are not text a person writes: checked by their own shape instead. */
const NOT_TEXT = new Set([
  'settings.update.value.logo.data',
  // A whole export file: the import applies the text rule to each typed column (transfer.test.ts).
  'transfer.import.content',
]);

/** An identity code in the shapes a field might otherwise let through. */
const CENTURY_SIGNS = ['+', '-', 'A', 'B', 'C', 'D', 'E', 'F', 'U', 'V', 'W', 'X', 'Y'];
const CARRIERS = [
  ...CENTURY_SIGNS.map((sign) => `Nimi 010203${sign}123B`),
  'Hetu 131052-308T', // check character right
  'Hetu 131052-308U', // check character wrong
  '010203-1234', // shaped like a phone number
  '010203A123B@esimerkki.fi', // shaped like an e-mail address
  'https://esimerkki.fi/010203A123B', // shaped like a link
  'Hetu 010203\u200BA123B', // an invisible space inside
  'Hetu 010203\u2013123B', // a typographic dash as the century sign
  'Hetu ０１０２０３Ａ１２３Ｂ', // full-width characters
];

describe('the one text primitive', () => {
  it('finds the free-text fields of every input', () => {
    const paths = leaves.map((leaf) => leaf.path);
    // A walker that found nothing would prove nothing: these are fields a user types into.
    for (const expected of [
      'conference.create.children[].firstName',
      'conference.create.guardians[].name',
      'conference.create.socialWorker.name',
      'conference.create.socialWorker.phone',
      'network.addMember.name',
      'meeting.update.venue.name',
      'meeting.update.remoteLink',
      'meetingDay.addPerson.name',
      // settings.update takes one section as `value`: the convener's name is one of them.
      'settings.update.value.name',
    ]) {
      expect(paths).toContain(expected);
    }
    expect(leaves.length).toBeGreaterThan(150);
  });

  it.each(CARRIERS)('every string field of every input refuses %s', (carrier) => {
    const accepted = leaves
      .filter((leaf) => !NOT_TEXT.has(leaf.path))
      .filter((leaf) => leaf.schema.safeParse(carrier).success)
      .map((leaf) => leaf.path);
    expect(accepted).toEqual([]);
  });

  it('says why a free-text field refuses an identity code', () => {
    const result = optionalText(100).safeParse('Lapsen hetu 010203A123B');
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual(['validation.identityCode']);
  });

  it('does not refuse a link whose ids happen to have an identity code’s shape', () => {
    // A Teams link carries the organisation's id: one uuid in a thousand looks like "310190a1234".
    const teams =
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE2ZTRk%40thread.v2/0?context=%7b%22Tid%22%3a%220a1b2c3d-4e5f-4a6b-8c7d-310190a1234f%22%7d';
    expect(containsIdentityCode(teams)).toBe(false);
    expect(optionalText(500).safeParse(teams).success).toBe(true);
    // The same code outside an id is still one.
    expect(containsIdentityCode('https://esimerkki.fi/?hetu=310190a1234f')).toBe(true);
  });

  it('does not refuse ordinary numbers, dates and phone numbers', () => {
    for (const text of ['040 123 4567', '+358 40 1234567', 'Asia 2026-1234', 'Tapaaminen 10.3.2027 klo 9–14', 'Postinumero 00100']) {
      expect(containsIdentityCode(text), text).toBe(false);
    }
  });

  it('removes invisible controls and keeps the marks that shape writing', () => {
    expect(normaliseText('Ai\u202Eno\u202C Vir\u200Btanen\uFEFF')).toBe('Aino Virtanen');
    expect(normaliseText('rivi 1\r\nrivi 2\rrivi 3\u0007')).toBe('rivi 1\nrivi 2\nrivi 3');
    expect(normaliseText('bad \uD800 half')).toBe('bad  half');
    expect(normaliseText('😀 ok')).toBe('😀 ok');
    expect(normaliseText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(normaliseText('A\u0308ijö')).toBe('A\u0308ijö');
  });

  it('stores text without the invisible controls, trimmed', () => {
    expect(optionalText(100).parse('  \u202EAino\u202C  ')).toBe('Aino');
  });
});
