import { todayInHelsinki } from '../../../shared/dates';
import type { HandlerContext } from '../../api/handler-context';
import { conflict, notFound } from '../../errors';
import { checkpointAndTruncate, deleteConferenceRow, insertStatistics, readStatisticsFacts, type StatisticsFacts } from './deletion.repo';

/** Who deleted: the convener by hand, or the retention purge the convener agreed to. */
export type DeletedBy = 'convener' | 'retention';

function statisticsRow(facts: StatisticsFacts, now: Date, deletedBy: DeletedBy) {
  const month = (instant: string) => todayInHelsinki(new Date(instant)).slice(0, 7);
  const phaseReached = facts.phase === 'paattynyt' ? (facts.phaseBeforeClose ?? 'valmistelu') : facts.phase;
  return {
    meeting_type: facts.meetingType,
    language: facts.language,
    commission_month: facts.commissionDate.slice(0, 7),
    closed_month: facts.closedAt && facts.closeReason ? month(facts.closedAt) : null,
    close_reason: facts.closedAt && facts.closeReason ? facts.closeReason : null,
    phase_reached: phaseReached,
    children: facts.children,
    network_members: facts.networkMembers,
    invited: facts.invited,
    attended: facts.attended,
    follow_up_meetings: facts.followUpMeetings,
    plan_decided: facts.planDecided ? 1 : 0,
    interpreter_used: facts.interpreterUsed ? 1 : 0,
    other_language_used: facts.otherLanguageUsed ? 1 : 0,
    deleted_month: todayInHelsinki(now).slice(0, 7),
    deleted_by: deletedBy,
  };
}

/**
 * Deletes the conferences `targets` (each on the version the caller saw) and everything that
 * belongs to them, keeping only their anonymous counts, in one transaction: a missing or
 * changed one refuses the whole call and nothing is deleted. Then the WAL is checkpointed
 * into the file and emptied, so that (with `secure_delete`) the deleted names are in no page
 * of the database file or its WAL. Runs outside the dispatcher's transaction.
 */
export function deleteConferences(ctx: HandlerContext, targets: readonly { id: string; version: number }[], deletedBy: DeletedBy): string[] {
  const db = ctx.db;
  const now = ctx.now();
  db.transaction(() => {
    for (const { id, version } of targets) {
      const facts = readStatisticsFacts(db, id);
      if (!facts) throw notFound('Conference');
      insertStatistics(db, statisticsRow(facts, now, deletedBy));
      if (!deleteConferenceRow(db, id, version)) throw conflict('The conference was changed in the meantime; reload it.');
    }
  }).immediate();
  checkpointAndTruncate(db);
  return targets.map((target) => target.id);
}
