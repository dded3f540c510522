import type { UseFormReturn } from 'react-hook-form';
import type { MeetingFields, MeetingFieldsInput } from '../../../../electron/shared/arrangements/meeting.schema';

export type MeetingFormApi = UseFormReturn<MeetingFieldsInput, unknown, MeetingFields>;

/** Where each part of the form starts, so a flag can take the convener there. */
export const SECTION_IDS = {
  time: 'arrangements-time',
  venue: 'arrangements-venue',
  refreshments: 'arrangements-refreshments',
  interpreters: 'arrangements-interpreters',
  other: 'arrangements-other',
  invitation: 'arrangements-invitation',
  notes: 'arrangements-notes',
} as const;

export type SectionName = keyof typeof SECTION_IDS;

/** Scrolls to a part of the form and puts the focus on its heading. */
export function goToSection(name: SectionName): void {
  const heading = document.getElementById(SECTION_IDS[name]);
  if (!heading) return;
  heading.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  heading.focus({ preventScroll: true });
}
