import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { confidentialityBasisSchema } from '../../../../electron/shared/settings/settings.schema';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { SaveBar } from '../../components/SaveBar';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { sectionFieldPath, useSaveSection } from './useSaveSection';

const confidentialityForm = z.object({ basis: confidentialityBasisSchema });

/** Settings → the legal ground printed with "Salassa pidettävä" on the unit's confidential papers. */
export function ConfidentialityForm({ basis, version }: { basis: string; version: number }) {
  const { t } = useI18n();
  const notify = useNotify();
  const form = useForm<z.input<typeof confidentialityForm>, unknown, z.output<typeof confidentialityForm>>({
    resolver: zodResolver(confidentialityForm),
    defaultValues: { basis },
    mode: 'onSubmit',
  });
  const { register, formState } = form;
  const saveSection = useSaveSection('confidentialityBasis', version);
  const save = useSaveForm(form, {
    save: (values) => saveSection(values.basis),
    valuesAfterSave: (saved) => ({ basis: saved.confidentialityBasis }),
    onSaved: () => notify(t('form.saved')),
    fieldPath: sectionFieldPath('basis'),
  });

  return (
    <form className="form" onSubmit={save.submit} noValidate aria-label={t('settings.confidentiality.heading')}>
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
            error={formState.errors.basis?.message}
            className="span-2"
          >
            <input type="text" autoComplete="off" maxLength={120} {...register('basis')} />
          </Field>
        </div>
      </section>
      <SaveBar save={save} dirty={formState.isDirty} submitting={formState.isSubmitting} />
    </form>
  );
}
