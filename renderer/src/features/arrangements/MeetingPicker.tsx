import { useId } from 'react';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { useI18n } from '../../i18n/I18nProvider';
import { useMeetingName } from './useMeetingChoice';
import './arrangements.css';

/**
 * Which meeting a tab is about, shown only when the conference has more than one (its own
 * and a follow-up or more): each named by kind and date, with what the tab should say
 * about the meeting chosen beneath.
 */
export function MeetingPicker({
  meetings,
  meeting,
  note,
  onChoose,
}: {
  meetings: readonly Meeting[];
  meeting: Meeting;
  note?: string | undefined;
  onChoose(meetingId: string): void;
}) {
  const { t } = useI18n();
  const name = useMeetingName();
  const id = useId();
  if (meetings.length < 2) return null;

  return (
    <div className="meeting-picker">
      <label htmlFor={id} className="field-label">
        {t('arrangements.meeting.label')}
      </label>
      <select id={id} value={meeting.id} aria-describedby={`${id}-hint`} onChange={(event) => onChoose(event.target.value)}>
        {meetings.map((m) => (
          <option key={m.id} value={m.id}>
            {name(m)}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="muted meeting-picker-hint">
        {t('arrangements.meeting.hint')}
      </span>
      {note && <p className="meeting-picker-note">{note}</p>}
    </div>
  );
}
