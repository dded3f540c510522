import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { durationFieldText } from '../../../../electron/shared/amounts';
import {
  WORK_ACTIVITIES,
  workEntryFieldsSchema,
  type WorkEntry,
  type WorkEntryFields,
  type WorkEntryFieldsInput,
} from '../../../../electron/shared/work/work.schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { DateField } from '../../components/DateField';

export interface WorkEntryFormProps {
  /** The entry to edit; without it the form is the quick entry that adds one. */
  entry?: WorkEntry;
  /** Called after an edit is saved or cancelled. */
  onDone?(): void;
}

/**
 * One working-time entry on one row: the date (today to start with), the duration as written
 * ("1 h 30 min") and the activity. Enter saves. The quick entry stays open after a save with
 * the date and activity kept, for the next entry.
 */
export function WorkEntryForm({ entry, onDone }: WorkEntryFormProps) {
  const { t } = useI18n();
  const notify = useNotify();
  const { prep, today, latest, change } = usePreparation();
  const form = useForm<WorkEntryFieldsInput, unknown, WorkEntryFields>({
    resolver: zodResolver(workEntryFieldsSchema),
    defaultValues: entry
      ? { date: entry.date, minutes: durationFieldText(entry.minutes), activity: entry.activity }
      : { date: today, minutes: '', activity: 'preparation' },
    mode: 'onSubmit',
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  const { submit, serverError } = useSaveForm(form, {
    save: (values) => {
      if (!entry) return change('work.add', { ...values, conferenceId: prep.conference.id });
      const current = latest().work.find((w) => w.id === entry.id);
      return change('work.update', { ...values, id: entry.id, version: current?.version ?? entry.version });
    },
    valuesAfterSave: (_saved, values) =>
      entry
        ? { date: values.date, minutes: durationFieldText(values.minutes), activity: values.activity }
        : { date: values.date, minutes: '', activity: values.activity },
    onSaved: () => {
      notify(entry ? t('form.saved') : t('work.added'));
      if (entry) onDone?.();
      else form.setFocus('minutes');
    },
  });

  return (
    <form className="work-entry-form" onSubmit={submit} noValidate aria-label={t(entry ? 'work.edit' : 'work.quick.label')}>
      <div className="work-entry-fields">
        <Field label={t('work.field.date')} error={errors.date?.message}>
          <DateField {...register('date')} />
        </Field>
        <Field label={t('work.field.duration')} hint={t('work.field.duration.hint')} error={errors.minutes?.message}>
          <input type="text" inputMode="text" autoComplete="off" size={12} {...register('minutes')} />
        </Field>
        <Field label={t('work.field.activity')} error={errors.activity?.message}>
          <select {...register('activity')}>
            {WORK_ACTIVITIES.map((activity) => (
              <option key={activity} value={activity}>
                {t(`work.activity.${activity}`)}
              </option>
            ))}
          </select>
        </Field>
        <div className="work-entry-buttons">
          {entry && (
            <button type="button" className="button button-secondary" onClick={onDone}>
              {t('form.cancel')}
            </button>
          )}
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {entry ? (isSubmitting ? t('form.saving') : t('form.save')) : t('work.add')}
          </button>
        </div>
      </div>
      {serverError && serverError.code !== 'invalid_input' && <ErrorMessage error={serverError} />}
    </form>
  );
}
