import { useMemo } from 'react';
import { attendanceOf } from '../../../../electron/shared/arrangements/attendance';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { MeetingForm } from './MeetingForm';
import { useStoredSettings } from '../settings/useStoredSettings';
import './arrangements.css';

/** The practical arrangements and the checklist of the conference's meeting. */
export function ArrangementsPage() {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const settings = useStoredSettings();
  // Recomputed from the whole preparation, so a reply changed on a member page shows here at once.
  const attendance = useMemo(() => attendanceOf(prep), [prep]);
  const meeting = prep.meetings[0];

  return (
    <div className="arrangements-page">
      <p className="muted arrangements-intro">{t('arrangements.intro')}</p>
      {meeting ? (
        <MeetingForm key={meeting.id} meeting={meeting} attendance={attendance} settings={settings} />
      ) : (
        <p className="alert alert-info">{t('arrangements.noMeeting')}</p>
      )}
    </div>
  );
}
