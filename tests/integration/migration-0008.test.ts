import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import type { Db } from '../../electron/backend/db/raw-database';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { call, openTestBackend, TEST_DATABASE_KEY } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/* Migration 0008: the anonymous counts kept of deleted conferences. */

const open = (dir: string, migrations?: readonly Migration[]): Db => openDatabase(dir, TEST_DATABASE_KEY, migrations);

const C1 = '11111111-1111-4111-8111-111111111181';
const AT = '2027-03-01T07:30:00.000Z';

/** A data dir at schema version 7 holding one closed conference with a child and a member. */
function dirAtVersion7() {
  const dir = useTempDir();
  const db = open(dir, MIGRATIONS.slice(0, 7));
  try {
    const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
    run(
      `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase,
         close_reason, close_text, closed_at, phase_before_close, version, created_at, updated_at)
       VALUES (?, 'Äijälä 8/2027', 'Leena Korhonen', '2027-03-01', 'laheisneuvonpito', 'fi', 'paattynyt',
         'plan_made', '', ?, 'seuranta', 3, ?, ?)`,
      C1,
      AT,
      AT,
      AT,
    );
    run('INSERT INTO conference_child (id, conference_id, position, first_name, birth_year) VALUES (?, ?, 0, ?, 2015)', '22222222-2222-4222-8222-222222222281', C1, 'Äijö');
    run(`INSERT INTO commission (conference_id, updated_at) VALUES (?, ?)`, C1, AT);
    run(`INSERT INTO summary (conference_id, updated_at) VALUES (?, ?)`, C1, AT);
    run(
      `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, invite, reply, created_at, updated_at)
       VALUES (?, ?, 'Aune Äijälä', 'mummo', 'relatives', 'close', 'invite', 'coming', ?, ?)`,
      '44444444-4444-4444-8444-444444444481',
      C1,
      AT,
      AT,
    );
    run(`INSERT INTO meeting (id, conference_id, kind, date, created_at, updated_at) VALUES (?, ?, 'conference', '2027-04-14', ?, ?)`, '66666666-6666-4666-8666-666666666681', C1, AT, AT);
  } finally {
    db.close();
  }
  return dir;
}

const columns = (db: Db, table: string) => (db.pragma(`table_info(${table})`) as { name: string; type: string }[]);

describe('migration 0008', () => {
  it('adds an empty statistics table of counts and closed choices only, keeping every conference as it was', () => {
    const dir = dirAtVersion7();
    const db = open(dir, MIGRATIONS.slice(0, 8));
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(8);
      expect(db.prepare('SELECT count(*) FROM conference_statistics').pluck().get()).toBe(0);
      expect(db.prepare('SELECT reference, phase FROM conference').all()).toEqual([{ reference: 'Äijälä 8/2027', phase: 'paattynyt' }]);
      expect(db.prepare('SELECT count(*) FROM network_member').pluck().get()).toBe(1);
      // No column that could hold a name or a conference's id.
      const names = columns(db, 'conference_statistics').map((c) => c.name);
      expect(names).not.toContain('conference_id');
      expect(names.filter((name) => /name|text|reference|note/.test(name))).toEqual([]);
      expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'conference_statistics'").pluck().get()).toMatch(/STRICT/);
      expect(db.prepare('SELECT count(*) FROM pragma_foreign_key_list(?)').pluck().get('conference_statistics')).toBe(0);
      // A text that is no month, or a free-text close reason, is refused.
      const insert = (month: string, reason: string | null) =>
        db
          .prepare(
            `INSERT INTO conference_statistics (meeting_type, language, commission_month, closed_month, close_reason, phase_reached,
               children, network_members, invited, attended, follow_up_meetings, plan_decided, interpreter_used, other_language_used,
               deleted_month, deleted_by)
             VALUES ('laheisneuvonpito', 'fi', ?, '2027-05', ?, 'seuranta', 1, 2, 2, 1, 0, 1, 0, 0, '2027-11', 'retention')`,
          )
          .run(month, reason);
      expect(() => insert('Äijälä', 'plan_made')).toThrow(/CHECK/);
      expect(() => insert('2027-03', 'Perhe muutti Ouluun')).toThrow(/CHECK/);
      insert('2027-03', 'plan_made');
      expect(db.prepare('SELECT count(*) FROM conference_statistics').pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('leaves the migrated conference ready to delete through the API, its counts kept', async () => {
    const { dispatch, databaseFile } = openTestBackend(dirAtVersion7());
    expect(await call(dispatch, 'conference.deletePreview', { id: C1 })).toMatchObject({ children: 1, networkMembers: 1, meetings: 1 });
    await call(dispatch, 'conference.delete', { id: C1, version: 3 });
    expect(await call(dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).toEqual([]);
    const db = openDatabase(databaseFile.slice(0, databaseFile.lastIndexOf('/')), TEST_DATABASE_KEY);
    try {
      // Kept as the anonymous record of version 17 on (statistics-record.ts).
      const kept = db.prepare('SELECT record, deleted_by FROM statistics_record').all() as { record: string; deleted_by: string }[];
      expect(kept.map((row) => row.deleted_by)).toEqual(['convener']);
      expect(JSON.parse(kept[0]!.record)).toMatchObject({ closed: { day: '2027-03', reason: 'plan_made', phase: 'seuranta' } });
    } finally {
      db.close();
    }
  });
});
