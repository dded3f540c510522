import type { MeetingKind } from '../arrangements/meeting-kinds';

/** The coming meeting's date and booked times, as the list and the overview show them. */
export interface MeetingWhen {
  meetingId: string;
  kind: MeetingKind;
  date: string;
  startTime: string | null;
  endTime: string | null;
}
