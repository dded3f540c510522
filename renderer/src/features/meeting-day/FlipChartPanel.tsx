import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { flipChartFieldsSchema, type FlipChart } from '../../../../electron/shared/meeting-day/meeting-day.schema';
import type { Preparation } from '../../../../electron/shared/preparation/preparation.schema';
import { requiredText } from '../../../../electron/shared/validation';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { SaveBar } from '../../components/SaveBar';
import { TextListField } from '../../components/TextListField';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';

/*
 * The flip chart and what the client heard and hopes: one record under one version, written
 * in two places of the meeting. Each form saves its own part with what is saved of the other
 * (read with `latest()`), on the version after this screen's earlier saves.
 */

const lines = z.array(z.object({ id: z.string().optional(), text: requiredText(300) })).max(40, { error: 'validation.tooMany' });
const listsSchema = z.object({ concerns: lines, supportNeeds: lines });
type ListsInput = z.input<typeof listsSchema>;
type ListsValues = z.output<typeof listsSchema>;

const clientViewSchema = flipChartFieldsSchema.pick({ clientView: true });
type ClientViewInput = z.input<typeof clientViewSchema>;
type ClientViewValues = z.output<typeof clientViewSchema>;

const toLists = (chart: FlipChart): ListsInput => ({
  concerns: chart.concerns.map((text) => ({ text })),
  supportNeeds: chart.supportNeeds.map((text) => ({ text })),
});

/** The flip chart as saved in `prep` (or as `meeting` had it). */
function savedChart(prep: Preparation, meeting: Meeting): FlipChart {
  return prep.meetings.find((m) => m.id === meeting.id)?.day.flipChart ?? meeting.day.flipChart;
}

/**
 * The work pair's flip chart: concerns and support needs, a line each. Shown at its step,
 * and after it while something typed is not saved yet.
 */
export function FlipChartPanel({ meeting, active }: { meeting: Meeting; active: boolean }) {
  const { t } = useI18n();
  const notify = useNotify();
  const { readOnly, latest, change } = usePreparation();
  const form = useForm<ListsInput, unknown, ListsValues>({
    resolver: zodResolver(listsSchema),
    defaultValues: toLists(meeting.day.flipChart),
    mode: 'onSubmit',
  });
  const { control, formState } = form;
  const { isDirty, isSubmitting } = formState;
  const save = useSaveForm(form, {
    readOnly,
    save: (values) => {
      const saved = savedChart(latest(), meeting);
      return change('meetingDay.flipChart', {
        meetingId: meeting.id,
        version: saved.version,
        concerns: values.concerns.map((line) => line.text),
        supportNeeds: values.supportNeeds.map((line) => line.text),
        clientView: saved.clientView,
      });
    },
    valuesAfterSave: (prep) => toLists(savedChart(prep, meeting)),
    // The API names a line by its place in the list; the form by the line's text.
    fieldPath: (path) => (path.length === 2 ? [...path, 'text'] : path),
    onSaved: () => notify(t('mappingDay.flipChart.saved')),
  });

  if (!active && !isDirty) return null;
  return (
    <form className="card sm-panel" onSubmit={save.submit} noValidate aria-labelledby="sm-flip-title">
      <div className="sm-panel-head">
        <h3 id="sm-flip-title">{t('mappingDay.flipChart.title')}</h3>
      </div>
      <p className="field-hint">{t('mappingDay.flipChart.hint')}</p>
      <fieldset className="form-fieldset" disabled={readOnly}>
        <TextListField
          control={control}
          name="concerns"
          legend={t('mappingDay.flipChart.concerns')}
          headingLevel={3}
          itemLabel={(index) => t('mappingDay.flipChart.concern', { index })}
          addLabel={t('mappingDay.flipChart.addConcern')}
          emptyText={t('mappingDay.flipChart.empty')}
          maxLength={300}
          rows={1}
        />
        <TextListField
          control={control}
          name="supportNeeds"
          legend={t('mappingDay.flipChart.supportNeeds')}
          headingLevel={3}
          itemLabel={(index) => t('mappingDay.flipChart.supportNeed', { index })}
          addLabel={t('mappingDay.flipChart.addSupportNeed')}
          emptyText={t('mappingDay.flipChart.empty')}
          maxLength={300}
          rows={1}
        />
      </fieldset>
      {!readOnly && <SaveBar save={save} dirty={isDirty} submitting={isSubmitting} />}
    </form>
  );
}

/** What the client heard and hopes, asked last (step 6), in the client's words. */
export function ClientViewPanel({ meeting, active }: { meeting: Meeting; active: boolean }) {
  const { t } = useI18n();
  const notify = useNotify();
  const { readOnly, latest, change } = usePreparation();
  const form = useForm<ClientViewInput, unknown, ClientViewValues>({
    resolver: zodResolver(clientViewSchema),
    defaultValues: { clientView: meeting.day.flipChart.clientView },
    mode: 'onSubmit',
  });
  const { register, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const save = useSaveForm(form, {
    readOnly,
    save: (values) => {
      const saved = savedChart(latest(), meeting);
      return change('meetingDay.flipChart', {
        meetingId: meeting.id,
        version: saved.version,
        concerns: saved.concerns,
        supportNeeds: saved.supportNeeds,
        clientView: values.clientView,
      });
    },
    valuesAfterSave: (prep) => ({ clientView: savedChart(prep, meeting).clientView }),
    onSaved: () => notify(t('mappingDay.clientView.saved')),
  });

  if (!active && !isDirty) return null;
  return (
    <form className="card sm-panel" onSubmit={save.submit} noValidate aria-labelledby="sm-client-title">
      <div className="sm-panel-head">
        <h3 id="sm-client-title">{t('mappingDay.clientView.title')}</h3>
      </div>
      <fieldset className="form-fieldset" disabled={readOnly}>
        <Field label={t('mappingDay.clientView.label')} hint={t('mappingDay.clientView.hint')} error={errors.clientView?.message}>
          <textarea rows={6} maxLength={2000} dir="auto" {...register('clientView')} />
        </Field>
      </fieldset>
      {!readOnly && <SaveBar save={save} dirty={isDirty} submitting={isSubmitting} />}
    </form>
  );
}
