import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import type { Db } from '../../electron/backend/db/raw-database';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { TEST_DATABASE_KEY } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Migration 0016: the network-mapping meeting. A day's clocks time any step a kind defines,
 * what is kept of a deleted conference may be of either kind, and the turns to speak and the
 * flip chart get their tables.
 */

const open = (dir: string, migrations?: readonly Migration[]): Db => openDatabase(dir, TEST_DATABASE_KEY, migrations);

const C1 = '11111111-1111-4111-8111-111111111161';
const MEMBER = '44444444-4444-4444-8444-444444444461';
const MEETING = '66666666-6666-4666-8666-666666666661';
const AT = '2027-03-01T07:30:00.000Z';

const SEGMENTS = [
  { meeting_id: MEETING, part: 'information', position: 0, started_at: '2027-03-10T07:00:00.000Z', ended_at: '2027-03-10T07:40:00.000Z' },
  { meeting_id: MEETING, part: 'information', position: 1, started_at: '2027-03-10T08:00:00.000Z', ended_at: '2027-03-10T08:10:00.000Z' },
  { meeting_id: MEETING, part: 'private_time', position: 0, started_at: '2027-03-10T08:10:00.000Z', ended_at: null },
];
const STATISTICS = {
  id: 1,
  meeting_type: 'laheisneuvonpito',
  language: 'fi',
  commission_month: '2026-01',
  closed_month: '2026-06',
  close_reason: 'plan_made',
  phase_reached: 'seuranta',
  children: 2,
  network_members: 7,
  invited: 6,
  attended: 5,
  follow_up_meetings: 1,
  plan_decided: 1,
  interpreter_used: 0,
  other_language_used: 0,
  deleted_month: '2027-01',
  deleted_by: 'retention',
};

/** A data dir at schema version 15: a conference on its meeting day with two parts timed, and a deleted conference's counts. */
function dirAtVersion15() {
  const dir = useTempDir();
  const db = open(dir, MIGRATIONS.slice(0, 15));
  try {
    const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
    run(
      `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase, version, created_at, updated_at)
       VALUES (?, 'Äijälä 6/2027', 'Leena Korhonen', '2027-02-01', 'laheisneuvonpito', 'fi', 'neuvonpito', 1, ?, ?)`,
      C1, AT, AT,
    );
    run(
      `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, is_worker, worker_organisation, created_at, updated_at)
       VALUES (?, ?, 'Aune Äijälä', 'mummo', 'relatives', 'close', 0, '', ?, ?)`,
      MEMBER, C1, AT, AT,
    );
    run(`INSERT INTO meeting (id, conference_id, kind, date, created_at, updated_at) VALUES (?, ?, 'conference', '2027-03-10', ?, ?)`, MEETING, C1, AT, AT);
    const segment = db.prepare(
      'INSERT INTO meeting_timer_segment (meeting_id, part, position, started_at, ended_at) VALUES (@meeting_id, @part, @position, @started_at, @ended_at)',
    );
    for (const row of SEGMENTS) segment.run(row);
    run('INSERT INTO meeting_part_end (meeting_id, part, ended_at) VALUES (?, ?, ?)', MEETING, 'information', '2027-03-10T08:10:00.000Z');
    const columns = Object.keys(STATISTICS);
    run(`INSERT INTO conference_statistics (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`, STATISTICS);
    // Before 0016 a step is not a part.
    expect(() => run('INSERT INTO meeting_part_end (meeting_id, part, ended_at) VALUES (?, ?, ?)', MEETING, 'welcome', AT)).toThrow(/CHECK/);
  } finally {
    db.close();
  }
  return dir;
}

describe('migration 0016', () => {
  it('keeps every clock and the deleted conference’s counts, and then takes a step as a part', () => {
    const dir = dirAtVersion15();
    const db = open(dir, MIGRATIONS.slice(0, 16));
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(16);
      expect(db.prepare('SELECT * FROM meeting_timer_segment ORDER BY part, position').all()).toEqual(SEGMENTS);
      expect(db.prepare('SELECT * FROM meeting_part_end').all()).toEqual([
        { meeting_id: MEETING, part: 'information', ended_at: '2027-03-10T08:10:00.000Z' },
      ]);
      expect(db.prepare('SELECT * FROM conference_statistics').all()).toEqual([STATISTICS]);

      // A step of the mapping meeting is now a part its clock can time.
      db.prepare('INSERT INTO meeting_part_end (meeting_id, part, ended_at) VALUES (?, ?, ?)').run(MEETING, 'flip_chart', AT);
      db.prepare('INSERT INTO meeting_timer_segment (meeting_id, part, position, started_at, ended_at) VALUES (?, ?, 0, ?, ?)').run(
        MEETING, 'client_view', AT, AT,
      );
      // A mapping meeting's counts may be kept.
      db.prepare('UPDATE conference_statistics SET meeting_type = ? WHERE id = 1').run('verkostokartoitus');

      // Still only names: no capitals, digits, spaces or an empty part; still one clock at a time.
      for (const part of ['Welcome', 'step 1', '', 'x'.repeat(41), "welcome'--"]) {
        expect(() => db.prepare('INSERT INTO meeting_part_end (meeting_id, part, ended_at) VALUES (?, ?, ?)').run(MEETING, part, AT), part).toThrow(
          /CHECK/,
        );
      }
      expect(() =>
        db.prepare('INSERT INTO meeting_timer_segment (meeting_id, part, position, started_at, ended_at) VALUES (?, ?, 0, ?, NULL)').run(MEETING, 'welcome', AT),
      ).toThrow(/UNIQUE/);
      expect(() => db.prepare('UPDATE conference_statistics SET meeting_type = ? WHERE id = 1').run('other')).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });

  it('makes the turn and flip chart tables, empty, with one speaker at a time', () => {
    const dir = dirAtVersion15();
    const db = open(dir, MIGRATIONS.slice(0, 16));
    try {
      for (const table of ['meeting_turn', 'meeting_flip_chart', 'meeting_flip_chart_line']) {
        expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
      const turn = db.prepare('INSERT INTO meeting_turn (meeting_id, member_id, started_at, ended_at) VALUES (?, ?, ?, ?)');
      turn.run(MEETING, MEMBER, AT, null);
      expect(db.prepare('SELECT * FROM meeting_turn').all()).toEqual([{ meeting_id: MEETING, member_id: MEMBER, started_at: AT, ended_at: null }]);
      db.prepare('INSERT INTO meeting_flip_chart (meeting_id, client_view, version, updated_at) VALUES (?, ?, 2, ?)').run(MEETING, '', AT);
      expect(() =>
        db.prepare('INSERT INTO meeting_flip_chart_line (meeting_id, list, position, text) VALUES (?, ?, 0, ?)').run(MEETING, 'dream', 'Koira'),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
