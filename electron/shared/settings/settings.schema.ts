import { z } from 'zod';
import { venuePlaceSchema } from '../arrangements/meeting.schema';
import { DEFAULT_RETENTION_MONTHS, retentionMonthsSchema } from '../retention/retention';
import { completeRecord } from '../complete-record';
import { checklistKey, entityId, optionalEmail, optionalEuros, optionalPhone, optionalText, requiredText, version } from '../validation';
import { isBuiltInChecklistKey } from './settings-lists';
import { UI_LANGUAGES } from '../i18n/locales';

/** The convener's own details: on the commission agreement and on every letter. */
export const convenerSchema = z.object(
  {
    name: optionalText(100).default(''),
    title: optionalText(100).default(''),
    phone: optionalPhone.default(''),
    email: optionalEmail.default(''),
    /** The convener's hourly rate in cents, for the time report's invoice specification; null when not invoiced by the hour. */
    hourlyRate: optionalEuros,
  },
  { error: 'validation.required' },
);

export type Convener = z.output<typeof convenerSchema>;

export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/** A letterhead logo can be at most this large (bytes). */
export const MAX_LOGO_BYTES = 512 * 1024;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The first bytes of a PNG and of a JPEG file. */
function hasSignature(type: LogoType, base64: string): boolean {
  // zod runs this refinement even when the data failed its own checks: never throw on them.
  if (!BASE64.test(base64) || base64.length < 12) return false;
  const head = atob(base64.slice(0, 12));
  const bytes = Array.from(head, (c) => c.charCodeAt(0));
  const signature = type === 'image/png' ? [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] : [0xff, 0xd8, 0xff];
  return signature.every((byte, i) => bytes[i] === byte);
}

/** The unit's logo for the letterhead: a PNG or JPEG as base64. */
export const logoSchema = z
  .object({
    mimeType: z.enum(LOGO_TYPES, { error: 'validation.logoType' }),
    data: z
      .string({ error: 'validation.logoType' })
      .max(Math.ceil(MAX_LOGO_BYTES / 3) * 4, { error: 'validation.logoTooLarge' })
      .regex(BASE64, { error: 'validation.logoType' })
      .min(16, { error: 'validation.logoType' }),
  })
  .refine((logo) => hasSignature(logo.mimeType, logo.data), { error: 'validation.logoType', path: ['data'] });

export type Logo = z.output<typeof logoSchema>;

/** The convener's unit: the letterhead and the return address of every letter (never a home address). */
export const unitSchema = z.object(
  {
    name: optionalText(120).default(''),
    /** Street or PO box, postcode and town, one line each. */
    postalAddress: optionalText(300).default(''),
    phone: optionalPhone.default(''),
    email: optionalEmail.default(''),
    logo: logoSchema.nullable().default(null),
  },
  { error: 'validation.required' },
);

export type Unit = z.output<typeof unitSchema>;

/** A venue the convener uses often, to fill in a meeting's venue in one step. */
export const savedVenueSchema = venuePlaceSchema.extend({ id: entityId, name: requiredText(120) });
export type SavedVenue = z.output<typeof savedVenueSchema>;

/**
 * One item of the default checklist every meeting starts from. Built-in items keep their
 * key and take their label from the catalogs; the convener's own items have a uuid key and text.
 */
export const checklistTemplateItemSchema = z
  .object({
    key: checklistKey,
    text: optionalText(200).default(''),
    /** Due this many days before the meeting; 0 is the day itself. */
    daysBefore: z
      .number({ error: 'validation.daysBefore' })
      .int({ error: 'validation.daysBefore' })
      .min(0, { error: 'validation.daysBefore' })
      .max(120, { error: 'validation.daysBefore' }),
  })
  .superRefine((item, ctx) => {
    if (!isBuiltInChecklistKey(item.key) && item.text === '') ctx.addIssue({ code: 'custom', path: ['text'], message: 'validation.required' });
  });

export type ChecklistTemplateItem = z.output<typeof checklistTemplateItemSchema>;

