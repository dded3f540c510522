import { useState } from 'react';
import type { ApiError } from '../../../../electron/shared/api/result';
import { meetingTypeOf } from '../../../../electron/shared/conference/meeting-types';
import type { Plan, PlanOwner } from '../../../../electron/shared/plan/plan.schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNotify } from '../../components/Notices';
import { SaveBar } from '../../components/SaveBar';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import type { PlanLayout } from './plan-layout';
import { DistributionLog } from './PlanLists';
import { PlanView } from './PlanView';
import { usePlanForm } from './usePlanForm';

/**
 * A plan the social worker has accepted: its content reads, changes make a new version, and
 * the distribution log stays open, because the plan is handed out after it was accepted.
 */
export function DecidedPlan({ plan, layout, meetingDate }: { plan: Plan; layout: PlanLayout; meetingDate: string | null }) {
  return (
    <div className="plan-decided">
      <RevisePanel plan={plan} />
      <PlanView plan={plan} layout={layout} meetingDate={meetingDate} withRecipients={false} />
      <RecipientsForm plan={plan} layout={layout} />
    </div>
  );
}

/** "Tee uusi versio": a new version at the latest meeting; this one stays as it is. */
function RevisePanel({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const notify = useNotify();
  const { prep, latest, change } = usePreparation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const meeting = prep.meetings.at(-1);

  const revise = async () => {
    if (!meeting) return;
    setBusy(true);
    setError(null);
    const current = latest().plans.find((p) => p.id === plan.id) ?? plan;
    const result = await change('plan.revise', { id: current.id, version: current.version, meetingId: meeting.id });
    setBusy(false);
    if (result.ok) notify(t('plan.revise.done', { number: plan.number + 1 }));
    else setError(result.error);
  };

  return (
    <div className="card plan-revise">
      <p>{t('plan.revise.hint')}</p>
      <button type="button" className="button button-secondary" disabled={busy || !meeting} onClick={() => void revise()}>
        {t('plan.revise.button')}
      </button>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}

/** The distribution log of a decided plan, saved with the plan's content as it stands. */
function RecipientsForm({ plan, layout }: { plan: Plan; layout: PlanLayout }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const { form, save } = usePlanForm(plan, layout);
  const taskPeople = () => plan.items.flatMap((item): PlanOwner[] => (item.checker ? [item.owner, item.checker] : [item.owner]));

  return (
    <form className="form" onSubmit={save.submit} noValidate aria-label={t('plan.recipients')}>
      <DistributionLog form={form} taskPeople={taskPeople} postedToClient={meetingTypeOf(prep.conference).planPostedToClient} />
      <SaveBar save={save} dirty={form.formState.isDirty} submitting={form.formState.isSubmitting} />
    </form>
  );
}
