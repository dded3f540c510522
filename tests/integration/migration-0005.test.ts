import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/backend/db/connection';
import { MIGRATIONS, LATEST_VERSION } from '../../electron/backend/db/migrations';
import { followUpSummaryUpdate, review } from '../fixtures/record-updates';
import { call, callError, openTestBackend, openTestDatabaseFile } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';
import { open, migrationBackup, LATEST_TABLES, TABLES_AT_VERSION_4, userVersion, tables } from '../helpers/migrations';

/* Migration 0005, on a database holding data (the runner itself: migration-runner.test.ts). */

describe('migration 0005', () => {
  const C1 = '11111111-1111-4111-8111-111111111141';
  const C2 = '11111111-1111-4111-8111-111111111142';
  const MEMBER = '44444444-4444-4444-8444-444444444441';
  const MEETING = '66666666-6666-4666-8666-666666666641';
  const FOLLOW_UP = '66666666-6666-4666-8666-666666666642';
  const UNPLANNED_FOLLOW_UP = '66666666-6666-4666-8666-666666666643';
  const PLAN = '88888888-8888-4888-8888-888888888841';
  const PLAN_2 = '88888888-8888-4888-8888-888888888842';
  const ITEM = '99999999-9999-4999-8999-999999999941';
  const ITEM_2 = '99999999-9999-4999-8999-999999999942';
  const NEW_TABLES = ['follow_up', 'follow_up_question', 'follow_up_review'];
  const AT = '2027-03-01T07:30:00.000Z';

  /**
   * A data dir at schema version 4: a conference in follow-up with an accepted plan (and
   * an undecided version 2), a member with a task and a follow-up meeting already made;
   * a second conference with a follow-up meeting but no plan.
   */
  function dirAtVersion4() {
    const dir = useTempDir();
    const db = open(dir, MIGRATIONS.slice(0, 4));
    try {
      const conference = db.prepare(
        `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase,
           version, created_at, updated_at)
         VALUES (?, ?, 'Leena Korhonen', '2027-03-01', 'laheisneuvonpito', 'fi', ?, 4, '${AT}', '${AT}')`,
      );
      conference.run(C1, 'Äijälä 7/2027', 'seuranta');
      conference.run(C2, 'Öhman 8/2027', 'valmistelu');
      for (const id of [C1, C2]) {
        db.prepare(`INSERT INTO commission (conference_id, updated_at) VALUES (?, '${AT}')`).run(id);
        db.prepare(`INSERT INTO summary (conference_id, updated_at) VALUES (?, '${AT}')`).run(id);
      }
      db.prepare(
        `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, invite, reply,
           created_at, updated_at)
         VALUES ('${MEMBER}', '${C1}', 'Aune Äijälä', 'mummo', 'relatives', 'close', 'invite', 'coming', '${AT}', '${AT}')`,
      ).run();
      const meeting = db.prepare(
        `INSERT INTO meeting (id, conference_id, kind, date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
      );
      meeting.run(MEETING, C1, 'conference', '2027-04-14', AT, AT);
      meeting.run(FOLLOW_UP, C1, 'follow_up', '2027-08-18', '2027-05-02T08:00:00.000Z', '2027-05-02T08:00:00.000Z');
      meeting.run(UNPLANNED_FOLLOW_UP, C2, 'follow_up', null, AT, AT);
      const plan = db.prepare(
        `INSERT INTO plan (id, conference_id, meeting_id, number, decision_outcome, decision_reasons, decision_date,
           version, created_at, updated_at) VALUES (?, '${C1}', ?, ?, ?, ?, ?, 2, '${AT}', '${AT}')`,
      );
      plan.run(PLAN, MEETING, 1, 'accepted', '', '2027-04-14');
      plan.run(PLAN_2, FOLLOW_UP, 2, null, null, null);
      const item = db.prepare(
        `INSERT INTO plan_item (id, plan_id, position, what, owner_kind, owner_member_id)
         VALUES (?, ?, 0, 'Mummo herättää Äijön koulupäivinä.', 'member', '${MEMBER}')`,
      );
      item.run(ITEM, PLAN);
      item.run(ITEM_2, PLAN_2);
    } finally {
      db.close();
    }
    return { dir, file: join(dir, DATABASE_FILE) };
  }

  it('gives each existing follow-up meeting an empty record reviewing the accepted plan, keeping the rest', () => {
    const { dir } = dirAtVersion4();
    const db = open(dir);
    try {
      expect(userVersion(db)).toBe(LATEST_VERSION);
      expect(tables(db)).toEqual(LATEST_TABLES);
      expect(
        db.prepare('SELECT meeting_id, plan_id, worked, outcome, version, created_at FROM follow_up ORDER BY meeting_id').all(),
      ).toEqual([
        { meeting_id: FOLLOW_UP, plan_id: PLAN, worked: '', outcome: null, version: 1, created_at: '2027-05-02T08:00:00.000Z' },
        { meeting_id: UNPLANNED_FOLLOW_UP, plan_id: null, worked: '', outcome: null, version: 1, created_at: AT },
      ]);
      expect(db.prepare('SELECT count(*) FROM follow_up_question').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM follow_up_review').pluck().get()).toBe(0);
      expect(db.prepare('SELECT id, phase, version FROM conference ORDER BY id').all()).toEqual([
        { id: C1, phase: 'seuranta', version: 4 },
        { id: C2, phase: 'valmistelu', version: 4 },
      ]);
      expect(db.prepare('SELECT id FROM plan_item ORDER BY id').pluck().all()).toEqual([ITEM, ITEM_2]);
    } finally {
      db.close();
    }
    const backup = openTestDatabaseFile(migrationBackup(dir));
    try {
      expect(userVersion(backup)).toBe(4);
      expect(tables(backup)).toEqual(TABLES_AT_VERSION_4);
    } finally {
      backup.close();
    }
  });

  it('leaves the migrated follow-ups ready to use through the API', async () => {
    const { dir } = dirAtVersion4();
    const { dispatch } = openTestBackend(dir);
    const prep = await call(dispatch, 'preparation.get', { conferenceId: C1 });
    expect(prep.followUps).toMatchObject([{ meetingId: FOLLOW_UP, planId: PLAN, reviews: [], outcome: null }]);
    await call(dispatch, 'followUp.updateSummary', followUpSummaryUpdate(prep.followUps[0]!, { worked: 'Aamut sujuvat.' }));
    const reviewed = await call(dispatch, 'followUp.reviewItem', review(prep.followUps[0]!, ITEM, 'done'));
    expect(reviewed.followUps[0]).toMatchObject({ summary: { worked: 'Aamut sujuvat.' }, reviews: [{ itemId: ITEM }] });
    // Version 2 was made at this follow-up: it is not what the follow-up reviews.
    const second = await callError(dispatch, 'followUp.reviewItem', { meetingId: FOLLOW_UP, itemId: ITEM_2, status: 'done' });
    expect(second.code).toBe('invalid_input');
    // Without an accepted plan there is nothing to review.
    const unplanned = await callError(dispatch, 'followUp.reviewItem', {
      meetingId: UNPLANNED_FOLLOW_UP,
      itemId: ITEM,
      status: 'done',
    });
    expect(unplanned.code).toBe('invalid_input');
  });

  it('makes the new tables strict, with cascades from the meeting, the plan item and the conference', () => {
    const { dir } = dirAtVersion4();
    const db = open(dir);
    try {
      const run = (sql: string) => db.prepare(sql).run();
      const review = (status: string, item = ITEM, at = AT) =>
        run(`INSERT INTO follow_up_review (meeting_id, item_id, status, comment, updated_at) VALUES ('${FOLLOW_UP}', '${item}', '${status}', '', '${at}')`);
      expect(() => review('maybe')).toThrow(/CHECK/);
      expect(() => review('done', 'nope')).toThrow(/FOREIGN KEY/);
      expect(() => review('done', ITEM, '2027-03-01')).toThrow(/CHECK/);
      review('done');
      expect(() => review('partly')).toThrow(/UNIQUE|PRIMARY KEY/);
      expect(() => run(`INSERT INTO follow_up_question VALUES ('q0', 'nope', 0, 'Kysymys')`)).toThrow(/FOREIGN KEY/);
      run(`INSERT INTO follow_up_question VALUES ('q1', '${FOLLOW_UP}', 0, 'Tarvitaanko saattamista?')`);
      const outcome = (set: string) => () => run(`UPDATE follow_up SET ${set} WHERE meeting_id = '${FOLLOW_UP}'`);
      expect(outcome("outcome = 'pause', outcome_at = '2027-08-18T10:00:00.000Z'")).toThrow(/CHECK/);
      expect(outcome("outcome = 'close'")).toThrow(/CHECK/);
      expect(outcome("outcome = 'close', outcome_at = '2027-08-18T10:00:00.000Z'")).toThrow(/CHECK/);
      expect(outcome(`next_meeting_id = '${MEETING}'`)).toThrow(/CHECK/);
      expect(outcome("requested_date = '1.8.2027'")).toThrow(/CHECK/);
      outcome("outcome = 'close', outcome_at = '2027-08-18T10:00:00.000Z', close_reason = 'plan_made', close_text = ''")();
      expect(() => run(`INSERT INTO follow_up (meeting_id, created_at, updated_at) VALUES ('nope', '${AT}', '${AT}')`)).toThrow(
        /FOREIGN KEY/,
      );

      run(`DELETE FROM conference WHERE id = '${C1}'`);
      expect(db.prepare('SELECT meeting_id FROM follow_up').pluck().all()).toEqual([UNPLANNED_FOLLOW_UP]);
      for (const table of NEW_TABLES.slice(1)) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      run(`DELETE FROM meeting WHERE id = '${UNPLANNED_FOLLOW_UP}'`);
      expect(db.prepare('SELECT count(*) FROM follow_up').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
