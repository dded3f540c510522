import { OPEN_PHASES, type MeetingType, type OpenPhase, type Phase } from '../../../../electron/shared/conference/conference-lists';
import { MEETING_TYPE_DEFINITIONS } from '../../../../electron/shared/conference/meeting-types';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * The phases of the conference's kind of meeting in order with the current one marked. Open phases are buttons that
 * move the conference there; "Päättynyt" is reached only by closing.
 */
export function PhaseStepper({
  meetingType,
  phase,
  disabled,
  onMove,
}: {
  meetingType: MeetingType;
  phase: Phase;
  disabled: boolean;
  onMove(phase: OpenPhase): void;
}) {
  const { t } = useI18n();
  const phases = MEETING_TYPE_DEFINITIONS[meetingType].phases;
  const currentIndex = phases.indexOf(phase);
  return (
    <nav aria-label={t('conference.phaseStepper')}>
      <ol className="stepper">
        {phases.map((step, index) => {
          const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo';
          const movable = (OPEN_PHASES as readonly string[]).includes(step) && step !== phase && !disabled;
          const label = (
            <>
              <span className="stepper-number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="stepper-label">{t(`phase.${step}`)}</span>
            </>
          );
          return (
            <li key={step} className={`stepper-step stepper-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              {movable ? (
                <button
                  type="button"
                  className="stepper-button"
                  title={t('conference.phase.moveTo', { phase: t(`phase.${step}`) })}
                  onClick={() => onMove(step as OpenPhase)}
                >
                  {label}
                </button>
              ) : (
                <span className="stepper-button">
                  {label}
                  {state === 'current' && <span className="visually-hidden"> ({t('conference.phase.current')})</span>}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
