import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { mappingPlanFlipChartSchema } from '../../../../electron/shared/settings/settings.schema';
import { useNotify } from '../../components/Notices';
import { SaveBar } from '../../components/SaveBar';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { sectionFieldPath, useSaveSection } from './useSaveSection';

const mappingPlanForm = z.object({ flipChart: mappingPlanFlipChartSchema });

/** Settings → whether the network-mapping plan posted to the client has the flip chart's lists on a second page. */
export function MappingPlanForm({ flipChart, version }: { flipChart: boolean; version: number }) {
  const { t } = useI18n();
  const notify = useNotify();
  const form = useForm<z.input<typeof mappingPlanForm>, unknown, z.output<typeof mappingPlanForm>>({
    resolver: zodResolver(mappingPlanForm),
    defaultValues: { flipChart },
    mode: 'onSubmit',
  });
  const { register, formState } = form;
  const saveSection = useSaveSection('mappingPlanFlipChart', version);
  const save = useSaveForm(form, {
    save: (values) => saveSection(values.flipChart),
    valuesAfterSave: (saved) => ({ flipChart: saved.mappingPlanFlipChart }),
    onSaved: () => notify(t('form.saved')),
    fieldPath: sectionFieldPath('flipChart'),
  });

  return (
    <form className="form" onSubmit={save.submit} noValidate aria-label={t('mappingDocuments.settings.heading')}>
      <section className="form-section" aria-labelledby="settings-mapping-plan" aria-describedby="settings-mapping-plan-hint">
        <h2 id="settings-mapping-plan">{t('mappingDocuments.settings.heading')}</h2>
        <p id="settings-mapping-plan-hint" className="field-hint">
          {t('mappingDocuments.settings.hint')}
        </p>
        <label className="check">
          <input type="checkbox" {...register('flipChart')} />
          <span>
            {t('mappingDocuments.settings.flipChart')}
            <span className="check-note"> — {t('mappingDocuments.settings.flipChart.hint')}</span>
          </span>
        </label>
      </section>
      <SaveBar save={save} dirty={formState.isDirty} submitting={formState.isSubmitting} />
    </form>
  );
}
