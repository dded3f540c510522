import { type Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { TYPICAL_MINUTES } from '../../../../electron/shared/arrangements/attendance';
import { warnsAboutDuration } from '../../../../electron/shared/arrangements/meetings';
import { usedMs } from '../../../../electron/shared/meeting-day/meeting-day-rules';
import { href } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import {
  clockPart,
  clockText,
  longDate,
  partState,
  storedTimeText,
  totalPlannedMinutes,
  totalUsedMs,
  wholeMinutes,
} from './meeting-time';
import { useDuration } from './useDuration';
import { useNow } from './useNow';

/**
 * The top of the meeting view, kept in sight while scrolling: whose conference, which
 * meeting (a follow-up says so) and day, the clock of the part going on, and the whole
 * meeting's time against the plan.
 */
export function MeetingHeader({ meeting }: { meeting: Meeting }) {
  return (
    <header className="mm-header">
      <MeetingWho meeting={meeting} />
      <HeaderClocks meeting={meeting} />
    </header>
  );
}

/** Whose meeting, which one and when, with the way back: the left of every meeting view's header. */
export function MeetingWho({ meeting, backLabel }: { meeting: Meeting; backLabel?: string }) {
  const { t, language } = useI18n();
  const { prep, today } = usePreparation();
  const conference = prep.conference;
  const date = meeting.date ?? today;
  const place = meeting.venue.name;

  return (
    <div className="mm-header-who">
      <a className="mm-back" href={href({ name: 'conference', id: conference.id })}>
        ← {backLabel ?? t('meetingDay.back')}
      </a>
      <div className="mm-header-title">
        <h1 dir="auto">{conference.reference}</h1>
        {meeting.kind === 'follow_up' && <p className="badge badge-info mm-badge-large">{t('meetingDay.followUp')}</p>}
      </div>
      <p className="mm-header-when">
        <span>{meeting.date ? longDate(date, language) : t('meetingDay.dateNotSet')}</span>
        {meeting.startTime && meeting.endTime && (
          <span>{t('meetingDay.timeRange', { start: storedTimeText(meeting.startTime, language), end: storedTimeText(meeting.endTime, language) })}</span>
        )}
        {place && <span dir="auto">{place}</span>}
      </p>
    </div>
  );
}

/** The ticking part of the header, apart so only it re-renders each second. */
function HeaderClocks({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const duration = useDuration();
  const now = useNow();
  const day = meeting.day;
  const current = clockPart(day);
  const state = current ? partState(current) : null;
  const used = totalUsedMs(day, now);
  const planned = totalPlannedMinutes(day);
  const share = Math.min(100, (wholeMinutes(used) / planned) * 100);

  return (
    <div className="mm-header-clocks">
      <div className={`mm-clock${state === 'running' ? ' mm-clock-running' : ''}`} role="group" aria-label={t('meetingDay.clock.title')}>
        <p className="mm-clock-label">
          {current
            ? `${t(state === 'running' ? 'meetingDay.clock.running' : 'meetingDay.clock.paused')}: ${t(`meetingDay.part.${current.part}`)}`
            : t('meetingDay.clock.idle')}
        </p>
        {current ? (
          <p className="mm-clock-time">{clockText(usedMs(current, now))}</p>
        ) : (
          <p className="mm-clock-idle">{t('meetingDay.clock.idleHint')}</p>
        )}
      </div>
      <div className="mm-total" role="group" aria-label={t('meetingDay.total')}>
        <p className="mm-total-label">{t('meetingDay.total')}</p>
        <p className="mm-total-value">
          {t('meetingDay.total.of', { used: duration(wholeMinutes(used)), planned: duration(planned) })}
        </p>
        <div className="mm-bar" aria-hidden="true">
          <span style={{ width: `${share}%` }} />
        </div>
        <p className="mm-total-hint">{t('meetingDay.total.hint')}</p>
        {/* A follow-up is usually shorter than the conference's 3–6 hours. */}
        {warnsAboutDuration(meeting) && (planned < TYPICAL_MINUTES.min || planned > TYPICAL_MINUTES.max) && (
          <p className="mm-total-typical">{t('meetingDay.total.typical')}</p>
        )}
      </div>
    </div>
  );
}
