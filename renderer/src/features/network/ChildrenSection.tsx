import { isolate } from '../../../../electron/shared/i18n/isolate';
import { supportPersonOf } from '../../../../electron/shared/preparation/support-persons';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError } from '../../../../electron/shared/api/result';
import type { Conference } from '../../../../electron/shared/conference/conference.schema';
import {
  CHILD_PARTICIPATION,
  updateChildParticipationInput,
  type ChildTakingPart,
  type NetworkMember,
} from '../../../../electron/shared/preparation/network.schema';
import { href } from '../../app/routes';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { useInlineEditor } from '../../components/useInlineEditor';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { toMemberFormValues } from './member-form-values';

const childFormSchema = updateChildParticipationInput.pick({ participation: true, note: true });
type ChildFormInput = z.input<typeof childFormSchema>;
type ChildFormValues = z.output<typeof childFormSchema>;

type Child = Conference['children'][number];

/** The children first: how each takes part, and who supports them. */
export function ChildrenSection() {
  const { t } = useI18n();
  const { prep } = usePreparation();
  return (
    <section className="network-section" aria-labelledby="network-children-title">
      <div>
        <h2 id="network-children-title">{t('network.children.title')}</h2>
        <p className="muted">{t('network.children.intro')}</p>
      </div>
      <ul className="child-list">
        {prep.conference.children.map((child) => {
          const takingPart = prep.children.find((c) => c.childId === child.id) ?? {
            childId: child.id,
            participation: 'undecided' as const,
            note: '',
            version: 1,
          };
          return (
            <li key={child.id} className="card child-card">
              <ChildRow child={child} takingPart={takingPart} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ChildRow({ child, takingPart }: { child: Child; takingPart: ChildTakingPart }) {
  const { t } = useI18n();
  const notify = useNotify();
  const { prep, readOnly, change, latest } = usePreparation();
  // The version after this screen's own saves: the form stays open after saving.
  const currentVersion = () => latest().children.find((c) => c.childId === child.id)?.version ?? takingPart.version;
  const form = useForm<ChildFormInput, unknown, ChildFormValues>({
    resolver: zodResolver(childFormSchema),
    defaultValues: { participation: takingPart.participation, note: takingPart.note },
  });
  const { register, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const { submit, serverError } = useSaveForm(form, {
    readOnly,
    save: (values) =>
      change('network.updateChild', { conferenceId: prep.conference.id, childId: child.id, version: currentVersion(), ...values }),
    onSaved: () => notify(t('network.children.saved', { name: child.firstName })),
  });

  const supporter = supportPersonOf(prep.members, child.id);
  const titleId = `child-${child.id}`;

  return (
    <>
      <div className="child-card-head">
        <h3 id={titleId} dir="auto">
          {child.firstName}
        </h3>
        <SupportPerson child={child} supporter={supporter} />
      </div>
      <form className="child-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
        <Field label={t('network.children.participation')} error={errors.participation?.message}>
          <select disabled={readOnly} {...register('participation')}>
            {CHILD_PARTICIPATION.map((value) => (
              <option key={value} value={value}>
                {t(`network.participation.${value}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('network.children.note')} optional error={errors.note?.message}>
          <input type="text" autoComplete="off" dir="auto" disabled={readOnly} {...register('note')} />
        </Field>
        {!readOnly && (
          <button type="submit" className="button button-secondary" disabled={!isDirty || isSubmitting}>
            {isSubmitting ? t('form.saving') : t('form.save')}
          </button>
        )}
      </form>
      {serverError && serverError.code !== 'invalid_input' && <ErrorMessage error={serverError} />}
    </>
  );
}

/** Who supports the child, or a way to choose someone among the invited. */
function SupportPerson({ child, supporter }: { child: Child; supporter: NetworkMember | undefined }) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const { prep, readOnly, latest, change } = usePreparation();
  // The person picked is a form of its own until saved: leaving with one picked asks first.
  const picker = useInlineEditor();
  const chosen = picker.value;
  const [error, setError] = useState<ApiError | null>(null);
  const conferenceId = prep.conference.id;

  if (supporter) {
    return (
      <p className="child-support">
        <span>{t('network.children.supportPerson')}</span>
        <a href={href({ name: 'member', id: conferenceId, memberId: supporter.id })} dir="auto">
          {supporter.name}
        </a>
      </p>
    );
  }

  const candidates = prep.members.filter((m) => m.invite === 'invite');
  const save = async () => {
    const member = latest().members.find((m) => m.id === chosen);
    if (!member) return;
    const result = await change('network.updateMember', {
      ...toMemberFormValues(member),
      id: member.id,
      version: member.version,
      supportForChildIds: [...member.supportForChildIds, child.id],
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    picker.close();
    notify(t('network.children.supportChosen', { name: member.name, child: child.firstName }));
  };

  return (
    <div className="child-support">
      <span className="badge badge-warning">{t('network.children.noSupportPerson')}</span>
      {!readOnly && !picker.editing && (
        <button type="button" className="button button-secondary" onClick={() => picker.open('')}>
          {t('network.children.chooseSupport')}
        </button>
      )}
      {picker.editing && (
        <div className="child-support-picker">
          {candidates.length === 0 ? (
            <p className="muted">
              {t('network.children.noCandidates')}{' '}
              <a href={href({ name: 'member', id: conferenceId, memberId: 'new' })}>{t('network.add.member')}</a>
            </p>
          ) : (
            <>
              <Field label={t('network.children.supportFor', { child: child.firstName })}>
                <select value={chosen} onChange={(e) => picker.change(e.target.value)}>
                  <option value="">{t('network.children.choose')}</option>
                  {candidates.map((m) => (
                    <option key={m.id} value={m.id}>
                      {`${isolate(m.name)} (${isolate(m.relation)})`}
                    </option>
                  ))}
                </select>
              </Field>
              <button type="button" className="button button-primary" disabled={chosen === ''} onClick={() => void save()}>
                {t('network.children.saveSupport')}
              </button>
            </>
          )}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              picker.close();
              setError(null);
            }}
          >
            {t('form.cancel')}
          </button>
          {error &&
            (error.code === 'invalid_input' ? (
              <p className="field-error" role="alert">
                {(error.issues ?? []).map((issue) => tKey(issue.message)).join(' ') || t('error.invalid_input')}
              </p>
            ) : (
              <ErrorMessage error={error} />
            ))}
        </div>
      )}
    </div>
  );
}
