import { z } from 'zod';
import { completeRecord } from '../complete-record';
import { entityId, isoDate, optionalDate, optionalDuration, optionalText, requiredText, version } from '../validation';

export const CONTACT_CHANNELS = ['phone', 'meeting', 'email', 'letter', 'text_message'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** One entry of the convener's contact log. */
export const contactFieldsSchema = z.object({
  /** The network member contacted; `null` is the family itself (guardians and children together). */
  memberId: entityId.nullable().default(null),
  date: isoDate,
  channel: z.enum(CONTACT_CHANNELS, { error: 'validation.choice' }),
  discussed: requiredText(4000),
  nextStep: optionalText(1000).default(''),
  nextStepDate: optionalDate,
  /** How long it took, in minutes: counted as working time of the preparation (work-log.ts). */
  durationMinutes: optionalDuration,
});

export const addContactInput = contactFieldsSchema.extend({ conferenceId: entityId });
export const updateContactInput = completeRecord(contactFieldsSchema).extend({ id: entityId, version });
export const removeContactInput = z.object({ id: entityId, version });

export type ContactFields = z.output<typeof contactFieldsSchema>;
export type ContactFieldsInput = z.input<typeof contactFieldsSchema>;

export interface ContactEntry extends ContactFields {
  id: string;
  conferenceId: string;
  version: number;
  createdAt: string;
}
