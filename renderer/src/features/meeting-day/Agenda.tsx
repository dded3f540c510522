import { useState, type FormEvent } from 'react';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import {
  MEETING_PARTS,
  type ConferencePart,
  type MeetingPart,
  type PartTimer,
  type TimerAction,
} from '../../../../electron/shared/meeting-day/meeting-day.schema';
import { isRunning, usedMs } from '../../../../electron/shared/meeting-day/meeting-day-rules';
import { href } from '../../app/routes';
import { useNotify } from '../../components/Notices';
import { useInlineEditor } from '../../components/useInlineEditor';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { clockText, dayUpdate, newest, partSpan, partState, timeOfDay, timerOf, wholeMinutes, type PartState } from './meeting-time';
import { useDayChange } from './useDayChange';
import { useDuration } from './useDuration';
import { useNow } from './useNow';

/** The three parts of the day as big steps, each with its clock and its buttons. */
export function Agenda({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  return (
    <section className="mm-agenda" aria-labelledby="mm-agenda-title">
      <h2 id="mm-agenda-title" className="visually-hidden">
        {t('meetingDay.agenda')}
      </h2>
      <ol className="mm-parts">
        {MEETING_PARTS.map((part, index) => (
          <li key={part}>
            <PartCard meeting={meeting} part={part} number={index + 1} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The shared badge tone of each part's state. */
const STATE_TONE: Record<PartState, string> = { not_started: 'neutral', running: 'info', paused: 'warning', ended: 'success' };

function PartCard({ meeting, part, number }: { meeting: Meeting; part: ConferencePart; number: number }) {
  const { t } = useI18n();
  const notify = useNotify();
  const { readOnly } = usePreparation();
  const run = useDayChange();
  const [busy, setBusy] = useState(false);
  const day = meeting.day;
  const timer = timerOf(day, part);
  const state = partState(timer);
  // The backend pauses a running part when another starts: say which one before and after.
  const other = MEETING_PARTS.map((p) => timerOf(day, p)).find((p) => p.part !== part && isRunning(p));
  const titleId = `mm-part-${part}`;
  const partName = (p: MeetingPart) => t(`meetingDay.part.${p}`);

  const act = async (action: TimerAction) => {
    setBusy(true);
    const result = await run('meetingDay.timer', { meetingId: meeting.id, part, action });
    setBusy(false);
    if (result.ok && action === 'start' && other) {
      notify(t('meetingDay.timer.switched', { started: partName(part), paused: partName(other.part) }));
    }
  };

  return (
    <article className={`mm-part mm-part-${state}`} aria-labelledby={titleId}>
      <div className="mm-part-head">
        <p className="mm-part-number">{t('meetingDay.part.number', { number })}</p>
        <span className={`badge badge-${STATE_TONE[state]} mm-badge`}>{t(`meetingDay.state.${state}`)}</span>
      </div>
      <h3 id={titleId} className="mm-part-title">
        {partName(part)}
      </h3>
      <PartTime timer={timer} planned={day.plannedMinutes[part]} />
      {/* Said before the button, so the buttons of all three cards line up above the footer. */}
      {!readOnly && other && state !== 'ended' && (
        <p className="mm-part-note">{t('meetingDay.timer.pausesOther', { part: partName(other.part) })}</p>
      )}
      {!readOnly && (
        <div className="mm-part-actions">
          {state !== 'running' && (
            <button
              type="button"
              className={`button ${state === 'ended' ? 'button-secondary' : 'button-primary'} mm-button`}
              disabled={busy}
              onClick={() => void act('start')}
            >
              {t(state === 'not_started' ? 'meetingDay.timer.start' : 'meetingDay.timer.resume')}
            </button>
          )}
          {state === 'running' && (
            <button type="button" className="button button-secondary mm-button" disabled={busy} onClick={() => void act('pause')}>
              {t('meetingDay.timer.pause')}
            </button>
          )}
          {(state === 'running' || state === 'paused') && (
            <button type="button" className="button button-secondary mm-button" disabled={busy} onClick={() => void act('end')}>
              {t('meetingDay.timer.end')}
            </button>
          )}
        </div>
      )}
      <div className="mm-part-footer">
        <PlannedMinutes meeting={meeting} part={part} />
        <GoToPart part={part} />
      </div>
    </article>
  );
}

/** The part's time used against its plan, ticking while it runs. */
function PartTime({ timer, planned }: { timer: PartTimer; planned: number }) {
  const { t, language } = useI18n();
  const duration = useDuration();
  const now = useNow();
  const used = usedMs(timer, now);
  const minutes = wholeMinutes(used);
  const span = partSpan(timer);
  const over = minutes - planned;

  return (
    <div className="mm-part-time">
      <div className="mm-part-clockline">
        <p className="mm-part-clock">{clockText(used)}</p>
        <p className="mm-part-used">
          {t('meetingDay.timer.used')} <strong>{duration(minutes)}</strong> / {duration(planned)}
        </p>
      </div>
      <div className={`mm-bar${over > 0 ? ' mm-bar-over' : ''}`} aria-hidden="true">
        <span style={{ width: `${Math.min(100, (minutes / planned) * 100)}%` }} />
      </div>
      <p className={`mm-part-left${over > 0 ? ' mm-part-over' : ''}`}>
        {over > 0
          ? t('meetingDay.timer.over', { duration: duration(over) })
          : timer.segments.length > 0 && t('meetingDay.timer.left', { duration: duration(-over) })}
        {span.start && (
          <span className="mm-part-span">
            {span.end
              ? t('meetingDay.timer.spanEnded', { start: timeOfDay(span.start, language), end: timeOfDay(span.end, language) })
              : t('meetingDay.timer.span', { start: timeOfDay(span.start, language) })}
          </span>
        )}
      </p>
    </div>
  );
}

/** From the step to where its work is recorded: the section below, or the plan tab for part 3. */
function GoToPart({ part }: { part: ConferencePart }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  if (part === 'plan') {
    return (
      <a className="mm-part-goto" href={href({ name: 'conference', id: prep.conference.id, tab: 'plan' })}>
        {t('meetingDay.plan.open')} →
      </a>
    );
  }
  return (
    <button
      type="button"
      className="mm-link mm-part-goto"
      onClick={() => document.getElementById(`mm-section-${part}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
    >
      {t('meetingDay.part.goTo')} ↓
    </button>
  );
}

/** The planned length, adjusted on the day when the agenda changes. */
function PlannedMinutes({ meeting, part }: { meeting: Meeting; part: ConferencePart }) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const { readOnly, latest, change } = usePreparation();
  const planned = meeting.day.plannedMinutes[part];
  // A number typed before its own Save: leaving with it unsaved asks first.
  const editor = useInlineEditor();
  const value = editor.value;
  const [error, setError] = useState<string | null>(null);
  const inputId = `mm-planned-${part}`;

  if (readOnly) return null;
  if (!editor.editing) {
    return (
      <button
        type="button"
        className="mm-link mm-planned-edit"
        onClick={() => {
          setError(null);
          editor.open(String(planned));
        }}
      >
        {t('meetingDay.planned.edit')}
      </button>
    );
  }

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const current = newest(latest(), meeting);
    const minutes = Number(value);
    const result = await change(
      'meetingDay.update',
      dayUpdate(current, { plannedMinutes: { ...current.day.plannedMinutes, [part]: minutes } }),
    );
    if (!result.ok) {
      setError(result.error.issues?.[0] ? tKey(result.error.issues[0].message) : t(`error.${result.error.code}`));
      return;
    }
    editor.close();
    notify(t('meetingDay.planned.saved'));
  };

  return (
    <form className="mm-planned-form" onSubmit={(e) => void save(e)} noValidate>
      <label htmlFor={inputId} className="field-label">
        {t('meetingDay.planned.label')}
      </label>
      <div className="mm-planned-row">
        <input
          id={inputId}
          type="number"
          inputMode="numeric"
          min={5}
          max={360}
          step={5}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(e) => editor.change(e.target.value)}
        />
        <button type="submit" className="button button-primary">
          {t('form.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={editor.close}>
          {t('form.cancel')}
        </button>
      </div>
      {error && (
        <p id={`${inputId}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
