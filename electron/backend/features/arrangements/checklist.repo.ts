import type { ChecklistState, CustomChecklistItem } from '../../../shared/arrangements/meeting.schema';
import type { Db } from '../../db/raw-database';
import { prepared } from '../../db/prepared';

interface DoneRow {
  meeting_id: string;
  key: string;
  done_date: string;
  version: number;
}

interface ItemRow {
  id: string;
  meeting_id: string;
  position: number;
  text: string;
  due_date: string | null;
  done_date: string | null;
  version: number;
}

/** A custom checklist item with the meeting it belongs to. */
export interface StoredChecklistItem extends CustomChecklistItem {
  meetingId: string;
}

function toItem(row: ItemRow): StoredChecklistItem {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    text: row.text,
    dueDate: row.due_date,
    doneDate: row.done_date,
    version: row.version,
  };
}

/** The stored checklist template setting as saved (JSON text), or undefined while it has never been saved. */
export function storedChecklistTemplate(db: Db): string | undefined {
  return prepared(db, "SELECT value FROM setting WHERE key = 'checklist'").pluck().get() as string | undefined;
}

/** The checklist state of each of `meetingIds` (in two queries), by meeting id. */
export function checklistStatesOf(db: Db, meetingIds: readonly string[]): Map<string, ChecklistState> {
  const states = new Map<string, ChecklistState>(meetingIds.map((id) => [id, { done: {}, doneVersions: {}, custom: [] }]));
  if (meetingIds.length === 0) return states;
  const ids = JSON.stringify(meetingIds);
  const done = prepared(db, 'SELECT * FROM checklist_done WHERE meeting_id IN (SELECT value FROM json_each(@ids)) ORDER BY key').all({
    ids,
  }) as DoneRow[];
  for (const row of done) {
    const state = states.get(row.meeting_id)!;
    state.done[row.key] = row.done_date;
    state.doneVersions[row.key] = row.version;
  }
  const items = prepared(
    db,
    `SELECT * FROM checklist_item WHERE meeting_id IN (SELECT value FROM json_each(@ids))
     ORDER BY meeting_id, position`,
  ).all({ ids }) as ItemRow[];
  for (const row of items) {
    const { meetingId: _meetingId, ...item } = toItem(row);
    states.get(row.meeting_id)!.custom.push(item);
  }
  return states;
}

/**
 * Ticks a template item of a meeting on `doneDate`, or un-ticks it when `doneDate` is null,
 * if the tick is still at `version` (an item not ticked is at 1; un-ticking returns it there).
 * False when someone else ticked or un-ticked it in between.
 */
export function setTemplateItemDone(
  db: Db,
  tick: { meetingId: string; key: string; doneDate: string | null; version: number },
): boolean {
  const stored = db
    .prepare('SELECT version FROM checklist_done WHERE meeting_id = @meetingId AND key = @key')
    .pluck()
    .get(tick) as number | undefined;
  if ((stored ?? 1) !== tick.version) return false;
  if (tick.doneDate === null) {
    db.prepare('DELETE FROM checklist_done WHERE meeting_id = @meetingId AND key = @key').run(tick);
  } else if (stored === undefined) {
    db.prepare(
      'INSERT INTO checklist_done (meeting_id, key, done_date, version) VALUES (@meetingId, @key, @doneDate, 2)',
    ).run(tick);
  } else {
    db.prepare(
      `UPDATE checklist_done SET done_date = @doneDate, version = version + 1
       WHERE meeting_id = @meetingId AND key = @key`,
    ).run(tick);
  }
  return true;
}

/** The custom checklist item with `id`, or undefined. */
export function findChecklistItem(db: Db, id: string): StoredChecklistItem | undefined {
  const row = db.prepare('SELECT * FROM checklist_item WHERE id = @id').get({ id }) as ItemRow | undefined;
  return row ? toItem(row) : undefined;
}

/** Adds a custom item after the meeting's other items, not done yet. */
export function insertChecklistItem(
  db: Db,
  item: { id: string; meetingId: string; text: string; dueDate: string | null },
): void {
  db.prepare(
    `INSERT INTO checklist_item (id, meeting_id, position, text, due_date, done_date)
     VALUES (@id, @meetingId,
       (SELECT coalesce(max(position) + 1, 0) FROM checklist_item WHERE meeting_id = @meetingId),
       @text, @dueDate, NULL)`,
  ).run(item);
}

/** Changes a custom item's text and due date if it is still at `version`; its done date stays. */
export function updateChecklistItem(
  db: Db,
  item: { id: string; text: string; dueDate: string | null; version: number },
): boolean {
  return (
    db
      .prepare(
        `UPDATE checklist_item SET text = @text, due_date = @dueDate, version = version + 1
         WHERE id = @id AND version = @version`,
      )
      .run(item).changes === 1
  );
}

/** Ticks a custom item on `doneDate`, or un-ticks it when `doneDate` is null, if it is still at `version`. */
export function setChecklistItemDone(db: Db, tick: { id: string; doneDate: string | null; version: number }): boolean {
  return (
    db
      .prepare('UPDATE checklist_item SET done_date = @doneDate, version = version + 1 WHERE id = @id AND version = @version')
      .run(tick).changes === 1
  );
}

/** Removes a custom item if it is still at `version`. */
export function deleteChecklistItem(db: Db, item: { id: string; version: number }): boolean {
  return db.prepare('DELETE FROM checklist_item WHERE id = @id AND version = @version').run(item).changes === 1;
}
