import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { attendance, checklistItemUpdate, childHeard, childTakingPart, tick } from '../fixtures/record-updates';
import { call, callError, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';
import { open, userVersion, columns } from '../helpers/migrations';

/* Migration 0007, on a database holding data (the runner itself: migration-runner.test.ts). */

describe('migration 0007', () => {
  const C1 = '11111111-1111-4111-8111-111111111171';
  const CHILD = '22222222-2222-4222-8222-222222222271';
  const MEMBER = '44444444-4444-4444-8444-444444444471';
  const MEETING = '66666666-6666-4666-8666-666666666671';
  const ITEM = '55555555-5555-4555-8555-555555555571';
  const AT = '2027-03-01T07:30:00.000Z';
  const VERSIONED = [
    'setting',
    'child_participation',
    'checklist_done',
    'checklist_item',
    'meeting_attendance',
    'meeting_child_heard',
    'follow_up_review',
  ];

  /**
   * A data dir at schema version 6 with a row in each table that gets a version: saved
   * venues, a child's participation, a tick and an own checklist item, an attendance and
   * how the child was heard with the Three Houses.
   */
  function dirAtVersion6() {
    const dir = useTempDir();
    const db = open(dir, MIGRATIONS.slice(0, 6));
    try {
      const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
      run(
        `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase,
           version, created_at, updated_at)
         VALUES (?, 'Äijälä 9/2027', 'Leena Korhonen', '2027-03-01', 'laheisneuvonpito', 'fi', 'valmistelu', 2, ?, ?)`,
        C1,
        AT,
        AT,
      );
      run('INSERT INTO conference_child (id, conference_id, position, first_name, birth_year) VALUES (?, ?, 0, ?, 2015)', CHILD, C1, 'Äijö');
      run(`INSERT INTO commission (conference_id, updated_at) VALUES (?, ?)`, C1, AT);
      run(`INSERT INTO summary (conference_id, updated_at) VALUES (?, ?)`, C1, AT);
      run(
        `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, invite, reply, created_at, updated_at)
         VALUES (?, ?, 'Aune Äijälä', 'mummo', 'relatives', 'close', 'invite', 'coming', ?, ?)`,
        MEMBER,
        C1,
        AT,
        AT,
      );
      run(`INSERT INTO meeting (id, conference_id, kind, date, created_at, updated_at) VALUES (?, ?, 'conference', '2027-04-14', ?, ?)`, MEETING, C1, AT, AT);
      run(`INSERT INTO setting (key, value) VALUES ('venues', ?)`, JSON.stringify([
        { id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaa71', name: 'Perhekeskus Ilves', address: '', mainRoom: '', privateRoom: '', capacity: null, accessibility: '', parking: '' },
      ]));
      run(`INSERT INTO child_participation (child_id, participation, note) VALUES (?, 'letter', 'Kirjoittaa kirjeen.')`, CHILD);
      // Materials: an item only a hand ticks (a venue's tick now follows its booking).
      run(`INSERT INTO checklist_done (meeting_id, key, done_date) VALUES (?, 'materials', '2027-03-02')`, MEETING);
      run(`INSERT INTO checklist_item (id, meeting_id, position, text, due_date, done_date) VALUES (?, ?, 0, 'Varaa leikkihuone', NULL, NULL)`, ITEM, MEETING);
      run(`INSERT INTO meeting_attendance (meeting_id, member_id, presence, arrived_at, gave_information) VALUES (?, ?, 'in_person', '10:15', 0)`, MEETING, MEMBER);
      run(
        `INSERT INTO meeting_child_heard (meeting_id, child_id, heard, note, worries, good_things, dreams)
         VALUES (?, ?, 'present', '', 'Aamut', 'Mummo', 'Koira')`,
        MEETING,
        CHILD,
      );
    } finally {
      db.close();
    }
    return dir;
  }

  it('gives every record a method changes its version 1, keeping what it holds', () => {
    const dir = dirAtVersion6();
    const db = open(dir, MIGRATIONS.slice(0, 7));
    try {
      expect(userVersion(db)).toBe(7);
      for (const table of VERSIONED) expect(columns(db, table), table).toContain('version');
      for (const table of VERSIONED.filter((t) => t !== 'follow_up_review')) {
        expect(db.prepare(`SELECT version FROM ${table}`).pluck().all(), table).toEqual([1]);
      }
      expect(db.prepare('SELECT worries, good_things, dreams FROM meeting_child_heard').get()).toEqual({
        worries: 'Aamut',
        good_things: 'Mummo',
        dreams: 'Koira',
      });
      expect(() => db.prepare(`UPDATE checklist_item SET version = 0`).run()).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });

  it('leaves the migrated records ready to change through the API on version 1, and a second stale change refused', async () => {
    const { dispatch } = openTestBackend(dirAtVersion6());
    const settings = await call(dispatch, 'settings.get', {});
    expect(settings.venues.map((v) => v.name)).toEqual(['Perhekeskus Ilves']);
    expect(settings.versions.venues).toBe(1);
    const prep = await call(dispatch, 'preparation.get', { conferenceId: C1 });
    const meeting = prep.meetings[0]!;
    expect(prep.children).toEqual([{ childId: CHILD, participation: 'letter', note: 'Kirjoittaa kirjeen.', version: 1 }]);
    expect(meeting.checklist).toMatchObject({ done: { materials: '2027-03-02' }, doneVersions: { materials: 1 }, custom: [{ id: ITEM, version: 1 }] });
    expect(meeting.day.attendance).toEqual([
      { memberId: MEMBER, presence: 'in_person', arrivedAt: '10:15', gaveInformation: false, viewsReceivedDate: null, version: 1 },
    ]);
    expect(meeting.day.children[0]).toMatchObject({ childId: CHILD, version: 1 });

    const changes: [string, unknown][] = [
      ['settings.update', { section: 'venues', version: 1, value: [] }],
      ['network.updateChild', childTakingPart(prep, CHILD, { participation: 'present' })],
      ['checklist.setDone', tick(meeting, 'materials', '2027-03-03')],
      ['checklist.updateItem', checklistItemUpdate(meeting, ITEM, { text: 'Varaa leikkihuone ja lelut' })],
      ['meetingDay.setAttendance', attendance(meeting, MEMBER, { arrivedAt: '10:20' })],
      ['meetingDay.setChild', childHeard(meeting, CHILD, { note: 'Kertoi itse.' })],
    ];
    for (const [method, input] of changes) {
      expect((await dispatch(method, input)).ok, method).toBe(true);
      expect((await callError(dispatch, method, input)).code, method).toBe('conflict');
    }
  });
});
