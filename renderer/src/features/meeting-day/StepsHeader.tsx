import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import type { DayLayout } from '../../../../electron/shared/conference/meeting-types';
import { usedMs } from '../../../../electron/shared/meeting-day/meeting-day-rules';
import { meetingHasStarted } from '../../../../electron/shared/meeting-day/meeting-day-rules';
import { useI18n } from '../../i18n/I18nProvider';
import { MeetingWho } from './MeetingHeader';
import { clockText, timerOf, wholeMinutes } from './meeting-time';
import { lengthStatus, stepsFinished, stepsUsedMs } from './steps-time';
import { useNow } from './useNow';

type StepsLayout = Extract<DayLayout, { layout: 'steps' }>;

/**
 * The top of a meeting run in steps, kept in sight: whose meeting and when, and ONE clock for
 * the whole meeting (all steps together) held against the kind's usual length.
 */
export function StepsHeader({ meeting, layout, current }: { meeting: Meeting; layout: StepsLayout; current: number }) {
  const { t } = useI18n();
  return (
    <header className="mm-header">
      <MeetingWho meeting={meeting} backLabel={t('mappingDay.back')} />
      <StepsClock meeting={meeting} layout={layout} current={current} />
    </header>
  );
}

const STATUS_TONE = { under: 'neutral', inside: 'success', over: 'warning' } as const;

/** The ticking part, apart so only it re-renders each second. */
function StepsClock({ meeting, layout, current }: { meeting: Meeting; layout: StepsLayout; current: number }) {
  const { t } = useI18n();
  const now = useNow();
  const day = meeting.day;
  const { min, max } = layout.minutes;
  const used = stepsUsedMs(day, layout.steps, now);
  const minutes = wholeMinutes(used);
  const started = meetingHasStarted(day.timers);
  const finished = stepsFinished(day, layout.steps);
  const status = lengthStatus(minutes, layout.minutes);
  const step = current >= 0 ? layout.steps[current]! : null;
  const running = step !== null && timerOf(day, step.part).segments.at(-1)?.endedAt === null;

  return (
    <div className="mm-header-clocks">
      <div className={`mm-clock sm-clock${running ? ' mm-clock-running' : ''}`} role="group" aria-label={t('mappingDay.clock.title')}>
        <p className="mm-clock-label">
          {finished
            ? t('mappingDay.clock.ended')
            : step
              ? `${t(running ? 'meetingDay.clock.running' : 'meetingDay.clock.paused')}: ${t(`meetingDay.part.${step.part}`)}`
              : t('mappingDay.clock.title')}
        </p>
        <p className="mm-clock-time">{clockText(used)}</p>
        <div className={`mm-bar${status === 'over' ? ' mm-bar-over' : ''}`} aria-hidden="true">
          <span style={{ width: `${Math.min(100, (minutes / max) * 100)}%` }} />
        </div>
        <p className="sm-clock-range">
          {started ? (
            <span className={`badge badge-${STATUS_TONE[status]} sm-status`}>
              {t(`mappingDay.clock.${status}`, { min, max })}
            </span>
          ) : (
            <span className="sm-status-idle">{t('mappingDay.clock.notStarted')}</span>
          )}
          <span className="sm-range">{t('mappingDay.clock.range', { min, max })}</span>
        </p>
        {step && (
          <p className="sm-step-clock">
            {t('mappingDay.clock.step', { step: t(`meetingDay.part.${step.part}`) })} · {clockText(usedMs(timerOf(day, step.part), now))}
          </p>
        )}
      </div>
    </div>
  );
}
