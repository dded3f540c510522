import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useFieldArray, useForm, useWatch, type UseFormRegister } from 'react-hook-form';
import type { ApiResult } from '../../../../electron/shared/api/result';
import {
  createConferenceInput,
  type CreateConferenceFormInput,
  type CreateConferenceInput,
} from '../../../../electron/shared/conference/conference.schema';
import { MEETING_TYPES } from '../../../../electron/shared/conference/conference-lists';
import { UI_LANGUAGES } from '../../../../electron/shared/i18n/locales';
import { childRecords, guardianRecords, type PersonRecordFacts } from '../../../../electron/shared/conference/person-records';
import { childOwnsPlanTask } from '../../../../electron/shared/plan/plan-rules';
import type { Preparation } from '../../../../electron/shared/preparation/preparation.schema';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { SaveBar, type SaveBarProps } from '../../components/SaveBar';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { HeldBeforeFields } from './HeldBeforeFields';
import { useRecordText } from './useRecordText';
import { DateField } from '../../components/DateField';

export interface ConferenceFormProps<T> {
  defaultValues: CreateConferenceFormInput;
  /** Set when the form creates a conference; without it the form edits one (see SaveBar). */
  creating?: SaveBarProps['creating'];
  readOnly?: boolean;
  /**
   * What is recorded about the conference's people, for an existing conference: removing
   * a child or guardian who has records asks first and lists what goes with them; a child
   * who does a task in the plan cannot be removed (the API refuses too).
   */
  records?: PersonRecordFacts & Pick<Preparation, 'plans'>;
  /** The fields; `heldBefore` is set only when creating (an existing conference's meeting is its own record). */
  onSubmit(values: CreateConferenceInput): Promise<ApiResult<T>>;
  /** Called after a successful save; `valuesAfterSave` gives the form its new baseline. */
  onSaved(value: T): void;
  valuesAfterSave?(value: T): CreateConferenceFormInput;
}

/** Birth year typed as text: blank or non-numeric stays invalid for the schema to report. */
function toYear(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  const text = String(value ?? '').trim();
  return text === '' ? undefined : Number(text);
}

/** The kinds of meeting as cards with what each one is: the first choice of a new conference. */
function MeetingTypeCards({ register, error }: { register: UseFormRegister<CreateConferenceFormInput>; error?: string }) {
  const { t, tKey } = useI18n();
  const errorId = useId();
  return (
    <div
      className="type-cards"
      role="radiogroup"
      aria-label={t('form.meetingType')}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      {MEETING_TYPES.map((type) => (
        <label key={type} className="type-card">
          <input type="radio" value={type} {...register('meetingType')} />
          <span className="type-card-body">
            <span className="type-card-title">{t(`meetingType.${type}`)}</span>
            <span className="type-card-hint">{t(`meetingType.${type}.hint`)}</span>
          </span>
        </label>
      ))}
      {error && (
        <p id={errorId} className="field-error">
          {tKey(error)}
        </p>
      )}
    </div>
  );
}

/** A removal waiting for the convener's answer: who, and what is recorded about them. */
interface PendingRemoval {
  list: 'children' | 'guardians';
  index: number;
  name: string;
  records: string[];
}

