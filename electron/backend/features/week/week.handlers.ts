import { todayInHelsinki } from '../../../shared/dates';
import { weekOf } from '../../../shared/week/week';
import type { Handlers } from '../../api/handler-types';
import { listConferences } from '../conference/conference.repo';
import { readPreparation } from '../preparation/preparation.service';
import { currentSettings } from '../settings/settings.service';

export const weekHandlers: Pick<Handlers, 'week.get'> = {
  /**
   * The week `from` falls in, across the open conferences: each read whole, as its own
   * screens read it, so the week applies the same rules (a few dozen conferences at most).
   */
  'week.get'(ctx, { from }) {
    const open = listConferences(ctx.db).filter((conference) => conference.closure === null);
    const preps = open.map((conference) => readPreparation(ctx.db, conference.id));
    return weekOf(preps, currentSettings(ctx.db).checklist, from, todayInHelsinki(ctx.now()));
  },
};
