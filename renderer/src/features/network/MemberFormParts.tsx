import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { Conference } from '../../../../electron/shared/conference/conference.schema';
import type { MemberFieldsInput } from '../../../../electron/shared/preparation/network.schema';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';

/** What a worker who gives information at the meeting brings: shown while "worker" is ticked. */
export function WorkerFields({
  register,
  errors,
}: {
  register: UseFormRegister<MemberFieldsInput>;
  errors: FieldErrors<MemberFieldsInput>;
}) {
  const { t } = useI18n();
  return (
    <div className="form-grid">
      <Field label={t('network.worker.organisation')} optional error={errors.worker?.organisation?.message}>
        <input type="text" autoComplete="off" maxLength={120} {...register('worker.organisation')} />
      </Field>
      <div />
      <Field
        label={t('network.worker.topic')}
        hint={t('network.worker.topic.hint')}
        optional
        error={errors.worker?.topic?.message}
        className="span-2"
      >
        <textarea rows={3} {...register('worker.topic')} />
      </Field>
      <label className="check span-2">
        <input type="checkbox" {...register('worker.staysForPlan')} />
        <span>{t('network.worker.staysForPlan')}</span>
      </label>
      <label className="check span-2">
        <input type="checkbox" {...register('worker.sharingAllowed')} />
        <span>
          {t('network.worker.sharingAllowed')}
          <span className="check-note"> — {t('network.worker.sharingAllowed.hint')}</span>
        </span>
      </label>
    </div>
  );
}

/** One checkbox per child: support person (avustaja) of that child; a child has at most one. */
export function SupportChoices(props: {
  children: Conference['children'];
  supportTakenBy: Record<string, string>;
  chosen: readonly string[];
  error: string | undefined;
  onToggle(childId: string, on: boolean): void;
}) {
  const { t, tKey } = useI18n();
  return (
    <fieldset className="check-group" aria-describedby={props.error ? 'member-support-error' : undefined}>
      <legend>{t('network.member.supportFor')}</legend>
      {props.children.map((child) => {
        const takenBy = props.supportTakenBy[child.id];
        const checked = props.chosen.includes(child.id);
        return (
          <label key={child.id} className="check">
            <input
              type="checkbox"
              checked={checked}
              disabled={takenBy !== undefined && !checked}
              onChange={(e) => props.onToggle(child.id, e.target.checked)}
            />
            <span>
              <span dir="auto">{t('network.role.supportOf', { child: child.firstName })}</span>
              {takenBy !== undefined && (
                <span className="check-note">
                  {' '}
                  (<span dir="auto">{t('network.member.supportTakenBy', { name: takenBy })}</span>)
                </span>
              )}
            </span>
          </label>
        );
      })}
      {props.error && (
        <p id="member-support-error" className="field-error">
          {tKey(props.error)}
        </p>
      )}
    </fieldset>
  );
}
