import type { Db } from '../../db/connection';

/** Every stored setting as raw JSON values by key. */
export function readSettings(db: Db): Record<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM setting').all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
}

/** Stores each given setting as JSON, replacing what was there. */
export function writeSettings(db: Db, values: Record<string, unknown>): void {
  const upsert = db.prepare(
    'INSERT INTO setting (key, value) VALUES (@key, @value) ON CONFLICT(key) DO UPDATE SET value = @value',
  );
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) upsert.run({ key, value: JSON.stringify(value) });
  }
}
