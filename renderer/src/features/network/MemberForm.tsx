import { zodResolver } from '@hookform/resolvers/zod';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import type { ApiResult } from '../../../../electron/shared/api/result';
import type { Conference } from '../../../../electron/shared/conference/conference.schema';
import {
  CLOSENESS,
  INVITE_DECISIONS,
  LETTER_LANGUAGES,
  MEMBER_LANGUAGES,
  memberFieldsSchema,
  REPLIES,
  SECTORS,
  type MemberFields,
  type MemberFieldsInput,
} from '../../../../electron/shared/preparation/network.schema';
import { Field } from '../../components/Field';
import { SaveBar, type SaveBarProps } from '../../components/SaveBar';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { EMPTY_WORKER } from './member-form-values';
import { SupportChoices, WorkerFields } from './MemberFormParts';
import { DateField } from '../../components/DateField';

export interface MemberFormProps<T> {
  defaultValues: MemberFieldsInput;
  children: Conference['children'];
  /** Children who already have another support person: child id → that person's name. */
  supportTakenBy: Record<string, string>;
  /** Set when the form adds a person; without it the form edits one (see SaveBar). */
  creating?: SaveBarProps['creating'];
  readOnly: boolean;
  onSubmit(values: MemberFields): Promise<ApiResult<T>>;
  /** After a successful save; `valuesAfterSave` gives the form its new baseline. */
  onSaved(value: T): void;
  valuesAfterSave?(value: T): MemberFieldsInput;
}

/** Fields that only mean something next to another choice are cleared when they are hidden. */
function withoutHiddenFields(values: MemberFields): MemberFields {
  return {
    ...values,
    notInvitedReason: values.invite === 'not_invited' ? values.notInvitedReason : '',
    otherLanguage: values.language === 'other' ? values.otherLanguage : '',
    letterLanguage: values.language === 'other' ? values.letterLanguage : null,
    supportBriefedDate: values.supportForChildIds.length > 0 ? values.supportBriefedDate : null,
  };
}

