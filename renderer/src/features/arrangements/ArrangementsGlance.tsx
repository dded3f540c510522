import { isolate } from '../../../../electron/shared/i18n/isolate';
import { useMemo } from 'react';
import type { ChecklistEntry } from '../../../../electron/shared/arrangements/checklist';
import { comingMeeting, meetingAttendance, meetingChecklist, meetingFlags } from '../../../../electron/shared/arrangements/meetings';
import { daysBetween } from '../../../../electron/shared/dates';
import { href } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { useArrangementText } from './useArrangementText';
import { useStoredSettings } from '../settings/useStoredSettings';
import { rememberMeetingChoice } from './useMeetingChoice';
import './arrangements.css';

/** How many open checklist items the overview shows. */
const NEXT_ITEMS = 3;

/** The coming meeting's arrangements at a glance on the overview: when and where, what to check, what to do next. */
export function ArrangementsGlance() {
  const { t, tn, formatDate } = useI18n();
  const text = useArrangementText();
  const { prep, today } = usePreparation();
  const settings = useStoredSettings();
  const meeting = comingMeeting(prep);
  const attendance = useMemo(() => (meeting ? meetingAttendance(prep, meeting) : null), [prep, meeting]);
  // A meeting held before the app was arranged before it: its arrangements are not asked about.
  if (!meeting || !attendance || meeting.heldBeforeApp) return null;

  const flags = meetingFlags(meeting, attendance);
  const next: ChecklistEntry[] =
    settings.state === 'ready'
      ? meetingChecklist(prep, meeting, settings.settings.checklist, today)
          .filter((entry) => entry.status !== 'done')
          .slice(0, NEXT_ITEMS)
      : [];
  const when = meeting.date
    ? [
        formatDate(meeting.date),
        meeting.startTime && meeting.endTime
          ? t('arrangements.when.times', { start: text.clock(meeting.startTime), end: text.clock(meeting.endTime) })
          : '',
        isolate(meeting.venue.name),
      ]
        .filter(Boolean)
        .join(' · ')
    : null;

  return (
    <section className="card arrangements-glance" aria-labelledby="arrangements-glance-title">
      <div className="arrangements-card-head">
        <h2 id="arrangements-glance-title">{t('arrangements.glance.title')}</h2>
        <a
          href={href({ name: 'conference', id: prep.conference.id, tab: 'arrangements' })}
          className="arrangements-small-link"
          onClick={() => rememberMeetingChoice(prep.conference.id, meeting.id)}
        >
          {t('arrangements.glance.open')}
        </a>
      </div>
      {prep.meetings.length > 1 && <p className="arrangements-glance-meeting">{t(`arrangements.meeting.kind.${meeting.kind}`)}</p>}
      <p>
        <strong dir="auto">{when ?? t('arrangements.glance.noDate')}</strong>
      </p>
      <p className="muted">
        {tn('arrangements.people.headcount', attendance.headcount)} {t('arrangements.people.inTheRoom')}
        {' · '}
        {flags.length === 0 ? t('arrangements.glance.noFlags') : tn('arrangements.glance.flags', flags.length)}
      </p>
      {next.length > 0 && (
        <ul className="arrangements-glance-next" aria-label={t('arrangements.glance.next')}>
          {next.map((entry) => (
            <li key={entry.key}>
              <span dir="auto">{text.checklistLabel(entry, meeting.kind)}</span>
              {entry.dueDate && (
                <span className={entry.status === 'overdue' ? 'badge badge-danger' : 'muted'}>
                  {entry.status === 'overdue'
                    ? tn('arrangements.checklist.overdue', daysBetween(entry.dueDate, today))
                    : formatDate(entry.dueDate)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
