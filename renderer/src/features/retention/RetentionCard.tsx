import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { RETENTION_MONTHS, retentionMonthsSchema, type RetentionMonths } from '../../../../electron/shared/retention/retention';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { SaveBar } from '../../components/SaveBar';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { sectionFieldPath, useSaveSection } from '../settings/useSaveSection';
import '../deletion/deletion.css';

const retentionForm = z.object({ months: z.coerce.number().pipe(retentionMonthsSchema) });

/** Settings → how long a closed conference is kept, and what the backups keep after a deletion. */
export function RetentionCard({ months, version }: { months: RetentionMonths; version: number }) {
  const { t, tn } = useI18n();
  const notify = useNotify();
  const form = useForm<z.input<typeof retentionForm>, unknown, z.output<typeof retentionForm>>({
    resolver: zodResolver(retentionForm),
    defaultValues: { months },
    mode: 'onSubmit',
  });
  const { register, formState } = form;
  const saveSection = useSaveSection('retentionMonths', version);
  const save = useSaveForm(form, {
    save: (values) => saveSection(values.months),
    valuesAfterSave: (saved) => ({ months: saved.retentionMonths }),
    onSaved: () => notify(t('form.saved')),
    fieldPath: sectionFieldPath('months'),
  });

  return (
    <form className="form" onSubmit={save.submit} noValidate aria-label={t('retention.heading')}>
      <section className="form-section" aria-labelledby="settings-retention" aria-describedby="settings-retention-hint">
        <h2 id="settings-retention">{t('retention.heading')}</h2>
        <p id="settings-retention-hint" className="field-hint">
          {t('retention.hint')}
        </p>
        <div className="form-grid">
          <Field label={t('retention.months')} error={formState.errors.months?.message}>
            <select {...register('months')}>
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
      <SaveBar save={save} dirty={formState.isDirty} submitting={formState.isSubmitting} />
    </form>
  );
}
