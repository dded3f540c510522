import { todayInHelsinki } from '../../../shared/dates';
import { isRetentionDue, retentionEnds, type DueConference, type RetentionDue } from '../../../shared/retention/retention';
import type { Handlers } from '../../api/handler-types';
import type { HandlerContext } from '../../api/handler-context';
import { AppError, conflict } from '../../errors';
import { deleteConferences } from '../deletion/deletion.service';
import { currentSettings } from '../settings/settings.service';
import { listClosedConferences, readAskedOn, writeAskedOn } from './retention.repo';

/** The closed conferences kept past the retention time the settings give, at the Helsinki date of `ctx.now()`. */
function dueConferences(ctx: HandlerContext): RetentionDue {
  const months = currentSettings(ctx.db).retentionMonths;
  const today = todayInHelsinki(ctx.now());
  const conferences: DueConference[] = listClosedConferences(ctx.db)
    .filter((row) => isRetentionDue(row.closedAt, months, today))
    .map((row) => ({ ...row, dueSince: retentionEnds(row.closedAt, months) }));
  return { months, conferences };
}

export const retentionHandlers: Pick<Handlers, 'retention.due' | 'retention.question' | 'retention.purge'> = {
  'retention.due'(ctx) {
    return dueConferences(ctx);
  },

  /** Asked at start: the due conferences the first time on each Helsinki day, nothing after that. */
  'retention.question'(ctx) {
    const today = todayInHelsinki(ctx.now());
    if (readAskedOn(ctx.db) === today) return { ask: false, conferences: [] };
    writeAskedOn(ctx.db, today);
    const { conferences } = dueConferences(ctx);
    return { ask: conferences.length > 0, conferences };
  },

  /**
   * Deletes the given due conferences after a verified 'purge' backup; refuses (deleting
   * nothing) when one of them is no longer due (reopened, or the setting changed) or was
   * changed since the caller saw it (conflict), or the backup cannot be made.
   */
  'retention.purge'(ctx, { conferences }) {
    const due = new Map(dueConferences(ctx).conferences.map((conference) => [conference.id, conference.version]));
    const targets = [...new Map(conferences.map((target) => [target.id, target])).values()];
    // Checked before the backup, so a refused purge leaves no backup behind either.
    if (targets.some((target) => due.get(target.id) !== target.version)) {
      throw conflict('A conference is no longer due for deletion, or was changed; reload the list.');
    }
    const backup = ctx.store.backup('purge');
    if (!backup.ok) throw new AppError('storage', 'The backup before the purge failed; nothing was deleted.');
    return { deleted: deleteConferences(ctx, targets, 'retention') };
  },
};
