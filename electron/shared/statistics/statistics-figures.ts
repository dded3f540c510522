import { CLOSE_REASONS } from '../conference/conference-lists';
import { meetingTypeOf } from '../conference/meeting-types';
import { feedbackFigures } from '../feedback/feedback-summary';
import { RESPONDENT_GROUPS } from '../feedback/feedback.schema';
import { REVIEW_STATUSES } from '../follow-up/follow-up.schema';
import type { MessageKey } from '../i18n';
import { CHILD_HEARD } from '../meeting-day/meeting-day.schema';
import { DECISIONS } from '../plan/plan.schema';
import { SECTORS } from '../preparation/network.schema';
import { WORK_ACTIVITIES } from '../work/work.schema';
import { PARTICIPANT_ROLES, STATISTICS_COST_KINDS, type StatisticsRecord } from './statistics-record';
import type { Figure, StatisticsPeriod, StatisticsReport, StatisticsRow, StatisticsSection, StatisticsTable } from './statistics.schema';

/*
 * The figures of a period from the conferences' records. Each figure counts what happened
 * inside the period: a commission by its date, a meeting by its day, a plan by its decision,
 * an hour by its entry. A deleted conference's record has months for days: its events count
 * when their month is one of the period's.
 */

/** Whether `day` (or a deleted conference's month) falls in the period. */
export function inPeriod(day: string, period: Pick<StatisticsPeriod, 'from' | 'to'>): boolean {
  if (day.length === 7) return day >= period.from.slice(0, 7) && day <= period.to.slice(0, 7);
  return day >= period.from && day <= period.to;
}

