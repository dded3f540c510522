import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import type { Db } from '../../electron/backend/db/raw-database';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { TEST_DATABASE_KEY } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Migration 0012: a follow-up meeting's own replies. Every existing follow-up keeps what the
 * app showed for it: its invitees as coming, remotely if they replied so to the conference.
 */

const open = (dir: string, migrations?: readonly Migration[]): Db => openDatabase(dir, TEST_DATABASE_KEY, migrations);

const C1 = '11111111-1111-4111-8111-111111111121';
const C2 = '11111111-1111-4111-8111-111111111122';
const AUNE = '44444444-4444-4444-8444-444444444421';
const PEKKA = '44444444-4444-4444-8444-444444444422';
const BRITT = '44444444-4444-4444-8444-444444444423';
const JOHN = '44444444-4444-4444-8444-444444444424';
const KAISA = '44444444-4444-4444-8444-444444444425';
const OSKARI = '44444444-4444-4444-8444-444444444426';
const VEERA = '44444444-4444-4444-8444-444444444427';
const MEETING_1 = '66666666-6666-4666-8666-666666666621';
const FOLLOW_UP_1 = '66666666-6666-4666-8666-666666666622';
const HELD_FOLLOW_UP = '66666666-6666-4666-8666-666666666623';
const MEETING_2 = '66666666-6666-4666-8666-666666666624';
const FOLLOW_UP_2 = '66666666-6666-4666-8666-666666666625';
const PLAN_1 = '88888888-8888-4888-8888-888888888821';
const PLAN_2 = '88888888-8888-4888-8888-888888888822';
const AT = '2027-03-01T07:30:00.000Z';

/**
 * Two conferences at version 11. Äijälä: Aune coming, Pekka remote, Britt-Marie not coming
 * to the conference, John not asked, Kaisa asked for written views; its plan invites Aune,
 * Pekka, Britt-Marie and the social worker to the follow-ups (one held, one coming). Öhman:
 * Oskari remote and Veera not invited; its plan invites only the social worker, and its
 * follow-up was made before the reviewed plan was recorded with it.
 */
