import type { Migration } from './migration';

/*
 * Cheap shape checks, so a row the app would misread cannot get in by another road
 * (a bug, a hand-edited file). Written out here: a shipped migration never changes.
 */
const DATE = (column: string) =>
  `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;
const TIME = (column: string) => `CHECK (${column} IS NULL OR ${column} GLOB '[0-2][0-9]:[0-5][0-9]')`;
/** An instant as `Date.toISOString()` writes it: UTC, milliseconds, `Z`. */
const INSTANT = (column: string) =>
  `CHECK (${column} IS NULL OR ${column} GLOB ` +
  `'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9]Z')`;
const FLAG = (column: string) => `CHECK (${column} IN (0, 1))`;
const MINUTES = (column: string) => `CHECK (${column} BETWEEN 5 AND 360)`;
const PART = `CHECK (part IN ('information', 'private_time', 'plan'))`;

/**
 * A person a plan names: a network member (`<prefix>_member_id` set) or the social
 * worker, who is not a member. Member references have no cascade on purpose: removing a
 * member who has a task is refused by the app, and the database refuses it too.
 */
const PERSON = (prefix: string, nullable = false) => `
  ${prefix}_kind TEXT ${nullable ? '' : 'NOT NULL'} CHECK (${prefix}_kind IN ('member', 'social_worker')),
  ${prefix}_member_id TEXT REFERENCES network_member(id)
    CHECK ((${prefix}_kind IS 'member') = (${prefix}_member_id IS NOT NULL))`;

/**
 * The meeting day and the family's plan. A meeting without a day row has nothing of its
 * day recorded yet (the planned minutes are the defaults); no rows are written for the
 * meetings that exist, and no conference has a plan yet.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'meeting-day-and-plan',
  up(db) {
    db.exec(`
      -- What the convener sets for the day; written on the first change.
      CREATE TABLE meeting_day (
        meeting_id TEXT PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
        information_minutes INTEGER NOT NULL ${MINUTES('information_minutes')},
        private_time_minutes INTEGER NOT NULL ${MINUTES('private_time_minutes')},
        plan_minutes INTEGER NOT NULL ${MINUTES('plan_minutes')},
        social_worker_present INTEGER NOT NULL ${FLAG('social_worker_present')},
        questions_presented INTEGER NOT NULL ${FLAG('questions_presented')},
        version INTEGER NOT NULL CHECK (version >= 1),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- A part that was ended, and when; a row only once a part has been ended.
      CREATE TABLE meeting_part_end (
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        part TEXT NOT NULL ${PART},
        ended_at TEXT NOT NULL ${INSTANT('ended_at')},
        PRIMARY KEY (meeting_id, part)
      ) STRICT;

      -- Each stretch of time a part ran, in order.
      CREATE TABLE meeting_timer_segment (
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        part TEXT NOT NULL ${PART},
        position INTEGER NOT NULL CHECK (position >= 0),
        started_at TEXT NOT NULL ${INSTANT('started_at')},
        ended_at TEXT ${INSTANT('ended_at')},
        CHECK (ended_at IS NULL OR ended_at >= started_at),
        PRIMARY KEY (meeting_id, part, position)
      ) STRICT;
      -- One clock at a time: a meeting has at most one running segment.
      CREATE UNIQUE INDEX meeting_timer_one_running ON meeting_timer_segment(meeting_id) WHERE ended_at IS NULL;

      -- How each person on the list took part; a member without a row is 'unknown'.
      CREATE TABLE meeting_attendance (
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES network_member(id) ON DELETE CASCADE,
        presence TEXT NOT NULL CHECK (presence IN ('unknown', 'in_person', 'remote', 'written_views', 'absent')),
        arrived_at TEXT ${TIME('arrived_at')},
        gave_information INTEGER NOT NULL ${FLAG('gave_information')},
        PRIMARY KEY (meeting_id, member_id)
      ) STRICT;
      CREATE INDEX meeting_attendance_member ON meeting_attendance(member_id);

      -- How each child was heard; the Three Houses columns are all null when none was made.
      CREATE TABLE meeting_child_heard (
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        child_id TEXT NOT NULL REFERENCES conference_child(id) ON DELETE CASCADE,
        heard TEXT NOT NULL
          CHECK (heard IN ('present', 'support_person', 'letter', 'drawing', 'recording', 'not_heard')),
        note TEXT NOT NULL,
        worries TEXT,
        good_things TEXT,
        dreams TEXT,
        CHECK ((worries IS NULL) = (good_things IS NULL) AND (worries IS NULL) = (dreams IS NULL)),
        PRIMARY KEY (meeting_id, child_id)
      ) STRICT;
      CREATE INDEX meeting_child_heard_child ON meeting_child_heard(child_id);

      -- One row per version of the family's plan: 1 made at the conference, 2… at follow-ups.
      CREATE TABLE plan (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        problems TEXT NOT NULL DEFAULT '',
        monitoring TEXT NOT NULL DEFAULT '',
        follow_up_date TEXT ${DATE('follow_up_date')},
        decision_outcome TEXT CHECK (decision_outcome IN ('accepted', 'accepted_with_changes', 'not_accepted')),
        decision_reasons TEXT,
        decision_date TEXT ${DATE('decision_date')},
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((decision_outcome IS NULL) = (decision_reasons IS NULL)
          AND (decision_outcome IS NULL) = (decision_date IS NULL)),
        UNIQUE (conference_id, number)
      ) STRICT;
      CREATE INDEX plan_meeting ON plan(meeting_id);

      -- A question removed from the summary leaves its answers under "other agreements".
      CREATE TABLE plan_item (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        question_id TEXT REFERENCES summary_item(id) ON DELETE SET NULL,
        what TEXT NOT NULL,
        ${PERSON('owner')},
        from_date TEXT ${DATE('from_date')},
        by_date TEXT ${DATE('by_date')},
        follow_up TEXT NOT NULL DEFAULT '',
        ${PERSON('checker', true)}
      ) STRICT;
      CREATE INDEX plan_item_plan ON plan_item(plan_id, position);
      CREATE INDEX plan_item_owner ON plan_item(owner_member_id);
      CREATE INDEX plan_item_checker ON plan_item(checker_member_id);
      CREATE INDEX plan_item_question ON plan_item(question_id);

      -- The "must include" bottom lines an item fulfils.
      CREATE TABLE plan_item_bottom_line (
        item_id TEXT NOT NULL REFERENCES plan_item(id) ON DELETE CASCADE,
        summary_item_id TEXT NOT NULL REFERENCES summary_item(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (item_id, summary_item_id)
      ) STRICT;
      CREATE INDEX plan_item_bottom_line_summary ON plan_item_bottom_line(summary_item_id);

      CREATE TABLE plan_service (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        ${PERSON('worker')},
        what TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_service_plan ON plan_service(plan_id, position);
      CREATE INDEX plan_service_worker ON plan_service(worker_member_id);

      -- The distribution log: who gets a copy, and when and how it went.
      CREATE TABLE plan_recipient (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        ${PERSON('recipient')},
        sent_date TEXT ${DATE('sent_date')},
        channel TEXT NOT NULL CHECK (channel IN ('by_hand', 'post', 'email', 'secure_email'))
      ) STRICT;
      CREATE INDEX plan_recipient_plan ON plan_recipient(plan_id, position);
      CREATE INDEX plan_recipient_member ON plan_recipient(recipient_member_id);

      -- Who is invited to the follow-up meeting the plan agrees on.
      CREATE TABLE plan_invitee (
        plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        ${PERSON('person')},
        PRIMARY KEY (plan_id, position)
      ) STRICT;
      CREATE INDEX plan_invitee_member ON plan_invitee(person_member_id);

      CREATE TABLE plan_dissent (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        ${PERSON('person')},
        text TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_dissent_plan ON plan_dissent(plan_id, position);
      CREATE INDEX plan_dissent_member ON plan_dissent(person_member_id);

      -- The "not acceptable" bottom lines the convener has checked the plan against.
      CREATE TABLE plan_not_acceptable_check (
        plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        summary_item_id TEXT NOT NULL REFERENCES summary_item(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (plan_id, summary_item_id)
      ) STRICT;
      CREATE INDEX plan_not_acceptable_check_summary ON plan_not_acceptable_check(summary_item_id);
    `);
  },
};
