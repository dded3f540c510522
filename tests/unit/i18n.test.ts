import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract } from '../../electron/shared/api/contract';
import {
  catalogs,
  isMessageKey,
  translate,
  translatePlural,
  type Catalog,
} from '../../electron/shared/i18n';
import { fi } from '../../electron/shared/i18n/fi';
import { UI_LANGUAGES } from '../../electron/shared/i18n/locales';
import { INVENTED_IDENTITY_CODE, makeConferenceInput } from '../fixtures/conference';

const others = UI_LANGUAGES.filter((language) => language !== 'fi');

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('catalogs', () => {
  it.each(others)('%s has exactly the keys of fi', (language) => {
    const keys = Object.keys(catalogs[language]);
    const missing = Object.keys(fi).filter((key) => !keys.includes(key));
    const extra = keys.filter((key) => !(key in fi));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(UI_LANGUAGES)('%s has no empty messages', (language) => {
    const empty = Object.entries(catalogs[language] as Catalog)
      .filter(([, text]) => text.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(others)('%s uses the same {placeholders} as fi for every key', (language) => {
    const mismatched = Object.entries(fi)
      .filter(([key, text]) => {
        const translated = (catalogs[language] as Record<string, string>)[key] ?? '';
        return placeholders(text).join() !== placeholders(translated).join();
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('has an other form for every plural message with a one form', () => {
    const keys = Object.keys(fi);
    const unpaired = keys.filter((key) => key.endsWith('.one') && !keys.includes(key.replace(/one$/, 'other')));
    expect(unpaired).toEqual([]);
  });
});

describe('validation messages are catalog keys', () => {
  const id = randomUUID();
  const failing: [keyof typeof contract, unknown][] = [
    ['conference.create', {}],
    ['conference.create', { ...makeConferenceInput(), children: 'Äijö' }],
    ['conference.create', { ...makeConferenceInput(), guardians: 'Maija', socialWorker: 'Leena' }],
    [
      'conference.create',
      makeConferenceInput({
        reference: `Äijälä ${INVENTED_IDENTITY_CODE}`,
        children: [{ firstName: '', birthYear: 1900 }],
        guardians: [{ name: '' }],
        socialWorker: { name: '', unit: 'x'.repeat(200), phone: 'soita', email: 'ei' },
        commissionDate: '2027-02-30',
        meetingType: 'seurantakokous' as 'laheisneuvonpito',
        notes: 'x'.repeat(4001),
      }),
    ],
    ['conference.create', makeConferenceInput({ children: [], guardians: Array(7).fill({ name: 'Maija' }) })],
    ['conference.update', { ...makeConferenceInput(), id: 'x', version: 0, phase: 'paattynyt' }],
    ['conference.update', { ...makeConferenceInput(), id, version: '1', phase: 'valmistelu' }],
    ['conference.close', { id, version: 1, reason: 'other', text: '' }],
    ['conference.close', { id, version: 1, reason: 'x', text: 1 }],
    ['conference.reopen', { id: 1 }],
    ['conference.get', {}],
    ['settings.update', { uiLanguage: 'de' }],
  ];

  const messages = new Set<string>();
  for (const [method, input] of failing) {
    const result = (contract[method].input as z.ZodType).safeParse(input);
    if (!result.success) for (const issue of result.error.issues) messages.add(issue.message);
  }

  it('collects messages from every failing input', () => {
    for (const [method, input] of failing) {
      expect((contract[method].input as z.ZodType).safeParse(input).success, method).toBe(false);
    }
  });

  it('turns every failing field into a key the catalogs can show', () => {
    expect([...messages].filter((message) => !isMessageKey(message))).toEqual([]);
  });

  it('covers the keys forms rely on', () => {
    for (const key of [
      'validation.required',
      'validation.childRequired',
      'validation.date',
      'validation.email',
      'validation.phone',
      'validation.birthYear',
      'validation.identityCode',
      'validation.tooLong',
      'validation.tooMany',
      'validation.choice',
      'validation.id',
      'validation.version',
      'validation.closeReasonText',
    ]) {
      expect(messages, key).toContain(key);
    }
  });
});

describe('isMessageKey', () => {
  it('knows catalog keys and nothing else', () => {
    expect(isMessageKey('validation.required')).toBe(true);
    expect(isMessageKey('Required')).toBe(false);
    expect(isMessageKey('')).toBe(false);
  });

  it('is not fooled by names every object inherits', () => {
    for (const key of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(isMessageKey(key), key).toBe(false);
    }
  });
});

describe('translate', () => {
  it('answers in the chosen language', () => {
    expect(translate('fi', 'form.save')).toBe('Tallenna');
    expect(translate('sv', 'form.save')).toBe('Spara');
    expect(translate('en', 'form.save')).toBe('Save');
  });

  it('fills {placeholders} from params', () => {
    expect(translate('fi', 'form.child.remove', { name: 'Äijö' })).toBe('Poista lapsi Äijö');
    expect(translate('en', 'timing.window', { opens: '28.2.2027', closes: '14.3.2027' })).toBe('28.2.2027–14.3.2027');
    expect(translate('sv', 'form.guardian.legend', { index: 2 })).toBe('Vårdnadshavare 2');
  });

  it('leaves a placeholder without a param visible rather than printing undefined', () => {
    expect(translate('fi', 'conference.closedBanner', { date: '1.3.2027' })).toBe('Päättynyt 1.3.2027: {reason}');
  });

  it('does not treat $ patterns in params as replacement syntax', () => {
    expect(translate('en', 'form.child.remove', { name: "$& $1 $'" })).toBe("Remove child $& $1 $'");
  });
});

describe('translatePlural', () => {
  it('picks the one form for 1 and other for the rest', () => {
    expect(translatePlural('en', 'timing.status.open', 1)).toBe('1 day left');
    expect(translatePlural('en', 'timing.status.open', 3)).toBe('3 days left');
    expect(translatePlural('en', 'timing.status.open', 0)).toBe('0 days left');
    expect(translatePlural('fi', 'timing.status.open', 1)).toBe('1 päivä jäljellä');
    expect(translatePlural('fi', 'timing.status.open', 2)).toBe('2 päivää jäljellä');
    expect(translatePlural('sv', 'timing.status.late', 1)).toBe('1 dag försenat');
    expect(translatePlural('sv', 'timing.status.late', 5)).toBe('5 dagar försenat');
  });

  it('fills other params beside the count', () => {
    expect(translatePlural('fi', 'list.count', 12)).toBe('12 neuvonpitoa');
    expect(translatePlural('fi', 'list.count', 1, { count: 99 })).toBe('1 neuvonpito');
  });
});
