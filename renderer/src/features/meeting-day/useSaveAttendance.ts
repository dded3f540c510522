import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import type { Attendance } from '../../../../electron/shared/meeting-day/meeting-day.schema';
import { usePreparation } from '../preparation/PreparationContext';
import { useInTurn } from '../preparation/useInTurn';
import { newest, presenceOf } from './meeting-time';
import { useDayChange } from './useDayChange';

export type AttendanceChange = Partial<Omit<Attendance, 'memberId' | 'version'>>;

/**
 * Saves one person's attendance: what is not changed is sent as it is now, on the version
 * of the record after this screen's earlier saves (they run one after another).
 */
export function useSaveAttendance(meeting: Meeting, memberId: string) {
  const { latest } = usePreparation();
  const run = useDayChange();
  const inTurn = useInTurn();
  return (patch: AttendanceChange) =>
    inTurn(() => {
      const current = newest(latest(), meeting);
      const record = presenceOf(current.day, memberId);
      const presence = patch.presence ?? record.presence;
      return run('meetingDay.setAttendance', {
        meetingId: meeting.id,
        memberId,
        version: record.version,
        presence,
        arrivedAt: patch.arrivedAt === undefined ? record.arrivedAt : patch.arrivedAt,
        gaveInformation: patch.gaveInformation ?? record.gaveInformation,
        // The day views arrived belongs to written views only: another mark takes it away.
        viewsReceivedDate:
          presence !== 'written_views' ? null : patch.viewsReceivedDate === undefined ? record.viewsReceivedDate : patch.viewsReceivedDate,
      });
    });
}
