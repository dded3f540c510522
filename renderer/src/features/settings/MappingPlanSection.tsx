import { useI18n } from '../../i18n/I18nProvider';
import type { SettingsForm } from './settings-form';

/** Settings → whether the network-mapping plan posted to the client has the flip chart's lists on a second page. */
export function MappingPlanSection({ form }: { form: SettingsForm }) {
  const { t } = useI18n();
  return (
    <section className="form-section" aria-labelledby="settings-mapping-plan" aria-describedby="settings-mapping-plan-hint">
      <h2 id="settings-mapping-plan">{t('mappingDocuments.settings.heading')}</h2>
      <p id="settings-mapping-plan-hint" className="field-hint">
        {t('mappingDocuments.settings.hint')}
      </p>
      <label className="check">
        <input type="checkbox" {...form.register('mappingPlanFlipChart')} />
        <span>
          {t('mappingDocuments.settings.flipChart')}
          <span className="check-note"> — {t('mappingDocuments.settings.flipChart.hint')}</span>
        </span>
      </label>
    </section>
  );
}
