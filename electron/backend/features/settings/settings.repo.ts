import type { Db } from '../../db/raw-database';

/** Every stored setting as raw JSON values by key, with the version of each. */
export function readSettings(db: Db): Map<string, { value: unknown; version: number }> {
  const rows = db.prepare('SELECT key, value, version FROM setting').all() as { key: string; value: string; version: number }[];
  return new Map(rows.map((row) => [row.key, { value: JSON.parse(row.value) as unknown, version: row.version }]));
}

/**
 * Stores one setting as JSON if it is still at `version` (1 when never saved: the first
 * save writes version 2); returns false when someone else saved it in between.
 */
export function writeSetting(db: Db, setting: { key: string; value: unknown; version: number }): boolean {
  const params = { key: setting.key, value: JSON.stringify(setting.value), version: setting.version };
  const updated = db
    .prepare('UPDATE setting SET value = @value, version = version + 1 WHERE key = @key AND version = @version')
    .run(params);
  if (updated.changes === 1) return true;
  if (setting.version !== 1) return false;
  const inserted = db
    .prepare('INSERT INTO setting (key, value, version) VALUES (@key, @value, 2) ON CONFLICT(key) DO NOTHING')
    .run(params);
  return inserted.changes === 1;
}
