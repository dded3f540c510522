import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import type { Db } from '../../electron/backend/db/raw-database';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { TEST_DATABASE_KEY } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/* Migration 0010: the venue's booked day and the letters log. */

const open = (dir: string, migrations?: readonly Migration[]): Db => openDatabase(dir, TEST_DATABASE_KEY, migrations);

const C1 = '11111111-1111-4111-8111-111111111191';
const BOOKED = '66666666-6666-4666-8666-666666666691';
const NOT_BOOKED = '66666666-6666-4666-8666-666666666692';
const AT = '2027-03-01T07:30:00.000Z';

function dirAtVersion9() {
  const dir = useTempDir();
  const db = open(dir, MIGRATIONS.slice(0, 9));
  try {
    const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
    run(
      `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase, version, created_at, updated_at)
       VALUES (?, 'Äijälä 9/2027', 'Leena Korhonen', '2027-02-01', 'laheisneuvonpito', 'fi', 'valmistelu', 1, ?, ?)`,
      C1,
      AT,
      AT,
    );
    run(
      `INSERT INTO meeting (id, conference_id, kind, date, venue_name, venue_booking_status, created_at, updated_at)
       VALUES (?, ?, 'conference', '2027-03-10', 'Perhekeskus Pihlaja', 'booked', ?, '2027-02-20T09:00:00.000Z')`,
      BOOKED,
      C1,
      AT,
    );
    run(
      `INSERT INTO meeting (id, conference_id, kind, date, venue_booking_status, created_at, updated_at)
       VALUES (?, ?, 'follow_up', '2027-06-10', 'requested', ?, ?)`,
      NOT_BOOKED,
      C1,
      AT,
      AT,
    );
  } finally {
    db.close();
  }
  return dir;
}

describe('migration 0010', () => {
  it('dates a booked venue by its last save, leaves the others unbooked, and adds an empty letters log', () => {
    const db = open(dirAtVersion9(), MIGRATIONS.slice(0, 10));
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(10);
      expect(db.prepare('SELECT id, venue_name, venue_booked_date FROM meeting ORDER BY id').all()).toEqual([
        { id: BOOKED, venue_name: 'Perhekeskus Pihlaja', venue_booked_date: '2027-02-20' },
        { id: NOT_BOOKED, venue_name: '', venue_booked_date: null },
      ]);
      expect(db.prepare('SELECT count(*) FROM letter_export').pluck().get()).toBe(0);
      // A letter row goes with its meeting.
      db.prepare(
        `INSERT INTO letter_export (id, meeting_id, letter, recipient_id, exported_at) VALUES ('l1', ?, 'invitation', 'm1', ?)`,
      ).run(BOOKED, AT);
      expect(() =>
        db.prepare(`INSERT INTO letter_export (id, meeting_id, letter, recipient_id, exported_at) VALUES ('l2', ?, 'poem', 'm1', ?)`).run(BOOKED, AT),
      ).toThrow(/CHECK/);
      db.prepare('DELETE FROM meeting WHERE id = ?').run(BOOKED);
      expect(db.prepare('SELECT count(*) FROM letter_export').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
