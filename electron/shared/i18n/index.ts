import type { UiLanguage } from './locales';
import { en } from './en';
import { fi, type Catalog, type MessageKey } from './fi';
import { fillMessage, hasMessage, pluralForm, type MessageParams } from './message';
import { sv } from './sv';

export type { Catalog, MessageKey, MessageParams };

export const catalogs: Record<UiLanguage, Catalog> = { fi, sv, en };

/**
 * The message for `key` in `language`, with `{name}` placeholders filled from `params`.
 * Every text value is isolated for bidirectional display (see `isolate`): a name written
 * right to left, or one carrying a direction override, cannot reorder the message around it.
 */
export function translate(language: UiLanguage, key: MessageKey, params?: MessageParams): string {
  return fillMessage(catalogs[language][key] ?? fi[key] ?? key, params);
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
  return translate(language, `${base}.${pluralForm(language, count)}` as MessageKey, { ...params, count });
}

/** True when `key` names a message, e.g. a validation key that arrived from the API. */
export function isMessageKey(key: string): key is MessageKey {
  return hasMessage(fi, key);
}
