import { checklistEntryVersion } from '../../../../electron/shared/arrangements/meeting.schema';
import { usePreparation } from '../preparation/PreparationContext';

/**
 * The version of a checklist entry of `meetingId` after this screen's own saves (read with
 * `latest()` when saving, since a tick may have landed since the last render).
 */
export function useEntryVersion(meetingId: string) {
  const { latest } = usePreparation();
  return (key: string) => {
    const meeting = latest().meetings.find((m) => m.id === meetingId);
    return meeting ? checklistEntryVersion(meeting.checklist, key) : 1;
  };
}
