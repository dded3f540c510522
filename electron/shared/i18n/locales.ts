import type { UiLanguage } from '../settings/settings.schema';

/** The number and date format of each UI language (Finland's Swedish; British English). */
export const UI_LOCALES: Record<UiLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
