import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import type { PlanOwner } from '../../../../electron/shared/plan/plan.schema';
import { href } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';

/** The plan written at this meeting, if one is started. */
function usePlanOf(meeting: Meeting) {
  const { prep } = usePreparation();
  return prep.plans.find((plan) => plan.meetingId === meeting.id) ?? null;
}

function PlanLink() {
  const { t } = useI18n();
  const { prep } = usePreparation();
  return (
    <a className="button button-primary mm-button sm-plan-link" href={href({ name: 'conference', id: prep.conference.id, tab: 'plan' })}>
      {t('mappingDay.plan.open')} →
    </a>
  );
}

/** The written plan's step: a short read of what was agreed and who does it; the plan is written on its tab. */
export function PlanGlancePanel({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const plan = usePlanOf(meeting);
  const ownerName = (owner: PlanOwner) => {
    if (owner.kind === 'social_worker') return prep.conference.socialWorker.name || t('plan.person.socialWorker');
    if (owner.kind === 'child') return prep.conference.children.find((c) => c.id === owner.childId)?.firstName ?? t('plan.person.removed');
    return prep.members.find((m) => m.id === owner.memberId)?.name ?? t('plan.person.removed');
  };
  const items = plan?.items ?? [];

  return (
    <div className="card sm-panel" role="group" aria-labelledby="sm-plan-title">
      <div className="sm-panel-head">
        <h3 id="sm-plan-title">{t('mappingDay.plan.title')}</h3>
      </div>
      {items.length === 0 ? (
        <p className="muted">{t('mappingDay.plan.none')}</p>
      ) : (
        <ul className="sm-plan-items">
          {items.map((item) => (
            <li key={item.id}>
              <p dir="auto">{item.what}</p>
              <p className="mm-person-detail">{t('mappingDay.plan.owner', { name: ownerName(item.owner) })}</p>
            </li>
          ))}
        </ul>
      )}
      <PlanLink />
    </div>
  );
}

/** Closing: the follow-up date and next steps are recorded with the plan. */
export function NextStepsPanel({ meeting }: { meeting: Meeting }) {
  const { t, formatDate } = useI18n();
  const plan = usePlanOf(meeting);
  return (
    <div className="card sm-panel" role="group" aria-labelledby="sm-next-title">
      <div className="sm-panel-head">
        <h3 id="sm-next-title">{t('mappingDay.next.title')}</h3>
      </div>
      <p>{t('mappingDay.next.body')}</p>
      <p className="mm-person-detail">
        {plan?.followUpDate ? t('mappingDay.next.date', { date: formatDate(plan.followUpDate) }) : t('mappingDay.next.noDate')}
      </p>
      <PlanLink />
    </div>
  );
}
