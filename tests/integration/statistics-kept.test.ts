import { describe, expect, it } from 'vitest';
import { call, openTestBackend, openTestDatabaseFile } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';
import { reportTables } from '../fixtures/statistics-year';

/*
 * What earlier versions kept of a deleted conference (migration 0008: a few counts by month)
 * still counts in the commissions and closures of its months, and the report says how many
 * such conferences there are; a period that is not one cannot be asked for.
 */

describe('conferences deleted by an earlier version', () => {
  it('count in the commissions and closures of their months', async () => {
    const backend = openTestBackend(useTempDir());
    const db = openTestDatabaseFile(backend.databaseFile, { writable: true });
    try {
      const insert = db.prepare(
        `INSERT INTO conference_statistics (meeting_type, language, commission_month, closed_month, close_reason, phase_reached, children,
           network_members, invited, attended, follow_up_meetings, plan_decided, interpreter_used, other_language_used, deleted_month, deleted_by)
         VALUES ('laheisneuvonpito', 'fi', ?, ?, ?, ?, 2, 7, 6, 5, 1, 1, 0, 0, '2027-01', 'retention')`,
      );
      insert.run('2026-02', '2026-09', 'plan_made', 'seuranta');
      insert.run('2026-03', '2026-04', 'family_withdrew', 'valmistelu');
      insert.run('2025-11', null, null, 'valmistelu');
    } finally {
      db.close();
    }
    const report = await call(backend.dispatch, 'statistics.get', { from: '2026-01-01', to: '2026-12-31' });
    expect(report.olderDeletedConferences).toBe(3);
    const tables = reportTables(report);
    expect(tables.volume).toMatchObject({ commissions: [2], held: [0], closed: [2], withdrawn: [1] });
    expect(tables.closeReasons).toEqual({ plan_made: [1], family_withdrew: [1], other: [0] });
  });

  it('refuse a period that ends before it begins, with a typed error', async () => {
    const backend = openTestBackend(useTempDir());
    const result = await backend.dispatch('statistics.get', { from: '2027-05-01', to: '2027-04-30' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: ['to'], message: 'validation.periodOrder' }] } });
  });
});
