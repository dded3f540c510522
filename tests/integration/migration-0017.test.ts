import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import type { Db } from '../../electron/backend/db/raw-database';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { TEST_DATABASE_KEY } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Migration 0017: costs written as free text become amounts in cents, and a text that is no
 * plain amount is kept in the meeting's notes; the working time, the other costs, the
 * feedback and what is kept of a deleted conference get their tables.
 */

const open = (dir: string, migrations?: readonly Migration[]): Db => openDatabase(dir, TEST_DATABASE_KEY, migrations);

const C1 = '11111111-1111-4111-8111-111111111171';
const M1 = '66666666-6666-4666-8666-666666666671';
const M2 = '66666666-6666-4666-8666-666666666672';
const AT = '2027-03-01T07:30:00.000Z';

/** A data dir at schema version 16: two meetings with costs written as a person wrote them. */
function dirAtVersion16() {
  const dir = useTempDir();
  const db = open(dir, MIGRATIONS.slice(0, 16));
  try {
    const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
    run(
      `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase, version, created_at, updated_at)
       VALUES (?, 'Äijälä 7/2027', 'Leena Korhonen', '2027-02-01', 'laheisneuvonpito', 'fi', 'seuranta', 1, ?, ?)`,
      C1, AT, AT,
    );
    const meeting = `INSERT INTO meeting (id, conference_id, kind, refreshments_cost, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`;
    run(meeting, M1, C1, 'conference', '1 180,50 €', '', AT, AT);
    run(meeting, M2, C1, 'follow_up', 'sisältyy tilan hintaan', 'Sali varattu.', AT, AT);
    const interpreter = `INSERT INTO meeting_interpreter (meeting_id, position, language, cost) VALUES (?, ?, ?, ?)`;
    run(interpreter, M1, 0, 'arabia', '95 e');
    run(interpreter, M1, 1, 'somali', '');
    run(interpreter, M2, 0, 'arabia', 'n. 100 €/h');
  } finally {
    db.close();
  }
  return dir;
}

describe('migration 0017', () => {
  it('turns the costs into cents and keeps a cost that is no amount in the notes, word for word', () => {
    const db = open(dirAtVersion16());
    try {
      const meetings = db.prepare('SELECT id, venue_cost_cents, refreshments_cost_cents, notes FROM meeting ORDER BY id').all();
      expect(meetings).toEqual([
        { id: M1, venue_cost_cents: null, refreshments_cost_cents: 118050, notes: '' },
        {
          id: M2,
          venue_cost_cents: null,
          refreshments_cost_cents: null,
          notes: 'Sali varattu.\nTarjoilun kustannus: sisältyy tilan hintaan\nTulkin kustannus (arabia): n. 100 €/h',
        },
      ]);
      const interpreters = db.prepare('SELECT meeting_id, language, cost_cents FROM meeting_interpreter ORDER BY meeting_id, position').all();
      expect(interpreters).toEqual([
        { meeting_id: M1, language: 'arabia', cost_cents: 9500 },
        { meeting_id: M1, language: 'somali', cost_cents: null },
        { meeting_id: M2, language: 'arabia', cost_cents: null },
      ]);
      const columns = (table: string) => db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table);
      expect(columns('meeting')).not.toContain('refreshments_cost');
      expect(columns('meeting_interpreter')).not.toContain('cost');
    } finally {
      db.close();
    }
  });

  it('adds the tables of working time, costs, feedback and deleted conferences, with their checks', () => {
    const db = open(dirAtVersion16());
    try {
      const run = (sql: string, ...params: unknown[]) => () => db.prepare(sql).run(...params);
      const work = `INSERT INTO work_entry (id, conference_id, date, minutes, activity, version, created_at) VALUES ('w', ?, ?, ?, ?, 1, ?)`;
      expect(run(work, C1, '2027-03-02', 0, 'preparation', AT)).toThrow(/CHECK/);
      expect(run(work, C1, '2027-03-02', 90, 'lunch', AT)).toThrow(/CHECK/);
      run(work, C1, '2027-03-02', 90, 'travel', AT)();
      const cost = `INSERT INTO conference_cost (id, conference_id, meeting_id, date, kind, what, amount_cents, version, created_at) VALUES ('c', ?, ?, '2027-03-02', ?, '', ?, 1, ?)`;
      expect(run(cost, C1, M1, 'travel', 0, AT)).toThrow(/CHECK/);
      run(cost, C1, M1, 'travel', 4560, AT)();
      db.prepare(`INSERT INTO meeting_feedback (meeting_id, version, updated_at) VALUES (?, 1, ?)`).run(M1, AT);
      const response = `INSERT INTO meeting_feedback_response (meeting_id, position, respondent_group, satisfaction, heard, plan_helps) VALUES (?, ?, ?, ?, ?, ?)`;
      expect(run(response, M1, 0, 'child', 11, null, null)).toThrow(/CHECK/);
      expect(run(response, M1, 0, 'neighbours', 8, null, null)).toThrow(/CHECK/);
      run(response, M1, 0, 'child', 9, 'yes', null)();
      // A deleted meeting takes its feedback with it; the travel cost stays the conference's.
      db.prepare('DELETE FROM meeting WHERE id = ?').run(M1);
      expect(db.prepare('SELECT count(*) FROM meeting_feedback_response').pluck().get()).toBe(0);
      expect(db.prepare('SELECT meeting_id FROM conference_cost').pluck().get()).toBeNull();
      const record = `INSERT INTO statistics_record (record, deleted_month, deleted_by) VALUES (?, '2027-03', 'retention')`;
      expect(run(record, 'not json')).toThrow(/CHECK/);
      run(record, '{"meetingType":"laheisneuvonpito"}')();
    } finally {
      db.close();
    }
  });
});
