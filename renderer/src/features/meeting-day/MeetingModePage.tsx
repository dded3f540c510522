import { comingMeeting } from '../../../../electron/shared/arrangements/meetings';
import { dayLayoutOf } from '../../../../electron/shared/conference/meeting-types';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { Agenda } from './Agenda';
import { AttendanceSection } from './AttendanceSection';
import { InformationSection } from './InformationSection';
import { MeetingHeader } from './MeetingHeader';
import { PlanSection } from './PlanSection';
import { PrivateTimeSection } from './PrivateTimeSection';
import { StepsMeeting } from './StepsMeeting';
import './meeting-mode.css';

/**
 * The meeting day itself: the three parts with their timers, attendance, the children's
 * information. It records the coming meeting: the open follow-up, else the conference's own.
 */
export function MeetingModePage() {
  const { t, formatDate } = useI18n();
  const { prep, readOnly } = usePreparation();
  const meeting = comingMeeting(prep);

  if (!meeting) return <p className="alert alert-info">{t('meetingDay.noMeeting')}</p>;
  // Held before the app: no day is invented afterwards; its follow-up is recorded here when it comes.
  if (meeting.heldBeforeApp && meeting.date) {
    return <p className="alert alert-info">{t('heldBefore.meetingDay', { date: formatDate(meeting.date) })}</p>;
  }
  // How the day is run is the kind's definition: three timed parts, or steps in order.
  const layout = dayLayoutOf(prep.conference.meetingType, meeting.kind);
  if (layout.layout === 'steps') return <StepsMeeting meeting={meeting} layout={layout} />;
  return (
    <div className="meeting-mode">
      <MeetingHeader meeting={meeting} />
      {readOnly && <p className="alert alert-info mm-readonly">{t('meetingDay.readOnly')}</p>}
      <Agenda meeting={meeting} />
      <AttendanceSection meeting={meeting} />
      <InformationSection meeting={meeting} />
      <PrivateTimeSection meeting={meeting} />
      <PlanSection meeting={meeting} />
    </div>
  );
}
