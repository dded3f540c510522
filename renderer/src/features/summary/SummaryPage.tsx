import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo } from 'react';
import { useForm, useWatch, type Control, type UseFormGetValues, type UseFormSetValue } from 'react-hook-form';
import {
  summaryFieldsSchema,
  type SummaryFields,
  type SummaryFieldsInput,
} from '../../../../electron/shared/preparation/summary.schema';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { TextListField } from '../../components/TextListField';
import { useI18n } from '../../i18n/I18nProvider';
import { SaveBar } from '../../components/SaveBar';
import { useSaveForm } from '../../components/useSaveForm';
import { usePreparation } from '../preparation/PreparationContext';
import {
  defaultGeneralQuestions,
  missingGeneralQuestions,
  restoreGeneralQuestions,
  toSummaryValues,
} from './summary-form-values';
import './summary.css';
import { DateField } from '../../components/DateField';

type SummaryControl = Control<SummaryFieldsInput, unknown, SummaryFields>;

const GUIDANCE = ['facts', 'services', 'support', 'present', 'familyView', 'strengths', 'leadIn'] as const;
const DATES = ['requestedDate', 'receivedDate', 'parentsDate', 'childrenDate', 'supportPersonDate'] as const;

/** The social worker's summary (yhteenveto), questions and bottom lines (reunaehdot), with their dates. */
export function SummaryPage() {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const { prep, readOnly, latest, change } = usePreparation();
  const id = useId();
  const form = useForm<SummaryFieldsInput, unknown, SummaryFields>({
    resolver: zodResolver(summaryFieldsSchema),
    defaultValues: toSummaryValues(prep.summary),
    mode: 'onSubmit',
  });
  const { register, control, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;

  const save = useSaveForm(form, {
    readOnly,
    save: (values) => {
      const current = latest();
      return change('summary.update', {
        conferenceId: current.conference.id,
        version: current.summary.version,
        ...values,
      });
    },
    valuesAfterSave: (saved) => toSummaryValues(saved.summary),
    onSaved: () => notify(t('form.saved')),
  });
  const textId = `${id}-text`;
  const guidanceId = `${id}-guidance`;
  const textErrorId = errors.text ? `${textId}-error` : undefined;

  return (
    <div className="summary-page">
      <p className="muted summary-intro">{t('summary.intro')}</p>
      <form className="form" onSubmit={save.submit} noValidate aria-label={t('summary.title')}>
        {readOnly && <p className="alert alert-info">{t('form.readOnly')}</p>}
        <fieldset className="form-fieldset" disabled={readOnly}>
          <section className="form-section" aria-labelledby={`${id}-text-title`}>
            <h2 id={`${id}-text-title`}>{t('summary.section.text')}</h2>
            <div className="summary-text-layout">
              <div className={`field summary-text-field${errors.text ? ' field-invalid' : ''}`}>
                <label htmlFor={textId} className="field-label">
                  {t('summary.text')}
                </label>
                <textarea
                  id={textId}
                  rows={18}
                  maxLength={20000}
                  aria-invalid={errors.text ? true : undefined}
                  aria-describedby={[guidanceId, textErrorId].filter(Boolean).join(' ')}
                  {...register('text')}
                />
                {errors.text && (
                  <p id={textErrorId} className="field-error">
                    {tKey(errors.text.message)}
                  </p>
                )}
              </div>
              <aside className="summary-guidance" aria-labelledby={`${id}-guidance-title`}>
                <h3 id={`${id}-guidance-title`}>{t('summary.guidance.title')}</h3>
                <div id={guidanceId}>
                  <p>{t('summary.guidance.intro')}</p>
                  <ul>
                    {GUIDANCE.map((key) => (
                      <li key={key}>{t(`summary.guidance.${key}`)}</li>
                    ))}
                  </ul>
                </div>
              </aside>
            </div>
          </section>

          <section className="form-section summary-questions" aria-labelledby={`${id}-questions`}>
            <h2 id={`${id}-questions`}>{t('summary.section.questions')}</h2>
            <TextListField
              control={control}
              name="openQuestions"
              legend={t('summary.openQuestions')}
              hint={t('summary.openQuestions.hint')}
              itemLabel={(index) => t('summary.openQuestions.item', { index })}
              addLabel={t('summary.openQuestions.add')}
              emptyText={t('summary.openQuestions.empty')}
              maxLength={1000}
            />
            <TextListField
              control={control}
              name="generalQuestions"
              legend={t('summary.generalQuestions')}
              hint={t('summary.generalQuestions.hint')}
              itemLabel={(index) => t('summary.generalQuestions.item', { index })}
              addLabel={t('summary.generalQuestions.add')}
              emptyText={t('summary.generalQuestions.empty')}
              maxLength={1000}
              actions={<RestoreGeneralQuestions control={control} setValue={form.setValue} getValues={form.getValues} />}
            />
          </section>

          <section className="form-section" aria-labelledby={`${id}-bottom-lines`}>
            <h2 id={`${id}-bottom-lines`}>{t('summary.section.bottomLines')}</h2>
            <p className="field-hint">{t('summary.bottomLines.hint')}</p>
            <div className="summary-bottom-lines">
              <TextListField
                control={control}
                name="mustInclude"
                legend={t('summary.mustInclude')}
                itemLabel={(index) => t('summary.mustInclude.item', { index })}
                addLabel={t('summary.mustInclude.add')}
                maxLength={1000}
              />
              <TextListField
                control={control}
                name="notAcceptable"
                legend={t('summary.notAcceptable')}
                itemLabel={(index) => t('summary.notAcceptable.item', { index })}
                addLabel={t('summary.notAcceptable.add')}
                maxLength={1000}
              />
            </div>
          </section>

          <section className="form-section" aria-labelledby={`${id}-dates`}>
            <h2 id={`${id}-dates`}>{t('summary.section.dates')}</h2>
            <div className="summary-dates">
              {DATES.map((name) => (
                <Field key={name} label={t(`summary.${name}`)} error={errors[name]?.message}>
                  <DateField {...register(name)} />
                </Field>
              ))}
            </div>
            <Field
              label={t('summary.sharedWithNetwork')}
              hint={t('summary.sharedWithNetwork.hint')}
              optional
              error={errors.sharedWithNetwork?.message}
            >
              <textarea rows={4} {...register('sharedWithNetwork')} />
            </Field>
          </section>
        </fieldset>

        {!readOnly && (
          <SaveBar save={save} dirty={isDirty} submitting={isSubmitting} />
        )}
      </form>
    </div>
  );
}

/** Puts back the default general questions that are missing, in the conference's language. */
function RestoreGeneralQuestions({
  control,
  setValue,
  getValues,
}: {
  control: SummaryControl;
  setValue: UseFormSetValue<SummaryFieldsInput>;
  getValues: UseFormGetValues<SummaryFieldsInput>;
}) {
  const { tn } = useI18n();
  const notify = useNotify();
  const { prep } = usePreparation();
  const defaults = useMemo(() => defaultGeneralQuestions(prep.conference.language), [prep.conference.language]);
  const current = useWatch({ control, name: 'generalQuestions' }) ?? [];
  const missing = missingGeneralQuestions(current, defaults).length;
  if (missing === 0) return null;

  const restore = () => {
    const list = getValues('generalQuestions') ?? [];
    const restored = missingGeneralQuestions(list, defaults).length;
    setValue('generalQuestions', restoreGeneralQuestions(list, defaults), { shouldDirty: true });
    notify(tn('summary.generalQuestions.restored', restored));
  };
  return (
    <button type="button" className="button button-secondary" onClick={restore}>
      {tn('summary.generalQuestions.restore', missing)}
    </button>
  );
}
