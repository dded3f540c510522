import { useId } from 'react';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { checkFollowUp } from '../../../../electron/shared/plan/plan-checks';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { CheckboxList } from './CheckboxList';
import type { PlanPart } from './plan-layout';
import type { PlanFormApi } from './plan-form-values';
import { PersonSelect } from './PersonSelect';
import { usePeople } from './usePeople';
import { personKey } from '../../../../electron/shared/plan/plan-person';
import { DateField } from '../../components/DateField';

/** The fields of one part of the plan that answers a general question. */
export function PlanPartFields({
  form,
  part,
  meetingDate,
}: {
  form: PlanFormApi;
  part: PlanPart;
  meetingDate: string | null;
}) {
  const { t } = useI18n();
  const { register, formState } = form;
  switch (part) {
    case 'services':
      return <ServicesField form={form} />;
    case 'monitoring':
      return (
        <Field label={t('plan.monitoring')} hint={t('plan.monitoring.hint')} optional error={formState.errors.monitoring?.message}>
          <textarea rows={3} dir="auto" maxLength={2000} {...register('monitoring')} />
        </Field>
      );
    case 'problems':
      return (
        <Field label={t('plan.problems')} hint={t('plan.problems.hint')} optional error={formState.errors.problems?.message}>
          <textarea rows={3} dir="auto" maxLength={2000} {...register('problems')} />
        </Field>
      );
    case 'followUp':
      return <FollowUpFields form={form} meetingDate={meetingDate} />;
    case 'recipients':
      return <p className="field-hint">{t('plan.recipients.seeBelow')}</p>;
  }
}

/** Support asked from services: which worker, for what. */
function ServicesField({ form }: { form: PlanFormApi }) {
  const { t } = useI18n();
  const id = useId();
  const { control, register, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'services', keyName: 'key' });
  return (
    <div className="plan-part" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="plan-part-title">
        {t('plan.services')}
      </h3>
      <p className="field-hint">{t('plan.services.hint')}</p>
      {fields.length > 0 && (
        <ol className="plan-rows">
          {fields.map((field, index) => {
            const label = t('plan.services.item', { index: index + 1 });
            return (
              <li key={field.key}>
                <div className="plan-row plan-row-service" role="group" aria-label={label}>
                  <PersonSelect control={control} name={`services.${index}.worker`} label={t('plan.services.worker')} workersOnly />
                  <Field label={t('plan.services.what')} error={formState.errors.services?.[index]?.what?.message}>
                    <textarea rows={2} dir="auto" maxLength={500} {...register(`services.${index}.what`)} />
                  </Field>
                  <RemoveButton label={t('textList.remove', { item: label })} onClick={() => remove(index)} />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div>
        <button type="button" className="button button-secondary" onClick={() => append({ worker: null, what: '' })}>
          {t('plan.services.add')}
        </button>
      </div>
    </div>
  );
}

/** The follow-up meeting: when (warned outside 3–6 months) and who is invited. */
function FollowUpFields({ form, meetingDate }: { form: PlanFormApi; meetingDate: string | null }) {
  const { t, formatDate } = useI18n();
  const people = usePeople();
  const { control, register, formState } = form;
  const date = useWatch({ control, name: 'followUpDate' });
  const check = checkFollowUp(meetingDate, date || null);
  const window =
    check.status === 'no_meeting_date'
      ? null
      : { earliest: formatDate(check.window.earliest), latest: formatDate(check.window.latest) };
  const outside = check.status === 'early' || check.status === 'late';

  return (
    <div className="plan-follow-up">
      <div className="plan-follow-up-date">
        <Field
          label={t('plan.followUp.date')}
          hint={window ? t('plan.followUp.window', window) : t('plan.followUp.noMeetingDate')}
          optional
          error={formState.errors.followUpDate?.message}
        >
          <DateField {...register('followUpDate')} />
        </Field>
        {outside && window && (
          <p className="plan-warning" role="status">
            {t('plan.followUp.outside', window)}
          </p>
        )}
      </div>
      <Controller
        control={control}
        name="followUpInvitees"
        render={({ field }) => (
          <CheckboxList
            legend={t('plan.followUp.invitees')}
            options={people.options.map((option) => ({ key: option.key, value: option.person, label: option.label }))}
            value={field.value}
            keyOf={personKey}
            onChange={field.onChange}
            className="plan-invitees"
          />
        )}
      />
    </div>
  );
}

/** A quiet × that removes one row; its label names the row. */
export function RemoveButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <button type="button" className="button button-quiet plan-row-button plan-row-remove" onClick={onClick} aria-label={label} title={label}>
      <span aria-hidden="true">×</span>
    </button>
  );
}
