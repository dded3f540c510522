import type { Decision, DistributionChannel, Plan, PlanFields, PlanOwner, PlanPerson } from '../../../shared/plan/plan.schema';
import type { Db } from '../../db/raw-database';
import { readKept } from './plan-kept.repo';
import { RECIPIENTS, syncList, writeLists, type Params } from './plan-lists.repo';

interface PlanRow {
  id: string;
  conference_id: string;
  meeting_id: string;
  number: number;
  problems: string;
  monitoring: string;
  follow_up_date: string | null;
  decision_outcome: string | null;
  decision_reasons: string | null;
  decision_date: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

interface ItemRow {
  id: string;
  plan_id: string;
  question_id: string | null;
  what: string;
  owner_kind: string;
  owner_member_id: string | null;
  owner_child_id: string | null;
  from_date: string | null;
  by_date: string | null;
  follow_up: string;
  checker_kind: string | null;
  checker_member_id: string | null;
}

interface ServiceRow {
  id: string;
  plan_id: string;
  worker_kind: string;
  worker_member_id: string | null;
  what: string;
}

interface RecipientRow {
  id: string;
  plan_id: string;
  recipient_kind: string;
  recipient_member_id: string | null;
  sent_date: string | null;
  channel: string;
}

interface PersonRow {
  plan_id: string;
  person_kind: string;
  person_member_id: string | null;
}

interface DissentRow extends PersonRow {
  id: string;
  text: string;
}

interface LinkRow {
  owner_id: string;
  summary_item_id: string;
}

function toPerson(kind: string | null, memberId: string | null): PlanPerson | null {
  if (kind === null) return null;
  return kind === 'member' && memberId !== null ? { kind: 'member', memberId } : { kind: 'social_worker' };
}

/** A person the plan names, read from columns that cannot be null. */
function requiredPerson(kind: string, memberId: string | null): PlanPerson {
  return toPerson(kind, memberId) ?? { kind: 'social_worker' };
}

/** A task's owner: a child, or a person as `requiredPerson` reads one. */
function toOwner(item: ItemRow): PlanOwner {
  if (item.owner_kind === 'child' && item.owner_child_id !== null) return { kind: 'child', childId: item.owner_child_id };
  return requiredPerson(item.owner_kind, item.owner_member_id);
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/** The plans (all versions) picked by `where` on `plan p`, oldest first, with every list in order. */
function readPlans(db: Db, where: string, params: Params): Plan[] {
  const rows = db
    .prepare(`SELECT p.* FROM plan p WHERE ${where} ORDER BY p.conference_id, p.number`)
    .all(params) as PlanRow[];
  if (rows.length === 0) return [];
  /** The rows of a plan's list table for the plans read, in their order. */
  const listOf = <T extends { plan_id: string }>(table: string) =>
    groupBy(
      db
        .prepare(
          `SELECT t.* FROM ${table} t JOIN plan p ON p.id = t.plan_id WHERE ${where} ORDER BY t.plan_id, t.position`,
        )
        .all(params) as T[],
      (row) => row.plan_id,
    );
  const items = listOf<ItemRow>('plan_item');
  const services = listOf<ServiceRow>('plan_service');
  const recipients = listOf<RecipientRow>('plan_recipient');
  const invitees = listOf<PersonRow>('plan_invitee');
  const dissents = listOf<DissentRow>('plan_dissent');
  const bottomLines = groupBy(
    db
      .prepare(
        `SELECT b.item_id AS owner_id, b.summary_item_id FROM plan_item_bottom_line b
         JOIN plan_item i ON i.id = b.item_id JOIN plan p ON p.id = i.plan_id
         WHERE ${where} ORDER BY b.item_id, b.position`,
      )
      .all(params) as LinkRow[],
    (row) => row.owner_id,
  );
  const checked = groupBy(
    db
      .prepare(
        `SELECT c.plan_id AS owner_id, c.summary_item_id FROM plan_not_acceptable_check c
         JOIN plan p ON p.id = c.plan_id WHERE ${where} ORDER BY c.plan_id, c.position`,
      )
      .all(params) as LinkRow[],
    (row) => row.owner_id,
  );
  const ids = (links: LinkRow[] | undefined) => (links ?? []).map((link) => link.summary_item_id);
  const kept = readKept(db, where, params);

  return rows.map((row) => ({
    id: row.id,
    conferenceId: row.conference_id,
    meetingId: row.meeting_id,
    number: row.number,
    items: (items.get(row.id) ?? []).map((item) => ({
      id: item.id,
      questionId: item.question_id,
      what: item.what,
      owner: toOwner(item),
      fromDate: item.from_date,
      byDate: item.by_date,
      followUp: item.follow_up,
      checker: toPerson(item.checker_kind, item.checker_member_id),
      bottomLineIds: ids(bottomLines.get(item.id)),
    })),
    services: (services.get(row.id) ?? []).map((service) => ({
      id: service.id,
      worker: requiredPerson(service.worker_kind, service.worker_member_id),
      what: service.what,
    })),
    problems: row.problems,
    monitoring: row.monitoring,
    recipients: (recipients.get(row.id) ?? []).map((recipient) => ({
      id: recipient.id,
      recipient: requiredPerson(recipient.recipient_kind, recipient.recipient_member_id),
      sentDate: recipient.sent_date,
      channel: recipient.channel as DistributionChannel,
    })),
    followUpDate: row.follow_up_date,
    followUpInvitees: (invitees.get(row.id) ?? []).map((invitee) =>
      requiredPerson(invitee.person_kind, invitee.person_member_id),
    ),
    dissents: (dissents.get(row.id) ?? []).map((dissent) => ({
      id: dissent.id,
      person: requiredPerson(dissent.person_kind, dissent.person_member_id),
      text: dissent.text,
    })),
    checkedNotAcceptableIds: ids(checked.get(row.id)),
    decision:
      row.decision_outcome === null || row.decision_date === null
        ? null
        : { outcome: row.decision_outcome as Decision, reasons: row.decision_reasons ?? '', date: row.decision_date },
    kept: kept.get(row.id) ?? null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** Every version of a conference's plan, oldest first. */
export function listPlans(db: Db, conferenceId: string): Plan[] {
  return readPlans(db, 'p.conference_id = @conferenceId', { conferenceId });
}

/** The plan version with `id`, or undefined. */
export function findPlan(db: Db, id: string): Plan | undefined {
  return readPlans(db, 'p.id = @id', { id })[0];
}

/** The plan row's own columns from `fields`. */
function rowParams(fields: PlanFields): Params {
  return {
    problems: fields.problems,
    monitoring: fields.monitoring,
    follow_up_date: fields.followUpDate,
    decision_outcome: fields.decision?.outcome ?? null,
    decision_reasons: fields.decision?.reasons ?? null,
    decision_date: fields.decision?.date ?? null,
  };
}

/** Inserts a plan version with `fields` (its lists get new ids). */
export function insertPlan(
  db: Db,
  plan: { id: string; conferenceId: string; meetingId: string; number: number; now: string; fields: PlanFields },
  newId: () => string,
): void {
  db.prepare(
    `INSERT INTO plan (id, conference_id, meeting_id, number, problems, monitoring, follow_up_date,
       decision_outcome, decision_reasons, decision_date, version, created_at, updated_at)
     VALUES (@id, @conferenceId, @meetingId, @number, @problems, @monitoring, @follow_up_date,
       @decision_outcome, @decision_reasons, @decision_date, 1, @now, @now)`,
  ).run({
    id: plan.id,
    conferenceId: plan.conferenceId,
    meetingId: plan.meetingId,
    number: plan.number,
    now: plan.now,
    ...rowParams(plan.fields),
  });
  writeLists(db, plan.id, plan.fields, newId);
}

/** Bumps the plan's version if it is still at `version`; false when someone else saved in between. */
function bumpVersion(
  db: Db,
  { id, version, now }: { id: string; version: number; now: string },
  set = '',
  params: Params = {},
): boolean {
  const result = db
    .prepare(`UPDATE plan SET ${set}version = version + 1, updated_at = @now WHERE id = @id AND version = @version`)
    .run({ id, version, now, ...params });
  return result.changes === 1;
}

/**
 * Replaces the plan's whole content if it is still at `version`; returns false when
 * someone else saved in between. Rows of its lists keep their ids when given.
 */
export function updatePlan(
  db: Db,
  update: { id: string; version: number; now: string; fields: PlanFields },
  newId: () => string,
): boolean {
  const row = rowParams(update.fields);
  const set = Object.keys(row).map((column) => `${column} = @${column}, `).join('');
  if (!bumpVersion(db, update, set, row)) return false;
  writeLists(db, update.id, update.fields, newId);
  return true;
}

/** Replaces only the plan's distribution log if it is still at `version`; false when stale. */
export function updatePlanRecipients(
  db: Db,
  update: { id: string; version: number; now: string; recipients: PlanFields['recipients'] },
  newId: () => string,
): boolean {
  if (!bumpVersion(db, update)) return false;
  syncList(db, RECIPIENTS, update.id, update.recipients, newId);
  return true;
}
