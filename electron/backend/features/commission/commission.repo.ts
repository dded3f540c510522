import type { Db } from '../../db/raw-database';
import type { Commission, CommissionFields } from '../../../shared/preparation/commission.schema';
import type { OrderedTable } from '../../db/ordered-rows.repo';

interface CommissionRow {
  conference_id: string;
  agreed_date: string | null;
  social_worker_took_part: number;
  voluntary_date: string | null;
  contact_consent_date: string | null;
  waiver_date: string | null;
  notes: string;
  version: number;
  updated_at: string;
}

/** The concerns of the agreement, in order, with ids kept across edits. */
export const CONCERN_TABLE: OrderedTable<{ text: string }> = {
  table: 'commission_concern',
  columns: ['text'],
  values: (concern) => ({ text: concern.text }),
};

/** The commission agreement of a conference, or undefined. */
export function findCommission(db: Db, conferenceId: string): Commission | undefined {
  const row = db.prepare('SELECT * FROM commission WHERE conference_id = @conferenceId').get({ conferenceId }) as
    | CommissionRow
    | undefined;
  if (!row) return undefined;
  const guardianIds = db
    .prepare(
      `SELECT g.id FROM commission_guardian cg JOIN conference_guardian g ON g.id = cg.guardian_id
       WHERE g.conference_id = @conferenceId ORDER BY g.position`,
    )
    .pluck()
    .all({ conferenceId }) as string[];
  const childIds = db
    .prepare(
      `SELECT c.id FROM commission_child cc JOIN conference_child c ON c.id = cc.child_id
       WHERE c.conference_id = @conferenceId ORDER BY c.position`,
    )
    .pluck()
    .all({ conferenceId }) as string[];
  const concerns = db
    .prepare('SELECT id, text FROM commission_concern WHERE conference_id = @conferenceId ORDER BY position')
    .all({ conferenceId }) as { id: string; text: string }[];
  return {
    agreedDate: row.agreed_date,
    socialWorkerTookPart: row.social_worker_took_part === 1,
    guardianIds,
    childIds,
    concerns,
    voluntaryDate: row.voluntary_date,
    contactConsentDate: row.contact_consent_date,
    waiverDate: row.waiver_date,
    notes: row.notes,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** The empty agreement every conference starts with. */
export function insertCommission(db: Db, commission: { conferenceId: string; now: string }): void {
  db.prepare('INSERT INTO commission (conference_id, updated_at) VALUES (@conferenceId, @now)').run(commission);
}

/**
 * Updates the agreement's own fields if it is still at `version`; returns false when
 * someone else saved in between. Participants and concerns are written separately.
 */
export function updateCommissionFields(
  db: Db,
  update: { conferenceId: string; version: number; now: string; fields: CommissionFields },
): boolean {
  const { fields } = update;
  const result = db
    .prepare(
      `UPDATE commission SET agreed_date = @agreed_date, social_worker_took_part = @social_worker_took_part,
         voluntary_date = @voluntary_date, contact_consent_date = @contact_consent_date,
         waiver_date = @waiver_date, notes = @notes, version = version + 1, updated_at = @now
       WHERE conference_id = @conferenceId AND version = @version`,
    )
    .run({
      conferenceId: update.conferenceId,
      version: update.version,
      now: update.now,
      agreed_date: fields.agreedDate,
      social_worker_took_part: fields.socialWorkerTookPart ? 1 : 0,
      voluntary_date: fields.voluntaryDate,
      contact_consent_date: fields.contactConsentDate,
      waiver_date: fields.waiverDate,
      notes: fields.notes,
    });
  return result.changes === 1;
}

/** Replaces who took part in the agreement; the ids must be the conference's own. */
export function setCommissionParticipants(
  db: Db,
  participants: { conferenceId: string; guardianIds: readonly string[]; childIds: readonly string[] },
): void {
  const { conferenceId } = participants;
  db.prepare(
    `DELETE FROM commission_guardian
     WHERE guardian_id IN (SELECT id FROM conference_guardian WHERE conference_id = @conferenceId)`,
  ).run({ conferenceId });
  db.prepare(
    `DELETE FROM commission_child
     WHERE child_id IN (SELECT id FROM conference_child WHERE conference_id = @conferenceId)`,
  ).run({ conferenceId });
  const guardian = db.prepare('INSERT OR IGNORE INTO commission_guardian (guardian_id) VALUES (@id)');
  for (const id of participants.guardianIds) guardian.run({ id });
  const child = db.prepare('INSERT OR IGNORE INTO commission_child (child_id) VALUES (@id)');
  for (const id of participants.childIds) child.run({ id });
}
