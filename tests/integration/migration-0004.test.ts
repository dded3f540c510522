import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/backend/db/connection';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { emptyMeetingDay } from '../../electron/shared/meeting-day/meeting-day-rules';
import { attendance, childHeard, dayUpdate, planUpdate } from '../fixtures/record-updates';
import { call, callError, openTestBackend, openTestDatabaseFile } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';
import { open, migrationBackup, TABLES_AT_VERSION_3, TABLES_AT_VERSION_4, userVersion, tables } from '../helpers/migrations';

/* Migration 0004, on a database holding data (the runner itself: migration-runner.test.ts). */

describe('migration 0004', () => {
  const C1 = '11111111-1111-4111-8111-111111111131';
  const C2 = '11111111-1111-4111-8111-111111111132';
  const CHILD = '22222222-2222-4222-8222-222222222231';
  const MEMBER = '44444444-4444-4444-8444-444444444431';
  const MEETING = '66666666-6666-4666-8666-666666666631';
  const FOLLOW_UP = '66666666-6666-4666-8666-666666666632';
  const CLOSED_MEETING = '66666666-6666-4666-8666-666666666633';
  const QUESTION = '77777777-7777-4777-8777-777777777731';
  const MUST_INCLUDE = '77777777-7777-4777-8777-777777777732';
  const NEW_TABLES = [
    'meeting_day',
    'meeting_part_end',
    'meeting_timer_segment',
    'meeting_attendance',
    'meeting_child_heard',
    'plan',
    'plan_item',
    'plan_item_bottom_line',
    'plan_service',
    'plan_recipient',
    'plan_invitee',
    'plan_dissent',
    'plan_not_acceptable_check',
  ];

  /**
   * A data dir at schema version 3 holding a conference in preparation with its meeting
   * arranged, a follow-up meeting, a member, a child, summary questions and a bottom line,
   * and a closed conference with its meeting.
   */
  function dirAtVersion3() {
    const dir = useTempDir();
    const db = open(dir, MIGRATIONS.slice(0, 3));
    try {
      const conference = db.prepare(
        `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase,
           close_reason, closed_at, phase_before_close, version, created_at, updated_at)
         VALUES (@id, @reference, 'Leena Korhonen', '2027-03-01', 'laheisneuvonpito', 'fi', @phase,
           @close_reason, @closed_at, @phase_before_close, @version, '2027-03-01T07:30:00.000Z', @updated_at)`,
      );
      conference.run({
        id: C1,
        reference: 'Äijälä 5/2027',
        phase: 'valmistelu',
        close_reason: null,
        closed_at: null,
        phase_before_close: null,
        version: 5,
        updated_at: '2027-03-10T12:00:00.000Z',
      });
      conference.run({
        id: C2,
        reference: 'Öhman 6/2027',
        phase: 'paattynyt',
        close_reason: 'family_withdrew',
        closed_at: '2027-03-20T09:00:00.000Z',
        phase_before_close: 'valmistelu',
        version: 2,
        updated_at: '2027-03-20T09:00:00.000Z',
      });
      for (const id of [C1, C2]) {
        db.prepare("INSERT INTO commission (conference_id, updated_at) VALUES (?, '2027-03-01T07:30:00.000Z')").run(id);
        db.prepare("INSERT INTO summary (conference_id, updated_at) VALUES (?, '2027-03-01T07:30:00.000Z')").run(id);
      }
      db.prepare(`INSERT INTO conference_child VALUES ('${CHILD}', '${C1}', 0, 'Äijö', 2015)`).run();
      db.prepare(
        `INSERT INTO summary_item (id, conference_id, list, position, text) VALUES
           ('${QUESTION}', '${C1}', 'open', 0, 'Miten Äijön aamut sujuvat?'),
           ('${MUST_INCLUDE}', '${C1}', 'must_include', 0, 'Koulumatkat turvattu')`,
      ).run();
      db.prepare(
        `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, invite, reply,
           created_at, updated_at)
         VALUES ('${MEMBER}', '${C1}', 'Aune Äijälä', 'mummo', 'relatives', 'close', 'invite', 'coming',
           '2027-03-02T08:00:00.000Z', '2027-03-02T08:00:00.000Z')`,
      ).run();
      const meeting = db.prepare(
        `INSERT INTO meeting (id, conference_id, kind, date, start_time, venue_name, version, created_at, updated_at)
         VALUES (@id, @conferenceId, @kind, @date, '09:00', @venue, @version, '2027-03-01T07:30:00.000Z',
           '2027-03-05T10:00:00.000Z')`,
      );
      meeting.run({ id: MEETING, conferenceId: C1, kind: 'conference', date: '2027-04-14', venue: 'Perhekeskus', version: 3 });
      meeting.run({ id: FOLLOW_UP, conferenceId: C1, kind: 'follow_up', date: '2027-08-18', venue: '', version: 1 });
      meeting.run({ id: CLOSED_MEETING, conferenceId: C2, kind: 'conference', date: null, venue: '', version: 1 });
      db.prepare("INSERT INTO checklist_done (meeting_id, key, done_date) VALUES (?, 'venue', '2027-03-05')").run(MEETING);
    } finally {
      db.close();
    }
    return { dir, file: join(dir, DATABASE_FILE) };
  }

  it('adds the day and plan tables empty, and leaves what was there as it was', () => {
    const { dir } = dirAtVersion3();
    const db = open(dir, MIGRATIONS.slice(0, 4));
    try {
      expect(userVersion(db)).toBe(4);
      expect(tables(db)).toEqual(TABLES_AT_VERSION_4);
      // A meeting without a day row has nothing recorded: no rows are made up for the old ones.
      for (const table of NEW_TABLES) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      expect(db.prepare('SELECT id, phase, version FROM conference ORDER BY id').all()).toEqual([
        { id: C1, phase: 'valmistelu', version: 5 },
        { id: C2, phase: 'paattynyt', version: 2 },
      ]);
      expect(db.prepare('SELECT id, date, venue_name, version FROM meeting ORDER BY id').all()).toEqual([
        { id: MEETING, date: '2027-04-14', venue_name: 'Perhekeskus', version: 3 },
        { id: FOLLOW_UP, date: '2027-08-18', venue_name: '', version: 1 },
        { id: CLOSED_MEETING, date: null, venue_name: '', version: 1 },
      ]);
      expect(db.prepare('SELECT name FROM network_member').pluck().all()).toEqual(['Aune Äijälä']);
      expect(db.prepare('SELECT count(*) FROM checklist_done').pluck().get()).toBe(1);
    } finally {
      db.close();
    }

    const backup = openTestDatabaseFile(migrationBackup(dir));
    try {
      expect(userVersion(backup)).toBe(3);
      expect(tables(backup)).toEqual(TABLES_AT_VERSION_3);
    } finally {
      backup.close();
    }
  });

  it('gives the migrated meetings an empty day and the conference no plan; both can be recorded', async () => {
    const { dir } = dirAtVersion3();
    const { dispatch } = openTestBackend(dir);
    const prep = await call(dispatch, 'preparation.get', { conferenceId: C1 });
    expect(prep.meetings.map((meeting) => [meeting.id, meeting.day])).toEqual([
      [MEETING, emptyMeetingDay()],
      [FOLLOW_UP, emptyMeetingDay('follow_up')],
    ]);
    expect(prep.plans).toEqual([]);

    const day = prep.meetings[0]!;
    await call(dispatch, 'meetingDay.update', dayUpdate(day, { questionsPresented: true }));
    await call(dispatch, 'meetingDay.timer', { meetingId: MEETING, part: 'information', action: 'start' });
    await call(dispatch, 'meetingDay.setAttendance', attendance(day, MEMBER, { presence: 'in_person' }));
    await call(dispatch, 'meetingDay.setChild', childHeard(day, CHILD, { heard: 'present' }));
    const created = await call(dispatch, 'plan.create', { meetingId: MEETING });
    const planned = await call(
      dispatch,
      'plan.update',
      planUpdate(created.plans[0]!, {
        items: [
          {
            questionId: QUESTION,
            what: 'Mummo herättää Äijön koulupäivinä.',
            owner: { kind: 'member', memberId: MEMBER },
            bottomLineIds: [MUST_INCLUDE],
          },
        ],
      }),
    );
    expect(planned.meetings[0]!.day).toMatchObject({
      questionsPresented: true,
      version: 2,
      attendance: [{ memberId: MEMBER, presence: 'in_person' }],
      children: [{ childId: CHILD, heard: 'present' }],
    });
    expect(planned.plans[0]!.items).toMatchObject([{ questionId: QUESTION, bottomLineIds: [MUST_INCLUDE] }]);
    // Starting the conference's own meeting moved the migrated conference on.
    expect(planned.conference).toMatchObject({ phase: 'neuvonpito', version: 6 });

    const closed = await callError(dispatch, 'meetingDay.update', { ...dayUpdate(day), meetingId: CLOSED_MEETING });
    expect(closed.code).toBe('conflict');
  });

  it('makes the new tables strict, with one running clock a meeting, and cascades from the meeting and conference', () => {
    const { dir } = dirAtVersion3();
    const db = open(dir);
    try {
      const run = (sql: string) => db.prepare(sql).run();
      const at = '2027-04-14T06:00:00.000Z';
      expect(() => run(`INSERT INTO meeting_day VALUES ('${MEETING}', 4, 90, 45, 1, 0, 2, '${at}')`)).toThrow(/CHECK/);
      expect(() => run(`INSERT INTO meeting_day VALUES ('${MEETING}', 60, 90, 45, 'kyllä', 0, 2, '${at}')`)).toThrow(
        /cannot store TEXT value in INTEGER column/,
      );
      expect(() => run(`INSERT INTO meeting_day VALUES ('nope', 60, 90, 45, 1, 0, 2, '${at}')`)).toThrow(/FOREIGN KEY/);
      run(`INSERT INTO meeting_day VALUES ('${MEETING}', 60, 90, 45, 1, 0, 2, '${at}')`);

      const segment = (part: string, position: number, startedAt: string, endedAt: string | null, meeting = MEETING) =>
        db
          .prepare('INSERT INTO meeting_timer_segment VALUES (?, ?, ?, ?, ?)')
          .run(meeting, part, position, startedAt, endedAt);
      expect(() => segment('Coffee break', 0, at, null)).toThrow(/CHECK/);
      expect(() => segment('information', 0, '14.4.2027 9:00', null)).toThrow(/CHECK/);
      expect(() => segment('information', 0, at, '2027-04-14T05:00:00.000Z')).toThrow(/CHECK/);
      segment('information', 0, at, null);
      // One clock at a time, per meeting: another meeting's clock may run.
      expect(() => segment('plan', 0, at, null)).toThrow(/UNIQUE/);
      segment('information', 0, at, null, FOLLOW_UP);
      expect(() => run(`INSERT INTO meeting_part_end VALUES ('${MEETING}', 'information', '2027-04-14')`)).toThrow(/CHECK/);

      expect(() =>
        run(`INSERT INTO meeting_attendance (meeting_id, member_id, presence, arrived_at, gave_information) VALUES ('${MEETING}', '${MEMBER}', 'maybe', NULL, 0)`),
      ).toThrow(/CHECK/);
      expect(() =>
        run(`INSERT INTO meeting_attendance (meeting_id, member_id, presence, arrived_at, gave_information) VALUES ('${MEETING}', '${MEMBER}', 'in_person', '9.15', 0)`),
      ).toThrow(/CHECK/);
      expect(() => run(`INSERT INTO meeting_attendance (meeting_id, member_id, presence, arrived_at, gave_information) VALUES ('${MEETING}', 'nope', 'in_person', NULL, 0)`)).toThrow(
        /FOREIGN KEY/,
      );
      run(`INSERT INTO meeting_attendance (meeting_id, member_id, presence, arrived_at, gave_information) VALUES ('${MEETING}', '${MEMBER}', 'in_person', '09:15', 0)`);
      expect(() =>
        run(`INSERT INTO meeting_child_heard (meeting_id, child_id, heard, note, worries, good_things, dreams) VALUES ('${MEETING}', '${CHILD}', 'present', '', 'Huoli', NULL, NULL)`),
      ).toThrow(/CHECK/);
      expect(() =>
        run(`INSERT INTO meeting_child_heard (meeting_id, child_id, heard, note, worries, good_things, dreams) VALUES ('${MEETING}', '${CHILD}', 'undecided', '', NULL, NULL, NULL)`),
      ).toThrow(/CHECK/);
      run(`INSERT INTO meeting_child_heard (meeting_id, child_id, heard, note, worries, good_things, dreams) VALUES ('${MEETING}', '${CHILD}', 'present', '', 'Huoli', 'Mummo', 'Koira')`);

      const plan = (id: string, number: number, decision = 'NULL, NULL, NULL') =>
        run(
          `INSERT INTO plan (id, conference_id, meeting_id, number, decision_outcome, decision_reasons, decision_date,
             created_at, updated_at) VALUES ('${id}', '${C1}', '${MEETING}', ${number}, ${decision}, '${at}', '${at}')`,
        );
      expect(() => plan('p0', 0)).toThrow(/CHECK/);
      expect(() => plan('p0', 1, "'accepted', '', NULL")).toThrow(/CHECK/);
      expect(() => plan('p0', 1, "'maybe', '', '2027-04-14'")).toThrow(/CHECK/);
      plan('p1', 1, "'accepted', '', '2027-04-14'");
      expect(() => plan('p2', 1)).toThrow(/UNIQUE/);
      plan('p2', 2);

      const item = (id: string, owner: string, question = `'${QUESTION}'`) =>
        run(
          `INSERT INTO plan_item (id, plan_id, position, question_id, what, owner_kind, owner_member_id)
           VALUES ('${id}', 'p1', 0, ${question}, 'Herätys', ${owner})`,
        );
      expect(() => item('i0', "'member', NULL")).toThrow(/CHECK/);
      expect(() => item('i0', `'social_worker', '${MEMBER}'`)).toThrow(/CHECK/);
      expect(() => item('i0', "'member', 'nope'")).toThrow(/FOREIGN KEY/);
      // The link to the summary's question has had no foreign key since migration 0006 (below).
      item('i1', `'member', '${MEMBER}'`);
      item('i2', "'social_worker', NULL");
      run(`INSERT INTO plan_item_bottom_line VALUES ('i1', '${MUST_INCLUDE}', 0)`);
      expect(() => run(`INSERT INTO plan_recipient VALUES ('r1', 'p1', 0, 'social_worker', NULL, NULL, 'fax')`)).toThrow(
        /CHECK/,
      );
      run(`INSERT INTO plan_dissent VALUES ('d1', 'p1', 0, 'member', '${MEMBER}', 'Eri mieltä.')`);

      // A member with a task cannot simply go: the plan would lose its owner.
      expect(() => run(`DELETE FROM network_member WHERE id = '${MEMBER}'`)).toThrow(/FOREIGN KEY/);
      // Since migration 0006 nothing in the summary reaches into a plan: removing a question or
      // a bottom line leaves the plan's links as they were (the API unlinks an undecided plan's).
      run(`DELETE FROM summary_item WHERE id = '${QUESTION}'`);
      expect(db.prepare("SELECT question_id FROM plan_item WHERE id = 'i1'").pluck().get()).toBe(QUESTION);
      run(`DELETE FROM summary_item WHERE id = '${MUST_INCLUDE}'`);
      expect(db.prepare('SELECT count(*) FROM plan_item_bottom_line').pluck().get()).toBe(1);

      run(`DELETE FROM meeting WHERE id = '${FOLLOW_UP}'`);
      expect(db.prepare('SELECT meeting_id FROM meeting_timer_segment').pluck().all()).toEqual([MEETING]);
      run(`DELETE FROM conference WHERE id = '${C1}'`);
      for (const table of NEW_TABLES) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    } finally {
      db.close();
    }
  });
});
