import { useId, useState } from 'react';
import type { Plan } from '../../../../electron/shared/plan/plan.schema';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { usePlanText } from './usePlanText';
import './plan-view.css';

/**
 * Which version of the plan is shown: the current one, with the meeting it was made at, and
 * the earlier ones to read. Reading an earlier version says so plainly, with the way back.
 */
export function VersionBar({
  plans,
  shown,
  onShow,
}: {
  /** Oldest first; the last is the current one. */
  plans: readonly Plan[];
  shown: Plan;
  /** Shows an earlier version, or the current one with null. */
  onShow(planId: string | null): void;
}) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const text = usePlanText();
  const id = useId();
  const [open, setOpen] = useState(false);
  const current = plans[plans.length - 1]!;
  const earlier = plans.slice(0, -1).reverse();
  const meetingOf = (plan: Plan) => prep.meetings.find((meeting) => meeting.id === plan.meetingId);
  const title = (plan: Plan) => t('plan.version.title', { number: plan.number, meeting: text.meetingLabel(meetingOf(plan)) });

  if (shown.id !== current.id) {
    return (
      <div className="plan-version-bar plan-version-earlier" role="status">
        <p>
          <strong>{title(shown)}</strong> · {text.status(shown)}
          <span className="plan-version-note">{t('plan.version.readingEarlier')}</span>
        </p>
        <button type="button" className="button button-secondary" onClick={() => onShow(null)}>
          {t('plan.version.backToCurrent', { number: current.number })}
        </button>
      </div>
    );
  }

  return (
    <nav className="plan-version-bar" aria-label={t('plan.version.nav')}>
      <p>
        <strong>{title(current)}</strong> · {text.status(current)}
        {earlier.length > 0 && (
          <>
            {' · '}
            <button
              type="button"
              className="link-button plan-version-toggle"
              aria-expanded={open}
              aria-controls={`${id}-list`}
              onClick={() => setOpen((value) => !value)}
            >
              {t('plan.version.earlier')}
            </button>
          </>
        )}
      </p>
      {earlier.length > 0 && open && (
        <ul id={`${id}-list`} className="plan-version-list">
          {earlier.map((plan) => (
            <li key={plan.id}>
              <button type="button" className="link-button" onClick={() => onShow(plan.id)}>
                {title(plan)}
              </button>{' '}
              <span className="muted">· {text.status(plan)}</span>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
