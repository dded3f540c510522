import { zodResolver } from '@hookform/resolvers/zod';
import { durationFieldText } from '../../../../electron/shared/amounts';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import {
  CONTACT_CHANNELS,
  contactFieldsSchema,
  type ContactChannel,
  type ContactEntry,
  type ContactFields,
  type ContactFieldsInput,
} from '../../../../electron/shared/preparation/contact.schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { DateField } from '../../components/DateField';

export interface ContactFormProps {
  /** Whose log the entry belongs to; null is the family. */
  memberId: string | null;
  /** The entry to edit; without it the form adds a new one. */
  entry?: ContactEntry;
  /** The channel a new entry starts with. */
  defaultChannel?: ContactChannel;
  /** Called after a save or a cancel. */
  onDone(): void;
}

/** Adds or edits one contact-log entry, validated by the same schema as the API. */
export function ContactForm({ memberId, entry, defaultChannel = 'phone', onDone }: ContactFormProps) {
  const { t } = useI18n();
  const notify = useNotify();
  const { prep, today, latest, change } = usePreparation();
  const titleId = useId();
  const form = useForm<ContactFieldsInput, unknown, ContactFields>({
    resolver: zodResolver(contactFieldsSchema),
    defaultValues: entry
      ? {
          memberId,
          date: entry.date,
          channel: entry.channel,
          discussed: entry.discussed,
          nextStep: entry.nextStep,
          nextStepDate: entry.nextStepDate ?? '',
          durationMinutes: durationFieldText(entry.durationMinutes),
        }
      : { memberId, date: today, channel: defaultChannel, discussed: '', nextStep: '', nextStepDate: '', durationMinutes: '' },
    mode: 'onSubmit',
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  const { submit, serverError } = useSaveForm(form, {
    save: (values) => {
      const fields = { ...values, memberId };
      const current = entry ? latest().contacts.find((c) => c.id === entry.id) : undefined;
      return entry
        ? change('contact.update', { ...fields, id: entry.id, version: current?.version ?? entry.version })
        : change('contact.add', { ...fields, conferenceId: prep.conference.id });
    },
    onSaved: () => {
      notify(entry ? t('form.saved') : t('contacts.added'));
      onDone();
    },
  });

  return (
    <form className="form contact-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId} className="contact-form-title">
        {t(entry ? 'contacts.form.editTitle' : 'contacts.form.addTitle')}
      </h3>
      <div className="form-grid">
        <Field label={t('contacts.form.date')} error={errors.date?.message}>
          <DateField {...register('date')} />
        </Field>
        <Field label={t('contacts.form.channel')} error={errors.channel?.message}>
          <select {...register('channel')}>
            {CONTACT_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`contacts.channel.${channel}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('contacts.form.discussed')}
          hint={t('contacts.form.discussed.hint')}
          error={errors.discussed?.message}
          className="span-2"
        >
          <textarea rows={3} {...register('discussed')} />
        </Field>
        <Field label={t('work.contact.duration')} hint={t('work.contact.duration.hint')} optional error={errors.durationMinutes?.message}>
          <input type="text" autoComplete="off" size={12} {...register('durationMinutes')} />
        </Field>
        <Field label={t('contacts.form.nextStep')} optional error={errors.nextStep?.message}>
          <input type="text" autoComplete="off" {...register('nextStep')} />
        </Field>
        <Field label={t('contacts.form.nextStepDate')} optional error={errors.nextStepDate?.message}>
          <DateField {...register('nextStepDate')} />
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
