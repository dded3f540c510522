/** The languages of the UI (and of the letters and documents a conference is written in). */
export const UI_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The number and date format of each UI language (Finland's Swedish; British English). */
export const UI_LOCALES: Record<UiLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
