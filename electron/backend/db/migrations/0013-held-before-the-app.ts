import type { Migration } from './migration';

/**
 * Cases already under way (issue 13 §5): a conference's own meeting can be recorded as held
 * before the convener started using the app, on its date, without a day recorded in the app
 * (no clocks, no attendance). The flag marks the meeting, and the plan made at it, as entered
 * afterwards. Every meeting there is was arranged in the app, so none is flagged.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'held-before-the-app',
  up(db) {
    db.exec(`
      ALTER TABLE meeting ADD COLUMN held_before_app INTEGER NOT NULL DEFAULT 0
        CHECK (held_before_app = 0 OR (held_before_app = 1 AND kind = 'conference' AND date IS NOT NULL));
    `);
  },
};
