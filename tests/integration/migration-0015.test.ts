import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import type { Db } from '../../electron/backend/db/raw-database';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { TEST_DATABASE_KEY } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/* Migration 0015: a plan task's owner may be one of the conference's children. */

const open = (dir: string, migrations?: readonly Migration[]): Db => openDatabase(dir, TEST_DATABASE_KEY, migrations);

const C1 = '11111111-1111-4111-8111-111111111151';
const CHILD = '22222222-2222-4222-8222-222222222251';
const MEMBER = '44444444-4444-4444-8444-444444444451';
const MEETING = '66666666-6666-4666-8666-666666666651';
const FOLLOW_UP = '66666666-6666-4666-8666-666666666652';
const PLAN = '88888888-8888-4888-8888-888888888851';
const ITEM = '99999999-9999-4999-8999-999999999951';
const ITEM_2 = '99999999-9999-4999-8999-999999999952';
const MUST = '77777777-7777-4777-8777-777777777751';
const AT = '2027-03-01T07:30:00.000Z';

/**
 * A data dir at schema version 14: an accepted plan with a task the grandmother does
 * (checked by the social worker, fulfilling a bottom line) and one the social worker does,
 * and a follow-up reviewing the first.
 */
function dirAtVersion14() {
  const dir = useTempDir();
  let referringSchema: unknown[];
  const db = open(dir, MIGRATIONS.slice(0, 14));
  try {
    const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
    run(
      `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase, version, created_at, updated_at)
       VALUES (?, 'Äijälä 5/2027', 'Leena Korhonen', '2027-02-01', 'laheisneuvonpito', 'fi', 'seuranta', 1, ?, ?)`,
      C1, AT, AT,
    );
    run(`INSERT INTO conference_child (id, conference_id, position, first_name, birth_year) VALUES (?, ?, 0, 'Äijö', 2013)`, CHILD, C1);
    run(
      `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, is_worker, worker_organisation, created_at, updated_at)
       VALUES (?, ?, 'Aune Äijälä', 'mummo', 'relatives', 'close', 0, '', ?, ?)`,
      MEMBER, C1, AT, AT,
    );
    const meeting = db.prepare(`INSERT INTO meeting (id, conference_id, kind, date, created_at, updated_at) VALUES (?, '${C1}', ?, ?, '${AT}', '${AT}')`);
    meeting.run(MEETING, 'conference', '2027-03-10');
    meeting.run(FOLLOW_UP, 'follow_up', '2027-06-10');
    run(
      `INSERT INTO plan (id, conference_id, meeting_id, number, decision_outcome, decision_reasons, decision_date, created_at, updated_at)
       VALUES (?, ?, ?, 1, 'accepted', '', '2027-03-10', ?, ?)`,
      PLAN, C1, MEETING, AT, AT,
    );
    run(
      `INSERT INTO plan_item (id, plan_id, position, question_id, what, owner_kind, owner_member_id, by_date, follow_up, checker_kind)
       VALUES (?, ?, 0, NULL, 'Mummo herättää Äijön koulupäivinä.', 'member', ?, '2027-06-01', 'Seurantakokouksessa', 'social_worker')`,
      ITEM, PLAN, MEMBER,
    );
    run(
      `INSERT INTO plan_item (id, plan_id, position, what, owner_kind) VALUES (?, ?, 1, 'Sosiaalityöntekijä hakee tukihenkilön.', 'social_worker')`,
      ITEM_2, PLAN,
    );
    run(`INSERT INTO plan_item_bottom_line (item_id, summary_item_id, position) VALUES (?, ?, 0)`, ITEM, MUST);
    run(`INSERT INTO follow_up (meeting_id, plan_id, created_at, updated_at) VALUES (?, ?, ?, ?)`, FOLLOW_UP, PLAN, AT, AT);
    run(`INSERT INTO follow_up_review (meeting_id, item_id, status, comment, updated_at) VALUES (?, ?, 'done', 'Sujuu.', ?)`, FOLLOW_UP, ITEM, AT);
    referringSchema = schemaOf(db, REFERRING);
  } finally {
    db.close();
  }
  return { dir, referringSchema };
}

