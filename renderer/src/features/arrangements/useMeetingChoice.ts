import { useCallback, useState } from 'react';
import { comingMeeting } from '../../../../electron/shared/arrangements/meetings';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';

/*
 * Which meeting the arrangements and documents tabs show. A choice the convener makes is
 * kept for the window's session per conference, so it survives moving between the two
 * tabs (and a reload); without one, the coming meeting is shown.
 */

const storageKey = (conferenceId: string) => `neuvonpito.meeting.${conferenceId}`;

function storedChoice(conferenceId: string): string | null {
  try {
    return sessionStorage.getItem(storageKey(conferenceId));
  } catch {
    return null;
  }
}

/** Remembers `meetingId` as the meeting chosen, for a link that opens the arrangements or documents of that meeting. */
export function rememberMeetingChoice(conferenceId: string, meetingId: string): void {
  try {
    sessionStorage.setItem(storageKey(conferenceId), meetingId);
  } catch {
    // Storage may be unavailable; the choice then lasts as long as the tab is open.
  }
}

export interface MeetingChoice {
  /** The meeting shown: the one chosen, or the coming one. */
  meeting: Meeting | undefined;
  /** Every meeting of the conference: the conference's own first, then follow-ups by date. */
  meetings: Meeting[];
  choose(meetingId: string): void;
}

/** The meeting the arrangements and documents tabs are about, and the way to choose another. */
export function useMeetingChoice(): MeetingChoice {
  const { prep } = usePreparation();
  const conferenceId = prep.conference.id;
  const [chosen, setChosen] = useState(() => storedChoice(conferenceId));
  const choose = useCallback(
    (meetingId: string) => {
      rememberMeetingChoice(conferenceId, meetingId);
      setChosen(meetingId);
    },
    [conferenceId],
  );
  const meeting = prep.meetings.find((m) => m.id === chosen) ?? comingMeeting(prep);
  return { meeting, meetings: prep.meetings, choose };
}

/** A meeting's name by kind and date: "Neuvonpito 3.12.2026", "Seurantakokous (ei päivää)". */
export function useMeetingName(): (meeting: Pick<Meeting, 'kind' | 'date'>) => string {
  const { t, formatDate } = useI18n();
  return useCallback(
    (meeting) =>
      meeting.date
        ? t(`arrangements.meeting.${meeting.kind}`, { date: formatDate(meeting.date) })
        : t(`arrangements.meeting.undated.${meeting.kind}`),
    [t, formatDate],
  );
}
