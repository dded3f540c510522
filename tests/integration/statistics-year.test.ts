import { describe, expect, it } from 'vitest';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import type { StatisticsReport } from '../../electron/shared/statistics/statistics.schema';
import { call, makeClock, openTestBackend } from '../helpers/backend';
import { decryptDatabaseAndWal, holdsText } from '../helpers/sqlcipher-pages';
import { useTempDir } from '../helpers/temp-dir';
import { CANARY_SURNAME, YEAR, expectedTables, makeYear, reportTables } from '../fixtures/statistics-year';

/*
 * The Done-when of issue 15 on the API: a year of varied conferences made as a convener makes
 * them, each step on its day, and every figure of `statistics.get` against the same year
 * counted from its description in the test.
 */

const TODAY = '2027-11-30';

async function yearOnTheApi() {
  const clock = makeClock(new Date(`${TODAY}T08:00:00.000Z`));
  const backend = openTestBackend(useTempDir(), { now: clock.now });
  const must = (method: string, input: unknown) => call(backend.dispatch, method as never, input as never);
  const made = await makeYear(must, TODAY, YEAR, (day) => {
    clock.at = new Date(`${day}T08:00:00.000Z`);
  });
  clock.at = new Date(`${TODAY}T15:00:00.000Z`);
  return { backend, made, clock };
}

describe('the statistics of a year', () => {
  it('give every figure as the year counted by hand gives it', async () => {
    const { backend, made, clock } = await yearOnTheApi();
    expect(todayInHelsinki(clock.now())).toBe(TODAY);
    const report = await call(backend.dispatch, 'statistics.get', { from: addDays(TODAY, -364), to: TODAY });
    expect(reportTables(report)).toEqual(expectedTables(made, TODAY));
    // Nothing of the families reaches the statistics.
    expect(JSON.stringify(report)).not.toContain(CANARY_SURNAME);
    expect(JSON.stringify(report)).not.toContain('Tilasto ');
  });

  it('survive the deletion of every conference: what is kept gives the same figures, and no name', async () => {
    const { backend, made } = await yearOnTheApi();
    // The period is twelve whole months, so a deleted conference's months place it as its days did.
    const period = { from: addDays(TODAY, -364), to: TODAY };
    expect(period.from).toBe('2026-12-01');
    for (const conference of await call(backend.dispatch, 'conference.list', {})) {
      await call(backend.dispatch, 'conference.delete', { id: conference.id, version: conference.version });
    }
    expect(await call(backend.dispatch, 'conference.list', {})).toEqual([]);
    const report = await call(backend.dispatch, 'statistics.get', period);
    expect(reportTables(report)).toEqual(expectedTables(made, TODAY));
    expect(holdsText(decryptDatabaseAndWal(backend.databaseFile), CANARY_SURNAME)).toBe(false);
  });

  it('count only the kind of meeting asked for', async () => {
    const { backend, made } = await yearOnTheApi();
    const period = { from: addDays(TODAY, -364), to: TODAY };
    const mapping = await call(backend.dispatch, 'statistics.get', { ...period, meetingType: 'verkostokartoitus' });
    expect(reportTables(mapping)).toEqual(expectedTables(made.filter((c) => c.meetingType === 'verkostokartoitus'), TODAY));
    const volume = (report: StatisticsReport) => reportTables(report).volume!.held![0];
    const conferences = await call(backend.dispatch, 'statistics.get', { ...period, meetingType: 'laheisneuvonpito' });
    expect(volume(conferences)).toBe((volume(await call(backend.dispatch, 'statistics.get', period)) as number) - (volume(mapping) as number));
  });
});
