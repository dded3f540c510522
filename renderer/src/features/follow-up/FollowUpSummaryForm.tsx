import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import {
  followUpSummaryFieldsSchema,
  type FollowUp,
  type FollowUpSummary,
  type FollowUpSummaryFields,
  type FollowUpSummaryFieldsInput,
} from '../../../../electron/shared/follow-up/follow-up.schema';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { SaveBar } from '../../components/SaveBar';
import { TextListField } from '../../components/TextListField';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { DateField } from '../../components/DateField';

const TEXTS = ['worked', 'toRefine', 'newConcerns', 'workSoFar'] as const;
const DATES = ['requestedDate', 'receivedDate'] as const;

/** The form's values for a stored follow-up summary: empty dates as '', question ids kept. */
export function toFollowUpSummaryValues(summary: FollowUpSummary): FollowUpSummaryFieldsInput {
  return {
    worked: summary.worked,
    toRefine: summary.toRefine,
    newConcerns: summary.newConcerns,
    workSoFar: summary.workSoFar,
    questions: summary.questions.map(({ id, text }) => ({ id, text })),
    requestedDate: summary.requestedDate ?? '',
    receivedDate: summary.receivedDate ?? '',
  };
}

/** The social worker's follow-up summary (seurantakokouksen yhteenveto), the questions and their dates. */
export function FollowUpSummaryForm({ followUp }: { followUp: FollowUp }) {
  const { t } = useI18n();
  const notify = useNotify();
  const { readOnly, latest, change } = usePreparation();
  const form = useForm<FollowUpSummaryFieldsInput, unknown, FollowUpSummaryFields>({
    resolver: zodResolver(followUpSummaryFieldsSchema),
    defaultValues: toFollowUpSummaryValues(followUp.summary),
    mode: 'onSubmit',
  });
  const { register, control, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const meetingId = followUp.meetingId;
  const saved = (prep: ReturnType<typeof latest>) => prep.followUps.find((f) => f.meetingId === meetingId);

  const save = useSaveForm(form, {
    readOnly,
    save: (values) =>
      change('followUp.updateSummary', { meetingId, version: saved(latest())?.version ?? followUp.version, ...values }),
    valuesAfterSave: (prep, values) => {
      const after = saved(prep);
      return after ? toFollowUpSummaryValues(after.summary) : (values as FollowUpSummaryFieldsInput);
    },
    onSaved: () => notify(t('form.saved')),
  });

  return (
    <form className="form" onSubmit={save.submit} noValidate aria-label={t('followUp.summary.title')}>
      <fieldset className="form-fieldset" disabled={readOnly}>
        <section className="form-section" aria-labelledby="follow-up-summary-title">
          <h2 id="follow-up-summary-title">{t('followUp.summary.title')}</h2>
          <p className="field-hint">{t('followUp.summary.hint')}</p>
          {TEXTS.map((name) => (
            <Field key={name} label={t(`followUp.summary.${name}`)} error={errors[name]?.message}>
              <textarea rows={4} maxLength={5000} {...register(name)} />
            </Field>
          ))}
          <TextListField
            control={control}
            name="questions"
            legend={t('followUp.summary.questions')}
            hint={t('followUp.summary.questions.hint')}
            itemLabel={(index) => t('followUp.summary.questions.item', { index })}
            addLabel={t('followUp.summary.questions.add')}
            emptyText={t('followUp.summary.questions.empty')}
            maxLength={1000}
          />
          <div className="follow-up-dates">
            {DATES.map((name) => (
              <Field key={name} label={t(`followUp.summary.${name}`)} error={errors[name]?.message}>
                <DateField {...register(name)} />
              </Field>
            ))}
          </div>
        </section>
      </fieldset>
      {!readOnly && <SaveBar save={save} dirty={isDirty} submitting={isSubmitting} />}
    </form>
  );
}
