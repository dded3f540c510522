import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import type { SettingsForm } from './settings-form';

/** Settings → the legal ground printed with "Salassa pidettävä" on the unit's confidential papers. */
export function ConfidentialitySection({ form }: { form: SettingsForm }) {
  const { t } = useI18n();
  return (
    <section className="form-section" aria-labelledby="settings-confidentiality" aria-describedby="settings-confidentiality-hint">
      <h2 id="settings-confidentiality">{t('settings.confidentiality.heading')}</h2>
      <p id="settings-confidentiality-hint" className="field-hint">
        {t('settings.confidentiality.hint')}
      </p>
      <div className="form-grid">
        <Field
          label={t('settings.confidentiality.basis')}
          hint={t('settings.confidentiality.basis.hint')}
          optional
          error={form.formState.errors.confidentialityBasis?.message}
          className="span-2"
        >
          <input type="text" autoComplete="off" maxLength={120} {...form.register('confidentialityBasis')} />
        </Field>
      </div>
    </section>
  );
}
