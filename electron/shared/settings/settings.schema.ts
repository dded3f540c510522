import { z } from 'zod';
import { optionalEmail, optionalPhone, optionalText } from '../validation';

export const UI_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The convener's own details: shown on the commission agreement and, later, on letters. */
export const convenerSchema = z.object(
  {
    name: optionalText(100).default(''),
    title: optionalText(100).default(''),
    phone: optionalPhone.default(''),
    email: optionalEmail.default(''),
  },
  { error: 'validation.required' },
);

export type Convener = z.output<typeof convenerSchema>;

export const settingsSchema = z.object({
  uiLanguage: z.enum(UI_LANGUAGES, { error: 'validation.choice' }),
  convener: convenerSchema,
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'fi',
  convener: { name: '', title: '', phone: '', email: '' },
};

export const getSettingsInput = z.object({}).strict();

/** Any subset of the settings; the rest keep their stored values. */
export const updateSettingsInput = settingsSchema.partial().strict();
