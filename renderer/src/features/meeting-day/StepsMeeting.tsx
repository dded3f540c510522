import { useRef, useState, type ReactNode } from 'react';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import type { DayLayout, DayStep } from '../../../../electron/shared/conference/meeting-types';
import { meetingHasStarted } from '../../../../electron/shared/meeting-day/meeting-day-rules';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { AttendanceSection } from './AttendanceSection';
import { ClientViewPanel, FlipChartPanel } from './FlipChartPanel';
import { FlipChartFullScreen } from './FlipChartFullScreen';
import { NextStepsPanel, PlanGlancePanel } from './PlanGlancePanel';
import { StepList } from './StepList';
import { StepsHeader } from './StepsHeader';
import { currentStepIndex, nextStepIndex, stepStates, stepsFinished } from './steps-time';
import { TurnList } from './TurnList';
import { useDayChange } from './useDayChange';
import './steps-meeting.css';

type StepsLayout = Extract<DayLayout, { layout: 'steps' }>;

/**
 * A meeting run in steps (the network-mapping meeting): one clock for the whole meeting, the
 * steps in order with who leads each, the buttons that move from one to the next, and the
 * current step's tool. Which steps, who leads them and which tool each has is the kind's
 * definition (`meeting-types.ts`).
 */
export function StepsMeeting({ meeting, layout }: { meeting: Meeting; layout: StepsLayout }) {
  const { t } = useI18n();
  const { readOnly } = usePreparation();
  const [fullScreen, setFullScreen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const { steps } = layout;
  const day = meeting.day;
  const current = currentStepIndex(day, steps);
  const finished = stepsFinished(day, steps);
  const started = meetingHasStarted(day.timers);
  // The step whose tool is shown: the one going on, the next one between steps, the last at the end.
  const focus = current >= 0 ? current : finished ? steps.length - 1 : started ? nextStepIndex(day, steps, -1) : -1;
  const tool = focus >= 0 ? steps[focus]!.tool : null;

  return (
    <div className="meeting-mode steps-meeting">
      <StepsHeader meeting={meeting} layout={layout} current={current} />
      {readOnly && <p className="alert alert-info mm-readonly">{t('meetingDay.readOnly')}</p>}
      <StepControls meeting={meeting} steps={steps} current={current} finished={finished} started={started}>
        <button
          ref={toggleRef}
          type="button"
          className="button button-secondary mm-button"
          aria-pressed={fullScreen}
          onClick={() => setFullScreen(true)}
        >
          {t('mappingDay.flipChart.show')}
        </button>
      </StepControls>
      <div className="sm-body">
        <StepList meeting={meeting} steps={steps} current={current} />
        <section className="sm-tool" aria-labelledby="sm-tool-title">
          <h2 id="sm-tool-title" className="visually-hidden">
            {t('mappingDay.tool.title')}
          </h2>
          {focus >= 0 && <StepNow steps={steps} index={focus} />}
          {tool === 'turns' && <TurnList meeting={meeting} />}
          {/* Mounted all through the meeting: what is typed and not saved stays, and stays in sight. */}
          <FlipChartPanel meeting={meeting} active={tool === 'flip_chart'} />
          <ClientViewPanel meeting={meeting} active={tool === 'client_view'} />
          {tool === 'plan' && <PlanGlancePanel meeting={meeting} />}
          {tool === 'next_steps' && <NextStepsPanel meeting={meeting} />}
        </section>
      </div>
      <AttendanceSection meeting={meeting} />
      {fullScreen && (
        <FlipChartFullScreen
          flipChart={meeting.day.flipChart}
          onClose={() => {
            setFullScreen(false);
            toggleRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}

/** The step in focus, large: its number, who leads it and what it is for. */
function StepNow({ steps, index }: { steps: readonly DayStep[]; index: number }) {
  const { t } = useI18n();
  const step = steps[index]!;
  return (
    <div className="card sm-now">
      <p className="sm-now-number">{t('mappingDay.steps.number', { number: index + 1, total: steps.length })}</p>
      <p className="sm-now-title">{t(`meetingDay.part.${step.part}`)}</p>
      <p className="sm-step-lead">{t('mappingDay.leads', { lead: t(`mappingDay.lead.${step.lead}`) })}</p>
      <p className="sm-now-guide">{t(`mappingDay.step.${step.part}.guide`)}</p>
    </div>
  );
}

/** Start, next step, end: one step's clock at a time, each move one click. */
function StepControls({
  meeting,
  steps,
  current,
  finished,
  started,
  children,
}: {
  meeting: Meeting;
  steps: readonly DayStep[];
  current: number;
  finished: boolean;
  started: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { readOnly } = usePreparation();
  const run = useDayChange();
  const [busy, setBusy] = useState(false);
  const next = nextStepIndex(meeting.day, steps, current);
  const running = current >= 0 && stepStates(meeting.day, steps)[current] === 'current';
  const stepName = (index: number) => t(`meetingDay.part.${steps[index]!.part}`);

  const timer = (index: number, action: 'start' | 'pause' | 'end') =>
    run('meetingDay.timer', { meetingId: meeting.id, part: steps[index]!.part, action });
  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  // The next step's clock starts (which pauses this one), then this one is ended.
  const goNext = () =>
    act(async () => {
      const started = await timer(next, 'start');
      if (started.ok && current >= 0) await timer(current, 'end');
    });

  return (
    <div className="sm-controls" role="group" aria-label={t('mappingDay.steps.title')}>
      {!readOnly && (
        <div className="sm-controls-main">
          {!started && (
            <button type="button" className="button button-primary mm-button" disabled={busy} onClick={() => void act(() => timer(0, 'start'))}>
              {t('mappingDay.action.start')}
            </button>
          )}
          {started && current >= 0 && !running && (
            <button type="button" className="button button-primary mm-button" disabled={busy} onClick={() => void act(() => timer(current, 'start'))}>
              {t('mappingDay.action.resume')}
            </button>
          )}
          {started && next >= 0 && (
            <button
              type="button"
              className={`button ${current >= 0 && !running ? 'button-secondary' : 'button-primary'} mm-button`}
              disabled={busy}
              onClick={() => void goNext()}
            >
              {t('mappingDay.action.next')}
            </button>
          )}
          {current >= 0 && next < 0 && (
            <button
              type="button"
              className={`button ${running ? 'button-primary' : 'button-secondary'} mm-button`}
              disabled={busy}
              onClick={() => void act(() => timer(current, 'end'))}
            >
              {t('mappingDay.action.finish')}
            </button>
          )}
          {running && (
            <button type="button" className="button button-secondary mm-button" disabled={busy} onClick={() => void act(() => timer(current, 'pause'))}>
              {t('mappingDay.action.pause')}
            </button>
          )}
          {started && next >= 0 && <p className="sm-next">{t('mappingDay.action.nextIs', { step: stepName(next) })}</p>}
        </div>
      )}
      {finished && <p className="alert alert-success sm-finished">{t('mappingDay.finished')}</p>}
      <div className="sm-controls-side">{children}</div>
    </div>
  );
}