/** The conference's fields, validated by the same schema as the API. */
export function ConferenceForm<T>(props: ConferenceFormProps<T>) {
  const { t, tKey } = useI18n();
  const recordText = useRecordText();
  const [pending, setPending] = useState<PendingRemoval | null>(null);
  const form = useForm<CreateConferenceFormInput, unknown, CreateConferenceInput>({
    resolver: zodResolver(createConferenceInput),
    defaultValues: props.defaultValues,
    mode: 'onSubmit',
  });
  const { register, formState, control } = form;
  const { errors, isDirty, isSubmitting } = formState;
  // Labels that only fit one kind of meeting follow the kind chosen (the commission is a request for a mapping).
  const meetingType = useWatch({ control, name: 'meetingType' }) ?? props.defaultValues.meetingType;
  const children = useFieldArray({ control, name: 'children', keyName: 'key' });
  const guardians = useFieldArray({ control, name: 'guardians', keyName: 'key' });
  const save = useSaveForm(form, {
    readOnly: props.readOnly,
    save: props.onSubmit,
    valuesAfterSave: props.valuesAfterSave,
    onSaved: props.onSaved,
  });

  // A stored person with records is removed only after the convener has seen what goes with them.
  const askRemove = (list: PendingRemoval['list'], index: number) => {
    const person = form.getValues(`${list}.${index}`) as { id?: string; firstName?: string; name?: string };
    const stored = person.id && props.records ? person.id : null;
    const records = stored
      ? (list === 'children' ? childRecords(props.records!, stored) : guardianRecords(props.records!, stored)).map(recordText.personRecord)
      : [];
    if (records.length === 0) return (list === 'children' ? children : guardians).remove(index);
    setPending({ list, index, name: (list === 'children' ? person.firstName : person.name) || t('form.unnamed'), records });
  };

  // A task in the plan must not lose its owner: the child stays until the plan is changed.
  const ownsTask = (childId: string | undefined) => Boolean(childId && props.records && childOwnsPlanTask(props.records.plans, childId));

  // A rule on the whole list (at least one child) lands on the array or on its root.
  const childrenError = errors.children?.root?.message ?? errors.children?.message;

  return (
    <>
      <form className="form" onSubmit={save.submit} noValidate>
        {props.readOnly && <p className="alert alert-info">{t('form.readOnly')}</p>}
        <fieldset className="form-fieldset" disabled={props.readOnly}>
          {props.creating && (
            <section className="form-section" aria-labelledby="section-meeting-type">
              <h2 id="section-meeting-type">{t('form.meetingType')}</h2>
              <MeetingTypeCards register={register} error={errors.meetingType?.message} />
            </section>
          )}
          <section className="form-section" aria-labelledby="section-basics">
            <h2 id="section-basics">{t('form.section.basics')}</h2>
            <div className="form-grid">
              <Field label={t('form.reference')} hint={t('form.reference.hint')} error={errors.reference?.message} className="span-2">
                <input type="text" autoComplete="off" maxLength={60} {...register('reference')} />
              </Field>
              <Field
                label={t(`form.commissionDate.${meetingType}`)}
                hint={t(`form.commissionDate.hint.${meetingType}`)}
                error={errors.commissionDate?.message}
              >
                <DateField {...register('commissionDate')} />
              </Field>
              {!props.creating && (
                <Field label={t('form.meetingType')} hint={t('form.meetingType.hint')} error={errors.meetingType?.message}>
                  <select {...register('meetingType')}>
                    {MEETING_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {t(`meetingType.${type}`)}
                      </option>
                    ))}
                  </select>
                </Field>
              )}
              <Field label={t('form.language')} hint={t('form.language.hint')} error={errors.language?.message}>
                <select {...register('language')}>
                  {UI_LANGUAGES.map((code) => (
                    <option key={code} value={code}>
                      {t(`language.${code}`)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
          </section>

          {props.creating && <HeldBeforeFields form={form} />}

          <section className="form-section" aria-labelledby="section-children">
            <h2 id="section-children">{t('form.section.children')}</h2>
            {childrenError && <p className="field-error">{tKey(childrenError)}</p>}
            <ol className="repeat-list">
              {children.fields.map((field, index) => (
                <li key={field.key} className="repeat-row">
                  <Field label={t('form.child.firstName')} error={errors.children?.[index]?.firstName?.message}>
                    <input type="text" autoComplete="off" {...register(`children.${index}.firstName`)} />
                  </Field>
                  <Field label={t('form.child.birthYear')} error={errors.children?.[index]?.birthYear?.message} className="field-narrow">
                    <input
                      type="text"
                      inputMode="numeric"
                      maxLength={4}
                      autoComplete="off"
                      {...register(`children.${index}.birthYear`, { setValueAs: toYear })}
                    />
                  </Field>
                  <button
                    type="button"
                    className="button button-quiet repeat-remove"
                    disabled={children.fields.length === 1 || ownsTask(field.id)}
                    onClick={() => askRemove('children', index)}
                    aria-label={t('form.child.remove', { name: form.getValues(`children.${index}.firstName`) || t('form.unnamed') })}
                  >
                    ×
                  </button>
                  {ownsTask(field.id) && <p className="muted repeat-note">{t('conference.removeChild.ownsTask')}</p>}
                </li>
              ))}
            </ol>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => children.append({ firstName: '', birthYear: undefined as unknown as number })}
            >
              {t('form.child.add')}
            </button>
          </section>

          <section className="form-section" aria-labelledby="section-guardians">
            <h2 id="section-guardians">{t('form.section.guardians')}</h2>
            <p className="muted">{t('form.guardians.hint')}</p>
            {guardians.fields.length === 0 && <p className="muted">{t('form.guardians.empty')}</p>}
            <ol className="repeat-list">
              {guardians.fields.map((field, index) => (
                <li key={field.key} className="repeat-row">
                  <Field label={t('form.guardian.name')} error={errors.guardians?.[index]?.name?.message} className="field-grow">
                    <input type="text" autoComplete="off" {...register(`guardians.${index}.name`)} />
                  </Field>
                  <button
                    type="button"
                    className="button button-quiet repeat-remove"
                    onClick={() => askRemove('guardians', index)}
                    aria-label={t('form.guardian.remove', { name: form.getValues(`guardians.${index}.name`) || t('form.unnamed') })}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ol>
            <button type="button" className="button button-secondary" onClick={() => guardians.append({ name: '' })}>
              {t('form.guardian.add')}
            </button>
          </section>

          <section className="form-section" aria-labelledby="section-social-worker">
            <h2 id="section-social-worker">{t('form.section.socialWorker')}</h2>
            <div className="form-grid">
              <Field label={t('form.socialWorker.name')} error={errors.socialWorker?.name?.message}>
                <input type="text" autoComplete="off" {...register('socialWorker.name')} />
              </Field>
              <Field label={t('form.socialWorker.unit')} optional error={errors.socialWorker?.unit?.message}>
                <input type="text" autoComplete="off" {...register('socialWorker.unit')} />
              </Field>
              <Field label={t('form.socialWorker.phone')} optional error={errors.socialWorker?.phone?.message}>
                <input type="tel" autoComplete="off" {...register('socialWorker.phone')} />
              </Field>
              <Field label={t('form.socialWorker.email')} optional error={errors.socialWorker?.email?.message}>
                <input type="email" autoComplete="off" {...register('socialWorker.email')} />
              </Field>
            </div>
          </section>

          <section className="form-section" aria-labelledby="section-notes">
            <h2 id="section-notes">{t('form.section.notes')}</h2>
            <Field label={t('form.notes')} hint={t('form.notes.hint')} optional error={errors.notes?.message}>
              <textarea rows={4} {...register('notes')} />
            </Field>
          </section>
        </fieldset>

        {!props.readOnly && (
          <SaveBar
            save={save}
            dirty={isDirty}
            submitting={isSubmitting}
            creating={props.creating}
          />
        )}
      </form>
      {/* Outside the form: the dialog's own form must not submit this one. */}
      <ConfirmDialog
        open={pending !== null}
        title={t(pending?.list === 'guardians' ? 'conference.removeGuardian.title' : 'conference.removeChild.title', {
          name: pending?.name ?? '',
        })}
        body={t(pending?.list === 'guardians' ? 'conference.removeGuardian.body' : 'conference.removeChild.body')}
        cancelLabel={t('form.cancel')}
        confirmLabel={t(pending?.list === 'guardians' ? 'conference.removeGuardian.confirm' : 'conference.removeChild.confirm')}
        tone="danger"
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) (pending.list === 'children' ? children : guardians).remove(pending.index);
          setPending(null);
        }}
      >
        <ul className="delete-list">
          {pending?.records.map((line, i) => (
            <li key={i} dir="auto">
              {line}
            </li>
          ))}
        </ul>
      </ConfirmDialog>
    </>
  );
}
