import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import type { SettingsForm } from './settings-form';

/** The convener's own details: on the commission agreement and on every letter. */
export function ConvenerSection({ form }: { form: SettingsForm }) {
  const { t } = useI18n();
  const { register } = form;
  const errors = form.formState.errors.convener;
  return (
    <section className="form-section" aria-labelledby="settings-convener" aria-describedby="settings-convener-hint">
      <h2 id="settings-convener">{t('settings.convener.heading')}</h2>
      <p id="settings-convener-hint" className="field-hint">
        {t('settings.convener.hint')}
      </p>
      <div className="form-grid">
        <Field label={t('settings.convener.name')} error={errors?.name?.message}>
          <input type="text" autoComplete="name" maxLength={100} {...register('convener.name')} />
        </Field>
        <Field label={t('settings.convener.jobTitle')} hint={t('settings.convener.jobTitle.hint')} error={errors?.title?.message}>
          <input type="text" autoComplete="organization-title" maxLength={100} {...register('convener.title')} />
        </Field>
        <Field label={t('settings.convener.phone')} error={errors?.phone?.message}>
          <input type="tel" autoComplete="tel" {...register('convener.phone')} />
        </Field>
        <Field label={t('settings.convener.email')} error={errors?.email?.message}>
          <input type="email" autoComplete="email" {...register('convener.email')} />
        </Field>
        <Field
          label={t('work.settings.hourlyRate')}
          hint={t('work.settings.hourlyRate.hint')}
          optional
          error={errors?.hourlyRate?.message}
        >
          <input type="text" inputMode="decimal" autoComplete="off" {...register('convener.hourlyRate')} />
        </Field>
      </div>
    </section>
  );
}
