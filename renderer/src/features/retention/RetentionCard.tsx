import type { UseFormRegisterReturn } from 'react-hook-form';
import { RETENTION_MONTHS } from '../../../../electron/shared/retention/retention';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import '../deletion/deletion.css';

/**
 * Settings → how long a closed conference is kept, and what the backups keep after a deletion.
 * A section of the settings page's one form, which saves it with the rest.
 */
export function RetentionCard({ field, error }: { field: UseFormRegisterReturn; error?: string }) {
  const { t, tn } = useI18n();
  return (
    <section className="form-section" aria-labelledby="settings-retention" aria-describedby="settings-retention-hint">
      <h2 id="settings-retention">{t('retention.heading')}</h2>
      <p id="settings-retention-hint" className="field-hint">
        {t('retention.hint')}
      </p>
      <div className="form-grid">
        <Field label={t('retention.months')} error={error}>
          <select {...field}>
            {RETENTION_MONTHS.map((value) => (
              <option key={value} value={value}>
                {tn('retention.months.option', value)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <p className="muted">{t('deletion.backups')}</p>
    </section>
  );
}
