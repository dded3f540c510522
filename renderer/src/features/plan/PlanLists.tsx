import { useId } from 'react';
import { useFieldArray } from 'react-hook-form';
import { DISTRIBUTION_CHANNELS, type PlanOwner, type PlanPerson } from '../../../../electron/shared/plan/plan.schema';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { guardianMemberIds } from '../../../../electron/shared/conference/guardians';
import { usePreparation } from '../preparation/PreparationContext';
import { postedCopies, type PlanFormApi } from './plan-form-values';
import { RemoveButton } from './PlanParts';
import { PersonSelect } from './PersonSelect';
import { personKey } from '../../../../electron/shared/plan/plan-person';
import { DateField } from '../../components/DateField';

/** Dissenting opinions: who and what, recorded only when the person wants it. */
export function DissentsSection({ form }: { form: PlanFormApi }) {
  const { t } = useI18n();
  const id = useId();
  const { control, register, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'dissents', keyName: 'key' });
  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <div className="plan-question-head">
        <h2 id={`${id}-title`}>{t('plan.dissents')}</h2>
        <p className="field-hint">{t('plan.dissents.hint')}</p>
      </div>
      {fields.length > 0 && (
        <ol className="plan-rows">
          {fields.map((field, index) => {
            const label = t('plan.dissents.item', { index: index + 1 });
            return (
              <li key={field.key}>
                <div className="plan-row plan-row-dissent" role="group" aria-label={label}>
                  <PersonSelect control={control} name={`dissents.${index}.person`} label={t('plan.dissents.person')} />
                  <Field label={t('plan.dissents.text')} error={formState.errors.dissents?.[index]?.text?.message}>
                    <textarea rows={3} dir="auto" maxLength={2000} {...register(`dissents.${index}.text`)} />
                  </Field>
                  <RemoveButton label={t('textList.remove', { item: label })} onClick={() => remove(index)} />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div>
        <button type="button" className="button button-secondary" onClick={() => append({ person: null, text: '' })}>
          {t('plan.dissents.add')}
        </button>
      </div>
    </section>
  );
}

/**
 * Who receives the plan, and when and how each copy went. Still kept after the decision:
 * the plan is handed out after it was accepted.
 */
export function DistributionLog({
  form,
  taskPeople,
  postedToClient = false,
}: {
  form: PlanFormApi;
  /** Everyone who does or checks an item, as the plan stands when asked. */
  taskPeople(): PlanOwner[];
  /** The plan is posted to the client (its kind says so): one button marks the guardians' copies posted today. */
  postedToClient?: boolean;
}) {
  const { t, tn } = useI18n();
  const notify = useNotify();
  const id = useId();
  const { prep, today } = usePreparation();
  const { control, register, formState, getValues, setValue } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'recipients', keyName: 'key' });

  // The client's copy: each guardian's line goes by post today, added when not listed yet.
  const postToClient = () => {
    const members = new Set(prep.members.map((member) => member.id));
    const guardians = guardianMemberIds(prep.conference).filter((memberId) => members.has(memberId));
    if (guardians.length === 0) return notify(t('plan.recipients.noGuardians'));
    const { update, add } = postedCopies(getValues('recipients'), guardians, today);
    for (const index of update) {
      setValue(`recipients.${index}.channel`, 'post', { shouldDirty: true });
      setValue(`recipients.${index}.sentDate`, today, { shouldDirty: true });
    }
    if (add.length > 0) append(add, { shouldFocus: false });
    notify(tn('plan.recipients.postedToClient', guardians.length));
  };

  const addTaskPeople = () => {
    const listed = new Set(getValues('recipients').flatMap((line) => (line.recipient ? [personKey(line.recipient)] : [])));
    // A child who does a task gets the plan through the family: a copy goes to the adults.
    const people = taskPeople().filter((person): person is PlanPerson => person.kind !== 'child');
    const missing = people.filter((person, index) => {
      const key = personKey(person);
      return !listed.has(key) && people.findIndex((p) => personKey(p) === key) === index;
    });
    if (missing.length === 0) {
      notify(people.length === 0 ? t('plan.recipients.noTasks') : t('plan.recipients.allListed'));
      return;
    }
    append(missing.map((recipient) => ({ recipient, sentDate: '', channel: 'by_hand' as const })));
    notify(tn('plan.recipients.addedTaskPeople', missing.length));
  };

  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <div className="plan-question-head">
        <h2 id={`${id}-title`}>{t('plan.recipients')}</h2>
        <p className="field-hint">{t('plan.recipients.hint')}</p>
      </div>
      {fields.length > 0 && (
        <ol className="plan-rows">
          {fields.map((field, index) => {
            const label = t('plan.recipients.item', { index: index + 1 });
            const errors = formState.errors.recipients?.[index];
            return (
              <li key={field.key}>
                <div className="plan-row plan-row-recipient" role="group" aria-label={label}>
                  <PersonSelect control={control} name={`recipients.${index}.recipient`} label={t('plan.recipients.person')} />
                  <Field label={t('plan.recipients.sentDate')} optional error={errors?.sentDate?.message}>
                    <DateField {...register(`recipients.${index}.sentDate`)} />
                  </Field>
                  <Field label={t('plan.recipients.channel')} error={errors?.channel?.message}>
                    <select {...register(`recipients.${index}.channel`)}>
                      {DISTRIBUTION_CHANNELS.map((channel) => (
                        <option key={channel} value={channel}>
                          {t(`plan.channel.${channel}`)}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <RemoveButton label={t('textList.remove', { item: label })} onClick={() => remove(index)} />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {postedToClient && <p className="field-hint">{t('plan.recipients.postToClient.hint')}</p>}
      <div className="plan-buttons">
        {postedToClient && (
          <button type="button" className="button button-primary" onClick={postToClient}>
            {t('plan.recipients.postToClient')}
          </button>
        )}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => append({ recipient: null, sentDate: '', channel: 'by_hand' })}
        >
          {t('plan.recipients.add')}
        </button>
        <button type="button" className="button button-secondary" onClick={addTaskPeople}>
          {t('plan.recipients.addTaskPeople')}
        </button>
      </div>
    </section>
  );
}