export const checklistTemplateSchema = z
  .array(checklistTemplateItemSchema, { error: 'validation.required' })
  .max(30, { error: 'validation.tooMany' })
  .superRefine((items, ctx) => {
    const keys = items.map((item) => item.key);
    keys.forEach((key, index) => {
      if (keys.indexOf(key) !== index) ctx.addIssue({ code: 'custom', path: [index, 'key'], message: 'validation.invalid' });
    });
  });

/** The default checklist (DOMAIN.md and the arrangements issue); editable in settings. */
export const DEFAULT_CHECKLIST: ChecklistTemplateItem[] = [
  { key: 'venue', text: '', daysBefore: 28 },
  { key: 'invitations', text: '', daysBefore: 21 },
  { key: 'interpreter', text: '', daysBefore: 14 },
  { key: 'childcare', text: '', daysBefore: 14 },
  { key: 'refreshments', text: '', daysBefore: 7 },
  { key: 'summary', text: '', daysBefore: 7 },
  { key: 'reminders', text: '', daysBefore: 2 },
  { key: 'materials', text: '', daysBefore: 0 },
];

/** The statutory ground printed after "Salassa pidettävä" on the confidential papers. */
export const DEFAULT_CONFIDENTIALITY_BASIS = 'JulkL 621/1999 24 § 1 mom. 25 k';
/** The unit's wording of the legal ground of confidentiality; empty prints the marking alone. */
export const confidentialityBasisSchema = optionalText(120);

/** Whether a network-mapping plan gets a second page with the flip chart's concerns and support needs. */
export const mappingPlanFlipChartSchema = z.boolean({ error: 'validation.choice' });

export const settingsSchema = z.object({
  uiLanguage: z.enum(UI_LANGUAGES, { error: 'validation.choice' }),
  convener: convenerSchema,
  unit: unitSchema,
  venues: z.array(savedVenueSchema, { error: 'validation.required' }).max(30, { error: 'validation.tooMany' }),
  checklist: checklistTemplateSchema,
  /** How many months a closed conference is kept before the app offers to delete it. */
  retentionMonths: retentionMonthsSchema,
  confidentialityBasis: confidentialityBasisSchema,
  mappingPlanFlipChart: mappingPlanFlipChartSchema,
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'fi',
  convener: { name: '', title: '', phone: '', email: '', hourlyRate: null },
  unit: { name: '', postalAddress: '', phone: '', email: '', logo: null },
  venues: [],
  checklist: DEFAULT_CHECKLIST,
  retentionMonths: DEFAULT_RETENTION_MONTHS,
  confidentialityBasis: DEFAULT_CONFIDENTIALITY_BASIS,
  mappingPlanFlipChart: true,
};

/** The parts of the settings saved on their own, each with its own version. */
export const SETTINGS_SECTIONS = [
  'uiLanguage',
  'convener',
  'unit',
  'venues',
  'checklist',
  'retentionMonths',
  'confidentialityBasis',
  'mappingPlanFlipChart',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

/** The settings as the API returns them: with the version of each section (1 before it is saved). */
export interface SavedSettings extends Settings {
  versions: Record<SettingsSection, number>;
}

export const getSettingsInput = z.object({}).strict();

/** Saving one section replaces it whole, on the version the caller last saw. */
function sectionUpdate<S extends SettingsSection, V extends z.ZodType>(section: S, value: V) {
  return z.object({ section: z.literal(section), version, value }).strict();
}

/** One section of the settings, complete, with its version. */
export const updateSettingsInput = z.discriminatedUnion(
  'section',
  [
    sectionUpdate('uiLanguage', settingsSchema.shape.uiLanguage),
    sectionUpdate('convener', completeRecord(convenerSchema)),
    sectionUpdate('unit', completeRecord(unitSchema)),
    sectionUpdate('venues', completeRecord(settingsSchema.shape.venues)),
    sectionUpdate('checklist', completeRecord(checklistTemplateSchema)),
    sectionUpdate('retentionMonths', settingsSchema.shape.retentionMonths),
    sectionUpdate('confidentialityBasis', settingsSchema.shape.confidentialityBasis),
    sectionUpdate('mappingPlanFlipChart', settingsSchema.shape.mappingPlanFlipChart),
  ],
  { error: 'validation.choice' },
);

export type UpdateSettingsInput = z.output<typeof updateSettingsInput>;
