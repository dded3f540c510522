import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import type { Db } from '../../electron/backend/db/raw-database';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { TEST_DATABASE_KEY } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/* Migration 0013: a conference meeting held before the app. */

const open = (dir: string, migrations?: readonly Migration[]): Db => openDatabase(dir, TEST_DATABASE_KEY, migrations);

const C1 = '11111111-1111-4111-8111-111111111131';
const OWN = '66666666-6666-4666-8666-666666666631';
const FOLLOW_UP = '66666666-6666-4666-8666-666666666632';
const AT = '2027-03-01T07:30:00.000Z';

function dirAtVersion12() {
  const dir = useTempDir();
  const db = open(dir, MIGRATIONS.slice(0, 12));
  try {
    const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
    run(
      `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase, version, created_at, updated_at)
       VALUES (?, 'Äijälä 13/2027', 'Leena Korhonen', '2027-02-01', 'laheisneuvonpito', 'fi', 'seuranta', 1, ?, ?)`,
      C1,
      AT,
      AT,
    );
    run(
      `INSERT INTO meeting (id, conference_id, kind, date, venue_name, created_at, updated_at)
       VALUES (?, ?, 'conference', '2027-03-10', 'Perhekeskus Pihlaja', ?, ?)`,
      OWN,
      C1,
      AT,
      AT,
    );
    run(
      `INSERT INTO meeting (id, conference_id, kind, created_at, updated_at) VALUES (?, ?, 'follow_up', ?, ?)`,
      FOLLOW_UP,
      C1,
      AT,
      AT,
    );
  } finally {
    db.close();
  }
  return dir;
}

describe('migration 0013', () => {
  it('keeps every meeting as arranged in the app, and flags only a dated conference meeting as held before it', () => {
    const db = open(dirAtVersion12(), MIGRATIONS.slice(0, 13));
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(13);
      expect(db.prepare('SELECT id, venue_name, date, held_before_app FROM meeting ORDER BY id').all()).toEqual([
        { id: OWN, venue_name: 'Perhekeskus Pihlaja', date: '2027-03-10', held_before_app: 0 },
        { id: FOLLOW_UP, venue_name: '', date: null, held_before_app: 0 },
      ]);
      db.prepare('UPDATE meeting SET held_before_app = 1 WHERE id = ?').run(OWN);
      expect(db.prepare('SELECT held_before_app FROM meeting WHERE id = ?').pluck().get(OWN)).toBe(1);
      // A follow-up is arranged in the app, and a meeting held before it has a date.
      expect(() => db.prepare('UPDATE meeting SET held_before_app = 1 WHERE id = ?').run(FOLLOW_UP)).toThrow(/CHECK/);
      expect(() => db.prepare('UPDATE meeting SET date = NULL WHERE id = ?').run(OWN)).toThrow(/CHECK/);
      expect(() => db.prepare('UPDATE meeting SET held_before_app = 2 WHERE id = ?').run(OWN)).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
