import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import type { Db } from '../../electron/backend/db/raw-database';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { call, openTestBackend, TEST_DATABASE_KEY } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/* Migration 0009: the letter language of a network member who speaks another language. */

const open = (dir: string, migrations?: readonly Migration[]): Db => openDatabase(dir, TEST_DATABASE_KEY, migrations);

const C1 = '11111111-1111-4111-8111-111111111191';
const M1 = '44444444-4444-4444-8444-444444444491';
const AT = '2027-03-01T07:30:00.000Z';

/** A data dir at schema version 8 holding one conference with a Somali-speaking member. */
function dirAtVersion8() {
  const dir = useTempDir();
  const db = open(dir, MIGRATIONS.slice(0, 8));
  try {
    const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
    run(
      `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase, version, created_at, updated_at)
       VALUES (?, 'Äijälä 9/2027', 'Leena Korhonen', '2027-03-01', 'laheisneuvonpito', 'sv', 'valmistelu', 1, ?, ?)`,
      C1,
      AT,
      AT,
    );
    run('INSERT INTO conference_child (id, conference_id, position, first_name, birth_year) VALUES (?, ?, 0, ?, 2015)', '22222222-2222-4222-8222-222222222291', C1, 'Äijö');
    run(`INSERT INTO commission (conference_id, updated_at) VALUES (?, ?)`, C1, AT);
    run(`INSERT INTO summary (conference_id, updated_at) VALUES (?, ?)`, C1, AT);
    run(
      `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, language, other_language, interpreter_needed,
         invite, reply, created_at, updated_at)
       VALUES (?, ?, 'Cawo Maxamed Xuseen', 'täti', 'relatives', 'close', 'other', 'somali', 1, 'invite', 'coming', ?, ?)`,
      M1,
      C1,
      AT,
      AT,
    );
    run(`INSERT INTO meeting (id, conference_id, kind, created_at, updated_at) VALUES (?, ?, 'conference', ?, ?)`, '66666666-6666-4666-8666-666666666691', C1, AT, AT);
  } finally {
    db.close();
  }
  return dir;
}

describe('migration 0009', () => {
  it('adds a letter language that starts empty (the conference’s language, as before) and takes only fi, sv or en', () => {
    const db = open(dirAtVersion8(), MIGRATIONS.slice(0, 9));
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(9);
      expect(db.prepare('SELECT name, other_language, letter_language FROM network_member').all()).toEqual([
        { name: 'Cawo Maxamed Xuseen', other_language: 'somali', letter_language: null },
      ]);
      expect(() => db.prepare("UPDATE network_member SET letter_language = 'so'").run()).toThrow(/CHECK/);
      db.prepare("UPDATE network_member SET letter_language = 'en'").run();
      expect(db.prepare('SELECT letter_language FROM network_member').pluck().get()).toBe('en');
    } finally {
      db.close();
    }
  });

  it('leaves the migrated member’s letter in the conference’s language until the convener picks one', async () => {
    const { dispatch } = openTestBackend(dirAtVersion8());
    const prep = await call(dispatch, 'preparation.get', { conferenceId: C1 });
    expect(prep.members[0]).toMatchObject({ id: M1, language: 'other', letterLanguage: null });
  });
});
