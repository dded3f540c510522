import type { MeetingKind } from '../../../shared/arrangements/meeting-kinds';
import type { Db } from '../../db/raw-database';
import type { MeetingWhenSource } from '../../../shared/conference/meeting-when';
import { prepared } from '../../db/prepared';
import { groupByConference } from './conference.repo';

interface MeetingTimeRow {
  id: string;
  conference_id: string;
  kind: string;
  date: string | null;
  start_time: string | null;
  end_time: string | null;
}

/** The meetings of these conferences with their date and booked times, by conference id, in one query. */
export function listOpenMeetingTimes(db: Db, conferenceIds: readonly string[]): Map<string, MeetingWhenSource[]> {
  const rows = prepared(db, 
      `SELECT x.id, x.conference_id, x.kind, x.date, x.start_time, x.end_time
       FROM meeting x WHERE x.conference_id IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ ids: JSON.stringify(conferenceIds) }) as MeetingTimeRow[];
  return groupByConference(
    rows,
    (row): MeetingWhenSource => ({
      id: row.id,
      kind: row.kind as MeetingKind,
      date: row.date,
      startTime: row.start_time,
      endTime: row.end_time,
    }),
  );
}
