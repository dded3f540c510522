import { todayInHelsinki } from '../../../shared/dates';
import type { HandlerContext } from '../../api/handler-context';
import { conflict, notFound } from '../../errors';
import { monthsOnly } from '../../../shared/statistics/statistics-record';
import { insertDeletedRecord, readLiveRecords } from '../statistics/statistics-records.repo';
import { checkpointAndTruncate, deleteConferenceRow } from './deletion.repo';

/** Who deleted: the convener by hand, or the retention purge the convener agreed to. */
export type DeletedBy = 'convener' | 'retention';

/**
 * Deletes the conferences `targets` (each on the version the caller saw) and everything that
 * belongs to them, keeping only their anonymous statistics record (`statistics-record.ts`), in one transaction: a missing or
 * changed one refuses the whole call and nothing is deleted. Then the WAL is checkpointed
 * into the file and emptied, so that (with `secure_delete`) the deleted names are in no page
 * of the database file or its WAL. Runs outside the dispatcher's transaction.
 */
export function deleteConferences(ctx: HandlerContext, targets: readonly { id: string; version: number }[], deletedBy: DeletedBy): string[] {
  const db = ctx.db;
  const today = todayInHelsinki(ctx.now());
  db.transaction(() => {
    for (const { id, version } of targets) {
      const [record] = readLiveRecords(db, { conferenceId: id }, today);
      if (!record) throw notFound('Conference');
      insertDeletedRecord(db, monthsOnly(record), today.slice(0, 7), deletedBy);
      if (!deleteConferenceRow(db, id, version)) throw conflict('The conference was changed in the meantime; reload it.');
    }
  }).immediate();
  checkpointAndTruncate(db);
  return targets.map((target) => target.id);
}
