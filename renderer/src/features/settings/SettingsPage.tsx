import { eurosFieldText } from '../../../../electron/shared/amounts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { convenerSchema, type Convener } from '../../../../electron/shared/settings/settings.schema';
import { useSettingsStore } from '../../app/SettingsProvider';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { SaveBar } from '../../components/SaveBar';
import { useSaveForm } from '../../components/useSaveForm';
import { BackupsCard } from './BackupsCard';
import { ChecklistTemplateForm } from './ChecklistTemplateForm';
import { SavedVenuesForm } from './SavedVenuesForm';
import { UnitForm } from './UnitForm';
import { ConfidentialityForm } from './ConfidentialityForm';
import { MappingPlanForm } from './MappingPlanForm';
import { TransferCard } from '../transfer/TransferCard';
import { RetentionCard } from '../retention/RetentionCard';
import { sectionFieldPath, useSaveSection } from './useSaveSection';
import './settings.css';

/** The convener's own details, the unit's letterhead, saved venues and the default checklist. */
export function SettingsPage() {
  const { t } = useI18n();
  const { load, reload } = useSettingsStore();

  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t('settings.title')}</h1>
          <p className="page-subtitle">{t('settings.intro')}</p>
        </div>
      </header>
      {load.state === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {load.state === 'error' && <ErrorMessage error={load.error} onRetry={reload} />}
      {load.state === 'ready' && (
        <>
          <ConvenerForm convener={load.settings.convener} version={load.settings.versions.convener} />
          <UnitForm unit={load.settings.unit} version={load.settings.versions.unit} />
          <ConfidentialityForm basis={load.settings.confidentialityBasis} version={load.settings.versions.confidentialityBasis} />
          <MappingPlanForm flipChart={load.settings.mappingPlanFlipChart} version={load.settings.versions.mappingPlanFlipChart} />
          <SavedVenuesForm venues={load.settings.venues} version={load.settings.versions.venues} />
          <ChecklistTemplateForm checklist={load.settings.checklist} version={load.settings.versions.checklist} />
          <RetentionCard months={load.settings.retentionMonths} version={load.settings.versions.retentionMonths} />
        </>
      )}
      <section className="card" aria-labelledby="settings-language">
        <h2 id="settings-language" className="section-title">
          {t('settings.language.title')}
        </h2>
        <p className="muted">{t('settings.language.note')}</p>
      </section>
      <BackupsCard onRestored={reload} />
      <TransferCard />
    </>
  );
}

/** The convener's details as the form holds them: the hourly rate as euros written. */
function convenerValues(convener: Convener): z.input<typeof convenerSchema> {
  return { ...convener, hourlyRate: eurosFieldText(convener.hourlyRate) };
}

function ConvenerForm({ convener, version }: { convener: Convener; version: number }) {
  const { t } = useI18n();
  const notify = useNotify();
  const form = useForm<z.input<typeof convenerSchema>, unknown, Convener>({
    resolver: zodResolver(convenerSchema),
    defaultValues: convenerValues(convener),
    mode: 'onSubmit',
  });
  const { register, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const saveSection = useSaveSection('convener', version);
  const save = useSaveForm(form, {
    save: saveSection,
    valuesAfterSave: (saved) => convenerValues(saved.convener),
    onSaved: () => notify(t('form.saved')),
    // The API names the convener's fields under `value`; the form has them at the top.
    fieldPath: sectionFieldPath(),
  });

  return (
    <form className="form" onSubmit={save.submit} noValidate aria-label={t('settings.convener.heading')}>
      <section className="form-section" aria-labelledby="settings-convener" aria-describedby="settings-convener-hint">
        <h2 id="settings-convener">{t('settings.convener.heading')}</h2>
        <p id="settings-convener-hint" className="field-hint">
          {t('settings.convener.hint')}
        </p>
        <div className="form-grid">
          <Field label={t('settings.convener.name')} error={errors.name?.message}>
            <input type="text" autoComplete="name" maxLength={100} {...register('name')} />
          </Field>
          <Field
            label={t('settings.convener.jobTitle')}
            hint={t('settings.convener.jobTitle.hint')}
            error={errors.title?.message}
          >
            <input type="text" autoComplete="organization-title" maxLength={100} {...register('title')} />
          </Field>
          <Field label={t('settings.convener.phone')} error={errors.phone?.message}>
            <input type="tel" autoComplete="tel" {...register('phone')} />
          </Field>
          <Field label={t('settings.convener.email')} error={errors.email?.message}>
            <input type="email" autoComplete="email" {...register('email')} />
          </Field>
          <Field label={t('work.settings.hourlyRate')} hint={t('work.settings.hourlyRate.hint')} optional error={errors.hourlyRate?.message}>
            <input type="text" inputMode="decimal" autoComplete="off" {...register('hourlyRate')} />
          </Field>
        </div>
      </section>
      <SaveBar save={save} dirty={isDirty} submitting={isSubmitting} />
    </form>
  );
}