/** The months of the period, first to last ('2027-01', …). */
export function monthsOf(period: Pick<StatisticsPeriod, 'from' | 'to'>): string[] {
  const months: string[] = [];
  let [year, month] = period.from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const mean = (values: readonly number[]): Figure => ({
  unit: 'mean',
  value: values.length === 0 ? null : sum(values) / values.length,
  n: values.length,
});
const counted = (value: number): Figure => ({ unit: 'count', value });
const share = (value: number, of: number): Figure => ({ unit: 'share', value, of });
const k = (key: string) => key as MessageKey;

function table(
  key: string,
  columns: readonly string[],
  rows: StatisticsRow[],
  options: { breakdown?: boolean; chart?: StatisticsTable['chart'] } = {},
): StatisticsTable {
  return {
    key,
    title: k(`statistics.table.${key}`),
    columns: columns.map((column) => k(`statistics.column.${column}`)),
    rows,
    breakdown: options.breakdown ?? false,
    chart: options.chart ?? null,
  };
}

/** A row labelled by its catalog key `statistics.row.<table>.<key>`. */
const row = (tableKey: string, key: string, values: Figure[]): StatisticsRow => ({
  key,
  label: { key: k(`statistics.row.${tableKey}.${key}`) },
  values,
});

const section = (key: string, tables: StatisticsTable[]): StatisticsSection => ({
  key,
  title: k(`statistics.section.${key}`),
  tables,
});

/** The report of `period` from every conference's record (`legacy`: the older deleted ones' count). */
export function buildReport(records: readonly StatisticsRecord[], period: StatisticsPeriod, legacy = 0): StatisticsReport {
  const of = period.meetingType === null ? records : records.filter((record) => record.meetingType === period.meetingType);
  const within = (day: string) => inPeriod(day, period);
  const held = of.filter((record) => record.held !== null && within(record.held.day));
  return {
    period,
    olderDeletedConferences: legacy,
    sections: [
      section('activity', activityTables(of, held, period)),
      section('timing', timingTables(of, held, within)),
      section('participants', participantTables(held)),
      section('plans', planTables(of, within)),
      section('work', workTables(of, within)),
      section('feedback', feedbackTables(of, within)),
    ],
  };
}

function activityTables(of: readonly StatisticsRecord[], held: readonly StatisticsRecord[], period: StatisticsPeriod): StatisticsTable[] {
  const within = (day: string) => inPeriod(day, period);
  const plans = of.filter((record) => record.plan !== null && within(record.plan.decided));
  const closed = of.filter((record) => record.closed !== null && within(record.closed.day));
  const followUps = of.flatMap((record) => record.followUps.filter((followUp) => within(followUp.day)));
  // Ended while still commissioned or in preparation, before any meeting was held (a meeting whose
  // day passed before the closing was held, whatever phase was recorded).
  const withdrawn = closed.filter(
    (record) => record.held === null && (record.closed!.phase === 'toimeksianto' || record.closed!.phase === 'valmistelu'),
  );
  const volume = table('volume', ['count'], [
    row('volume', 'commissions', [counted(of.filter((record) => within(record.commission)).length)]),
    row('volume', 'held', [counted(held.length)]),
    row('volume', 'followUps', [counted(followUps.length)]),
    row('volume', 'plans', [counted(plans.length)]),
    ...DECISIONS.map((outcome) => row('volume', outcome, [counted(plans.filter((record) => record.plan!.outcome === outcome).length)])),
    row('volume', 'closed', [counted(closed.length)]),
    row('volume', 'withdrawn', [counted(withdrawn.length)]),
  ]);
  const reasons = table(
    'closeReasons',
    ['count'],
    CLOSE_REASONS.map((reason) => row('closeReasons', reason, [counted(closed.filter((record) => record.closed!.reason === reason).length)])),
    { breakdown: true, chart: { kind: 'bars', column: 0 } },
  );
  const monthOf = (day: string) => day.slice(0, 7);
  const timeline = table(
    'timeline',
    ['commissions', 'held', 'followUps'],
    monthsOf(period).map((month) => ({
      key: month,
      label: { month },
      values: [
        counted(of.filter((record) => monthOf(record.commission) === month && within(record.commission)).length),
        counted(held.filter((record) => monthOf(record.held!.day) === month).length),
        counted(followUps.filter((followUp) => monthOf(followUp.day) === month).length),
      ],
    })),
    { chart: { kind: 'timeline' } },
  );
  return [volume, reasons, timeline];
}

function timingTables(
  of: readonly StatisticsRecord[],
  held: readonly StatisticsRecord[],
  within: (day: string) => boolean,
): StatisticsTable[] {
  const spread = (days: number[]): Figure[] => [
    { unit: 'days', value: median(days) },
    { unit: 'days', value: days.length === 0 ? null : Math.min(...days) },
    { unit: 'days', value: days.length === 0 ? null : Math.max(...days) },
    counted(days.length),
  ];
  const toMeeting = held.map((record) => record.held!.daysFromCommission);
  // The first follow-up of each conference, when it was held in the period.
  const toFollowUp = of
    .map((record) => record.followUps[0])
    .filter((first) => first !== undefined && first.daysFromMeeting !== null && within(first.day))
    .map((first) => first!.daysFromMeeting!);
  const durations = table('durations', ['median', 'shortest', 'longest', 'cases'], [
    row('durations', 'toMeeting', spread(toMeeting)),
    row('durations', 'toFollowUp', spread(toFollowUp)),
  ]);
  const timing = held.map((record) => {
    const { opensAfterDays, closesAfterDays } = meetingTypeOf(record).window;
    const days = record.held!.daysFromCommission;
    return days < opensAfterDays ? 'earlier' : days > closesAfterDays ? 'later' : 'inside';
  });
  const window = table(
    'window',
    ['count', 'share'],
    (['inside', 'earlier', 'later'] as const).map((key) => {
      const n = timing.filter((value) => value === key).length;
      return row('window', key, [counted(n), share(n, held.length)]);
    }),
  );
  return [durations, window];
}

function participantTables(held: readonly StatisticsRecord[]): StatisticsTable[] {
  const meetings = held.map((record) => record.held!);
  const totals = (pick: (meeting: (typeof meetings)[number]) => { invited: number; came: number }): Figure[] => {
    const invited = sum(meetings.map((meeting) => pick(meeting).invited));
    const came = meetings.map((meeting) => pick(meeting).came);
    return [counted(invited), counted(sum(came)), mean(came)];
  };
  const bySector = table(
    'sectors',
    ['invited', 'came', 'perMeeting'],
    [
      ...SECTORS.map((sector) => row('sectors', sector, totals((meeting) => meeting.sectors[sector]))),
      row(
        'sectors',
        'all',
        totals((meeting) => ({
          invited: sum(SECTORS.map((sector) => meeting.sectors[sector].invited)),
          came: sum(SECTORS.map((sector) => meeting.sectors[sector].came)),
        })),
      ),
    ],
    { breakdown: true, chart: { kind: 'bars', column: 1 } },
  );
  const byRole = table(
    'roles',
    ['invited', 'came', 'perMeeting'],
    PARTICIPANT_ROLES.map((role) => row('roles', role, totals((meeting) => meeting.roles[role]))),
    { breakdown: true },
  );
  const children = meetings.flatMap((meeting) => meeting.children);
  const childTable = table(
    'children',
    ['count', 'share'],
    [...CHILD_HEARD, 'unknown' as const].map((how) => {
      const n = children.filter((value) => value === how).length;
      return row('children', how, [counted(n), share(n, children.length)]);
    }),
    { breakdown: true, chart: { kind: 'bars', column: 0 } },
  );
  const languages = new Map<string, number>();
  for (const language of meetings.flatMap((meeting) => meeting.interpreters)) languages.set(language, (languages.get(language) ?? 0) + 1);
  const interpreters = table(
    'interpreters',
    ['count'],
    [...languages]
      .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'fi'))
      .map(([language, n]) => ({
        key: language,
        label: ['fi', 'sv', 'en'].includes(language) ? { key: k(`statistics.language.${language}`) } : { text: language },
        values: [counted(n)],
      })),
    { breakdown: true },
  );
  const arrangements = table('arrangements', ['count'], [
    row('arrangements', 'withInterpreter', [counted(meetings.filter((meeting) => meeting.interpreters.length > 0).length)]),
    row('arrangements', 'remoteParticipants', [counted(sum(meetings.map((meeting) => meeting.remote)))]),
    row('arrangements', 'withRemote', [counted(meetings.filter((meeting) => meeting.remote > 0).length)]),
  ]);
  return [bySector, byRole, childTable, interpreters, arrangements];
}

