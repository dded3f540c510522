import type { Db } from '../../db/raw-database';

/** A closed conference as retention judges it. */
export interface ClosedConferenceRow {
  id: string;
  reference: string;
  closedAt: string;
  version: number;
}

/** Every closed conference, oldest closing first. */
export function listClosedConferences(db: Db): ClosedConferenceRow[] {
  return db
    .prepare(
      `SELECT id, reference, closed_at AS closedAt, version FROM conference
        WHERE closed_at IS NOT NULL ORDER BY closed_at, reference`,
    )
    .all() as ClosedConferenceRow[];
}

/** The setting key of the Helsinki day the start-of-day question was last asked (not a settings section). */
const ASKED_ON_KEY = 'retentionAskedOn';

/** The Helsinki date the start-of-day retention question was last asked, or null. */
export function readAskedOn(db: Db): string | null {
  const value = db.prepare('SELECT value FROM setting WHERE key = @key').pluck().get({ key: ASKED_ON_KEY }) as string | undefined;
  if (value === undefined) return null;
  const parsed = JSON.parse(value) as unknown;
  return typeof parsed === 'string' ? parsed : null;
}

export function writeAskedOn(db: Db, day: string): void {
  db.prepare(
    `INSERT INTO setting (key, value) VALUES (@key, @value)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, version = version + 1`,
  ).run({ key: ASKED_ON_KEY, value: JSON.stringify(day) });
}
