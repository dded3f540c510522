import type { Migration } from './migration';

/** The records that get their own version: table → what one row is. */
const VERSIONED_TABLES = [
  // One section of the settings (convener, unit, venues, checklist, language).
  'setting',
  // How a child takes part in the conference.
  'child_participation',
  // A tick of a default checklist item on one meeting's checklist.
  'checklist_done',
  // An item the convener added to one meeting's checklist.
  'checklist_item',
  // How one person took part on the day of one meeting.
  'meeting_attendance',
  // How one child was heard on the day, with the Three Houses.
  'meeting_child_heard',
  // How one item of the plan went, as a follow-up meeting judged it.
  'follow_up_review',
] as const;

/**
 * Every record a method changes carries a version, so a change made on a stale copy is
 * refused instead of overwriting what someone else saved (optimistic concurrency). The
 * rows these tables hold were saved without one: they start at 1, which is also the
 * version of a record not saved yet (no row), as the meeting day has it.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'record-versions',
  up(db) {
    for (const table of VERSIONED_TABLES) {
      db.exec(`ALTER TABLE ${table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)`);
    }
  },
};
