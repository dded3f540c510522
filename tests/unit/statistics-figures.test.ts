import { describe, expect, it } from 'vitest';
import { buildReport, inPeriod, median, monthsOf } from '../../electron/shared/statistics/statistics-figures';
import { monthsOnly, type StatisticsRecord } from '../../electron/shared/statistics/statistics-record';
import { reportTables } from '../fixtures/statistics-year';

const PERIOD = { from: '2027-03-15', to: '2027-06-14', meetingType: null };

function record(overrides: Partial<StatisticsRecord> = {}): StatisticsRecord {
  return {
    meetingType: 'laheisneuvonpito',
    language: 'fi',
    commission: '2027-03-20',
    held: null,
    followUps: [],
    plan: null,
    review: null,
    closed: null,
    work: [],
    costs: [],
    feedback: [],
    ...overrides,
  };
}

describe('the period', () => {
  it('holds its days, both ends included', () => {
    expect(['2027-03-14', '2027-03-15', '2027-06-14', '2027-06-15'].map((day) => inPeriod(day, PERIOD))).toEqual([false, true, true, false]);
  });

  it("holds a deleted conference's month when the month is one of the period's", () => {
    expect(['2027-02', '2027-03', '2027-06', '2027-07'].map((month) => inPeriod(month, PERIOD))).toEqual([false, true, true, false]);
  });

  it('has its months in order, across a year', () => {
    expect(monthsOf({ from: '2026-11-20', to: '2027-02-01' })).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});

describe('the figures', () => {
  it('take the middle of an even count as the mean of the two middle values', () => {
    expect([median([]), median([40]), median([50, 30, 40]), median([28, 35, 42, 30])]).toEqual([null, 40, 40, 32.5]);
  });

  it('count an hour by its day, a commission by its date, whatever else the conference did', () => {
    const tables = reportTables(
      buildReport(
        [
          record({
            commission: '2027-03-01',
            work: [
              { day: '2027-03-10', activity: 'preparation', minutes: 60 },
              { day: '2027-03-20', activity: 'preparation', minutes: 45 },
              { day: '2027-04-02', activity: 'travel', minutes: 30 },
            ],
          }),
        ],
        PERIOD,
      ),
    );
    expect(tables.volume!.commissions).toEqual([0]);
    expect(tables.hours!.preparation).toEqual([45]);
    expect(tables.hours!.travel).toEqual([30]);
    expect(tables.workTotals!.hoursPerConference).toEqual([75]);
  });

  it("keep a deleted conference's figures by month, with its durations in days", () => {
    const live = record({
      held: {
        day: '2027-04-20',
        daysFromCommission: 31,
        sectors: {
          family: { invited: 2, came: 2 },
          relatives: { invited: 3, came: 1 },
          friends: { invited: 0, came: 0 },
          professionals: { invited: 1, came: 1 },
        },
        roles: { guardians: { invited: 2, came: 2 }, support_persons: { invited: 1, came: 1 }, workers: { invited: 1, came: 1 } },
        children: ['present', 'unknown'],
        interpreters: ['arabia'],
        remote: 1,
      },
      plan: { decided: '2027-04-20', outcome: 'accepted', network: 3, services: 1 },
    });
    expect(monthsOnly(live)).toMatchObject({ commission: '2027-03', held: { day: '2027-04', daysFromCommission: 31 }, plan: { decided: '2027-04' } });
    expect(reportTables(buildReport([monthsOnly(live)], PERIOD))).toEqual(reportTables(buildReport([live], PERIOD)));
  });

  it('call a conference closed while commissioned or in preparation closed before its meeting', () => {
    const closed = (phase: 'toimeksianto' | 'valmistelu' | 'neuvonpito' | 'seuranta') =>
      record({ closed: { day: '2027-04-01', reason: 'family_withdrew', phase } });
    const tables = reportTables(buildReport([closed('toimeksianto'), closed('valmistelu'), closed('neuvonpito'), closed('seuranta')], PERIOD));
    expect(tables.volume!.closed).toEqual([4]);
    expect(tables.volume!.withdrawn).toEqual([2]);
    expect(tables.closeReasons!.family_withdrew).toEqual([4]);
  });
});
