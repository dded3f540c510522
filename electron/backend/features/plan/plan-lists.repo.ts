import type { PlanFields, PlanOwner, PlanPerson } from '../../../shared/plan/plan.schema';
import type { Db } from '../../db/raw-database';

/*
 * Writing a plan version's lists: items (with the bottom lines they fulfil), services,
 * the distribution log, dissents, follow-up invitees and the checked "not acceptable"
 * lines. Rows keep their ids across edits, so what refers to an item survives.
 */

export type Params = Record<string, string | number | null>;

/** The two columns a person is stored in: `<prefix>_kind` and `<prefix>_member_id`. */
export function personParams(prefix: string, person: PlanPerson | null): Params {
  return {
    [`${prefix}_kind`]: person?.kind ?? null,
    [`${prefix}_member_id`]: person?.kind === 'member' ? person.memberId : null,
  };
}

/** A task's owner: a person as `personParams` stores one, or a child in `owner_child_id`. */
function ownerParams(owner: PlanOwner): Params {
  if (owner.kind === 'child') return { owner_kind: 'child', owner_member_id: null, owner_child_id: owner.childId };
  return { ...personParams('owner', owner), owner_child_id: null };
}

/** One of a plan's lists whose rows keep their ids across edits. */
interface PlanList<T> {
  table: 'plan_item' | 'plan_service' | 'plan_recipient' | 'plan_dissent';
  columns: readonly string[];
  values(item: T): Params;
}

const ITEMS: PlanList<PlanFields['items'][number]> = {
  table: 'plan_item',
  columns: [
    'question_id',
    'what',
    'owner_kind',
    'owner_member_id',
    'owner_child_id',
    'from_date',
    'by_date',
    'follow_up',
    'checker_kind',
    'checker_member_id',
  ],
  values: (item) => ({
    question_id: item.questionId,
    what: item.what,
    ...ownerParams(item.owner),
    from_date: item.fromDate,
    by_date: item.byDate,
    follow_up: item.followUp,
    ...personParams('checker', item.checker),
  }),
};

const SERVICES: PlanList<PlanFields['services'][number]> = {
  table: 'plan_service',
  columns: ['worker_kind', 'worker_member_id', 'what'],
  values: (service) => ({ ...personParams('worker', service.worker), what: service.what }),
};

export const RECIPIENTS: PlanList<PlanFields['recipients'][number]> = {
  table: 'plan_recipient',
  columns: ['recipient_kind', 'recipient_member_id', 'sent_date', 'channel'],
  values: (recipient) => ({
    ...personParams('recipient', recipient.recipient),
    sent_date: recipient.sentDate,
    channel: recipient.channel,
  }),
};

const DISSENTS: PlanList<PlanFields['dissents'][number]> = {
  table: 'plan_dissent',
  columns: ['person_kind', 'person_member_id', 'text'],
  values: (dissent) => ({ ...personParams('person', dissent.person), text: dissent.text }),
};

/**
 * Makes a plan's list match `items` in order: a row whose id this plan already has keeps
 * it (so what refers to an item survives an edit), others get `newId()`, missing ones go.
 * Returns the ids in order.
 */
export function syncList<T extends { id?: string }>(
  db: Db,
  spec: PlanList<T>,
  planId: string,
  items: readonly T[],
  newId: () => string,
): string[] {
  const existing = new Set(
    db.prepare(`SELECT id FROM ${spec.table} WHERE plan_id = @planId`).pluck().all({ planId }) as string[],
  );
  const upsert = db.prepare(
    `INSERT INTO ${spec.table} (id, plan_id, position, ${spec.columns.join(', ')})
     VALUES (@id, @planId, @position, ${spec.columns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT(id) DO UPDATE SET position = @position, ${spec.columns.map((c) => `${c} = @${c}`).join(', ')}`,
  );
  const kept: string[] = [];
  items.forEach((item, position) => {
    // A repeated id would overwrite the earlier row; the repeat becomes a new row instead.
    const id = item.id && existing.has(item.id) && !kept.includes(item.id) ? item.id : newId();
    kept.push(id);
    upsert.run({ id, planId, position, ...spec.values(item) });
  });
  const remove = db.prepare(`DELETE FROM ${spec.table} WHERE id = @id`);
  for (const id of existing) if (!kept.includes(id)) remove.run({ id });
  return kept;
}

/** Replaces the summary items linked to `ownerId` in `table` with `ids` (each once, in order). */
function replaceLinks(
  db: Db,
  table: 'plan_item_bottom_line' | 'plan_not_acceptable_check',
  ownerId: string,
  ids: readonly string[],
): void {
  const owner = table === 'plan_item_bottom_line' ? 'item_id' : 'plan_id';
  db.prepare(`DELETE FROM ${table} WHERE ${owner} = @ownerId`).run({ ownerId });
  const insert = db.prepare(
    `INSERT INTO ${table} (${owner}, summary_item_id, position) VALUES (@ownerId, @summaryItemId, @position)`,
  );
  [...new Set(ids)].forEach((summaryItemId, position) => insert.run({ ownerId, summaryItemId, position }));
}

/** Writes every list of a plan from `fields`. */
export function writeLists(db: Db, planId: string, fields: PlanFields, newId: () => string): void {
  const itemIds = syncList(db, ITEMS, planId, fields.items, newId);
  fields.items.forEach((item, i) => replaceLinks(db, 'plan_item_bottom_line', itemIds[i]!, item.bottomLineIds));
  syncList(db, SERVICES, planId, fields.services, newId);
  syncList(db, RECIPIENTS, planId, fields.recipients, newId);
  syncList(db, DISSENTS, planId, fields.dissents, newId);
  db.prepare('DELETE FROM plan_invitee WHERE plan_id = @planId').run({ planId });
  const invitee = db.prepare(
    `INSERT INTO plan_invitee (plan_id, position, person_kind, person_member_id)
     VALUES (@planId, @position, @person_kind, @person_member_id)`,
  );
  fields.followUpInvitees.forEach((person, position) =>
    invitee.run({ planId, position, ...personParams('person', person) }),
  );
  replaceLinks(db, 'plan_not_acceptable_check', planId, fields.checkedNotAcceptableIds);
}
