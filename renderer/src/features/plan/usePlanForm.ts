import { useForm } from 'react-hook-form';
import type { Plan, PlanFields } from '../../../../electron/shared/plan/plan.schema';
import { useNotify } from '../../components/Notices';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { planResolver, toPlanFormValues, type PlanFormApi, type PlanFormValues } from './plan-form-values';
import type { PlanLayout } from './plan-layout';

/**
 * A form over one plan version that saves the whole plan through `plan.update` at the
 * version it was last read at, and shows what was stored once saved.
 */
export function usePlanForm(plan: Plan, layout: PlanLayout) {
  const { t } = useI18n();
  const notify = useNotify();
  const { latest, change } = usePreparation();
  const form: PlanFormApi = useForm<PlanFormValues, unknown, PlanFields>({
    resolver: planResolver,
    defaultValues: toPlanFormValues(plan, layout.questionIds),
    mode: 'onSubmit',
  });
  const save = useSaveForm(form, {
    save: (values) => {
      const current = latest().plans.find((p) => p.id === plan.id) ?? plan;
      return change('plan.update', { id: current.id, version: current.version, ...values });
    },
    valuesAfterSave: (saved, values) => {
      const stored = saved.plans.find((p) => p.id === plan.id);
      return stored ? toPlanFormValues(stored, layout.questionIds) : (values as unknown as PlanFormValues);
    },
    onSaved: () => notify(t('form.saved')),
  });
  return { form, save };
}
