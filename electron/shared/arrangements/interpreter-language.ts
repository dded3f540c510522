/*
 * The one key interpreter languages are matched by: a member's need, an interpreter line,
 * a need group and the statistics all compare languages through it, so "Venäjä " on a
 * line books the interpreter "venäjä" needed. A leaf: the meeting schema's duplicate rule
 * uses it, and the attendance rules (which read the schema's types) too.
 */

/** Whose language is read: a network member's own, or an other language's name. */
export interface LanguageSpeaker {
  language: string;
  otherLanguage: string;
}

/**
 * The key an interpreter language is matched by: fi/sv/en, or a language's name trimmed in
 * lower case. Takes a language as written (an interpreter line's, a need's key) or a member,
 * whose own language is read.
 */
export function interpreterLanguageKey(language: string | LanguageSpeaker): string {
  const text = typeof language === 'string' ? language : language.language === 'other' ? language.otherLanguage : language.language;
  return text.trim().toLocaleLowerCase('fi');
}
