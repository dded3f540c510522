import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { CreateConferenceFormInput, CreateConferenceInput } from '../../../../electron/shared/conference/conference.schema';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { DateField } from '../../components/DateField';
import { TimeField } from '../../components/TimeField';

/**
 * "Already held before the app" on the new-conference form (a case already under way): the
 * meeting's date, and its times if known. Unticked, the conference starts from the commission.
 */
export function HeldBeforeFields({ form }: { form: UseFormReturn<CreateConferenceFormInput, unknown, CreateConferenceInput> }) {
  const { t } = useI18n();
  const { register, control, setValue, formState } = form;
  const held = useWatch({ control, name: 'heldBefore' });
  const errors = formState.errors.heldBefore;
  return (
    <section className="form-section" aria-labelledby="section-held-before">
      <h2 id="section-held-before">{t('heldBefore.section')}</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={Boolean(held)}
          onChange={(event) =>
            setValue('heldBefore', event.target.checked ? { date: '', startTime: '', endTime: '' } : null, { shouldDirty: true })
          }
        />
        <span>{t('heldBefore.toggle')}</span>
      </label>
      <p className="field-hint">{t('heldBefore.toggle.hint')}</p>
      {held && (
        <div className="form-grid">
          <Field label={t('heldBefore.date')} error={errors?.date?.message}>
            <DateField {...register('heldBefore.date')} />
          </Field>
          <Field label={t('heldBefore.startTime')} optional error={errors?.startTime?.message}>
            <TimeField {...register('heldBefore.startTime')} />
          </Field>
          <Field label={t('heldBefore.endTime')} optional error={errors?.endTime?.message}>
            <TimeField {...register('heldBefore.endTime')} />
          </Field>
        </div>
      )}
    </section>
  );
}
