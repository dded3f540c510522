import type { UiLanguage } from '../settings/settings.schema';
import { en } from './en';
import { fi, type Catalog, type MessageKey } from './fi';
import { sv } from './sv';

export type { Catalog, MessageKey };

export const catalogs: Record<UiLanguage, Catalog> = { fi, sv, en };

export type MessageParams = Record<string, string | number>;

/** The message for `key` in `language`, with `{name}` placeholders filled from `params`. */
export function translate(language: UiLanguage, key: MessageKey, params?: MessageParams): string {
  const template = catalogs[language][key] ?? fi[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Keys that come in `.one` / `.other` forms. */
type PluralBase = MessageKey extends infer K
  ? K extends `${infer B}.one`
    ? B
    : never
  : never;

/** A message that depends on a count, e.g. "1 day left" / "3 days left". */
export function translatePlural(
  language: UiLanguage,
  base: PluralBase,
  count: number,
  params?: MessageParams,
): string {
  const form = new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
  return translate(language, `${base}.${form}` as MessageKey, { ...params, count });
}

/** True when `key` names a message, e.g. a validation key that arrived from the API. */
export function isMessageKey(key: string): key is MessageKey {
  // Own keys only: `in` would also accept inherited names such as `toString`.
  return Object.hasOwn(fi, key);
}
