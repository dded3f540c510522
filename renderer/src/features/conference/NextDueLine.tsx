import type { ReactNode } from 'react';
import { builtInWording } from '../../../../electron/shared/arrangements/checklist';
import { addDays } from '../../../../electron/shared/dates';
import type { MeetingKind } from '../../../../electron/shared/arrangements/meeting-kinds';
import type { MeetingType } from '../../../../electron/shared/conference/conference-lists';
import type { NextDue } from '../../../../electron/shared/conference/next-due.types';
import { isBuiltInChecklistKey } from '../../../../electron/shared/settings/settings-lists';
import { tabOfKind, type ConferenceTab } from '../../../../electron/shared/conference/meeting-types';
import { href } from '../../app/routes';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import { plannedDayText } from './day-text';
import './conferences.css';

/**
 * A meeting in words as its kind of meeting names it: a conference's own meeting is
 * "Neuvonpito" or "Kartoitus", a follow-up meeting is one whatever the kind.
 */
export function meetingName(t: I18n['t'], meetingKind: MeetingKind, meetingType: MeetingType): string {
  return meetingKind === 'conference' ? t(`nextDue.meeting.conference.${meetingType}`) : t('nextDue.meeting.follow_up');
}

/** "Agree the date" of a meeting, as its kind of meeting names it. */
function setDateLabel(t: I18n['t'], meetingKind: MeetingKind, meetingType: MeetingType): string {
  return meetingKind === 'conference' ? t(`nextDue.setDate.conference.${meetingType}`) : t('nextDue.setDate.follow_up');
}

/** Where the next thing is done: a tab the conference's kind has, else its overview. */
export function nextDueTab(next: NextDue, meetingType: MeetingType): ConferenceTab {
  return tabOfKind({ meetingType }, tabOf(next));
}

function tabOf(next: NextDue): ConferenceTab {
  switch (next.kind) {
    case 'checklist':
    case 'meeting':
    case 'setDate':
      return 'arrangements';
    case 'recordPlan':
    case 'decision':
    case 'planNotAccepted':
    case 'postPlan':
      return 'plan';
    // The follow-up tab offers closing when nothing more is agreed.
    case 'close':
    case 'recordOutcome':
    case 'createFollowUp':
      return 'followUp';
  }
}

/** What to do, in words. */
function labelOf(next: NextDue, meetingType: MeetingType, t: I18n['t']): string {
  switch (next.kind) {
    case 'checklist':
      return next.item.builtIn && isBuiltInChecklistKey(next.item.key)
        ? t(`nextDue.checklist.${builtInWording(next.item.key, next.meetingKind)}`)
        : next.item.text;
    case 'meeting':
      return meetingName(t, next.meetingKind, meetingType);
    case 'setDate':
      return setDateLabel(t, next.meetingKind, meetingType);
    default:
      return t(`nextDue.${next.kind}`);
  }
}

/** When it is due: a red badge once late, "tänään" on the day, else the day itself. */
function whenOf(next: NextDue, today: string, i18n: I18n): ReactNode {
  const { t, tn } = i18n;
  if (next.due === null) return null;
  if (next.overdueDays > 0) return <span className="badge badge-danger">{tn('nextDue.overdue', next.overdueDays)}</span>;
  if (next.due === today) return <span className="badge badge-warning">{t('nextDue.today')}</span>;
  const day = next.due === addDays(today, 1) ? t('nextDue.tomorrow') : plannedDayText(next.due, today, i18n.language, i18n.formatDate);
  return (
    <span className="next-due-when">{next.kind === 'createFollowUp' ? t('nextDue.agreed', { date: day }) : day}</span>
  );
}

/**
 * The next thing due for a conference as one line: what to do, linked to the tab where
 * it is done, and when. A closed conference has nothing due.
 */
export function NextDueLine({
  next,
  conferenceId,
  meetingType,
  today,
  stacked = false,
}: {
  next: NextDue | null;
  conferenceId: string;
  /** The conference's kind of meeting: how its meeting is named and which tabs it has. */
  meetingType: MeetingType;
  today: string;
  /** When under what, as in a table cell; otherwise on one line. */
  stacked?: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (next === null) {
    return (
      <span className="next-due next-due-none">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('nextDue.nothing')}</span>
      </span>
    );
  }
  const when = whenOf(next, today, i18n);
  return (
    <span className={stacked ? 'next-due next-due-stacked' : 'next-due'}>
      <a className="next-due-what" href={href({ name: 'conference', id: conferenceId, tab: nextDueTab(next, meetingType) })} dir="auto">
        {labelOf(next, meetingType, t)}
      </a>
      {when && <> {when}</>}
    </span>
  );
}