function planTables(of: readonly StatisticsRecord[], within: (day: string) => boolean): StatisticsTable[] {
  const plans = of.filter((record) => record.plan !== null && within(record.plan.decided)).map((record) => record.plan!);
  const items = plans.map((plan) => plan.network + plan.services);
  const network = sum(plans.map((plan) => plan.network));
  const services = sum(plans.map((plan) => plan.services));
  const contents = table('planContents', ['value'], [
    row('planContents', 'plans', [counted(plans.length)]),
    row('planContents', 'itemsPerPlan', [mean(items)]),
    row('planContents', 'network', [share(network, network + services)]),
    row('planContents', 'services', [share(services, network + services)]),
  ]);
  const statuses = of.flatMap((record) => (record.review !== null && within(record.review.day) ? record.review.statuses : []));
  const review = table(
    'review',
    ['count', 'share'],
    REVIEW_STATUSES.map((status) => {
      const n = statuses.filter((value) => value === status).length;
      return row('review', status, [counted(n), share(n, statuses.length)]);
    }),
    { chart: { kind: 'bars', column: 0 } },
  );
  return [contents, review];
}

function workTables(of: readonly StatisticsRecord[], within: (day: string) => boolean): StatisticsTable[] {
  const work = of.map((record) => record.work.filter((entry) => within(entry.day)));
  const entries = work.flat();
  const minutesOf = (list: readonly { minutes: number }[]) => sum(list.map((entry) => entry.minutes));
  const hours = table(
    'hours',
    ['hours'],
    WORK_ACTIVITIES.map((activity) =>
      row('hours', activity, [{ unit: 'minutes', value: minutesOf(entries.filter((entry) => entry.activity === activity)) }]),
    ),
    { chart: { kind: 'bars', column: 0 } },
  );
  const perConference = work.filter((list) => list.length > 0).map(minutesOf);
  const costs = of.map((record) => record.costs.filter((cost) => within(cost.day)));
  const allCosts = costs.flat();
  const centsOf = (list: readonly { cents: number }[]) => sum(list.map((cost) => cost.cents));
  const costTable = table(
    'costs',
    ['euros'],
    STATISTICS_COST_KINDS.map((kind) => row('costs', kind, [{ unit: 'cents', value: centsOf(allCosts.filter((cost) => cost.kind === kind)) }])),
    { chart: { kind: 'bars', column: 0 } },
  );
  const costPerConference = costs.filter((list) => list.length > 0).map(centsOf);
  // Each meeting's costs together: a meeting is one conference's `meeting` index.
  const costPerMeeting = costs.flatMap((list) => {
    const byMeeting = new Map<number, number>();
    for (const cost of list) if (cost.meeting !== null) byMeeting.set(cost.meeting, (byMeeting.get(cost.meeting) ?? 0) + cost.cents);
    return [...byMeeting.values()];
  });
  const totals = table('workTotals', ['value'], [
    row('workTotals', 'hours', [{ unit: 'minutes', value: minutesOf(entries) }]),
    row('workTotals', 'conferencesWithHours', [counted(perConference.length)]),
    row('workTotals', 'hoursPerConference', [{ unit: 'minutes', value: Math.round(perConference.length === 0 ? 0 : sum(perConference) / perConference.length) }]),
    row('workTotals', 'costs', [{ unit: 'cents', value: centsOf(allCosts) }]),
    row('workTotals', 'conferencesWithCosts', [counted(costPerConference.length)]),
    row('workTotals', 'costPerConference', [{ unit: 'cents', value: Math.round(costPerConference.length === 0 ? 0 : sum(costPerConference) / costPerConference.length) }]),
    row('workTotals', 'meetingsWithCosts', [counted(costPerMeeting.length)]),
    row('workTotals', 'costPerMeeting', [{ unit: 'cents', value: Math.round(costPerMeeting.length === 0 ? 0 : sum(costPerMeeting) / costPerMeeting.length) }]),
  ]);
  return [totals, hours, costTable];
}

function feedbackTables(of: readonly StatisticsRecord[], within: (day: string) => boolean): StatisticsTable[] {
  const answers = of.flatMap((record) => record.feedback.filter((answer) => within(answer.day)));
  return [
    table(
      'feedback',
      ['forms', 'satisfaction', 'heard', 'planHelps'],
      [
        ...RESPONDENT_GROUPS.map((group) => row('feedback', group, feedbackFigures(answers.filter((answer) => answer.group === group)))),
        row('feedback', 'all', feedbackFigures(answers)),
      ],
      { breakdown: true, chart: { kind: 'bars', column: 1 } },
    ),
  ];
}
