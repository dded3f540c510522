import { z } from 'zod';
import { completeRecord } from '../complete-record';
import { entityId, optionalDate, optionalText, textList, version } from '../validation';

/** The commission agreement (toimeksiantosopimus) made by the social worker, guardians and child. */
export const commissionFieldsSchema = z.object({
  agreedDate: optionalDate,
  socialWorkerTookPart: z.boolean({ error: 'validation.choice' }).default(true),
  /** Guardians and children of the conference who took part in the agreement. */
  guardianIds: z.array(entityId).max(6, { error: 'validation.tooMany' }).default([]),
  childIds: z.array(entityId).max(12, { error: 'validation.tooMany' }).default([]),
  /** The concerns the plan must address, in the family's own words, in order. */
  concerns: textList(20, 500),
  /** Participation is voluntary: acknowledged by the family on this date. */
  voluntaryDate: optionalDate,
  /** The guardians allow the convener to contact the network members. */
  contactConsentDate: optionalDate,
  /** Confidentiality waiver: the workers marked in the network may share information. */
  waiverDate: optionalDate,
  notes: optionalText(2000).default(''),
});

/** The complete agreement: a field or list left out is refused, never emptied. */
export const updateCommissionInput = completeRecord(commissionFieldsSchema).extend({ conferenceId: entityId, version });

export type CommissionFields = z.output<typeof commissionFieldsSchema>;
export type CommissionFieldsInput = z.input<typeof commissionFieldsSchema>;

export interface Commission extends Omit<CommissionFields, 'concerns'> {
  concerns: { id: string; text: string }[];
  version: number;
  updatedAt: string;
}
