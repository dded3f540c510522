import type { UiLanguage } from './locales';
import { en } from './en';
import { isolate } from './isolate';
import { fi, type Catalog, type MessageKey } from './fi';
import { sv } from './sv';

export type { Catalog, MessageKey };
export { balanceBidi, isolate } from './isolate';

export const catalogs: Record<UiLanguage, Catalog> = { fi, sv, en };

export type MessageParams = Record<string, string | number>;

/**
 * The message for `key` in `language`, with `{name}` placeholders filled from `params`.
 * Every text value is isolated for bidirectional display (see `isolate`): a name written
 * right to left, or one carrying a direction override, cannot reorder the message around it.
 */
export function translate(language: UiLanguage, key: MessageKey, params?: MessageParams): string {
  const template = catalogs[language][key] ?? fi[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'string' ? isolate(value) : String(value);
  });
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
