import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { isAcceptance } from '../../../../electron/shared/plan/plan-rules';
import { DECISIONS } from '../../../../electron/shared/plan/plan.schema';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import type { PlanFormApi } from './plan-form-values';
import { DateField } from '../../components/DateField';

/** The social worker's decision on the plan: the outcome, its reasons and its date. */
export function DecisionSection({ form, meetingDate }: { form: PlanFormApi; meetingDate: string | null }) {
  const { t, tKey } = useI18n();
  const { today } = usePreparation();
  const id = useId();
  const { register, control, formState, getValues, setValue } = form;
  const outcome = useWatch({ control, name: 'decision.outcome' });
  const errors = formState.errors.decision;
  // A date is needed with any outcome: the decision is usually made at the meeting (part 3), or else today.
  const usualDate = meetingDate && meetingDate <= today ? meetingDate : today;
  const outcomeField = register('decision.outcome', {
    onChange: () => {
      if (!getValues('decision.date')) setValue('decision.date', usualDate, { shouldDirty: true });
    },
  });

  return (
    <section className="form-section plan-decision" aria-labelledby={`${id}-title`}>
      <div className="plan-question-head">
        <h2 id={`${id}-title`}>{t('plan.decision.title')}</h2>
        <p className="field-hint">{t('plan.decision.hint')}</p>
      </div>
      <fieldset className="radio-group plan-decision-outcomes">
        <legend className="field-label">{t('plan.decision.outcome')}</legend>
        {(['', ...DECISIONS] as const).map((value) => (
          <label key={value || 'none'} className="radio">
            <input type="radio" value={value} {...outcomeField} />
            <span>{value ? t(`plan.decision.${value}`) : t('plan.decision.none')}</span>
          </label>
        ))}
      </fieldset>
      {errors?.outcome?.message && <p className="field-error">{tKey(errors.outcome.message)}</p>}
      {outcome !== '' && (
        <div className="plan-decision-grid">
          <Field
            label={t('plan.decision.reasons')}
            hint={t('plan.decision.reasons.hint')}
            optional={outcome === 'accepted'}
            error={errors?.reasons?.message}
          >
            <textarea rows={3} dir="auto" maxLength={2000} {...register('decision.reasons')} />
          </Field>
          <Field label={t('plan.decision.date')} error={errors?.date?.message}>
            <DateField {...register('decision.date')} />
          </Field>
        </div>
      )}
      {outcome !== '' && isAcceptance({ outcome }) && (
        <p className="alert alert-info">{t('plan.decision.locks')}</p>
      )}
    </section>
  );
}
