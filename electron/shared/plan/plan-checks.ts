import type { PlanOwner } from './plan.schema';

/*
 * What the plan screen flags to the convener before the social worker decides. The convener
 * does not judge the plan's content; these checks only say what is still open against the
 * rules of the method (every task has an owner, a follow-up in 3–6 months) and against the
 * social worker's bottom lines. Each check returns data; the screen turns it into sentences.
 */

/** A follow-up meeting is usually held 3–6 months after the meeting (DOMAIN.md). */
export const FOLLOW_UP_MONTHS = { min: 3, max: 6 } as const;

/** One bottom line (reunaehto) of the summary. */
export interface BottomLine {
  id: string;
  text: string;
}

/** The parts of an item the checks read; the form's values and a stored plan both fit. */
export interface CheckedItem {
  /** Null while the form has no owner picked yet. */
  owner: PlanOwner | null;
  fromDate: string | null;
  byDate: string | null;
  bottomLineIds: readonly string[];
}

export interface CheckedPlan {
  items: readonly CheckedItem[];
  followUpDate: string | null;
  checkedNotAcceptableIds: readonly string[];
}

export interface BottomLines {
  mustInclude: readonly BottomLine[];
  notAcceptable: readonly BottomLine[];
}

export interface FollowUpWindow {
  earliest: string;
  latest: string;
}

/** Where the follow-up date stands against the usual window after the meeting. */
export type FollowUpCheck =
  | { status: 'no_meeting_date' }
  | { status: 'missing' | 'early' | 'late' | 'ok'; window: FollowUpWindow };

export interface PlanChecks {
  /** Indexes in `items` of items nobody has taken on (no free riders). */
  withoutOwner: number[];
  /** Indexes of items without a "by when". */
  withoutByDate: number[];
  /** Indexes of items whose "by when" is before their "from when". */
  byBeforeFrom: number[];
  /** Every "must include" line with the indexes of the items that say they fulfil it. */
  mustInclude: (BottomLine & { itemIndexes: number[] })[];
  /** The "must include" lines no item fulfils yet. */
  unmetMustInclude: BottomLine[];
  /** Every "not acceptable" line, and whether the plan has been checked against it. */
  notAcceptable: (BottomLine & { checked: boolean })[];
  /** The "not acceptable" lines not yet checked. */
  uncheckedNotAcceptable: BottomLine[];
  followUp: FollowUpCheck;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The date `months` calendar months after `date`; a day the target month lacks becomes its
 * last day (31 August + 6 months is 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a calendar date: ${date}`);
  const monthIndex = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(m[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The usual window for the follow-up meeting after a meeting held on `meetingDate`. */
export function followUpWindow(meetingDate: string): FollowUpWindow {
  return { earliest: addMonths(meetingDate, FOLLOW_UP_MONTHS.min), latest: addMonths(meetingDate, FOLLOW_UP_MONTHS.max) };
}

/** The follow-up date against the window after the meeting; no window without a meeting date. */
export function checkFollowUp(meetingDate: string | null, followUpDate: string | null): FollowUpCheck {
  if (!meetingDate) return { status: 'no_meeting_date' };
  const window = followUpWindow(meetingDate);
  if (!followUpDate) return { status: 'missing', window };
  if (followUpDate < window.earliest) return { status: 'early', window };
  if (followUpDate > window.latest) return { status: 'late', window };
  return { status: 'ok', window };
}

/** Everything the plan screen flags, for `plan` against the summary's bottom lines and the meeting's date. */
export function planChecks(plan: CheckedPlan, bottomLines: BottomLines, meetingDate: string | null): PlanChecks {
  const indexesWhere = (test: (item: CheckedItem) => boolean) =>
    plan.items.flatMap((item, index) => (test(item) ? [index] : []));

  const mustInclude = bottomLines.mustInclude.map((line) => ({
    ...line,
    itemIndexes: indexesWhere((item) => item.bottomLineIds.includes(line.id)),
  }));
  const checked = new Set(plan.checkedNotAcceptableIds);
  const notAcceptable = bottomLines.notAcceptable.map((line) => ({ ...line, checked: checked.has(line.id) }));

  return {
    withoutOwner: indexesWhere((item) => item.owner === null),
    withoutByDate: indexesWhere((item) => !item.byDate),
    byBeforeFrom: indexesWhere((item) => Boolean(item.fromDate && item.byDate && item.byDate < item.fromDate)),
    mustInclude,
    unmetMustInclude: mustInclude.filter((line) => line.itemIndexes.length === 0).map(({ id, text }) => ({ id, text })),
    notAcceptable,
    uncheckedNotAcceptable: notAcceptable.filter((line) => !line.checked).map(({ id, text }) => ({ id, text })),
    followUp: checkFollowUp(meetingDate, plan.followUpDate),
  };
}

/** How many bottom lines are still open: the decision asks for confirmation while any is. */
export function unresolvedBottomLines(checks: PlanChecks): number {
  return checks.unmetMustInclude.length + checks.uncheckedNotAcceptable.length;
}
