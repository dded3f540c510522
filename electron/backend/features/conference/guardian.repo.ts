import type { Db } from '../../db/raw-database';
import type { UiLanguage } from '../../../shared/i18n/locales';
import { prepared } from '../../db/prepared';
import { sameName } from '../../../shared/conference/guardians';
import type { Guardian } from '../../../shared/conference/conference.schema';
import { translate } from '../../../shared/i18n';
import { memberFieldsSchema } from '../../../shared/preparation/network.schema';
import { insertMember } from '../network/network.repo';

/*
 * The conference's guardians: each a network member, listed in the conference's order.
 * The name is the member's; this table keeps only who the guardians are and their order.
 */

const SELECT = `SELECT g.id, g.conference_id, g.member_id, m.name FROM conference_guardian g
  JOIN network_member m ON m.id = g.member_id`;

export interface GuardianRow {
  id: string;
  conference_id: string;
  member_id: string;
  name: string;
}

export function toGuardian(row: GuardianRow): Guardian {
  return { id: row.id, name: row.name, memberId: row.member_id };
}

/** The guardians of one conference, in order. */
export function listGuardians(db: Db, conferenceId: string): Guardian[] {
  const rows = db.prepare(`${SELECT} WHERE g.conference_id = @conferenceId ORDER BY g.position`).all({ conferenceId });
  return (rows as GuardianRow[]).map(toGuardian);
}

/** The guardians of every conference, by conference and in order. */
export function allGuardianRows(db: Db): GuardianRow[] {
  return db.prepare(`${SELECT} ORDER BY g.conference_id, g.position`).all() as GuardianRow[];
}

/** The guardians of the conferences whose ids `ids` (a JSON array) holds, by conference and in order. */
export function guardianRowsOf(db: Db, ids: string): GuardianRow[] {
  return prepared(db, `${SELECT} WHERE g.conference_id IN (SELECT value FROM json_each(@ids)) ORDER BY g.conference_id, g.position`)
    .all({ ids }) as GuardianRow[];
}

interface GuardianSync {
  conferenceId: string;
  language: UiLanguage;
  guardians: readonly { id?: string | undefined; name: string }[];
  now: string;
  newId: () => string;
}

/**
 * Makes the conference's guardians the given list, in order. A known guardian keeps their
 * id and member, and a changed name is saved on the member (its version moves, so an open
 * network form sees it). A new guardian is the network member of that name who is not yet a
 * guardian, or a new member of the family sector, close and invited. A guardian left out
 * stops being a guardian and stays in the network with everything recorded of them.
 */
export function syncGuardians(db: Db, sync: GuardianSync): void {
  const existing = new Map(listGuardians(db, sync.conferenceId).map((g) => [g.id, g]));
  const members = db
    .prepare('SELECT id, name FROM network_member WHERE conference_id = @conferenceId ORDER BY created_at, rowid')
    .all({ conferenceId: sync.conferenceId }) as { id: string; name: string }[];
  const rename = db.prepare('UPDATE network_member SET name = @name, version = version + 1, updated_at = @now WHERE id = @id');
  const kept = new Set<string>();
  // A guardian dropped in this same update is free to be named again (and linked, not copied).
  const stays = new Set(sync.guardians.flatMap((given) => (given.id !== undefined && existing.has(given.id) ? [given.id] : [])));
  const taken = new Set([...existing.values()].filter((g) => stays.has(g.id)).map((g) => g.memberId));
  const rows: { id: string; memberId: string }[] = [];
  for (const given of sync.guardians) {
    const known = given.id !== undefined && !kept.has(given.id) ? existing.get(given.id) : undefined;
    if (known) {
      kept.add(known.id);
      if (known.name !== given.name) {
        rename.run({ id: known.memberId, name: given.name, now: sync.now });
      }
      rows.push({ id: known.id, memberId: known.memberId });
      continue;
    }
    const same = members.find((m) => !taken.has(m.id) && sameName(m.name, given.name));
    const memberId = same?.id ?? sync.newId();
    if (!same) {
      const fields = memberFieldsSchema.parse({
        name: given.name,
        relation: translate(sync.language, 'network.guardianRelation'),
        sector: 'family',
        closeness: 'close',
        invite: 'invite',
      });
      insertMember(db, { id: memberId, conferenceId: sync.conferenceId, now: sync.now, fields });
    }
    taken.add(memberId);
    rows.push({ id: sync.newId(), memberId });
  }
  const drop = db.prepare('DELETE FROM conference_guardian WHERE id = @id');
  for (const id of existing.keys()) if (!kept.has(id)) drop.run({ id });
  const upsert = db.prepare(
    `INSERT INTO conference_guardian (id, conference_id, position, member_id) VALUES (@id, @conferenceId, @position, @memberId)
     ON CONFLICT(id) DO UPDATE SET position = @position`,
  );
  rows.forEach((row, position) => upsert.run({ ...row, conferenceId: sync.conferenceId, position }));
}
