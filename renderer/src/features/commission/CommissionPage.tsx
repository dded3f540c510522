import { zodResolver } from '@hookform/resolvers/zod';
import { useController, useForm, useWatch, type Control } from 'react-hook-form';
import {
  commissionFieldsSchema,
  type CommissionFields,
  type CommissionFieldsInput,
} from '../../../../electron/shared/preparation/commission.schema';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { TextListField } from '../../components/TextListField';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { toCommissionValues } from './commission-form-values';
import { ConvenerCard } from './ConvenerCard';
import { SaveBar } from '../../components/SaveBar';
import { useSaveForm } from '../../components/useSaveForm';
import { WorkersTable } from './WorkersTable';
import './commission.css';
import { DateField } from '../../components/DateField';

type CommissionControl = Control<CommissionFieldsInput, unknown, CommissionFields>;

/** The commission agreement (toimeksiantosopimus): who agreed, on which concerns, with which consents. */
export function CommissionPage() {
  const { t } = useI18n();
  const notify = useNotify();
  const { prep, readOnly, latest, change } = usePreparation();
  const conference = prep.conference;
  const form = useForm<CommissionFieldsInput, unknown, CommissionFields>({
    resolver: zodResolver(commissionFieldsSchema),
    defaultValues: toCommissionValues(prep.commission),
    mode: 'onSubmit',
  });
  const { register, control, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const waiverDate = useWatch({ control, name: 'waiverDate' });

  const save = useSaveForm(form, {
    readOnly,
    save: (values) => {
      const current = latest();
      return change('commission.update', {
        conferenceId: current.conference.id,
        version: current.commission.version,
        ...values,
      });
    },
    valuesAfterSave: (saved) => toCommissionValues(saved.commission),
    onSaved: () => notify(t('form.saved')),
  });

  return (
    <div className="commission-page">
      <p className="muted commission-intro">{t('commission.intro')}</p>
      <form className="form" onSubmit={save.submit} noValidate aria-label={t('commission.title')}>
        {readOnly && <p className="alert alert-info">{t('form.readOnly')}</p>}
        <fieldset className="form-fieldset" disabled={readOnly}>
          <section className="form-section" aria-labelledby="commission-agreement">
            <h2 id="commission-agreement">{t('commission.section.agreement')}</h2>
            <div className="form-grid">
              <Field label={t('commission.agreedDate')} error={errors.agreedDate?.message}>
                <DateField {...register('agreedDate')} />
              </Field>
            </div>
            <fieldset className="commission-took-part" aria-describedby="commission-took-part-hint">
              <legend className="field-label">{t('commission.tookPart')}</legend>
              <p id="commission-took-part-hint" className="field-hint">
                {t('commission.tookPart.hint')}
              </p>
              <label className="commission-checkbox">
                <input type="checkbox" {...register('socialWorkerTookPart')} />
                {t('commission.tookPart.socialWorker', { name: conference.socialWorker.name })}
              </label>
              <div className="commission-took-part-groups">
                <IdCheckboxes
                  control={control}
                  name="guardianIds"
                  legend={t('commission.tookPart.guardians')}
                  options={conference.guardians.map((g) => ({ id: g.id, label: g.name }))}
                  emptyText={t('commission.tookPart.noGuardians')}
                  error={errors.guardianIds?.message}
                />
                <IdCheckboxes
                  control={control}
                  name="childIds"
                  legend={t('commission.tookPart.children')}
                  options={conference.children.map((c) => ({ id: c.id, label: c.firstName }))}
                  error={errors.childIds?.message}
                />
              </div>
            </fieldset>
          </section>

          <section className="form-section" aria-label={t('commission.concerns')}>
            <TextListField
              control={control}
              name="concerns"
              legend={t('commission.concerns')}
              headingLevel={2}
              hint={t('commission.concerns.hint')}
              itemLabel={(index) => t('commission.concerns.item', { index })}
              addLabel={t('commission.concerns.add')}
              emptyText={t('commission.concerns.empty')}
              maxLength={500}
            />
          </section>

          <section className="form-section" aria-labelledby="commission-consents">
            <h2 id="commission-consents">{t('commission.section.consents')}</h2>
            <p className="field-hint">{t('commission.consents.hint')}</p>
            <div className="commission-consents">
              <Field label={t('commission.voluntaryDate')} hint={t('commission.voluntaryDate.hint')} error={errors.voluntaryDate?.message}>
                <DateField {...register('voluntaryDate')} />
              </Field>
              <Field
                label={t('commission.contactConsentDate')}
                hint={t('commission.contactConsentDate.hint')}
                error={errors.contactConsentDate?.message}
              >
                <DateField {...register('contactConsentDate')} />
              </Field>
              <Field label={t('commission.waiverDate')} hint={t('commission.waiverDate.hint')} error={errors.waiverDate?.message}>
                <DateField {...register('waiverDate')} />
              </Field>
            </div>
          </section>

          <div className="form-section">
            <Field label={t('commission.notes')} hint={t('commission.notes.hint')} optional error={errors.notes?.message}>
              <textarea rows={4} {...register('notes')} />
            </Field>
          </div>
        </fieldset>

        {!readOnly && (
          <SaveBar save={save} dirty={isDirty} submitting={isSubmitting} />
        )}
      </form>

      <WorkersTable conferenceId={conference.id} members={prep.members} waiverDate={waiverDate} readOnly={readOnly} />
      <ConvenerCard />
    </div>
  );
}

/** Checkboxes for a list of ids, kept in the conference's order whatever order they were ticked in. */
function IdCheckboxes({
  control,
  name,
  legend,
  options,
  emptyText,
  error,
}: {
  control: CommissionControl;
  name: 'guardianIds' | 'childIds';
  legend: string;
  options: { id: string; label: string }[];
  emptyText?: string;
  error?: string;
}) {
  const { tKey } = useI18n();
  const { field } = useController({ control, name });
  const chosen = new Set(field.value ?? []);
  const toggle = (id: string, checked: boolean) => {
    if (checked) chosen.add(id);
    else chosen.delete(id);
    field.onChange(options.filter((o) => chosen.has(o.id)).map((o) => o.id));
  };
  return (
    <fieldset className="commission-id-group">
      <legend className="commission-id-legend">{legend}</legend>
      {options.length === 0 && emptyText && <p className="muted">{emptyText}</p>}
      {options.map((option) => (
        <label key={option.id} className="commission-checkbox">
          <input
            type="checkbox"
            name={name}
            value={option.id}
            checked={chosen.has(option.id)}
            onChange={(event) => toggle(option.id, event.target.checked)}
            onBlur={field.onBlur}
            ref={option === options[0] ? field.ref : undefined}
          />
          <span dir="auto">{option.label}</span>
        </label>
      ))}
      {error && <p className="field-error">{tKey(error)}</p>}
    </fieldset>
  );
}
