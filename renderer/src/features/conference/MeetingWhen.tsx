import type { ConferenceTiming } from '../../../../electron/shared/conference/conference-timing';
import { windowFlag, type WindowFlag } from '../../../../electron/shared/conference/meeting-when';
import type { MeetingWhen } from '../../../../electron/shared/conference/meeting-when.types';
import { useI18n } from '../../i18n/I18nProvider';
import { meetingWhenText, spanStart } from './day-text';
import { TimingBadge } from './TimingBadge';
import './conferences.css';

/** A date outside the 4–6 week window, said in words: "2 päivää ikkunan jälkeen". */
export function WindowFlagBadge({ flag }: { flag: WindowFlag }) {
  const { tn } = useI18n();
  return <span className="badge badge-warning window-flag">{tn(`when.window.${flag.side}`, flag.days)}</span>;
}

/**
 * When the conference is, as the list and the overview say it: the coming meeting's date
 * first once it has one, with the window second and flagged if the date falls outside it;
 * without a date, where today stands in the window.
 */
export function MeetingWhenLine({
  when,
  timing,
  today,
  compact = false,
}: {
  when: MeetingWhen | null;
  timing: ConferenceTiming;
  today: string;
  /** One line for a table row; otherwise the date leads on a line of its own. */
  compact?: boolean;
}) {
  const i18n = useI18n();
  const { t, language, formatDate } = i18n;
  const windowText = t('timing.window', { opens: spanStart(timing.opens, timing.closes, language, formatDate), closes: formatDate(timing.closes) });
  // Once the conference is held or closed, its window is history.
  const windowMatters = timing.status !== 'held' && timing.status !== 'closed';
  const className = compact ? 'meeting-when meeting-when-compact' : 'meeting-when';

  if (!when) {
    return (
      <span className={className}>
        <TimingBadge timing={timing} />
        {windowMatters && <span className="meeting-when-window">{windowText}</span>}
      </span>
    );
  }
  const flag = windowMatters ? windowFlag(when, timing) : null;
  return (
    <span className={className}>
      <span className="meeting-when-date">
        {when.kind === 'follow_up' && <span className="meeting-when-kind">{t('nextDue.meeting.follow_up')} </span>}
        {meetingWhenText(when, today, i18n)}
      </span>
      {flag && <WindowFlagBadge flag={flag} />}
      {windowMatters && !flag && !compact && <span className="meeting-when-window">{t('when.window.label', { window: windowText })}</span>}
    </span>
  );
}
