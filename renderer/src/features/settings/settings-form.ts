import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { eurosFieldText } from '../../../../electron/shared/amounts';
import { retentionMonthsSchema } from '../../../../electron/shared/retention/retention';
import {
  checklistTemplateSchema,
  confidentialityBasisSchema,
  convenerSchema,
  mappingPlanFlipChartSchema,
  settingsSchema,
  unitSchema,
  type Settings,
} from '../../../../electron/shared/settings/settings.schema';

/**
 * The settings page is one form: every section the convener edits there, saved with one
 * button. The language is not here (the sidebar saves it at once), nor the backups and the
 * data transfer, which are actions.
 */
export const settingsFormSchema = z.object({
  convener: convenerSchema,
  unit: unitSchema,
  confidentialityBasis: confidentialityBasisSchema,
  mappingPlanFlipChart: mappingPlanFlipChartSchema,
  venues: settingsSchema.shape.venues,
  checklist: checklistTemplateSchema,
  // A select gives the months as text.
  retentionMonths: z.coerce.number().pipe(retentionMonthsSchema),
});

export type SettingsFormInput = z.input<typeof settingsFormSchema>;
export type SettingsFormValues = z.output<typeof settingsFormSchema>;
export type SettingsForm = UseFormReturn<SettingsFormInput, unknown, SettingsFormValues>;

/** The settings sections the page saves, in the order they are saved. */
export const PAGE_SECTIONS = [
  'convener',
  'unit',
  'confidentialityBasis',
  'mappingPlanFlipChart',
  'venues',
  'checklist',
  'retentionMonths',
] as const satisfies readonly (keyof Settings)[];
export type PageSection = (typeof PAGE_SECTIONS)[number];

/** The stored settings as the form holds them: amounts as euros written, empty counts as ''. */
export function settingsFormValues(settings: Settings): SettingsFormInput {
  return {
    convener: { ...settings.convener, hourlyRate: eurosFieldText(settings.convener.hourlyRate) },
    unit: settings.unit,
    confidentialityBasis: settings.confidentialityBasis,
    mappingPlanFlipChart: settings.mappingPlanFlipChart,
    venues: settings.venues.map((venue) => ({ ...venue, capacity: venue.capacity ?? '' })),
    checklist: settings.checklist,
    retentionMonths: settings.retentionMonths,
  };
}

/** JSON with the keys of every object sorted: equal values give equal text, whatever the key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** True when a section as the form parsed it is what is stored: nothing of it to save. */
export function sameSection(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}
