import { isolate } from '../../../../electron/shared/i18n/isolate';
import type { Attendance } from '../../../../electron/shared/arrangements/attendance';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { SECTION_IDS, type MeetingFormApi } from './meeting-form';
import { countFromInput } from './meeting-form-values';
import { DateField } from '../../components/DateField';

/** What is served, for how many: the headcount and the diets come from the replies. */
export function RefreshmentsSection({ form, attendance }: { form: MeetingFormApi; attendance: Attendance }) {
  const { t, tn } = useI18n();
  const { today } = usePreparation();
  const { register, formState, setValue } = form;
  const errors = formState.errors.refreshments;
  const headcount = attendance.headcount;

  const orderedToday = () => {
    setValue('refreshments.orderedDate', today, { shouldDirty: true });
    setValue('refreshments.orderedHeadcount', headcount, { shouldDirty: true });
  };

  return (
    <section className="form-section" aria-labelledby={SECTION_IDS.refreshments}>
      <h2 id={SECTION_IDS.refreshments} tabIndex={-1}>
        {t('arrangements.section.refreshments')}
      </h2>
      <p className="field-hint">
        {tn('arrangements.refreshments.for', headcount)}{' '}
        {attendance.diets.length > 0
          ? t('arrangements.refreshments.diets', {
              diets: attendance.diets.map((diet) => `${isolate(diet.key)} (${diet.names.length})`).join(', '),
            })
          : t('arrangements.people.diets.none')}
      </p>
      <div className="form-grid">
        <Field label={t('arrangements.refreshments.what')} hint={t('arrangements.refreshments.what.hint')} optional error={errors?.what?.message} className="span-2">
          <textarea rows={2} {...register('refreshments.what')} />
        </Field>
        <Field label={t('arrangements.refreshments.supplier')} optional error={errors?.supplier?.message}>
          <input type="text" autoComplete="off" maxLength={120} {...register('refreshments.supplier')} />
        </Field>
        <Field label={t('arrangements.refreshments.supplierContact')} optional error={errors?.supplierContact?.message}>
          <input type="text" autoComplete="off" maxLength={200} {...register('refreshments.supplierContact')} />
        </Field>
        <Field label={t('arrangements.refreshments.orderedDate')} optional error={errors?.orderedDate?.message}>
          <DateField {...register('refreshments.orderedDate')} />
        </Field>
        <Field
          label={t('arrangements.refreshments.orderedHeadcount')}
          hint={t('arrangements.refreshments.orderedHeadcount.hint')}
          optional
          error={errors?.orderedHeadcount?.message}
        >
          <input
            type="number"
            min={0}
            max={1000}
            step={1}
            {...register('refreshments.orderedHeadcount', { setValueAs: countFromInput })}
          />
        </Field>
        <Field label={t('arrangements.refreshments.cost')} hint={t('arrangements.refreshments.cost.hint')} optional error={errors?.cost?.message}>
          <input type="text" inputMode="decimal" autoComplete="off" maxLength={20} {...register('refreshments.cost')} />
        </Field>
        <div className="arrangements-ordered-today">
          <button type="button" className="button button-secondary" onClick={orderedToday}>
            {tn('arrangements.refreshments.orderedToday', headcount)}
          </button>
          <p className="field-hint">{t('arrangements.refreshments.orderedToday.hint')}</p>
        </div>
      </div>
    </section>
  );
}
