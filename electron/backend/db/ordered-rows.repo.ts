import type { Db } from './raw-database';

/**
 * A list of rows that belong to one conference, keep their order and keep their ids:
 * children, commission concerns, summary questions.
 */
export interface OrderedTable<T> {
  table: 'conference_child' | 'commission_concern' | 'summary_item';
  /** Fixed column values that pick one list among a conference's rows, e.g. `{ list: 'open' }`. */
  scope?: Readonly<Record<string, string>>;
  columns: readonly string[];
  values(item: T): Record<string, string | number>;
}

/**
 * Makes the stored rows match `items` in order: rows with a known id are kept (so later
 * references to a child survive an edit), new ones get `newId()`, missing ones go.
 */
export function syncOrderedRows<T>(
  db: Db,
  spec: OrderedTable<T>,
  conferenceId: string,
  items: (T & { id?: string })[],
  newId: () => string,
): void {
  const scope = spec.scope ?? {};
  const scopeColumns = Object.keys(scope);
  const scopeWhere = scopeColumns.map((c) => ` AND ${c} = @${c}`).join('');
  const rows = db
    .prepare(`SELECT id FROM ${spec.table} WHERE conference_id = @conferenceId${scopeWhere}`)
    .all({ conferenceId, ...scope }) as { id: string }[];
  const existing = new Set(rows.map((r) => r.id));
  const insertColumns = [...scopeColumns, ...spec.columns];
  const columns = insertColumns.join(', ');
  const params = insertColumns.map((c) => `@${c}`).join(', ');
  const assignments = spec.columns.map((c) => `${c} = @${c}`).join(', ');
  const upsert = db.prepare(
    `INSERT INTO ${spec.table} (id, conference_id, position, ${columns})
     VALUES (@id, @conferenceId, @position, ${params})
     ON CONFLICT(id) DO UPDATE SET position = @position, ${assignments}`,
  );
  const keep = new Set<string>();
  items.forEach((item, position) => {
    // A repeated id would overwrite the earlier row; the repeat becomes a new row instead.
    const id = item.id && existing.has(item.id) && !keep.has(item.id) ? item.id : newId();
    keep.add(id);
    upsert.run({ id, conferenceId, position, ...scope, ...spec.values(item) });
  });
  const remove = db.prepare(`DELETE FROM ${spec.table} WHERE id = @id`);
  for (const id of existing) if (!keep.has(id)) remove.run({ id });
}
