import type { Migration } from './migration';

/*
 * Cheap shape checks, so a row the app would misread cannot get in by another road
 * (a bug, a hand-edited file). Written out here: a shipped migration never changes.
 */
const DATE = (column: string) =>
  `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;
/** An instant as `Date.toISOString()` writes it: UTC, milliseconds, `Z`. */
const INSTANT = (column: string) =>
  `CHECK (${column} IS NULL OR ${column} GLOB ` +
  `'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9]Z')`;

/**
 * Follow-up meetings: each follow-up meeting's own record (the plan version it reviews,
 * the social worker's follow-up summary and what the meeting decided), the summary's
 * questions, and how each item of the reviewed plan went. A follow-up meeting that
 * already exists gets its record, reviewing its conference's latest accepted plan (none
 * when no plan was accepted), with nothing written in it yet.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'follow-up',
  up(db) {
    db.exec(`
      CREATE TABLE follow_up (
        meeting_id TEXT PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
        -- The plan version in force when the follow-up was made: the one whose items it reviews.
        plan_id TEXT REFERENCES plan(id) ON DELETE SET NULL,
        worked TEXT NOT NULL DEFAULT '',
        to_refine TEXT NOT NULL DEFAULT '',
        new_concerns TEXT NOT NULL DEFAULT '',
        work_so_far TEXT NOT NULL DEFAULT '',
        requested_date TEXT ${DATE('requested_date')},
        received_date TEXT ${DATE('received_date')},
        outcome TEXT CHECK (outcome IN ('another_follow_up', 'close')),
        outcome_at TEXT ${INSTANT('outcome_at')},
        -- The follow-up meeting the outcome 'another_follow_up' made.
        next_meeting_id TEXT REFERENCES meeting(id) ON DELETE SET NULL,
        close_reason TEXT CHECK (close_reason IN ('plan_made', 'family_withdrew', 'other')),
        close_text TEXT,
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((outcome IS NULL) = (outcome_at IS NULL)),
        CHECK (outcome IS 'another_follow_up' OR next_meeting_id IS NULL),
        CHECK ((outcome IS 'close') = (close_reason IS NOT NULL)),
        CHECK ((close_reason IS NULL) = (close_text IS NULL))
      ) STRICT;
      CREATE INDEX follow_up_plan ON follow_up(plan_id);
      CREATE INDEX follow_up_next_meeting ON follow_up(next_meeting_id);

      -- The questions on which the network's assessment is wanted, in order.
      CREATE TABLE follow_up_question (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES follow_up(meeting_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL
      ) STRICT;
      CREATE INDEX follow_up_question_meeting ON follow_up_question(meeting_id, position);

      -- How one item of the reviewed plan went; an item without a row is not yet reviewed.
      CREATE TABLE follow_up_review (
        meeting_id TEXT NOT NULL REFERENCES follow_up(meeting_id) ON DELETE CASCADE,
        item_id TEXT NOT NULL REFERENCES plan_item(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('done', 'partly', 'not_done', 'no_longer_needed')),
        comment TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL ${INSTANT('updated_at')},
        PRIMARY KEY (meeting_id, item_id)
      ) STRICT;
      CREATE INDEX follow_up_review_item ON follow_up_review(item_id);

      -- Follow-up meetings made before this version get their record, stamped like the meeting.
      INSERT INTO follow_up (meeting_id, plan_id, created_at, updated_at)
      SELECT m.id,
        (SELECT p.id FROM plan p
         WHERE p.conference_id = m.conference_id
           AND p.decision_outcome IN ('accepted', 'accepted_with_changes')
         ORDER BY p.number DESC LIMIT 1),
        m.created_at, m.created_at
      FROM meeting m WHERE m.kind = 'follow_up' ORDER BY m.rowid;
    `);
  },
};
