import type { MeetingReply } from '../../../shared/arrangements/meeting.schema';
import type { Reply } from '../../../shared/preparation/network.schema';
import type { Db } from '../../db/raw-database';
import { saveVersioned } from '../meeting-day/meeting-day.repo';

interface ReplyRow {
  meeting_id: string;
  member_id: string;
  reply: string;
  version: number;
}

/** The follow-up replies of each of `meetingIds`, in the network's order, by meeting id. */
export function repliesOf(db: Db, meetingIds: readonly string[]): Map<string, MeetingReply[]> {
  const replies = new Map<string, MeetingReply[]>(meetingIds.map((id) => [id, []]));
  if (meetingIds.length === 0) return replies;
  const rows = db
    .prepare(
      `SELECT r.* FROM meeting_reply r JOIN network_member n ON n.id = r.member_id
       WHERE r.meeting_id IN (SELECT value FROM json_each(@ids)) ORDER BY n.created_at, n.rowid`,
    )
    .all({ ids: JSON.stringify(meetingIds) }) as ReplyRow[];
  for (const row of rows) {
    replies.get(row.meeting_id)?.push({ memberId: row.member_id, reply: row.reply as Reply, version: row.version });
  }
  return replies;
}

/**
 * Records `reply.memberId`'s reply to a follow-up meeting if it is still at `reply.version`
 * (1 before it was first saved); false when someone else saved it in between.
 */
export function saveReply(db: Db, meetingId: string, reply: MeetingReply): boolean {
  return saveVersioned(
    db,
    `UPDATE meeting_reply SET reply = @reply, version = version + 1
     WHERE meeting_id = @meetingId AND member_id = @memberId AND version = @version`,
    `INSERT INTO meeting_reply (meeting_id, member_id, reply, version) VALUES (@meetingId, @memberId, @reply, 2)
     ON CONFLICT(meeting_id, member_id) DO NOTHING`,
    { meetingId, ...reply },
  );
}
