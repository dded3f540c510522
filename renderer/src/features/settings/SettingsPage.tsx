import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { SavedSettings } from '../../../../electron/shared/settings/settings.schema';
import { useSettingsStore } from '../../app/SettingsProvider';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNotify } from '../../components/Notices';
import { SaveBar } from '../../components/SaveBar';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { RetentionCard } from '../retention/RetentionCard';
import { TransferCard } from '../transfer/TransferCard';
import { BackupsCard } from './BackupsCard';
import { ChecklistTemplateSection } from './ChecklistTemplateSection';
import { ConfidentialitySection } from './ConfidentialitySection';
import { ConvenerSection } from './ConvenerSection';
import { MappingPlanSection } from './MappingPlanSection';
import { SavedVenuesSection } from './SavedVenuesSection';
import { settingsFormSchema, settingsFormValues, type SettingsFormInput, type SettingsFormValues } from './settings-form';
import { UnitSection } from './UnitSection';
import { useSaveSettings } from './useSaveSettings';
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
      {/* A restored backup reloads the settings: the form starts again from what was restored. */}
      {load.state === 'ready' && <SettingsForm settings={load.settings} />}
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

/**
 * Everything the convener edits on this page, as one form with one save bar: a convener fills
 * in the page top to bottom and saves once, and leaving with anything unsaved asks first.
 */
function SettingsForm({ settings }: { settings: SavedSettings }) {
  const { t } = useI18n();
  const notify = useNotify();
  const { saved } = useSettingsStore();
  const form = useForm<SettingsFormInput, unknown, SettingsFormValues>({
    resolver: zodResolver(settingsFormSchema),
    defaultValues: settingsFormValues(settings),
    mode: 'onSubmit',
  });
  const { isDirty, isSubmitting, errors } = form.formState;
  const saveSettings = useSaveSettings(settings);
  const save = useSaveForm(form, {
    save: saveSettings,
    valuesAfterSave: (saved) => settingsFormValues(saved),
    onSaved: (stored) => {
      // Every screen that shows a setting sees what was saved, without reading it again.
      saved(stored);
      notify(t('form.saved'));
    },
  });

  return (
    <form className="form settings-form" onSubmit={save.submit} noValidate aria-label={t('settings.title')}>
      <ConvenerSection form={form} />
      <UnitSection form={form} />
      <ConfidentialitySection form={form} />
      <MappingPlanSection form={form} />
      <SavedVenuesSection form={form} />
      <ChecklistTemplateSection form={form} />
      <RetentionCard field={form.register('retentionMonths')} error={errors.retentionMonths?.message} />
      <SaveBar save={save} dirty={isDirty} submitting={isSubmitting} />
    </form>
  );
}
