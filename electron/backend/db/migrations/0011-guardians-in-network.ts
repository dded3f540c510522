import { randomUUID } from 'node:crypto';
import { sameName } from '../../../shared/conference/guardians';
import type { Migration } from './migration';

/**
 * A guardian is one person, in the network: `conference_guardian` keeps only the role (the
 * guardian's place in the conference's list) and points at the network member who is the
 * guardian; the name lives on the member. Each existing guardian is linked to the member of
 * the same conference with the same name when there is exactly one not yet linked (the
 * convener typed them twice), else a member is made for them in the family sector, close,
 * with the invitation undecided: whether they were invited is not known here, and the
 * overview then asks the convener instead of the app deciding behind their back.
 *
 * The table is rebuilt (a column cannot be made NOT NULL in place). `commission_guardian`
 * refers to it, so it is copied aside and dropped first (dropping its parent would cascade
 * into it: `foreign_keys` cannot be turned off inside the migration's transaction), then
 * made again from its own stored SQL and filled back.
 */
/** The relation a made member gets, in the conference's language; the convener can change it. */
const RELATION: Readonly<Record<string, string>> = { fi: 'huoltaja', sv: 'vårdnadshavare', en: 'guardian' };

export const migration0011: Migration = {
  version: 11,
  name: 'guardians-in-network',
  up(db) {
    const guardians = db
      .prepare(
        `SELECT g.id, g.conference_id, g.position, g.name, c.language, c.created_at
         FROM conference_guardian g JOIN conference c ON c.id = g.conference_id
         ORDER BY g.conference_id, g.position`,
      )
      .all() as { id: string; conference_id: string; position: number; name: string; language: string; created_at: string }[];
    const membersOf = db.prepare('SELECT id, name FROM network_member WHERE conference_id = @conferenceId ORDER BY rowid');
    const addMember = db.prepare(
      `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, invite, created_at, updated_at)
       VALUES (@id, @conferenceId, @name, @relation, 'family', 'close', 'undecided', @at, @at)`,
    );
    const linked = new Set<string>();
    const memberOf = new Map<string, string>();
    for (const guardian of guardians) {
      const candidates = (membersOf.all({ conferenceId: guardian.conference_id }) as { id: string; name: string }[]).filter(
        (member) => !linked.has(member.id) && sameName(member.name, guardian.name),
      );
      let memberId = candidates.length === 1 ? candidates[0]!.id : undefined;
      if (!memberId) {
        memberId = randomUUID();
        addMember.run({
          id: memberId,
          conferenceId: guardian.conference_id,
          name: guardian.name,
          relation: RELATION[guardian.language] ?? RELATION.fi,
          at: guardian.created_at,
        });
      }
      linked.add(memberId);
      memberOf.set(guardian.id, memberId);
    }

    const commissionSql = (
      db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'commission_guardian'`).get() as { sql: string }
    ).sql;
    db.exec(`
      CREATE TEMP TABLE commission_guardian_aside AS SELECT guardian_id FROM commission_guardian;
      DROP TABLE commission_guardian;

      CREATE TABLE conference_guardian_new (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        -- The person: removing them from the network is refused while they are a guardian.
        member_id TEXT NOT NULL UNIQUE REFERENCES network_member(id)
      ) STRICT;
    `);
    const insert = db.prepare(
      'INSERT INTO conference_guardian_new (id, conference_id, position, member_id) VALUES (@id, @conferenceId, @position, @memberId)',
    );
    for (const guardian of guardians) {
      insert.run({ id: guardian.id, conferenceId: guardian.conference_id, position: guardian.position, memberId: memberOf.get(guardian.id) });
    }
    db.exec(`
      DROP TABLE conference_guardian;
      ALTER TABLE conference_guardian_new RENAME TO conference_guardian;
      CREATE INDEX conference_guardian_conference ON conference_guardian(conference_id, position);
      ${commissionSql};
      INSERT INTO commission_guardian (guardian_id) SELECT guardian_id FROM commission_guardian_aside;
      DROP TABLE commission_guardian_aside;
    `);
    const dangling = db.pragma('foreign_key_check') as unknown[];
    if (dangling.length > 0) throw new Error(`migration 11 left ${dangling.length} dangling references`);
  },
};
