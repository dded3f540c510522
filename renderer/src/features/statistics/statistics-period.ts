/*
 * The Tilastot page's periods: a calendar year by default, quick choices of years and
 * quarters, or any range of days. Dates are calendar dates, `YYYY-MM-DD`.
 */

export const QUICK_PERIODS = ['thisYear', 'lastYear', 'thisQuarter', 'lastQuarter'] as const;
export type QuickPeriod = (typeof QUICK_PERIODS)[number];

export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of `month` (1–12) of `year`. */
function lastDay(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

function quarter(year: number, index: number): Period {
  const first = index * 3 + 1;
  return { from: `${year}-${pad(first)}-01`, to: lastDay(year, first + 2) };
}

/** The period a quick choice stands for on `today`. */
export function quickPeriod(choice: QuickPeriod, today: string): Period {
  const year = Number(today.slice(0, 4));
  const index = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  switch (choice) {
    case 'thisYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'thisQuarter':
      return quarter(year, index);
    case 'lastQuarter':
      return index === 0 ? quarter(year - 1, 3) : quarter(year, index - 1);
  }
}

/** The quick choice `period` is, if it is one. */
export function quickChoiceOf(period: Period, today: string): QuickPeriod | null {
  return QUICK_PERIODS.find((choice) => {
    const quick = quickPeriod(choice, today);
    return quick.from === period.from && quick.to === period.to;
  }) ?? null;
}
