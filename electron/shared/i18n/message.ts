import type { UiLanguage } from './locales';
import type { Catalog, MessageKey } from './fi';
import { isolate } from './isolate';

/*
 * Filling a message, apart from the catalogs: the renderer holds one language's catalog at a
 * time (renderer/src/i18n/catalogs.ts) and fills its messages with these same rules.
 */

export type MessageParams = Record<string, string | number>;

/**
 * `template` with its `{name}` placeholders filled from `params`. Every text value is
 * isolated for bidirectional display (see `isolate`): a name written right to left, or one
 * carrying a direction override, cannot reorder the message around it.
 */
export function fillMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'string' ? isolate(value) : String(value);
  });
}

/** Which form of a `.one` / `.other` message a count takes in `language`. */
export function pluralForm(language: UiLanguage, count: number): 'one' | 'other' {
  return new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
}

/** True when `key` names a message of `catalog` (every catalog has the same keys). */
export function hasMessage(catalog: Catalog, key: string): key is MessageKey {
  // Own keys only: `in` would also accept inherited names such as `toString`.
  return Object.hasOwn(catalog, key);
}
