import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/backend/db/connection';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import type { StatisticsReport } from '../../electron/shared/statistics/statistics.schema';
import { dispatcherOn } from '../helpers/dispatcher-on';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * The year's statistics of the city database in `dir` (`statistics.get` for the last 365 days:
 * every conference's record read and every figure made) against the raw SQL aggregate of a
 * few of the same figures (counts and sums straight from the tables, no records, no rules).
 */
export async function benchStatistics(dir: string, key: string): Promise<void> {
  const db = openDatabase(dir, key);
  try {
    const dispatch = dispatcherOn(db);
    const today = todayInHelsinki(new Date());
    const period = { from: addDays(today, -365), to: today, meetingType: null };
    const byMeeting = 'JOIN meeting m ON m.id = x.meeting_id WHERE m.date BETWEEN @from AND @to';
    const aggregate = db.prepare(
      `SELECT
         (SELECT count(*) FROM conference WHERE commission_date BETWEEN @from AND @to) AS commissions,
         (SELECT count(*) FROM meeting WHERE kind = 'conference' AND date BETWEEN @from AND @to AND date < @today) AS held,
         (SELECT count(*) FROM meeting WHERE kind = 'follow_up' AND date BETWEEN @from AND @to AND date < @today) AS follow_ups,
         (SELECT count(*) FROM plan WHERE decision_date BETWEEN @from AND @to) AS plans,
         (SELECT count(*) FROM meeting_attendance x ${byMeeting} AND x.presence IN ('in_person', 'remote')) AS came,
         (SELECT count(*) FROM meeting_child_heard x ${byMeeting}) AS children,
         (SELECT count(*) FROM follow_up_review x ${byMeeting}) AS reviewed,
         (SELECT coalesce(sum(minutes), 0) FROM work_entry WHERE date BETWEEN @from AND @to) AS minutes,
         (SELECT coalesce(sum(amount_cents), 0) FROM conference_cost WHERE date BETWEEN @from AND @to) AS cents,
         (SELECT avg(satisfaction) FROM meeting_feedback_response x ${byMeeting}) AS satisfaction`,
    );
    const raw: number[] = [];
    const full: number[] = [];
    let report: StatisticsReport | null = null;
    let figures: Record<string, unknown> = {};
    for (let round = 0; round < 5; round++) {
      const t0 = performance.now();
      figures = aggregate.get({ ...period, today }) as Record<string, unknown>;
      const t1 = performance.now();
      const result = await dispatch('statistics.get', period);
      const t2 = performance.now();
      if (!result.ok) throw new Error(`statistics.get: ${JSON.stringify(result.error)}`);
      report = result.value as StatisticsReport;
      raw.push(t1 - t0);
      full.push(t2 - t1);
    }
    const volume = report!.sections[0]!.tables[0]!.rows;
    const value = (key: string) => volume.find((row) => row.key === key)?.values[0];
    const [rawMs, fullMs] = [median(raw), median(full)];
    console.log(
      `statistics of a year, ${String(figures.commissions)} commissions in it: statistics.get ${fullMs.toFixed(0)} ms ` +
        `(baseline raw SQL aggregate ${rawMs.toFixed(1)} ms, ratio ${(fullMs / rawMs).toFixed(1)}); ` +
        `held ${JSON.stringify(value('held'))} vs raw ${String(figures.held)}, plans ${JSON.stringify(value('plans'))} vs raw ${String(figures.plans)}`,
    );
  } finally {
    db.close();
  }
}
