import type { FieldIssue } from '../../../shared/api/result';
import { phaseWhenCommissionAgreed } from '../../../shared/conference/recorded-phase';
import type { Handlers } from '../../api/handler-types';
import { syncOrderedRows } from '../../db/ordered-rows.repo';
import {
  editableConference,
  invalidFields,
  readPreparation,
  requireVersion,
  stale,
  unknownIds,
} from '../preparation/preparation.service';
import { movePhase } from '../conference/conference.repo';
import { CONCERN_TABLE, findCommission, setCommissionParticipants, updateCommissionFields } from './commission.repo';

export const commissionHandlers: Pick<Handlers, 'commission.update'> = {
  'commission.update'(ctx, { conferenceId, version, ...fields }) {
    const conference = editableConference(ctx.db, conferenceId);
    const commission = findCommission(ctx.db, conferenceId);
    if (!commission) throw new Error(`Conference ${conferenceId} has no commission row`);
    requireVersion('commission agreement', commission.version, version);

    // Only the conference's own guardians and children can have taken part.
    const issues: FieldIssue[] = [];
    if (unknownIds(fields.guardianIds, conference.guardians.map((g) => g.id)).length > 0) {
      issues.push({ path: ['guardianIds'], message: 'validation.invalid' });
    }
    if (unknownIds(fields.childIds, conference.children.map((c) => c.id)).length > 0) {
      issues.push({ path: ['childIds'], message: 'validation.invalid' });
    }
    if (issues.length > 0) throw invalidFields(issues);

    const now = ctx.now().toISOString();
    if (!updateCommissionFields(ctx.db, { conferenceId, version, now, fields })) throw stale('commission agreement');
    setCommissionParticipants(ctx.db, { conferenceId, guardianIds: fields.guardianIds, childIds: fields.childIds });
    syncOrderedRows(ctx.db, CONCERN_TABLE, conferenceId, fields.concerns, ctx.newId);
    // The commission is agreed: the conference is being prepared. Only its first agreement
    // moves it, so a convener who moved it back by hand is not overruled by a later edit.
    if (fields.agreedDate && !commission.agreedDate) {
      const phase = phaseWhenCommissionAgreed(conference.phase);
      if (phase) movePhase(ctx.db, { id: conferenceId, phase, now });
    }
    return readPreparation(ctx.db, conferenceId);
  },
};
