import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  closeConferenceInput,
  createConferenceInput,
  MAX_CHILD_AGE,
  updateConferenceInput,
} from '../../electron/shared/conference/conference.schema';
import { INVENTED_IDENTITY_CODE, makeChild, makeConferenceInput } from '../fixtures/conference';

type Issue = { path: PropertyKey[]; message: string };

function issues(result: z.ZodSafeParseResult<unknown>): Issue[] {
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

function createIssues(input: unknown): Issue[] {
  return issues(createConferenceInput.safeParse(input));
}

const socialWorker = makeConferenceInput().socialWorker;
const thisYear = new Date().getFullYear();

describe('createConferenceInput: required fields', () => {
  it('accepts the fixture as it is', () => {
    expect(createIssues(makeConferenceInput())).toEqual([]);
  });

  it('asks for a reference', () => {
    expect(createIssues(makeConferenceInput({ reference: '' }))).toEqual([
      { path: ['reference'], message: 'validation.required' },
    ]);
  });

  it('treats a reference of spaces as missing', () => {
    expect(createIssues(makeConferenceInput({ reference: '   \t ' }))).toEqual([
      { path: ['reference'], message: 'validation.required' },
    ]);
  });

  it('asks for at least one child', () => {
    expect(createIssues(makeConferenceInput({ children: [] }))).toEqual([
      { path: ['children'], message: 'validation.childRequired' },
    ]);
  });

  it("asks for each child's first name", () => {
    const input = makeConferenceInput({ children: [makeChild(), makeChild({ firstName: ' ' })] });
    expect(createIssues(input)).toEqual([{ path: ['children', 1, 'firstName'], message: 'validation.required' }]);
  });

  it("asks for the social worker's name", () => {
    const input = makeConferenceInput({ socialWorker: { ...socialWorker, name: '' } });
    expect(createIssues(input)).toEqual([{ path: ['socialWorker', 'name'], message: 'validation.required' }]);
  });

  it('asks for a commission date', () => {
    expect(createIssues(makeConferenceInput({ commissionDate: '' }))).toEqual([
      { path: ['commissionDate'], message: 'validation.date' },
    ]);
  });

  it('names each missing required field with a catalog key when nothing is sent', () => {
    expect(createIssues({})).toEqual([
      { path: ['reference'], message: 'validation.required' },
      { path: ['children'], message: 'validation.childRequired' },
      { path: ['socialWorker'], message: 'validation.required' },
      { path: ['commissionDate'], message: 'validation.date' },
      { path: ['meetingType'], message: 'validation.choice' },
    ]);
  });

  it('lets guardians, notes and the social worker’s unit, phone and email be left out', () => {
    const { guardians: _g, notes: _n, ...rest } = makeConferenceInput();
    const parsed = createConferenceInput.parse({ ...rest, socialWorker: { name: 'Leena Korhonen' } });
    expect(parsed.guardians).toEqual([]);
    expect(parsed.notes).toBe('');
    expect(parsed.socialWorker).toEqual({ name: 'Leena Korhonen', unit: '', phone: '', email: '' });
  });
});

describe('createConferenceInput: formats', () => {
  it.each(['2027-02-30', '2027-02-29', '30.1.2027', '2027-1-30'])('refuses the commission date %s', (date) => {
    expect(createIssues(makeConferenceInput({ commissionDate: date }))).toEqual([
      { path: ['commissionDate'], message: 'validation.date' },
    ]);
  });

  it.each(['leena.korhonen@', 'leena korhonen@example.fi', 'leena.korhonen@example', '@example.fi'])(
    'refuses the email %j',
    (email) => {
      const input = makeConferenceInput({ socialWorker: { ...socialWorker, email } });
      expect(createIssues(input)).toEqual([{ path: ['socialWorker', 'email'], message: 'validation.email' }]);
    },
  );

  it.each(['+358 40 123 4567', '040-1234567', '(09) 310 12345', '0401234567'])('accepts the phone %j', (phone) => {
    expect(createIssues(makeConferenceInput({ socialWorker: { ...socialWorker, phone } }))).toEqual([]);
  });

  it.each(['soita aamulla', '1234', '040 123 4567 tai 050', '+358 40 123 4567 8901 2345'])(
    'refuses the phone %j',
    (phone) => {
      const input = makeConferenceInput({ socialWorker: { ...socialWorker, phone } });
      expect(createIssues(input)).toEqual([{ path: ['socialWorker', 'phone'], message: 'validation.phone' }]);
    },
  );

  it.each([
    ['a string', '2015'],
    ['a fraction', 2015.5],
    ['next year', thisYear + 1],
    [`over ${MAX_CHILD_AGE} years ago`, thisYear - MAX_CHILD_AGE - 1],
    ['two digits', 15],
  ])('refuses a birth year that is %s', (_label, birthYear) => {
    const input = makeConferenceInput({ children: [{ firstName: 'Äijö', birthYear: birthYear as number }] });
    expect(createIssues(input)).toEqual([{ path: ['children', 0, 'birthYear'], message: 'validation.birthYear' }]);
  });

  it(`accepts a birth year this year and ${MAX_CHILD_AGE} years ago`, () => {
    const children = [makeChild({ birthYear: thisYear }), makeChild({ birthYear: thisYear - MAX_CHILD_AGE })];
    expect(createIssues(makeConferenceInput({ children }))).toEqual([]);
  });

  it('refuses more than 12 children and more than 6 guardians', () => {
    const input = makeConferenceInput({
      children: Array.from({ length: 13 }, () => makeChild()),
      guardians: Array.from({ length: 7 }, () => ({ name: 'Maija Äijälä' })),
    });
    expect(createIssues(input)).toEqual([
      { path: ['children'], message: 'validation.tooMany' },
      { path: ['guardians'], message: 'validation.tooMany' },
    ]);
  });

  it('refuses a reference over 60 characters', () => {
    expect(createIssues(makeConferenceInput({ reference: 'Ä'.repeat(61) }))).toEqual([
      { path: ['reference'], message: 'validation.tooLong' },
    ]);
  });
});

describe('identity codes are never stored', () => {
  it.each([
    `Virtanen ${INVENTED_IDENTITY_CODE}`,
    INVENTED_IDENTITY_CODE.toLowerCase(),
    'Äijälä 010203-1234',
    'Äijälä 010299+123A',
    'Äijälä 010203Y123X',
  ])('refuses the reference %j', (reference) => {
    expect(createIssues(makeConferenceInput({ reference }))).toEqual([
      { path: ['reference'], message: 'validation.identityCode' },
    ]);
  });

  it('refuses an identity code anywhere in the notes', () => {
    const notes = `Huoltajan kanssa puhuttu.\nLapsen tunnus ${INVENTED_IDENTITY_CODE}, kysy lisää.`;
    expect(createIssues(makeConferenceInput({ notes }))).toEqual([
      { path: ['notes'], message: 'validation.identityCode' },
    ]);
  });

  it('lets through phone numbers, dates and case numbers that only look numeric', () => {
    const notes = 'Soita 040 123 4567 tai 0401234567. Tapaaminen 12.03.2027, dnro 2027-123456.';
    expect(createIssues(makeConferenceInput({ reference: 'Äijälä 3/2027', notes }))).toEqual([]);
  });
});

describe('text is trimmed and kept as written', () => {
  it('trims surrounding spaces from every text field', () => {
    const parsed = createConferenceInput.parse(
      makeConferenceInput({
        reference: '  Äijälä 1/2027 ',
        children: [makeChild({ firstName: ' Äijö\t' })],
        guardians: [{ name: '\n Maija Äijälä ' }],
        socialWorker: { name: ' Leena Korhonen ', unit: ' Itä ', phone: ' 040 123 4567 ', email: ' leena.korhonen@example.fi ' },
        notes: '  Sovittu.  ',
      }),
    );
    expect(parsed.reference).toBe('Äijälä 1/2027');
    expect(parsed.children[0]?.firstName).toBe('Äijö');
    expect(parsed.guardians[0]?.name).toBe('Maija Äijälä');
    expect(parsed.socialWorker).toEqual({
      name: 'Leena Korhonen',
      unit: 'Itä',
      phone: '040 123 4567',
      email: 'leena.korhonen@example.fi',
    });
    expect(parsed.notes).toBe('Sovittu.');
  });

  it.each(['Äijö', 'Åsa-Öhman', 'سارة', 'Cabdi', 'Наташа', 'Nguyễn', 'A\u0308ijö'])(
    'keeps the name %j unchanged',
    (name) => {
      const parsed = createConferenceInput.parse(
        makeConferenceInput({ children: [makeChild({ firstName: name })], guardians: [{ name: `${name} Äijälä` }] }),
      );
      expect(parsed.children[0]?.firstName).toBe(name);
      expect(parsed.guardians[0]?.name).toBe(`${name} Äijälä`);
    },
  );
});

describe('updateConferenceInput', () => {
  // An update takes the complete conference: the language too, which a create may leave to its default.
  const base = { ...makeConferenceInput(), language: 'fi', id: randomUUID(), version: 1, phase: 'valmistelu' };

  it('accepts a valid update with child ids', () => {
    const input = { ...base, children: [makeChild({ id: randomUUID() }), makeChild({ firstName: 'Cabdi' })] };
    expect(issues(updateConferenceInput.safeParse(input))).toEqual([]);
  });

  it('does not let an update close the conference', () => {
    expect(issues(updateConferenceInput.safeParse({ ...base, phase: 'paattynyt' }))).toEqual([
      { path: ['phase'], message: 'validation.choice' },
    ]);
  });

  it('refuses a missing or malformed id and version', () => {
    expect(issues(updateConferenceInput.safeParse({ ...base, id: 'äijälä', version: 0 }))).toEqual([
      { path: ['id'], message: 'validation.id' },
      { path: ['version'], message: 'validation.version' },
    ]);
    expect(issues(updateConferenceInput.safeParse({ ...base, version: '2' }))).toEqual([
      { path: ['version'], message: 'validation.version' },
    ]);
  });

  it('refuses a child id that is not an id', () => {
    const input = { ...base, children: [makeChild({ id: '1' })] };
    expect(issues(updateConferenceInput.safeParse(input))).toEqual([
      { path: ['children', 0, 'id'], message: 'validation.id' },
    ]);
  });
});

describe('closeConferenceInput', () => {
  const base = { id: randomUUID(), version: 3 };

  it('closes with a plan made and no text', () => {
    expect(closeConferenceInput.parse({ ...base, reason: 'plan_made', text: '' })).toEqual({
      ...base,
      reason: 'plan_made',
      text: '',
    });
  });

  it.each(['', '   '])('asks for text when the reason is other (%j)', (text) => {
    expect(issues(closeConferenceInput.safeParse({ ...base, reason: 'other', text }))).toEqual([
      { path: ['text'], message: 'validation.closeReasonText' },
    ]);
  });

  it('closes with reason other and a trimmed text', () => {
    const parsed = closeConferenceInput.parse({ ...base, reason: 'other', text: ' Perhe muutti Ouluun. ' });
    expect(parsed.text).toBe('Perhe muutti Ouluun.');
  });

  it('refuses an unknown reason and an identity code in the text', () => {
    expect(issues(closeConferenceInput.safeParse({ ...base, reason: 'bored', text: '' }))).toEqual([
      { path: ['reason'], message: 'validation.choice' },
    ]);
    const withCode = { ...base, reason: 'family_withdrew', text: `Äiti ${INVENTED_IDENTITY_CODE}` };
    expect(issues(closeConferenceInput.safeParse(withCode))).toEqual([
      { path: ['text'], message: 'validation.identityCode' },
    ]);
  });
});