/** Everything recorded about one person of the network, validated by the API's own schema. */
export function MemberForm<T>(props: MemberFormProps<T>) {
  const { t } = useI18n();
  const form = useForm<MemberFieldsInput, unknown, MemberFields>({
    resolver: zodResolver(memberFieldsSchema),
    defaultValues: props.defaultValues,
    mode: 'onSubmit',
  });
  const { register, formState, watch, setValue } = form;
  const { errors, isDirty, isSubmitting, submitCount } = formState;
  // Worker details survive unticking and ticking the box again before saving.
  const lastWorker = useRef(props.defaultValues.worker ?? EMPTY_WORKER);

  const invite = watch('invite');
  const language = watch('language');
  const worker = watch('worker');
  const supportFor = watch('supportForChildIds') ?? [];

  const save = useSaveForm(form, {
    readOnly: props.readOnly,
    save: (values) => props.onSubmit(withoutHiddenFields(values)),
    valuesAfterSave: (saved, values) =>
      props.valuesAfterSave ? props.valuesAfterSave(saved) : withoutHiddenFields(values),
    onSaved: props.onSaved,
  });

  const toggleWorker = (on: boolean) => {
    if (!on && worker) lastWorker.current = { ...EMPTY_WORKER, ...worker };
    setValue('worker', on ? { ...lastWorker.current } : null, { shouldDirty: true });
  };

  const toggleSupport = (childId: string, on: boolean) => {
    const next = on ? [...supportFor, childId] : supportFor.filter((id) => id !== childId);
    setValue('supportForChildIds', next, { shouldDirty: true, shouldValidate: submitCount > 0 });
  };

  const supportError = errors.supportForChildIds?.message ?? errors.supportForChildIds?.root?.message;

  return (
    <form className="form" onSubmit={save.submit} noValidate>
      {props.readOnly && <p className="alert alert-info">{t('form.readOnly')}</p>}
      <fieldset className="form-fieldset" disabled={props.readOnly}>
        <section className="form-section" aria-labelledby="member-basics">
          <h2 id="member-basics">{t('network.member.section.basics')}</h2>
          <div className="form-grid">
            <Field label={t('network.member.name')} hint={t('network.member.name.hint')} error={errors.name?.message}>
              <input type="text" autoComplete="off" dir="auto" maxLength={100} {...register('name')} />
            </Field>
            <Field label={t('network.member.relation')} hint={t('network.member.relation.hint')} error={errors.relation?.message}>
              <input type="text" autoComplete="off" dir="auto" maxLength={80} {...register('relation')} />
            </Field>
            <Field label={t('network.member.sector')} hint={t('network.member.sector.hint')} error={errors.sector?.message}>
              <select {...register('sector')}>
                {SECTORS.map((sector) => (
                  <option key={sector} value={sector}>
                    {t(`network.sector.${sector}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('network.member.closeness')} hint={t('network.member.closeness.hint')} error={errors.closeness?.message}>
              <select {...register('closeness')}>
                {CLOSENESS.map((closeness) => (
                  <option key={closeness} value={closeness}>
                    {t(`network.closeness.${closeness}.long`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </section>

        <section className="form-section" aria-labelledby="member-worker">
          <h2 id="member-worker">{t('network.member.section.worker')}</h2>
          <label className="check">
            <input type="checkbox" checked={worker != null} onChange={(e) => toggleWorker(e.target.checked)} />
            <span>
              {t('network.member.isWorker')}
              <span className="check-note"> — {t('network.member.isWorker.hint')}</span>
            </span>
          </label>
          {worker != null && <WorkerFields register={register} errors={errors} />}
        </section>

        <section className="form-section" aria-labelledby="member-contact">
          <h2 id="member-contact">{t('network.member.section.contact')}</h2>
          <div className="form-grid">
            <Field label={t('network.member.phone')} optional error={errors.phone?.message}>
              <input type="tel" autoComplete="off" {...register('phone')} />
            </Field>
            <Field label={t('network.member.email')} optional error={errors.email?.message}>
              <input type="email" autoComplete="off" {...register('email')} />
            </Field>
            <Field label={t('network.member.address')} optional error={errors.address?.message} className="span-2">
              <textarea rows={2} dir="auto" {...register('address')} />
            </Field>
          </div>
        </section>

        <section className="form-section" aria-labelledby="member-needs">
          <h2 id="member-needs">{t('network.member.section.needs')}</h2>
          <div className="form-grid">
            <Field label={t('network.member.language')} error={errors.language?.message}>
              <select {...register('language')}>
                {MEMBER_LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {code === 'other' ? t('network.member.language.other') : t(`language.${code}`)}
                  </option>
                ))}
              </select>
            </Field>
            {language === 'other' ? (
              <Field label={t('network.member.otherLanguage')} error={errors.otherLanguage?.message}>
                <input type="text" autoComplete="off" maxLength={60} {...register('otherLanguage')} />
              </Field>
            ) : (
              <div />
            )}
            {language === 'other' && (
              <>
                <Field label={t('network.member.letterLanguage')} hint={t('network.member.letterLanguage.hint')} error={errors.letterLanguage?.message}>
                  <select {...register('letterLanguage')}>
                    <option value="">{t('network.member.letterLanguage.conference')}</option>
                    {LETTER_LANGUAGES.map((code) => (
                      <option key={code} value={code}>
                        {t(`language.${code}`)}
                      </option>
                    ))}
                  </select>
                </Field>
                <div />
              </>
            )}
            <label className="check span-2">
              <input type="checkbox" {...register('interpreterNeeded')} />
              <span>{t('network.member.interpreterNeeded')}</span>
            </label>
            <Field label={t('network.member.accessibility')} hint={t('network.member.accessibility.hint')} optional error={errors.accessibility?.message}>
              <textarea rows={2} {...register('accessibility')} />
            </Field>
            <Field label={t('network.member.diet')} optional error={errors.diet?.message}>
              <textarea rows={2} {...register('diet')} />
            </Field>
          </div>
        </section>

        <section className="form-section" aria-labelledby="member-invite">
          <h2 id="member-invite">{t('network.member.section.invite')}</h2>
          <div className="form-grid">
            <Field label={t('network.member.invite')} hint={t('network.member.invite.hint')} error={errors.invite?.message}>
              <select {...register('invite')}>
                {INVITE_DECISIONS.map((decision) => (
                  <option key={decision} value={decision}>
                    {t(`network.invite.${decision}`)}
                  </option>
                ))}
              </select>
            </Field>
            {invite === 'invite' ? (
              <Field label={t('network.member.reply')} hint={t('network.member.reply.hint')} error={errors.reply?.message}>
                <select {...register('reply')}>
                  {REPLIES.map((reply) => (
                    <option key={reply} value={reply}>
                      {t(`network.reply.${reply}`)}
                    </option>
                  ))}
                </select>
              </Field>
            ) : (
              <p className="muted">{t('network.member.reply.onlyInvited')}</p>
            )}
            {invite === 'not_invited' && (
              <Field label={t('network.member.notInvitedReason')} hint={t('network.member.notInvitedReason.hint')} error={errors.notInvitedReason?.message} className="span-2">
                <textarea rows={2} {...register('notInvitedReason')} />
              </Field>
            )}
          </div>
        </section>

        <section className="form-section" aria-labelledby="member-roles">
          <h2 id="member-roles">{t('network.member.section.roles')}</h2>
          <p className="field-hint">{t('network.member.roles.hint')}</p>
          <SupportChoices
            children={props.children}
            supportTakenBy={props.supportTakenBy}
            chosen={supportFor}
            error={supportError}
            onToggle={toggleSupport}
          />
          <label className="check">
            <input type="checkbox" {...register('chairsPrivateTime')} />
            <span>{t('network.role.chair.long')}</span>
          </label>
          <label className="check">
            <input type="checkbox" {...register('takesNotes')} />
            <span>{t('network.role.notes.long')}</span>
          </label>
        </section>

        <section className="form-section" aria-labelledby="member-preparation">
          <h2 id="member-preparation">{t('network.member.section.preparation')}</h2>
          <div className="form-grid">
            <Field label={t('network.member.preparedDate')} hint={t('network.member.preparedDate.hint')} optional error={errors.preparedDate?.message}>
              <DateField {...register('preparedDate')} />
            </Field>
            {supportFor.length > 0 ? (
              <Field label={t('network.member.supportBriefedDate')} hint={t('network.member.supportBriefedDate.hint')} optional error={errors.supportBriefedDate?.message}>
                <DateField {...register('supportBriefedDate')} />
              </Field>
            ) : (
              <div />
            )}
          </div>
        </section>

        <section className="form-section" aria-labelledby="member-notes">
          <h2 id="member-notes">{t('network.member.section.notes')}</h2>
          <Field label={t('network.member.notes')} hint={t('form.notes.hint')} optional error={errors.notes?.message}>
            <textarea rows={4} {...register('notes')} />
          </Field>
        </section>
      </fieldset>

      {!props.readOnly && <SaveBar save={save} dirty={isDirty} submitting={isSubmitting} creating={props.creating} />}
    </form>
  );
}

