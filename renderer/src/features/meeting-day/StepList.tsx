import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import type { DayStep } from '../../../../electron/shared/conference/meeting-types';
import { useI18n } from '../../i18n/I18nProvider';
import { stepStates, type StepState } from './steps-time';

const STATE_TONE: Record<StepState, string> = { done: 'success', current: 'info', paused: 'warning', coming: 'neutral' };

/** The steps in order: done, going on or coming, each with who leads it and what it is for. */
export function StepList({ meeting, steps, current }: { meeting: Meeting; steps: readonly DayStep[]; current: number }) {
  const { t } = useI18n();
  const states = stepStates(meeting.day, steps);
  return (
    <section className="sm-steps" aria-labelledby="sm-steps-title">
      <h2 id="sm-steps-title">{t('mappingDay.steps.title')}</h2>
      <ol className="sm-step-list">
        {steps.map((step, index) => {
          const state = states[index]!;
          return (
            <li
              key={step.part}
              className={`sm-step sm-step-${state}`}
              aria-current={index === current ? 'step' : undefined}
            >
              <span className="sm-step-mark" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <div className="sm-step-text">
                <div className="sm-step-head">
                  <h3 className="sm-step-title">{t(`meetingDay.part.${step.part}`)}</h3>
                  <span className={`badge badge-${STATE_TONE[state]}`}>{t(`mappingDay.state.${state}`)}</span>
                </div>
                <p className="sm-step-lead">{t('mappingDay.leads', { lead: t(`mappingDay.lead.${step.lead}`) })}</p>
                <p className="sm-step-guide">{t(`mappingDay.step.${step.part}.guide`)}</p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
