import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { href } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';

/**
 * Part 3: the plan is written on its own tab, as the family presents it; at a follow-up
 * the refined plan is a new version of the one in force.
 */
export function PlanSection({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  return (
    <section className="mm-section" aria-labelledby="mm-plan-title">
      <div className="mm-section-head">
        <h2 id="mm-plan-title">
          <span className="mm-section-number">{t('meetingDay.part.number', { number: 3 })}</span>
          {t('meetingDay.part.plan')}
        </h2>
      </div>
      <p className="mm-intro">{t(meeting.kind === 'follow_up' ? 'meetingDay.plan.followUpIntro' : 'meetingDay.plan.intro')}</p>
      <a className="button button-primary mm-button mm-plan-link" href={href({ name: 'conference', id: prep.conference.id, tab: 'plan' })}>
        {t('meetingDay.plan.open')} →
      </a>
    </section>
  );
}
