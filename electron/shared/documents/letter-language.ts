import type { UiLanguage } from '../i18n/locales';

/**
 * A letter goes out in its recipient's language; someone of another language gets it in the
 * language the convener picked for them, or the conference's when none is picked.
 */
export function letterLanguageOf(
  member: { language: UiLanguage | 'other'; letterLanguage: UiLanguage | null },
  conferenceLanguage: UiLanguage,
): UiLanguage {
  return member.language === 'other' ? (member.letterLanguage ?? conferenceLanguage) : member.language;
}
