import { useMemo, useState } from 'react';
import { summaryChangedSince } from '../../../../electron/shared/plan/plan-kept';
import { isPlanLocked } from '../../../../electron/shared/plan/plan-rules';
import { isEnteredAfterwards } from '../../../../electron/shared/conference/held-before';
import { AfterwardsBadge } from '../conference/HeldBeforeCard';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { ApiError } from '../../../../electron/shared/api/result';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { DecidedPlan } from './DecidedPlan';
import { planLayoutFor } from './plan-layout';
import { PlanForm } from './PlanForm';
import { PlanVersionProvider } from './PlanVersionProvider';
import { PlanView } from './PlanView';
import { VersionBar } from './VersionBar';
import './plan.css';

/** The family's plan: the answers to the questions as tasks with owners, and the decision on it. */
export function PlanPage() {
  const { t, formatDate } = useI18n();
  const { prep, readOnly } = usePreparation();
  const [viewingId, setViewingId] = useState<string | null>(null);
  const current = prep.plans.at(-1);
  // A decided version reads its own kept questions; the one being entered, the summary's.
  const meetingType = prep.conference.meetingType;
  const layout = useMemo(() => planLayoutFor(prep.summary, current, meetingType), [prep.summary, current, meetingType]);
  if (!current) return <NoPlan />;

  const viewing = viewingId && viewingId !== current.id ? prep.plans.find((plan) => plan.id === viewingId) : undefined;
  const meetingDate = (meetingId: string) => prep.meetings.find((meeting) => meeting.id === meetingId)?.date ?? null;
  const decided = isPlanLocked(current);
  const shown = viewing ?? current;
  const heldOn = isEnteredAfterwards(shown, prep.meetings) ? meetingDate(shown.meetingId) : null;

  return (
    <div className="plan-page">
      {/* How to enter the plan, while it is being entered; one entered afterwards says so wherever it is read. */}
      {heldOn ? (
        <p className="alert alert-info plan-afterwards">
          <span>
            <AfterwardsBadge /> {t(decided || readOnly ? 'heldBefore.held' : 'heldBefore.plan', { date: formatDate(heldOn) })}
          </span>
        </p>
      ) : (
        !decided &&
        !readOnly && (
          <p className="muted plan-intro">{t(layout.blocks.some((block) => block.kind === 'agreed') ? 'plan.agreed.intro' : 'plan.intro')}</p>
        )
      )}
      <VersionBar plans={prep.plans} shown={shown} onShow={setViewingId} />
      {/* A decided version reads what it answered then; say so when the summary has moved on. */}
      {shown.kept && summaryChangedSince(shown.kept, prep.summary) && (
        <p className="alert alert-info">{t('plan.kept.summaryChanged')}</p>
      )}
      {viewing && (
        <PlanVersionProvider plan={viewing}>
          <PlanView
            plan={viewing}
            layout={planLayoutFor(prep.summary, viewing, meetingType)}
            meetingDate={meetingDate(viewing.meetingId)}
            withRecipients
          />
        </PlanVersionProvider>
      )}
      {/* Hidden, not unmounted, while an earlier version is read: unsaved typing stays. */}
      <div className="plan-current" hidden={Boolean(viewing)}>
        <PlanVersionProvider plan={current}>
          {readOnly ? (
            <>
              <p className="alert alert-info">{t('form.readOnly')}</p>
              <PlanView plan={current} layout={layout} meetingDate={meetingDate(current.meetingId)} withRecipients />
            </>
          ) : decided ? (
            <DecidedPlan key={current.id} plan={current} layout={layout} meetingDate={meetingDate(current.meetingId)} />
          ) : (
            <PlanForm key={current.id} plan={current} layout={layout} meetingDate={meetingDate(current.meetingId)} />
          )}
        </PlanVersionProvider>
      </div>
    </div>
  );
}

/** Before the plan is started: what it is and when it is made. */
function NoPlan() {
  const { t, formatDate } = useI18n();
  const { prep, readOnly, change } = usePreparation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const meeting = prep.meetings[0];
  const heldOn = meeting?.heldBeforeApp ? meeting.date : null;

  const start = async () => {
    if (!meeting) return;
    setBusy(true);
    setError(null);
    const result = await change('plan.create', { meetingId: meeting.id });
    setBusy(false);
    if (!result.ok) setError(result.error);
  };

  return (
    <div className="plan-page">
      <EmptyState
        title={t('plan.empty.title')}
        body={heldOn ? t('heldBefore.plan', { date: formatDate(heldOn) }) : t('plan.empty.body')}
        action={
          !readOnly && meeting ? (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void start()}>
              {t('plan.empty.start')}
            </button>
          ) : undefined
        }
      />
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
