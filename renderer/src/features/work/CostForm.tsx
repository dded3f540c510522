import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { eurosFieldText } from '../../../../electron/shared/amounts';
import { COST_KINDS, costFieldsSchema, type CostEntry } from '../../../../electron/shared/work/work.schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { meetingName } from '../conference/NextDueLine';
import { usePreparation } from '../preparation/PreparationContext';
import { DateField } from '../../components/DateField';

/** The form holds the meeting as a select's value: '' is the preparation. */
const costFormSchema = costFieldsSchema.extend({ meetingId: z.string() });
type CostFormInput = z.input<typeof costFormSchema>;
type CostFormOutput = z.output<typeof costFormSchema>;

function formValues(cost: CostEntry): CostFormInput {
  return { date: cost.date, kind: cost.kind, what: cost.what, amount: eurosFieldText(cost.amount), meetingId: cost.meetingId ?? '' };
}

/** Adds or edits one travel or other cost, validated by the same schema as the API. */
export function CostForm({ cost, onDone }: { cost?: CostEntry; onDone(): void }) {
  const { t, formatDate } = useI18n();
  const notify = useNotify();
  const { prep, today, latest, change } = usePreparation();
  const titleId = useId();
  const form = useForm<CostFormInput, unknown, CostFormOutput>({
    resolver: zodResolver(costFormSchema),
    defaultValues: cost ? formValues(cost) : { date: today, kind: 'travel', what: '', amount: '', meetingId: '' },
    mode: 'onSubmit',
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  const { submit, serverError } = useSaveForm(form, {
    save: ({ meetingId, ...values }) => {
      const fields = { ...values, meetingId: meetingId === '' ? null : meetingId };
      if (!cost) return change('cost.add', { ...fields, conferenceId: prep.conference.id });
      const current = latest().costs.find((c) => c.id === cost.id);
      return change('cost.update', { ...fields, id: cost.id, version: current?.version ?? cost.version });
    },
    valuesAfterSave: (_saved, values) => ({ ...values, amount: eurosFieldText(values.amount) }),
    onSaved: () => {
      notify(cost ? t('form.saved') : t('cost.added'));
      onDone();
    },
  });

  return (
    <form className="form cost-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{t(cost ? 'cost.form.editTitle' : 'cost.form.addTitle')}</h3>
      <div className="form-grid">
        <Field label={t('cost.field.date')} error={errors.date?.message}>
          <DateField {...register('date')} />
        </Field>
        <Field label={t('cost.field.kind')} error={errors.kind?.message}>
          <select {...register('kind')}>
            {COST_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`cost.kind.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('cost.field.what')} hint={t('cost.field.what.hint')} optional error={errors.what?.message} className="span-2">
          <input type="text" autoComplete="off" maxLength={200} {...register('what')} />
        </Field>
        <Field label={t('cost.field.amount')} error={errors.amount?.message}>
          <input type="text" inputMode="decimal" autoComplete="off" {...register('amount')} />
        </Field>
        <Field label={t('cost.field.meeting')} error={errors.meetingId?.message}>
          <select {...register('meetingId')}>
            <option value="">{t('cost.preparation')}</option>
            {prep.meetings.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {meetingName(t, meeting.kind, prep.conference.meetingType)}
                {meeting.date ? ` ${formatDate(meeting.date)}` : ''}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {serverError && serverError.code !== 'invalid_input' && <ErrorMessage error={serverError} />}
      {serverError?.code === 'invalid_input' && (
        <p className="alert alert-error" role="alert">
          {t('error.invalid_input')}
        </p>
      )}
      <div className="form-buttons">
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('form.saving') : t('form.save')}
        </button>
      </div>
    </form>
  );
}
