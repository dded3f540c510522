import type { Handlers } from '../../api/handler-types';
import { syncOrderedRows } from '../../db/ordered-rows.repo';
import { detachRemovedSummaryItems } from '../plan/plan-kept.repo';
import { editableConference, readPreparation, requireVersion, stale } from '../preparation/preparation.service';
import { findSummary, SUMMARY_LISTS, summaryItemTable, updateSummaryFields, type SummaryList } from './summary.repo';

export const summaryHandlers: Pick<Handlers, 'summary.update'> = {
  'summary.update'(ctx, { conferenceId, version, ...fields }) {
    editableConference(ctx.db, conferenceId);
    const summary = findSummary(ctx.db, conferenceId);
    if (!summary) throw new Error(`Conference ${conferenceId} has no summary row`);
    requireVersion('summary', summary.version, version);

    const now = ctx.now().toISOString();
    if (!updateSummaryFields(ctx.db, { conferenceId, version, now, fields })) throw stale('summary');
    for (const list of Object.keys(SUMMARY_LISTS) as SummaryList[]) {
      syncOrderedRows(ctx.db, summaryItemTable(list), conferenceId, fields[list], ctx.newId);
    }
    detachRemovedSummaryItems(ctx.db, conferenceId);
    return readPreparation(ctx.db, conferenceId);
  },
};
