import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/backend/db/connection';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { meetingUpdate } from '../fixtures/record-updates';
import { call, callError, openTestBackend, openTestDatabaseFile } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';
import { open, migrationBackup, TABLES_AT_VERSION_2, TABLES_AT_VERSION_3, userVersion, tables } from '../helpers/migrations';

/* Migration 0003, on a database holding data (the runner itself: migration-runner.test.ts). */

describe('migration 0003', () => {
  const C1 = '11111111-1111-4111-8111-111111111121';
  const C2 = '11111111-1111-4111-8111-111111111122';
  const MEMBER = '44444444-4444-4444-8444-444444444421';
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  /**
   * A data dir at schema version 2 holding two conferences in preparation, one of them
   * closed, with their commission and summary rows, a network member and a contact.
   */
  function dirAtVersion2() {
    const dir = useTempDir();
    const db = open(dir, MIGRATIONS.slice(0, 2));
    try {
      const conference = db.prepare(
        `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase,
           close_reason, closed_at, phase_before_close, version, created_at, updated_at)
         VALUES (@id, @reference, 'Leena Korhonen', '2027-02-01', 'laheisneuvonpito', @language, @phase,
           @close_reason, @closed_at, @phase_before_close, @version, @created_at, @updated_at)`,
      );
      conference.run({
        id: C1,
        reference: 'Öhman 3/2027',
        language: 'sv',
        phase: 'valmistelu',
        close_reason: null,
        closed_at: null,
        phase_before_close: null,
        version: 4,
        created_at: '2027-02-01T07:30:00.000Z',
        updated_at: '2027-02-10T12:00:00.000Z',
      });
      conference.run({
        id: C2,
        reference: 'Äijälä 4/2027',
        language: 'fi',
        phase: 'paattynyt',
        close_reason: 'family_withdrew',
        closed_at: '2027-02-20T09:00:00.000Z',
        phase_before_close: 'valmistelu',
        version: 2,
        created_at: '2027-02-05T10:00:00.000Z',
        updated_at: '2027-02-20T09:00:00.000Z',
      });
      for (const [id, stamp] of [
        [C1, '2027-02-01T07:30:00.000Z'],
        [C2, '2027-02-05T10:00:00.000Z'],
      ] as const) {
        db.prepare('INSERT INTO commission (conference_id, updated_at) VALUES (?, ?)').run(id, stamp);
        db.prepare('INSERT INTO summary (conference_id, updated_at) VALUES (?, ?)').run(id, stamp);
      }
      db.prepare(
        `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, language, other_language,
           interpreter_needed, diet, invite, reply, created_at, updated_at)
         VALUES ('${MEMBER}', '${C1}', 'Cawo Maxamed Xuseen', 'täti', 'relatives', 'close', 'other', 'somali',
           1, 'Halal', 'invite', 'coming', '2027-02-02T08:00:00.000Z', '2027-02-02T08:00:00.000Z')`,
      ).run();
      db.prepare(
        `INSERT INTO contact_entry (id, conference_id, member_id, date, channel, discussed, created_at)
         VALUES ('55555555-5555-4555-8555-555555555521', '${C1}', '${MEMBER}', '2027-02-03', 'phone',
           'Kutsu neuvonpitoon.', '2027-02-03T09:00:00.000Z')`,
      ).run();
    } finally {
      db.close();
    }
    return { dir, file: join(dir, DATABASE_FILE) };
  }

  it('gives every existing conference, closed ones too, one conference meeting with nothing arranged', () => {
    const { dir } = dirAtVersion2();
    const db = open(dir, MIGRATIONS.slice(0, 3));
    try {
      expect(userVersion(db)).toBe(3);
      expect(tables(db)).toEqual(TABLES_AT_VERSION_3);
      const meetings = db.prepare('SELECT * FROM meeting ORDER BY conference_id').all() as Record<string, unknown>[];
      expect(meetings).toHaveLength(2);
      expect(meetings[0]).toMatchObject({
        conference_id: C1,
        kind: 'conference',
        date: null,
        start_time: null,
        end_time: null,
        venue_name: '',
        venue_capacity: null,
        venue_booking_status: 'not_booked',
        refreshments_ordered_headcount: null,
        childcare_needed: 0,
        materials: '[]',
        reply_by: null,
        purpose_fi: '',
        notes: '',
        version: 1,
        // Stamped with the conference's creation, not the time of the upgrade.
        created_at: '2027-02-01T07:30:00.000Z',
        updated_at: '2027-02-01T07:30:00.000Z',
      });
      expect(meetings[1]).toMatchObject({ conference_id: C2, kind: 'conference', version: 1 });
      for (const meeting of meetings) expect(meeting.id).toMatch(UUID);
      expect(meetings[0]!.id).not.toBe(meetings[1]!.id);
      for (const table of ['meeting_interpreter', 'checklist_done', 'checklist_item']) {
        expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
      // What was there stays as it was.
      expect(db.prepare('SELECT id, reference, language, version FROM conference ORDER BY id').all()).toEqual([
        { id: C1, reference: 'Öhman 3/2027', language: 'sv', version: 4 },
        { id: C2, reference: 'Äijälä 4/2027', language: 'fi', version: 2 },
      ]);
      expect(db.prepare('SELECT name, diet, reply FROM network_member').all()).toEqual([
        { name: 'Cawo Maxamed Xuseen', diet: 'Halal', reply: 'coming' },
      ]);
      expect(db.prepare('SELECT discussed FROM contact_entry').pluck().all()).toEqual(['Kutsu neuvonpitoon.']);
    } finally {
      db.close();
    }

    const backup = openTestDatabaseFile(migrationBackup(dir));
    try {
      expect(userVersion(backup)).toBe(2);
      expect(tables(backup)).toEqual(TABLES_AT_VERSION_2);
    } finally {
      backup.close();
    }
  });

  it('leaves the migrated conferences ready for arrangements through the API; the closed one read-only', async () => {
    const { dir } = dirAtVersion2();
    const { dispatch } = openTestBackend(dir);
    const prep = await call(dispatch, 'preparation.get', { conferenceId: C1 });
    expect(prep.meetings).toHaveLength(1);
    const [meeting] = prep.meetings;
    expect(meeting).toMatchObject({
      conferenceId: C1,
      kind: 'conference',
      date: null,
      interpreters: [],
      materials: [],
      checklist: { done: {}, custom: [] },
      version: 1,
      updatedAt: '2027-02-01T07:30:00.000Z',
    });

    const updated = await call(
      dispatch,
      'meeting.update',
      meetingUpdate(meeting!, {
        date: '2027-03-10',
        startTime: '09:00',
        endTime: '13:00',
        interpreters: [{ language: 'somali', provider: 'Tulkkipalvelu' }],
      }),
    );
    expect(updated.meetings[0]).toMatchObject({ date: '2027-03-10', version: 2, interpreters: [{ language: 'somali' }] });
    expect(updated.conference).toEqual(prep.conference);

    const closed = await call(dispatch, 'preparation.get', { conferenceId: C2 });
    const error = await callError(dispatch, 'meeting.update', meetingUpdate(closed.meetings[0]!, { date: '2027-03-10' }));
    expect(error.code).toBe('conflict');
  });

  it('makes the new tables strict, one conference meeting each, with cascades from the conference', () => {
    const { dir } = dirAtVersion2();
    const db = open(dir);
    try {
      const meetingId = db.prepare('SELECT id FROM meeting WHERE conference_id = ?').pluck().get(C1) as string;
      /** A meeting of C1 with the given columns besides the required ones. */
      const insertMeeting = (kind: string, columns: Record<string, string | number> = {}) => {
        const names = Object.keys(columns);
        db.prepare(
          `INSERT INTO meeting (id, conference_id, kind, created_at, updated_at${names.map((n) => `, ${n}`).join('')})
           VALUES (@id, @conferenceId, @kind, @now, @now${names.map((n) => `, @${n}`).join('')})`,
        ).run({ id: randomUUID(), conferenceId: C1, kind, now: '2027-02-11T08:00:00.000Z', ...columns });
      };
      expect(() => insertMeeting('conference')).toThrow(/UNIQUE/);
      expect(() => insertMeeting('workshop')).toThrow(/CHECK/);
      expect(() => insertMeeting('follow_up', { materials: 'flip_chart' })).toThrow(/CHECK/);
      expect(() => insertMeeting('follow_up', { materials: '{"flip_chart":true}' })).toThrow(/CHECK/);
      expect(() => insertMeeting('follow_up', { date: '10.3.2027' })).toThrow(/CHECK/);
      expect(() => insertMeeting('follow_up', { start_time: '9.00' })).toThrow(/CHECK/);
      expect(() => insertMeeting('follow_up', { venue_booking_status: 'maybe' })).toThrow(/CHECK/);
      expect(() => insertMeeting('follow_up', { childcare_needed: 2 })).toThrow(/CHECK/);
      expect(() => insertMeeting('follow_up', { venue_capacity: -1 })).toThrow(/CHECK/);
      expect(() => insertMeeting('follow_up', { venue_capacity: 'kaksi' })).toThrow(/cannot store TEXT value in INTEGER/);
      // A follow-up meeting is fine next to the conference's own.
      insertMeeting('follow_up', { date: '2027-06-10', materials: '["flip_chart"]' });
      expect(() =>
        db.prepare("INSERT INTO meeting_interpreter (meeting_id, position, language) VALUES ('nope', 0, 'somali')").run(),
      ).toThrow(/FOREIGN KEY/);
      expect(() =>
        db
          .prepare("INSERT INTO meeting_interpreter (meeting_id, position, language, mode) VALUES (?, 0, 'somali', 'video')")
          .run(meetingId),
      ).toThrow(/CHECK/);

      db.prepare("INSERT INTO meeting_interpreter (meeting_id, position, language) VALUES (?, 0, 'somali')").run(meetingId);
      db.prepare("INSERT INTO checklist_done (meeting_id, key, done_date) VALUES (?, 'venue', '2027-02-11')").run(meetingId);
      db.prepare(
        "INSERT INTO checklist_item (id, meeting_id, position, text) VALUES ('i1', ?, 0, 'Varaa parkkipaikka')",
      ).run(meetingId);
      expect(() =>
        db.prepare("INSERT INTO checklist_done (meeting_id, key, done_date) VALUES (?, 'venue', '2027-02-12')").run(meetingId),
      ).toThrow(/UNIQUE|PRIMARY KEY/);

      db.prepare(`DELETE FROM conference WHERE id = '${C1}'`).run();
      expect(db.prepare('SELECT conference_id FROM meeting').pluck().all()).toEqual([C2]);
      for (const table of ['meeting_interpreter', 'checklist_done', 'checklist_item']) {
        expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
    } finally {
      db.close();
    }
  });
});
