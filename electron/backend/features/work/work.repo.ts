import type { Db } from '../../db/raw-database';
import type { CostEntry, CostFields, CostKind, WorkActivity, WorkEntry, WorkEntryFields } from '../../../shared/work/work.schema';

interface WorkRow {
  id: string;
  conference_id: string;
  date: string;
  minutes: number;
  activity: string;
  version: number;
  created_at: string;
}

interface CostRow {
  id: string;
  conference_id: string;
  meeting_id: string | null;
  date: string;
  kind: string;
  what: string;
  amount_cents: number;
  version: number;
  created_at: string;
}

function toWork(row: WorkRow): WorkEntry {
  return {
    id: row.id,
    conferenceId: row.conference_id,
    date: row.date,
    minutes: row.minutes,
    activity: row.activity as WorkActivity,
    version: row.version,
    createdAt: row.created_at,
  };
}

function toCost(row: CostRow): CostEntry {
  return {
    id: row.id,
    conferenceId: row.conference_id,
    meetingId: row.meeting_id,
    date: row.date,
    kind: row.kind as CostKind,
    what: row.what,
    amount: row.amount_cents,
    version: row.version,
    createdAt: row.created_at,
  };
}

const workParams = (fields: WorkEntryFields) => ({ date: fields.date, minutes: fields.minutes, activity: fields.activity });
const costParams = (fields: CostFields) => ({
  meeting_id: fields.meetingId,
  date: fields.date,
  kind: fields.kind,
  what: fields.what,
  amount_cents: fields.amount,
});

/** The working-time log of a conference in date order (then in the order written). */
export function listWork(db: Db, conferenceId: string): WorkEntry[] {
  const rows = db
    .prepare('SELECT * FROM work_entry WHERE conference_id = @conferenceId ORDER BY date, created_at, rowid')
    .all({ conferenceId }) as WorkRow[];
  return rows.map(toWork);
}

/** The working-time entry with `id`, or undefined. */
export function findWork(db: Db, id: string): WorkEntry | undefined {
  const row = db.prepare('SELECT * FROM work_entry WHERE id = @id').get({ id }) as WorkRow | undefined;
  return row && toWork(row);
}

/** Writes a new working-time entry. */
export function insertWork(db: Db, entry: { id: string; conferenceId: string; now: string; fields: WorkEntryFields }): void {
  db.prepare(
    `INSERT INTO work_entry (id, conference_id, date, minutes, activity, version, created_at)
     VALUES (@id, @conferenceId, @date, @minutes, @activity, 1, @now)`,
  ).run({ id: entry.id, conferenceId: entry.conferenceId, now: entry.now, ...workParams(entry.fields) });
}

/** Updates a working-time entry if still at `version`; false when someone else saved in between. */
export function updateWork(db: Db, update: { id: string; version: number; fields: WorkEntryFields }): boolean {
  return (
    db
      .prepare(
        `UPDATE work_entry SET date = @date, minutes = @minutes, activity = @activity, version = version + 1
         WHERE id = @id AND version = @version`,
      )
      .run({ id: update.id, version: update.version, ...workParams(update.fields) }).changes === 1
  );
}

/** Removes a working-time entry if still at `version`. */
export function deleteWork(db: Db, remove: { id: string; version: number }): boolean {
  return db.prepare('DELETE FROM work_entry WHERE id = @id AND version = @version').run(remove).changes === 1;
}

/** The travel and other costs of a conference in date order (then in the order written). */
export function listCosts(db: Db, conferenceId: string): CostEntry[] {
  const rows = db
    .prepare('SELECT * FROM conference_cost WHERE conference_id = @conferenceId ORDER BY date, created_at, rowid')
    .all({ conferenceId }) as CostRow[];
  return rows.map(toCost);
}

/** The cost with `id`, or undefined. */
export function findCost(db: Db, id: string): CostEntry | undefined {
  const row = db.prepare('SELECT * FROM conference_cost WHERE id = @id').get({ id }) as CostRow | undefined;
  return row && toCost(row);
}

/** Writes a new cost. */
export function insertCost(db: Db, cost: { id: string; conferenceId: string; now: string; fields: CostFields }): void {
  db.prepare(
    `INSERT INTO conference_cost (id, conference_id, meeting_id, date, kind, what, amount_cents, version, created_at)
     VALUES (@id, @conferenceId, @meeting_id, @date, @kind, @what, @amount_cents, 1, @now)`,
  ).run({ id: cost.id, conferenceId: cost.conferenceId, now: cost.now, ...costParams(cost.fields) });
}

/** Updates a cost if still at `version`; false when someone else saved in between. */
export function updateCost(db: Db, update: { id: string; version: number; fields: CostFields }): boolean {
  return (
    db
      .prepare(
        `UPDATE conference_cost SET meeting_id = @meeting_id, date = @date, kind = @kind, what = @what,
           amount_cents = @amount_cents, version = version + 1
         WHERE id = @id AND version = @version`,
      )
      .run({ id: update.id, version: update.version, ...costParams(update.fields) }).changes === 1
  );
}

/** Removes a cost if still at `version`. */
export function deleteCost(db: Db, remove: { id: string; version: number }): boolean {
  return db.prepare('DELETE FROM conference_cost WHERE id = @id AND version = @version').run(remove).changes === 1;
}

/** Every conference's working time and costs dated in `month` (`YYYY-MM`), for the month's report. */
export function conferencesWorkedIn(db: Db, month: string): string[] {
  const rows = db
    .prepare(
      `SELECT conference_id FROM work_entry WHERE substr(date, 1, 7) = @month
       UNION SELECT conference_id FROM conference_cost WHERE substr(date, 1, 7) = @month
       UNION SELECT conference_id FROM contact_entry WHERE duration_minutes IS NOT NULL AND substr(date, 1, 7) = @month
       UNION SELECT m.conference_id FROM meeting m WHERE substr(m.date, 1, 7) = @month
         AND (m.venue_cost_cents IS NOT NULL OR m.refreshments_cost_cents IS NOT NULL
           OR EXISTS (SELECT 1 FROM meeting_interpreter i WHERE i.meeting_id = m.id AND i.cost_cents IS NOT NULL))`,
    )
    .all({ month }) as { conference_id: string }[];
  return rows.map((row) => row.conference_id);
}
