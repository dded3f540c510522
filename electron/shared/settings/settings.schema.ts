import { z } from 'zod';

export const UI_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const settingsSchema = z.object({
  uiLanguage: z.enum(UI_LANGUAGES, { error: 'validation.choice' }),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { uiLanguage: 'fi' };

export const getSettingsInput = z.object({}).strict();

/** Any subset of the settings; the rest keep their stored values. */
export const updateSettingsInput = settingsSchema.partial().strict();
