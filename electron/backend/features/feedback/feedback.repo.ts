import type { Answer, FeedbackResponse, MeetingFeedback, RespondentGroup } from '../../../shared/feedback/feedback.schema';
import type { Db } from '../../db/raw-database';
import { saveVersioned } from '../meeting-day/meeting-day.repo';

interface FeedbackRow {
  meeting_id: string;
  version: number;
}

interface ResponseRow {
  meeting_id: string;
  respondent_group: string;
  satisfaction: number | null;
  heard: string | null;
  plan_helps: string | null;
}

/**
 * The feedback recorded at each of `meetingIds`, in that order: version 1 and no responses
 * for a meeting with nothing recorded yet.
 */
export function feedbackOf(db: Db, meetingIds: readonly string[]): MeetingFeedback[] {
  if (meetingIds.length === 0) return [];
  const ids = meetingIds.map(() => '?').join(', ');
  const versions = new Map(
    (db.prepare(`SELECT meeting_id, version FROM meeting_feedback WHERE meeting_id IN (${ids})`).all(...meetingIds) as FeedbackRow[]).map(
      (row) => [row.meeting_id, row.version],
    ),
  );
  const responses = new Map<string, FeedbackResponse[]>();
  const rows = db
    .prepare(`SELECT * FROM meeting_feedback_response WHERE meeting_id IN (${ids}) ORDER BY meeting_id, position`)
    .all(...meetingIds) as ResponseRow[];
  for (const row of rows) {
    const response: FeedbackResponse = {
      group: row.respondent_group as RespondentGroup,
      satisfaction: row.satisfaction,
      heard: row.heard as Answer | null,
      planHelps: row.plan_helps as Answer | null,
    };
    const list = responses.get(row.meeting_id);
    if (list) list.push(response);
    else responses.set(row.meeting_id, [response]);
  }
  return meetingIds.map((meetingId) => ({
    meetingId,
    version: versions.get(meetingId) ?? 1,
    responses: responses.get(meetingId) ?? [],
  }));
}

/**
 * Replaces the forms recorded at a meeting if they are still at `version` (1 before anything was
 * recorded: the first save writes the row); returns false when someone else saved in between.
 */
export function saveFeedback(
  db: Db,
  update: { meetingId: string; version: number; now: string; responses: readonly FeedbackResponse[] },
): boolean {
  const { meetingId, version, now, responses } = update;
  const saved = saveVersioned(
    db,
    `UPDATE meeting_feedback SET version = version + 1, updated_at = @now
     WHERE meeting_id = @meetingId AND version = @version`,
    `INSERT INTO meeting_feedback (meeting_id, version, updated_at) VALUES (@meetingId, 2, @now)
     ON CONFLICT(meeting_id) DO NOTHING`,
    { meetingId, version, now },
  );
  if (!saved) return false;
  db.prepare('DELETE FROM meeting_feedback_response WHERE meeting_id = @meetingId').run({ meetingId });
  const insert = db.prepare(
    `INSERT INTO meeting_feedback_response (meeting_id, position, respondent_group, satisfaction, heard, plan_helps)
     VALUES (@meetingId, @position, @group, @satisfaction, @heard, @planHelps)`,
  );
  responses.forEach((response, position) => insert.run({ meetingId, position, ...response }));
  return true;
}
