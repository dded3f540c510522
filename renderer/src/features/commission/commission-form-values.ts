import type { Commission, CommissionFieldsInput } from '../../../../electron/shared/preparation/commission.schema';

/** The form's values for a stored commission agreement: empty dates as '', concern ids kept. */
export function toCommissionValues(commission: Commission): CommissionFieldsInput {
  return {
    agreedDate: commission.agreedDate ?? '',
    socialWorkerTookPart: commission.socialWorkerTookPart,
    guardianIds: [...commission.guardianIds],
    childIds: [...commission.childIds],
    concerns: commission.concerns.map(({ id, text }) => ({ id, text })),
    voluntaryDate: commission.voluntaryDate ?? '',
    contactConsentDate: commission.contactConsentDate ?? '',
    waiverDate: commission.waiverDate ?? '',
    notes: commission.notes,
  };
}
