import type { Migration } from './migration';

/** Conferences with their children and guardians, and the app's settings. */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE conference (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL,
        social_worker_name TEXT NOT NULL,
        social_worker_unit TEXT NOT NULL DEFAULT '',
        social_worker_phone TEXT NOT NULL DEFAULT '',
        social_worker_email TEXT NOT NULL DEFAULT '',
        commission_date TEXT NOT NULL,
        meeting_type TEXT NOT NULL,
        phase TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        close_reason TEXT,
        close_text TEXT,
        closed_at TEXT,
        phase_before_close TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE conference_child (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        first_name TEXT NOT NULL,
        birth_year INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX conference_child_conference ON conference_child(conference_id, position);

      CREATE TABLE conference_guardian (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL
      ) STRICT;
      CREATE INDEX conference_guardian_conference ON conference_guardian(conference_id, position);

      CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
