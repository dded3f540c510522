import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import type { Db } from '../../electron/backend/db/raw-database';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { TEST_DATABASE_KEY } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/* Migration 0011: each guardian becomes (or is linked to) a network member. */

const open = (dir: string, migrations?: readonly Migration[]): Db => openDatabase(dir, TEST_DATABASE_KEY, migrations);

const FI = '11111111-1111-4111-8111-111111111101';
const SV = '11111111-1111-4111-8111-111111111102';
const MOTHER = '33333333-3333-4333-8333-333333333301';
const FATHER = '33333333-3333-4333-8333-333333333302';
const SV_GUARDIAN = '33333333-3333-4333-8333-333333333303';
const MOTHER_MEMBER = '44444444-4444-4444-8444-444444444401';
const GRANNY = '44444444-4444-4444-8444-444444444402';
const CREATED = '2027-02-01T07:30:00.000Z';

function dirAtVersion10() {
  const dir = useTempDir();
  const db = open(dir, MIGRATIONS.slice(0, 10));
  try {
    const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
    for (const [id, reference, language] of [
      [FI, 'Äijälä 9/2027', 'fi'],
      [SV, 'Öhman 10/2027', 'sv'],
    ] as const) {
      run(
        `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase, version, created_at, updated_at)
         VALUES (?, ?, 'Leena Korhonen', '2027-02-01', 'laheisneuvonpito', ?, 'valmistelu', 1, ?, ?)`,
        id,
        reference,
        language,
        CREATED,
        CREATED,
      );
    }
    run(`INSERT INTO conference_guardian (id, conference_id, position, name) VALUES (?, ?, 0, 'Maija Äijälä')`, MOTHER, FI);
    run(`INSERT INTO conference_guardian (id, conference_id, position, name) VALUES (?, ?, 1, 'Pekka Äijälä')`, FATHER, FI);
    run(`INSERT INTO conference_guardian (id, conference_id, position, name) VALUES (?, ?, 0, 'Åsa Öhman')`, SV_GUARDIAN, SV);
    // The convener had typed the mother into the network too (spacing and case differ), and the grandmother.
    const member = `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, invite, reply, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, 'close', 'invite', ?, ?, ?)`;
    run(member, MOTHER_MEMBER, FI, '  maija  äijälä ', 'äiti', 'family', 'coming', CREATED, CREATED);
    run(member, GRANNY, FI, 'Aune Äijälä', 'mummo', 'relatives', 'not_asked', CREATED, CREATED);
    run('INSERT INTO commission_guardian (guardian_id) VALUES (?)', MOTHER);
    run('INSERT INTO commission_guardian (guardian_id) VALUES (?)', SV_GUARDIAN);
  } finally {
    db.close();
  }
  return dir;
}

describe('migration 0011', () => {
  it('links a guardian typed into the network too, makes a member for the others, and keeps the commission', () => {
    const db = open(dirAtVersion10(), MIGRATIONS.slice(0, 11));
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(11);
      const guardians = db
        .prepare(
          `SELECT g.id, g.conference_id, g.position, m.id AS member, m.name, m.relation, m.sector, m.closeness, m.invite, m.reply
           FROM conference_guardian g JOIN network_member m ON m.id = g.member_id ORDER BY g.conference_id, g.position`,
        )
        .all() as Record<string, unknown>[];
      expect(guardians).toEqual([
        // Linked, not copied: the member keeps what the convener recorded of her.
        { id: MOTHER, conference_id: FI, position: 0, member: MOTHER_MEMBER, name: '  maija  äijälä ', relation: 'äiti', sector: 'family', closeness: 'close', invite: 'invite', reply: 'coming' },
        // Made: family, close, the invitation left for the convener to decide.
        { id: FATHER, conference_id: FI, position: 1, member: expect.any(String), name: 'Pekka Äijälä', relation: 'huoltaja', sector: 'family', closeness: 'close', invite: 'undecided', reply: 'not_asked' },
        { id: SV_GUARDIAN, conference_id: SV, position: 0, member: expect.any(String), name: 'Åsa Öhman', relation: 'vårdnadshavare', sector: 'family', closeness: 'close', invite: 'undecided', reply: 'not_asked' },
      ]);
      expect(db.prepare('SELECT count(*) FROM network_member').pluck().get()).toBe(4);
      expect(db.prepare('SELECT guardian_id FROM commission_guardian ORDER BY guardian_id').pluck().all()).toEqual([MOTHER, SV_GUARDIAN]);
      expect(db.prepare(`SELECT name FROM pragma_table_info('conference_guardian')`).pluck().all()).toEqual([
        'id',
        'conference_id',
        'position',
        'member_id',
      ]);
      // The person cannot go from under the role, nor be a guardian twice.
      expect(() => db.prepare('DELETE FROM network_member WHERE id = ?').run(MOTHER_MEMBER)).toThrow(/FOREIGN KEY/);
      expect(() =>
        db.prepare(`INSERT INTO conference_guardian (id, conference_id, position, member_id) VALUES ('g9', ?, 2, ?)`).run(FI, MOTHER_MEMBER),
      ).toThrow(/UNIQUE/);
      // Leaving the conference still takes the role and the commission row with it.
      db.prepare('DELETE FROM conference WHERE id = ?').run(FI);
      expect(db.prepare('SELECT count(*) FROM conference_guardian').pluck().get()).toBe(1);
      expect(db.prepare('SELECT guardian_id FROM commission_guardian').pluck().all()).toEqual([SV_GUARDIAN]);
    } finally {
      db.close();
    }
  });
});