function dirAtVersion11() {
  const dir = useTempDir();
  const db = open(dir, MIGRATIONS.slice(0, 11));
  try {
    const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
    const conference = db.prepare(
      `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase, version, created_at, updated_at)
       VALUES (?, ?, 'Leena Korhonen', '2027-02-01', 'laheisneuvonpito', 'fi', 'seuranta', 1, ?, ?)`,
    );
    conference.run(C1, 'Äijälä 12/2027', AT, AT);
    conference.run(C2, 'Öhman 13/2027', AT, AT);
    const member = db.prepare(
      `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, invite, reply, created_at, updated_at)
       VALUES (?, ?, ?, 'läheinen', 'relatives', 'close', ?, ?, ?, ?)`,
    );
    member.run(AUNE, C1, 'Aune Äijälä', 'invite', 'coming', AT, AT);
    member.run(PEKKA, C1, 'Pekka Lind', 'invite', 'remote', AT, AT);
    member.run(BRITT, C1, 'Britt-Marie Lindqvist', 'invite', 'not_coming', AT, AT);
    member.run(JOHN, C1, 'John Carter', 'invite', 'not_asked', AT, AT);
    member.run(KAISA, C1, 'Kaisa Kuraattori', 'written_views', 'not_asked', AT, AT);
    member.run(OSKARI, C2, 'Oskari Öhman', 'invite', 'remote', AT, AT);
    member.run(VEERA, C2, 'Veera Virta', 'undecided', 'not_asked', AT, AT);
    const meeting = db.prepare(`INSERT INTO meeting (id, conference_id, kind, date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
    meeting.run(MEETING_1, C1, 'conference', '2027-03-10', AT, AT);
    meeting.run(HELD_FOLLOW_UP, C1, 'follow_up', '2027-06-10', AT, AT);
    meeting.run(FOLLOW_UP_1, C1, 'follow_up', '2027-12-09', AT, AT);
    meeting.run(MEETING_2, C2, 'conference', '2027-03-17', AT, AT);
    meeting.run(FOLLOW_UP_2, C2, 'follow_up', null, AT, AT);
    const plan = db.prepare(
      `INSERT INTO plan (id, conference_id, meeting_id, number, decision_outcome, decision_reasons, decision_date, created_at, updated_at)
       VALUES (?, ?, ?, 1, 'accepted', '', '2027-03-10', ?, ?)`,
    );
    plan.run(PLAN_1, C1, MEETING_1, AT, AT);
    plan.run(PLAN_2, C2, MEETING_2, AT, AT);
    const invitee = db.prepare(`INSERT INTO plan_invitee (plan_id, position, person_kind, person_member_id) VALUES (?, ?, ?, ?)`);
    invitee.run(PLAN_1, 0, 'member', AUNE);
    invitee.run(PLAN_1, 1, 'member', PEKKA);
    invitee.run(PLAN_1, 2, 'member', BRITT);
    invitee.run(PLAN_1, 3, 'social_worker', null);
    invitee.run(PLAN_2, 0, 'social_worker', null);
    run(
      `INSERT INTO follow_up (meeting_id, plan_id, outcome, outcome_at, next_meeting_id, created_at, updated_at)
       VALUES (?, ?, 'another_follow_up', ?, ?, ?, ?)`,
      HELD_FOLLOW_UP,
      PLAN_1,
      '2027-06-10T12:00:00.000Z',
      FOLLOW_UP_1,
      AT,
      AT,
    );
    run(`INSERT INTO follow_up (meeting_id, plan_id, created_at, updated_at) VALUES (?, ?, ?, ?)`, FOLLOW_UP_1, PLAN_1, AT, AT);
    run(`INSERT INTO follow_up (meeting_id, plan_id, created_at, updated_at) VALUES (?, NULL, ?, ?)`, FOLLOW_UP_2, AT, AT);
  } finally {
    db.close();
  }
  return dir;
}

const replies = (db: Db, meetingId: string) =>
  db.prepare('SELECT member_id, reply, version FROM meeting_reply WHERE meeting_id = ? ORDER BY member_id').all(meetingId);

describe('migration 0012', () => {
  it('writes each follow-up the replies the app assumed, for the invitees it had, and none for the conference', () => {
    const db = open(dirAtVersion11(), MIGRATIONS.slice(0, 12));
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(12);
      // The plan's invitees, coming, Pekka remotely as at the conference; Britt-Marie, who did
      // not come to the conference, was counted as coming to the follow-ups, and still is.
      const assumed = [
        { member_id: AUNE, reply: 'coming', version: 1 },
        { member_id: PEKKA, reply: 'remote', version: 1 },
        { member_id: BRITT, reply: 'coming', version: 1 },
      ];
      expect(replies(db, FOLLOW_UP_1)).toEqual(assumed);
      expect(replies(db, HELD_FOLLOW_UP)).toEqual(assumed);
      // A plan naming no member: the conference's invitees (read from the plan in force).
      expect(replies(db, FOLLOW_UP_2)).toEqual([{ member_id: OSKARI, reply: 'remote', version: 1 }]);
      // The conference's replies stay where they are.
      expect(replies(db, MEETING_1)).toEqual([]);
      expect(replies(db, MEETING_2)).toEqual([]);
      expect(db.prepare('SELECT reply FROM network_member WHERE id = ?').pluck().get(BRITT)).toBe('not_coming');
    } finally {
      db.close();
    }
  });

  it('keeps one reply per invitee and meeting, of the five replies, and lets it go with the person or the meeting', () => {
    const db = open(dirAtVersion11(), MIGRATIONS.slice(0, 12));
    try {
      const insert = (meetingId: string, memberId: string, reply: string) =>
        db.prepare('INSERT INTO meeting_reply (meeting_id, member_id, reply) VALUES (?, ?, ?)').run(meetingId, memberId, reply);
      expect(() => insert(FOLLOW_UP_1, JOHN, 'perhaps')).toThrow(/CHECK/);
      expect(() => insert(FOLLOW_UP_1, AUNE, 'maybe')).toThrow(/UNIQUE|PRIMARY/);
      expect(() => insert(FOLLOW_UP_1, 'nobody', 'maybe')).toThrow(/FOREIGN KEY/);
      insert(FOLLOW_UP_1, JOHN, 'maybe');
      db.prepare('DELETE FROM network_member WHERE id = ?').run(JOHN);
      expect(replies(db, FOLLOW_UP_1)).toHaveLength(3);
      db.prepare('DELETE FROM meeting WHERE id = ?').run(FOLLOW_UP_1);
      expect(replies(db, FOLLOW_UP_1)).toEqual([]);
      expect(replies(db, HELD_FOLLOW_UP)).toHaveLength(3);
    } finally {
      db.close();
    }
  });
});
