import { todayInHelsinki } from '../../../shared/dates';
import { buildReport } from '../../../shared/statistics/statistics-figures';
import type { StatisticsPeriod, StatisticsReport } from '../../../shared/statistics/statistics.schema';
import type { Handlers } from '../../api/handler-types';
import type { Db } from '../../db/raw-database';
import { readDeletedRecords, readLiveRecords, readOlderDeletedRecords } from './statistics-records.repo';

/** The statistics of `period`: the conferences that exist, and what is kept of deleted ones. */
export function statisticsReport(db: Db, period: StatisticsPeriod, now: Date): StatisticsReport {
  const older = readOlderDeletedRecords(db);
  const records = [...readLiveRecords(db, period, todayInHelsinki(now)), ...readDeletedRecords(db), ...older];
  return buildReport(records, period, older.length);
}

export const statisticsHandlers: Pick<Handlers, 'statistics.get'> = {
  'statistics.get'(ctx, period) {
    return statisticsReport(ctx.db, period, ctx.now());
  },
};
