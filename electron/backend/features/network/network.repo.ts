import type { Db } from '../../db/raw-database';
import type {
  ChildParticipation,
  ChildTakingPart,
  Closeness,
  InviteDecision,
  LetterLanguage,
  MemberFields,
  MemberLanguage,
  NetworkMember,
  Reply,
  Sector,
} from '../../../shared/preparation/network.schema';

interface MemberRow {
  id: string;
  conference_id: string;
  name: string;
  relation: string;
  sector: string;
  closeness: string;
  phone: string;
  email: string;
  address: string;
  language: string;
  other_language: string;
  letter_language: string | null;
  interpreter_needed: number;
  accessibility: string;
  diet: string;
  notes: string;
  invite: string;
  not_invited_reason: string;
  reply: string;
  chairs_private_time: number;
  takes_notes: number;
  prepared_date: string | null;
  support_briefed_date: string | null;
  is_worker: number;
  worker_organisation: string;
  worker_topic: string;
  worker_stays_for_plan: number;
  worker_sharing_allowed: number;
  version: number;
  created_at: string;
  updated_at: string;
}

function toMember(row: MemberRow, supportForChildIds: string[]): NetworkMember {
  return {
    id: row.id,
    conferenceId: row.conference_id,
    name: row.name,
    relation: row.relation,
    sector: row.sector as Sector,
    closeness: row.closeness as Closeness,
    phone: row.phone,
    email: row.email,
    address: row.address,
    language: row.language as MemberLanguage,
    otherLanguage: row.other_language,
    letterLanguage: row.letter_language as LetterLanguage | null,
    interpreterNeeded: row.interpreter_needed === 1,
    accessibility: row.accessibility,
    diet: row.diet,
    notes: row.notes,
    invite: row.invite as InviteDecision,
    notInvitedReason: row.not_invited_reason,
    reply: row.reply as Reply,
    supportForChildIds,
    chairsPrivateTime: row.chairs_private_time === 1,
    takesNotes: row.takes_notes === 1,
    preparedDate: row.prepared_date,
    supportBriefedDate: row.support_briefed_date,
    worker:
      row.is_worker === 1
        ? {
            organisation: row.worker_organisation,
            topic: row.worker_topic,
            staysForPlan: row.worker_stays_for_plan === 1,
            sharingAllowed: row.worker_sharing_allowed === 1,
          }
        : null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const bit = (value: boolean) => (value ? 1 : 0);

/** The member's columns and values; the column names are this function's own keys. */
function memberParams(fields: MemberFields) {
  return {
    name: fields.name,
    relation: fields.relation,
    sector: fields.sector,
    closeness: fields.closeness,
    phone: fields.phone,
    email: fields.email,
    address: fields.address,
    language: fields.language,
    other_language: fields.otherLanguage,
    letter_language: fields.letterLanguage,
    interpreter_needed: bit(fields.interpreterNeeded),
    accessibility: fields.accessibility,
    diet: fields.diet,
    notes: fields.notes,
    invite: fields.invite,
    not_invited_reason: fields.notInvitedReason,
    reply: fields.reply,
    chairs_private_time: bit(fields.chairsPrivateTime),
    takes_notes: bit(fields.takesNotes),
    prepared_date: fields.preparedDate,
    support_briefed_date: fields.supportBriefedDate,
    is_worker: bit(fields.worker !== null),
    worker_organisation: fields.worker?.organisation ?? '',
    worker_topic: fields.worker?.topic ?? '',
    worker_stays_for_plan: bit(fields.worker?.staysForPlan ?? false),
    worker_sharing_allowed: bit(fields.worker?.sharingAllowed ?? false),
  };
}

/** Who supports which child, for the children of one conference, in the conference's order. */
function supportRows(db: Db, where: string, params: Record<string, string>) {
  return db
    .prepare(
      `SELECT sp.member_id, sp.child_id FROM support_person sp JOIN conference_child c ON c.id = sp.child_id
       WHERE ${where} ORDER BY c.position`,
    )
    .all(params) as { member_id: string; child_id: string }[];
}

/** The members of a conference in the order they were added. */
export function listMembers(db: Db, conferenceId: string): NetworkMember[] {
  const rows = db
    .prepare('SELECT * FROM network_member WHERE conference_id = @conferenceId ORDER BY created_at, rowid')
    .all({ conferenceId }) as MemberRow[];
  const supported = new Map<string, string[]>();
  for (const { member_id, child_id } of supportRows(db, 'c.conference_id = @conferenceId', { conferenceId })) {
    supported.set(member_id, [...(supported.get(member_id) ?? []), child_id]);
  }
  return rows.map((row) => toMember(row, supported.get(row.id) ?? []));
}

/** The member with `id`, or undefined. */
export function findMember(db: Db, id: string): NetworkMember | undefined {
  const row = db.prepare('SELECT * FROM network_member WHERE id = @id').get({ id }) as MemberRow | undefined;
  if (!row) return undefined;
  const childIds = supportRows(db, 'sp.member_id = @id', { id }).map((r) => r.child_id);
  return toMember(row, childIds);
}

/** Inserts a member (their support roles are written separately). */
export function insertMember(
  db: Db,
  member: { id: string; conferenceId: string; now: string; fields: MemberFields },
): void {
  const params = memberParams(member.fields);
  const columns = Object.keys(params);
  db.prepare(
    `INSERT INTO network_member (id, conference_id, ${columns.join(', ')}, version, created_at, updated_at)
     VALUES (@id, @conferenceId, ${columns.map((c) => `@${c}`).join(', ')}, 1, @now, @now)`,
  ).run({ id: member.id, conferenceId: member.conferenceId, now: member.now, ...params });
}

/** Updates a member if still at `version`; returns false when someone else saved in between. */
export function updateMemberFields(
  db: Db,
  update: { id: string; version: number; now: string; fields: MemberFields },
): boolean {
  const params = memberParams(update.fields);
  const result = db
    .prepare(
      `UPDATE network_member SET ${Object.keys(params).map((c) => `${c} = @${c}`).join(', ')},
         version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    )
    .run({ id: update.id, version: update.version, now: update.now, ...params });
  return result.changes === 1;
}

/** Removes a member if still at `version`; their support roles and contacts go with them. */
export function deleteMember(db: Db, remove: { id: string; version: number }): boolean {
  return db.prepare('DELETE FROM network_member WHERE id = @id AND version = @version').run(remove).changes === 1;
}

/** The current support person of each of `childIds` that has one: child id → member id. */
export function findSupportPersons(db: Db, childIds: readonly string[]): Map<string, string> {
  const find = db.prepare('SELECT member_id FROM support_person WHERE child_id = @childId').pluck();
  const found = new Map<string, string>();
  for (const childId of childIds) {
    const memberId = find.get({ childId }) as string | undefined;
    if (memberId) found.set(childId, memberId);
  }
  return found;
}

/** Makes `memberId` the support person of exactly `childIds`. */
export function setSupportedChildren(db: Db, memberId: string, childIds: readonly string[]): void {
  db.prepare('DELETE FROM support_person WHERE member_id = @memberId').run({ memberId });
  const insert = db.prepare('INSERT INTO support_person (child_id, member_id) VALUES (@childId, @memberId)');
  for (const childId of childIds) insert.run({ childId, memberId });
}

/** How each child of the conference takes part, in the conference's order; no row is 'undecided'. */
export function listChildrenTakingPart(db: Db, conferenceId: string): ChildTakingPart[] {
  const rows = db
    .prepare(
      `SELECT c.id AS child_id, p.participation, p.note, p.version FROM conference_child c
       LEFT JOIN child_participation p ON p.child_id = c.id
       WHERE c.conference_id = @conferenceId ORDER BY c.position`,
    )
    .all({ conferenceId }) as {
    child_id: string;
    participation: string | null;
    note: string | null;
    version: number | null;
  }[];
  return rows.map((row) => ({
    childId: row.child_id,
    participation: (row.participation ?? 'undecided') as ChildParticipation,
    note: row.note ?? '',
    version: row.version ?? 1,
  }));
}

/**
 * Records how a child takes part if the record is still at `version` (1 before it was first
 * saved: the first save writes version 2); returns false when someone saved it in between.
 */
export function saveChildTakingPart(db: Db, child: ChildTakingPart): boolean {
  const updated = db
    .prepare(
      `UPDATE child_participation SET participation = @participation, note = @note, version = version + 1
       WHERE child_id = @childId AND version = @version`,
    )
    .run(child);
  if (updated.changes === 1) return true;
  if (child.version !== 1) return false;
  return (
    db
      .prepare(
        `INSERT INTO child_participation (child_id, participation, note, version) VALUES (@childId, @participation, @note, 2)
         ON CONFLICT(child_id) DO NOTHING`,
      )
      .run(child).changes === 1
  );
}
