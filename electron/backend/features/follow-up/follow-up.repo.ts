import type { CloseReason } from '../../../shared/conference/conference-lists';
import type { Db } from '../../db/raw-database';
import type {
  FollowUp,
  FollowUpOutcome,
  FollowUpSummaryFields,
  ReviewStatus,
} from '../../../shared/follow-up/follow-up.schema';
import { groupByMeeting } from '../arrangements/meeting.repo';

interface FollowUpRow {
  meeting_id: string;
  plan_id: string | null;
  worked: string;
  to_refine: string;
  new_concerns: string;
  work_so_far: string;
  requested_date: string | null;
  received_date: string | null;
  outcome: string | null;
  outcome_at: string | null;
  next_meeting_id: string | null;
  close_reason: string | null;
  close_text: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

interface QuestionRow {
  id: string;
  meeting_id: string;
  text: string;
}

interface ReviewRow {
  meeting_id: string;
  item_id: string;
  status: string;
  comment: string;
  updated_at: string;
  version: number;
}

type Params = Record<string, string | number | null>;

function toOutcome(row: FollowUpRow): FollowUpOutcome | null {
  if (row.outcome === null || row.outcome_at === null) return null;
  if (row.outcome === 'close') {
    return { kind: 'close', reason: row.close_reason as CloseReason, text: row.close_text ?? '', recordedAt: row.outcome_at };
  }
  return { kind: 'another_follow_up', nextMeetingId: row.next_meeting_id, recordedAt: row.outcome_at };
}

/** The follow-ups picked by `where` on `follow_up f JOIN meeting m`, in the meetings' order. */
function readFollowUps(db: Db, where: string, params: Params): FollowUp[] {
  const from = `FROM follow_up f JOIN meeting m ON m.id = f.meeting_id WHERE ${where}`;
  const rows = db
    .prepare(`SELECT f.* ${from} ORDER BY m.date IS NULL, m.date, m.created_at, m.rowid`)
    .all(params) as FollowUpRow[];
  if (rows.length === 0) return [];
  const questions = groupByMeeting(
    db
      .prepare(`SELECT q.id, q.meeting_id, q.text FROM follow_up_question q WHERE q.meeting_id IN (SELECT f.meeting_id ${from})
         ORDER BY q.meeting_id, q.position`)
      .all(params) as QuestionRow[],
  );
  // In the order of the reviewed plan's items, so the screen lists them as the plan does.
  const reviews = groupByMeeting(
    db
      .prepare(
        `SELECT r.* FROM follow_up_review r JOIN plan_item i ON i.id = r.item_id
         WHERE r.meeting_id IN (SELECT f.meeting_id ${from}) ORDER BY r.meeting_id, i.position`,
      )
      .all(params) as ReviewRow[],
  );
  return rows.map((row) => ({
    meetingId: row.meeting_id,
    planId: row.plan_id,
    summary: {
      worked: row.worked,
      toRefine: row.to_refine,
      newConcerns: row.new_concerns,
      workSoFar: row.work_so_far,
      questions: (questions.get(row.meeting_id) ?? []).map(({ id, text }) => ({ id, text })),
      requestedDate: row.requested_date,
      receivedDate: row.received_date,
    },
    reviews: (reviews.get(row.meeting_id) ?? []).map((review) => ({
      itemId: review.item_id,
      status: review.status as ReviewStatus,
      comment: review.comment,
      updatedAt: review.updated_at,
      version: review.version,
    })),
    outcome: toOutcome(row),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** Every follow-up of a conference, in the order of its meetings (by date, undated last). */
export function listFollowUps(db: Db, conferenceId: string): FollowUp[] {
  return readFollowUps(db, 'm.conference_id = @conferenceId', { conferenceId });
}

/** The follow-up of the meeting `meetingId`, or undefined (also for the conference's own meeting). */
export function findFollowUp(db: Db, meetingId: string): FollowUp | undefined {
  return readFollowUps(db, 'f.meeting_id = @meetingId', { meetingId })[0];
}

/** The record of a new follow-up meeting, reviewing `planId`, with nothing written in it. */
export function insertFollowUp(db: Db, followUp: { meetingId: string; planId: string; now: string }): void {
  db.prepare(
    `INSERT INTO follow_up (meeting_id, plan_id, created_at, updated_at) VALUES (@meetingId, @planId, @now, @now)`,
  ).run(followUp);
}

/** Bumps the follow-up's version if it is still at `version`; false when someone else saved in between. */
function bumpVersion(
  db: Db,
  { meetingId, version, now }: { meetingId: string; version: number; now: string },
  set: string,
  params: Params,
): boolean {
  const result = db
    .prepare(
      `UPDATE follow_up SET ${set}, version = version + 1, updated_at = @now
       WHERE meeting_id = @meetingId AND version = @version`,
    )
    .run({ meetingId, version, now, ...params });
  return result.changes === 1;
}

/**
 * Replaces the follow-up summary if the follow-up is still at `version`; returns false
 * when someone else saved in between. Questions keep their ids when given.
 */
export function updateFollowUpSummary(
  db: Db,
  update: { meetingId: string; version: number; now: string; fields: FollowUpSummaryFields },
  newId: () => string,
): boolean {
  const { fields: f, meetingId } = update;
  const saved = bumpVersion(
    db,
    update,
    `worked = @worked, to_refine = @to_refine, new_concerns = @new_concerns, work_so_far = @work_so_far,
     requested_date = @requested_date, received_date = @received_date`,
    {
      worked: f.worked,
      to_refine: f.toRefine,
      new_concerns: f.newConcerns,
      work_so_far: f.workSoFar,
      requested_date: f.requestedDate,
      received_date: f.receivedDate,
    },
  );
  if (!saved) return false;
  const existing = new Set(
    db.prepare('SELECT id FROM follow_up_question WHERE meeting_id = @meetingId').pluck().all({ meetingId }) as string[],
  );
  const upsert = db.prepare(
    `INSERT INTO follow_up_question (id, meeting_id, position, text) VALUES (@id, @meetingId, @position, @text)
     ON CONFLICT(id) DO UPDATE SET position = @position, text = @text`,
  );
  const kept = new Set<string>();
  f.questions.forEach((question, position) => {
    // An id of another follow-up, or a repeat, becomes a new row rather than taking one over.
    const id = question.id && existing.has(question.id) && !kept.has(question.id) ? question.id : newId();
    kept.add(id);
    upsert.run({ id, meetingId, position, text: question.text });
  });
  const remove = db.prepare('DELETE FROM follow_up_question WHERE id = @id');
  for (const id of existing) if (!kept.has(id)) remove.run({ id });
  return true;
}

/** Records how one item went, replacing an earlier review of it. */
/**
 * Records how an item went if its review is still at `version` (1 before it was first
 * reviewed: the first save writes version 2); false when someone saved it in between.
 */
export function saveReview(
  db: Db,
  review: { meetingId: string; itemId: string; status: ReviewStatus; comment: string; now: string; version: number },
): boolean {
  const updated = db
    .prepare(
      `UPDATE follow_up_review SET status = @status, comment = @comment, updated_at = @now, version = version + 1
       WHERE meeting_id = @meetingId AND item_id = @itemId AND version = @version`,
    )
    .run(review);
  if (updated.changes === 1) return true;
  if (review.version !== 1) return false;
  return (
    db
      .prepare(
        `INSERT INTO follow_up_review (meeting_id, item_id, status, comment, updated_at, version)
         VALUES (@meetingId, @itemId, @status, @comment, @now, 2)
         ON CONFLICT(meeting_id, item_id) DO NOTHING`,
      )
      .run(review).changes === 1
  );
}

/** True when `itemId` is an item of the plan version `planId`. */
export function isItemOfPlan(db: Db, itemId: string, planId: string): boolean {
  return db.prepare('SELECT 1 FROM plan_item WHERE id = @itemId AND plan_id = @planId').get({ itemId, planId }) !== undefined;
}

/** Records the outcome if the follow-up is still at `version`; false when someone else saved in between. */
export function saveOutcome(
  db: Db,
  update: {
    meetingId: string;
    version: number;
    now: string;
    outcome:
      | { kind: 'another_follow_up'; nextMeetingId: string }
      | { kind: 'close'; reason: CloseReason; text: string };
  },
): boolean {
  const { outcome } = update;
  return bumpVersion(
    db,
    update,
    `outcome = @outcome, outcome_at = @now, next_meeting_id = @next_meeting_id,
     close_reason = @close_reason, close_text = @close_text`,
    {
      outcome: outcome.kind,
      next_meeting_id: outcome.kind === 'another_follow_up' ? outcome.nextMeetingId : null,
      close_reason: outcome.kind === 'close' ? outcome.reason : null,
      close_text: outcome.kind === 'close' ? outcome.text : null,
    },
  );
}