/** The tables that refer to plan_item: the migration makes them again as they were. */
const REFERRING = ['plan_item_bottom_line', 'follow_up_review'];

/** The stored SQL of `tables` and their indexes. */
function schemaOf(db: Db, tables: readonly string[]) {
  return db
    .prepare(`SELECT type, name, sql FROM sqlite_schema WHERE tbl_name IN (${tables.map(() => '?').join(', ')}) ORDER BY name`)
    .all(...tables);
}

describe('migration 0015', () => {
  it('keeps every task, link and review with its owner, and lets a child own a task', () => {
    const { dir, referringSchema } = dirAtVersion14();
    const db = open(dir, MIGRATIONS.slice(0, 15));
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(15);
      expect(
        db.prepare('SELECT id, position, what, owner_kind, owner_member_id, owner_child_id, by_date, follow_up, checker_kind FROM plan_item ORDER BY position').all(),
      ).toEqual([
        {
          id: ITEM,
          position: 0,
          what: 'Mummo herättää Äijön koulupäivinä.',
          owner_kind: 'member',
          owner_member_id: MEMBER,
          owner_child_id: null,
          by_date: '2027-06-01',
          follow_up: 'Seurantakokouksessa',
          checker_kind: 'social_worker',
        },
        {
          id: ITEM_2,
          position: 1,
          what: 'Sosiaalityöntekijä hakee tukihenkilön.',
          owner_kind: 'social_worker',
          owner_member_id: null,
          owner_child_id: null,
          by_date: null,
          follow_up: '',
          checker_kind: null,
        },
      ]);
      expect(db.prepare('SELECT item_id, summary_item_id FROM plan_item_bottom_line').all()).toEqual([{ item_id: ITEM, summary_item_id: MUST }]);
      expect(db.prepare('SELECT item_id, comment FROM follow_up_review').all()).toEqual([{ item_id: ITEM, comment: 'Sujuu.' }]);
      const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'plan_item' AND sql IS NOT NULL ORDER BY name").pluck().all();
      expect(indexes).toEqual(['plan_item_checker', 'plan_item_owner', 'plan_item_owner_child', 'plan_item_plan', 'plan_item_question']);
      expect(schemaOf(db, REFERRING)).toEqual(referringSchema);
      expect(db.prepare('SELECT "table" FROM pragma_foreign_key_list(?) ORDER BY "table"').pluck().all('plan_item')).toEqual([
        'conference_child',
        'network_member',
        'network_member',
        'plan',
      ]);
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

      // A child owns a task only by naming the child; a child with a task cannot be deleted.
      const ownedBy = db.prepare(`INSERT INTO plan_item (id, plan_id, position, what, owner_kind, owner_member_id, owner_child_id) VALUES (?, '${PLAN}', 2, 'Äijö laittaa herätyksen.', ?, ?, ?)`);
      expect(() => ownedBy.run('i3', 'child', null, null)).toThrow(/CHECK/);
      expect(() => ownedBy.run('i3', 'member', MEMBER, CHILD)).toThrow(/CHECK/);
      expect(() => ownedBy.run('i3', 'guardian', null, null)).toThrow(/CHECK/);
      expect(() => ownedBy.run('i3', 'child', null, '22222222-2222-4222-8222-000000000000')).toThrow(/FOREIGN KEY/);
      ownedBy.run('i3', 'child', null, CHILD);
      expect(() => db.prepare('DELETE FROM conference_child WHERE id = ?').run(CHILD)).toThrow(/FOREIGN KEY/);
      // Still strict, still cascading from the plan item into its links and reviews, and from the conference.
      expect(() => db.prepare(`UPDATE plan_item SET position = 'first' WHERE id = ?`).run(ITEM)).toThrow(/cannot store TEXT/);
      db.prepare('DELETE FROM plan_item WHERE id = ?').run(ITEM);
      expect(db.prepare('SELECT count(*) FROM plan_item_bottom_line').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM follow_up_review').pluck().get()).toBe(0);
      db.prepare('DELETE FROM conference WHERE id = ?').run(C1);
      for (const table of ['plan_item', 'conference_child', 'plan']) {
        expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
    } finally {
      db.close();
    }
  });
});
