import type { Db } from '../../db/raw-database';
import type { Summary, SummaryFields } from '../../../shared/preparation/summary.schema';
import type { OrderedTable } from '../../db/ordered-rows.repo';

interface SummaryRow {
  conference_id: string;
  text: string;
  requested_date: string | null;
  received_date: string | null;
  parents_date: string | null;
  children_date: string | null;
  support_person_date: string | null;
  shared_with_network: string;
  version: number;
  updated_at: string;
}

/** The summary's four ordered lists: the API field and the stored `list` value. */
export const SUMMARY_LISTS = {
  openQuestions: 'open',
  generalQuestions: 'general',
  mustInclude: 'must_include',
  notAcceptable: 'not_acceptable',
} as const;

export type SummaryList = keyof typeof SUMMARY_LISTS;

/** The rows of one of the summary's lists, in order, with ids kept across edits. */
export function summaryItemTable(list: SummaryList): OrderedTable<{ text: string }> {
  return {
    table: 'summary_item',
    scope: { list: SUMMARY_LISTS[list] },
    columns: ['text'],
    values: (item) => ({ text: item.text }),
  };
}

/** The summary of a conference with its four lists, or undefined. */
export function findSummary(db: Db, conferenceId: string): Summary | undefined {
  const row = db.prepare('SELECT * FROM summary WHERE conference_id = @conferenceId').get({ conferenceId }) as
    | SummaryRow
    | undefined;
  if (!row) return undefined;
  const items = db
    .prepare('SELECT id, list, text FROM summary_item WHERE conference_id = @conferenceId ORDER BY list, position')
    .all({ conferenceId }) as { id: string; list: string; text: string }[];
  const itemsOf = (list: SummaryList) =>
    items.filter((item) => item.list === SUMMARY_LISTS[list]).map(({ id, text }) => ({ id, text }));
  return {
    text: row.text,
    openQuestions: itemsOf('openQuestions'),
    generalQuestions: itemsOf('generalQuestions'),
    mustInclude: itemsOf('mustInclude'),
    notAcceptable: itemsOf('notAcceptable'),
    requestedDate: row.requested_date,
    receivedDate: row.received_date,
    parentsDate: row.parents_date,
    childrenDate: row.children_date,
    supportPersonDate: row.support_person_date,
    sharedWithNetwork: row.shared_with_network,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** The empty summary every conference starts with (its lists are written separately). */
export function insertSummary(db: Db, summary: { conferenceId: string; now: string }): void {
  db.prepare('INSERT INTO summary (conference_id, updated_at) VALUES (@conferenceId, @now)').run(summary);
}

/**
 * Updates the summary's own fields if it is still at `version`; returns false when
 * someone else saved in between. The lists are written separately.
 */
export function updateSummaryFields(
  db: Db,
  update: { conferenceId: string; version: number; now: string; fields: SummaryFields },
): boolean {
  const { fields } = update;
  const result = db
    .prepare(
      `UPDATE summary SET text = @text, requested_date = @requested_date, received_date = @received_date,
         parents_date = @parents_date, children_date = @children_date,
         support_person_date = @support_person_date, shared_with_network = @shared_with_network,
         version = version + 1, updated_at = @now
       WHERE conference_id = @conferenceId AND version = @version`,
    )
    .run({
      conferenceId: update.conferenceId,
      version: update.version,
      now: update.now,
      text: fields.text,
      requested_date: fields.requestedDate,
      received_date: fields.receivedDate,
      parents_date: fields.parentsDate,
      children_date: fields.childrenDate,
      support_person_date: fields.supportPersonDate,
      shared_with_network: fields.sharedWithNetwork,
    });
  return result.changes === 1;
}
