import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/backend/db/connection';
import { MIGRATIONS, LATEST_VERSION } from '../../electron/backend/db/migrations';
import { call, openTestBackend, openTestDatabaseFile } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';
import { open, migrationBackup, LATEST_TABLES, TABLES_AT_VERSION_5, userVersion, tables } from '../helpers/migrations';

/* Migration 0006, on a database holding data (the runner itself: migration-runner.test.ts). */

describe('migration 0006', () => {
  const C1 = '11111111-1111-4111-8111-111111111161';
  const CHILD = '22222222-2222-4222-8222-222222222261';
  const MEMBER = '44444444-4444-4444-8444-444444444461';
  const WORKER = '44444444-4444-4444-8444-444444444462';
  const MEETING = '66666666-6666-4666-8666-666666666661';
  const FOLLOW_UP = '66666666-6666-4666-8666-666666666662';
  const PLAN = '88888888-8888-4888-8888-888888888861';
  const PLAN_2 = '88888888-8888-4888-8888-888888888862';
  const ITEM = '99999999-9999-4999-8999-999999999961';
  const ITEM_2 = '99999999-9999-4999-8999-999999999962';
  const QUESTION = '77777777-7777-4777-8777-777777777761';
  const GENERAL = '77777777-7777-4777-8777-777777777762';
  const MUST = '77777777-7777-4777-8777-777777777763';
  const NOT_OK = '77777777-7777-4777-8777-777777777764';
  const AT = '2027-03-01T07:30:00.000Z';
  const DECIDED_AT = '2027-04-14T12:00:00.000Z';
  const KEPT_TABLES = ['plan_kept', 'plan_kept_summary_item', 'plan_kept_member', 'plan_kept_child'];

  /**
   * A data dir at schema version 5: a conference whose plan version 1 was accepted, with an
   * item answering an open question, fulfilling a "must include" line and the plan checked
   * against a "not acceptable" one; a follow-up reviewing that item; and an undecided
   * version 2 with the same links.
   */
  function dirAtVersion5() {
    const dir = useTempDir();
    const db = open(dir, MIGRATIONS.slice(0, 5));
    try {
      const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
      run(
        `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase,
           version, created_at, updated_at)
         VALUES (?, 'Äijälä 7/2027', 'Leena Korhonen', '2027-03-01', 'laheisneuvonpito', 'sv', 'seuranta', 4, ?, ?)`,
        C1, AT, AT,
      );
      run(`INSERT INTO conference_child (id, conference_id, position, first_name, birth_year) VALUES (?, ?, 0, 'Äijö', 2016)`, CHILD, C1);
      run(`INSERT INTO commission (conference_id, updated_at) VALUES (?, ?)`, C1, AT);
      run(`INSERT INTO summary (conference_id, updated_at) VALUES (?, ?)`, C1, AT);
      const line = db.prepare(`INSERT INTO summary_item (id, conference_id, list, position, text) VALUES (?, '${C1}', ?, 0, ?)`);
      line.run(QUESTION, 'open', 'Miten Äijö pääsee kouluun ajoissa?');
      line.run(GENERAL, 'general', 'Mitä tukea perhe tarvitsee palveluilta?');
      line.run(MUST, 'must_include', 'Aikuinen on kotona iltaisin.');
      line.run(NOT_OK, 'not_acceptable', 'Äijö ei jää yksin yöksi.');
      const member = db.prepare(
        `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, is_worker, worker_organisation,
           created_at, updated_at) VALUES (?, '${C1}', ?, ?, ?, 'close', ?, ?, '${AT}', '${AT}')`,
      );
      member.run(MEMBER, 'Aune Äijälä', 'mummo', 'relatives', 0, '');
      member.run(WORKER, 'Kaisa Kuraattori', 'koulukuraattori', 'professionals', 1, 'Keskuskoulu');
      const meeting = db.prepare(`INSERT INTO meeting (id, conference_id, kind, date, created_at, updated_at) VALUES (?, '${C1}', ?, ?, '${AT}', '${AT}')`);
      meeting.run(MEETING, 'conference', '2027-04-14');
      meeting.run(FOLLOW_UP, 'follow_up', '2027-08-18');
      const plan = db.prepare(
        `INSERT INTO plan (id, conference_id, meeting_id, number, decision_outcome, decision_reasons, decision_date,
           version, created_at, updated_at) VALUES (?, '${C1}', ?, ?, ?, ?, ?, 2, '${AT}', ?)`,
      );
      plan.run(PLAN, MEETING, 1, 'accepted', '', '2027-04-14', DECIDED_AT);
      plan.run(PLAN_2, FOLLOW_UP, 2, null, null, null, AT);
      for (const [item, planId] of [[ITEM, PLAN], [ITEM_2, PLAN_2]] as const) {
        run(
          `INSERT INTO plan_item (id, plan_id, position, question_id, what, owner_kind, owner_member_id)
           VALUES (?, ?, 0, ?, 'Mummo herättää Äijön koulupäivinä.', 'member', ?)`,
          item, planId, QUESTION, MEMBER,
        );
        run(`INSERT INTO plan_item_bottom_line (item_id, summary_item_id, position) VALUES (?, ?, 0)`, item, MUST);
        run(`INSERT INTO plan_not_acceptable_check (plan_id, summary_item_id, position) VALUES (?, ?, 0)`, planId, NOT_OK);
      }
      run(`INSERT INTO follow_up (meeting_id, plan_id, created_at, updated_at) VALUES (?, ?, ?, ?)`, FOLLOW_UP, PLAN, AT, AT);
      run(`INSERT INTO follow_up_review (meeting_id, item_id, status, comment, updated_at) VALUES (?, ?, 'done', 'Sujuu.', ?)`, FOLLOW_UP, ITEM, AT);
    } finally {
      db.close();
    }
    return { dir, file: join(dir, DATABASE_FILE) };
  }

  it('keeps copies for the decided plan, keeps every link and review, and no foreign key reaches the summary', () => {
    const { dir } = dirAtVersion5();
    const db = open(dir);
    try {
      expect(userVersion(db)).toBe(LATEST_VERSION);
      expect(tables(db)).toEqual(LATEST_TABLES);
      expect(db.prepare('SELECT * FROM plan_kept').all()).toEqual([
        {
          plan_id: PLAN,
          kept_at: DECIDED_AT,
          language: 'sv',
          social_worker_name: 'Leena Korhonen',
          conference_date: '2027-04-14',
          meeting_date: '2027-04-14',
        },
      ]);
      expect(db.prepare('SELECT summary_item_id, list, text FROM plan_kept_summary_item ORDER BY summary_item_id').all()).toEqual([
        { summary_item_id: QUESTION, list: 'open', text: 'Miten Äijö pääsee kouluun ajoissa?' },
        { summary_item_id: GENERAL, list: 'general', text: 'Mitä tukea perhe tarvitsee palveluilta?' },
        { summary_item_id: MUST, list: 'must_include', text: 'Aikuinen on kotona iltaisin.' },
        { summary_item_id: NOT_OK, list: 'not_acceptable', text: 'Äijö ei jää yksin yöksi.' },
      ]);
      expect(db.prepare('SELECT member_id, position, name, relation, organisation FROM plan_kept_member ORDER BY position').all()).toEqual([
        { member_id: MEMBER, position: 0, name: 'Aune Äijälä', relation: 'mummo', organisation: '' },
        { member_id: WORKER, position: 1, name: 'Kaisa Kuraattori', relation: 'koulukuraattori', organisation: 'Keskuskoulu' },
      ]);
      expect(db.prepare('SELECT plan_id, child_id, first_name, birth_year FROM plan_kept_child').all()).toEqual([
        { plan_id: PLAN, child_id: CHILD, first_name: 'Äijö', birth_year: 2016 },
      ]);
      // The rebuilt tables hold every row they held, the follow-up's review too.
      expect(db.prepare('SELECT id, question_id FROM plan_item ORDER BY id').all()).toEqual([
        { id: ITEM, question_id: QUESTION },
        { id: ITEM_2, question_id: QUESTION },
      ]);
      expect(db.prepare('SELECT count(*) FROM plan_item_bottom_line').pluck().get()).toBe(2);
      expect(db.prepare('SELECT count(*) FROM plan_not_acceptable_check').pluck().get()).toBe(2);
      expect(db.prepare('SELECT item_id, comment FROM follow_up_review').all()).toEqual([{ item_id: ITEM, comment: 'Sujuu.' }]);
      const referenced = (table: string) =>
        (db.prepare('SELECT "table" FROM pragma_foreign_key_list(?)').pluck().all(table) as string[]).sort();
      for (const table of [...LATEST_TABLES]) expect(referenced(table), table).not.toContain('summary_item');
      expect(referenced('follow_up_review')).toEqual(['follow_up', 'plan_item']);
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // Still strict and still cascading from the plan item and the plan.
      expect(() => db.prepare(`UPDATE plan_item SET position = 'first' WHERE id = ?`).run(ITEM)).toThrow(/cannot store TEXT/);
      db.prepare('DELETE FROM plan_item WHERE id = ?').run(ITEM_2);
      expect(db.prepare('SELECT count(*) FROM plan_item_bottom_line').pluck().get()).toBe(1);
      db.prepare('DELETE FROM conference WHERE id = ?').run(C1);
      for (const table of [...KEPT_TABLES, 'plan_item', 'follow_up_review']) {
        expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
    } finally {
      db.close();
    }
    const backup = openTestDatabaseFile(migrationBackup(dir));
    try {
      expect(userVersion(backup)).toBe(5);
      expect(tables(backup)).toEqual(TABLES_AT_VERSION_5);
    } finally {
      backup.close();
    }
  });

  it('leaves the migrated decided plan reading its own questions and bottom lines after the summary is edited', async () => {
    const { dir } = dirAtVersion5();
    const { dispatch } = openTestBackend(dir);
    const before = await call(dispatch, 'preparation.get', { conferenceId: C1 });
    const { summary } = before;
    // The question and both bottom lines deleted, and typed again.
    const after = await call(dispatch, 'summary.update', {
      conferenceId: C1,
      version: summary.version,
      text: summary.text,
      openQuestions: [{ text: 'Miten Äijö pääsee kouluun?' }],
      generalQuestions: summary.generalQuestions,
      mustInclude: [{ text: 'Aikuinen on kotona illalla.' }],
      notAcceptable: [{ text: 'Äijö ei jää yksin.' }],
      requestedDate: summary.requestedDate,
      receivedDate: summary.receivedDate,
      parentsDate: summary.parentsDate,
      childrenDate: summary.childrenDate,
      supportPersonDate: summary.supportPersonDate,
      sharedWithNetwork: summary.sharedWithNetwork,
    });
    const [decided, undecided] = after.plans;
    expect(decided).toMatchObject({
      version: 2,
      items: [{ id: ITEM, questionId: QUESTION, bottomLineIds: [MUST] }],
      checkedNotAcceptableIds: [NOT_OK],
      kept: {
        summary: {
          openQuestions: [{ id: QUESTION, text: 'Miten Äijö pääsee kouluun ajoissa?' }],
          mustInclude: [{ id: MUST, text: 'Aikuinen on kotona iltaisin.' }],
          notAcceptable: [{ id: NOT_OK, text: 'Äijö ei jää yksin yöksi.' }],
        },
      },
    });
    // The undecided version follows the summary: its answer goes to the other agreements.
    expect(undecided).toMatchObject({
      kept: null,
      items: [{ id: ITEM_2, questionId: null, bottomLineIds: [] }],
      checkedNotAcceptableIds: [],
    });
    expect(after.followUps[0]?.reviews).toMatchObject([{ itemId: ITEM, comment: 'Sujuu.' }]);
  });
});
