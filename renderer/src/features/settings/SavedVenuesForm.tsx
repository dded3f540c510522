import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { settingsSchema, type SavedVenue } from '../../../../electron/shared/settings/settings.schema';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { SaveBar } from '../../components/SaveBar';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { countFromInput } from '../arrangements/meeting-form-values';
import { sectionFieldPath, useSaveSection } from './useSaveSection';

const venuesSchema = z.object({ venues: settingsSchema.shape.venues });
type VenuesInput = z.input<typeof venuesSchema>;
type VenuesValues = z.output<typeof venuesSchema>;

/** As many as settings keep. */
const MAX_VENUES = 30;

function toValues(venues: SavedVenue[]): VenuesInput {
  return { venues: venues.map((venue) => ({ ...venue, capacity: venue.capacity ?? '' })) };
}

/** The places the convener often uses, to fill in a meeting's venue in one step. */
export function SavedVenuesForm({ venues, version }: { venues: SavedVenue[]; version: number }) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const form = useForm<VenuesInput, unknown, VenuesValues>({
    resolver: zodResolver(venuesSchema),
    defaultValues: toValues(venues),
    mode: 'onSubmit',
  });
  const { register, control, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const { fields, append, remove } = useFieldArray({ control, name: 'venues', keyName: 'fieldKey' });
  const names = useWatch({ control, name: 'venues' }) ?? [];
  const saveSection = useSaveSection('venues', version);
  const save = useSaveForm(form, {
    save: (values) => saveSection(values.venues),
    valuesAfterSave: (saved) => toValues(saved.venues),
    onSaved: () => notify(t('form.saved')),
    fieldPath: sectionFieldPath('venues'),
  });

  const add = () =>
    append({
      id: crypto.randomUUID(),
      name: '',
      address: '',
      mainRoom: '',
      privateRoom: '',
      capacity: '',
      accessibility: '',
      parking: '',
    });

  return (
    <form className="form" onSubmit={save.submit} noValidate aria-label={t('settings.venues.heading')}>
      <section className="form-section" aria-labelledby="settings-venues" aria-describedby="settings-venues-hint">
        <h2 id="settings-venues">{t('settings.venues.heading')}</h2>
        <p id="settings-venues-hint" className="field-hint">
          {t('settings.venues.hint')}
        </p>
        {fields.length === 0 && <p className="muted">{t('settings.venues.empty')}</p>}
        {fields.map((field, index) => {
          const e = errors.venues?.[index];
          const title = names[index]?.name?.trim() || t('settings.venues.unnamed', { index: index + 1 });
          return (
            <fieldset key={field.fieldKey} className="settings-venue">
              <legend dir="auto">{title}</legend>
              <div className="form-grid">
                <Field label={t('arrangements.venue.name')} error={e?.name?.message}>
                  <input type="text" autoComplete="off" maxLength={120} {...register(`venues.${index}.name`)} />
                </Field>
                <Field label={t('arrangements.venue.address')} optional error={e?.address?.message}>
                  <input type="text" autoComplete="off" maxLength={300} {...register(`venues.${index}.address`)} />
                </Field>
                <Field label={t('arrangements.venue.mainRoom')} optional error={e?.mainRoom?.message}>
                  <input type="text" autoComplete="off" maxLength={120} {...register(`venues.${index}.mainRoom`)} />
                </Field>
                <Field
                  label={t('arrangements.venue.privateRoom')}
                  hint={t('arrangements.venue.privateRoom.hint')}
                  optional
                  error={e?.privateRoom?.message}
                >
                  <input type="text" autoComplete="off" maxLength={120} {...register(`venues.${index}.privateRoom`)} />
                </Field>
                <Field label={t('arrangements.venue.capacity')} optional error={e?.capacity?.message}>
                  <input
                    type="number"
                    min={0}
                    max={1000}
                    step={1}
                    {...register(`venues.${index}.capacity`, { setValueAs: countFromInput })}
                  />
                </Field>
                <div />
                <Field label={t('arrangements.venue.accessibility')} optional error={e?.accessibility?.message}>
                  <textarea rows={2} {...register(`venues.${index}.accessibility`)} />
                </Field>
                <Field label={t('arrangements.venue.parking')} optional error={e?.parking?.message}>
                  <textarea rows={2} {...register(`venues.${index}.parking`)} />
                </Field>
              </div>
              <button type="button" className="button button-danger-outline settings-venue-remove" onClick={() => remove(index)}>
                {t('settings.venues.remove', { name: title })}
              </button>
            </fieldset>
          );
        })}
        {errors.venues?.root?.message && <p className="field-error">{tKey(errors.venues.root.message)}</p>}
        <button type="button" className="button button-secondary" onClick={add} disabled={fields.length >= MAX_VENUES}>
          {t('settings.venues.add')}
        </button>
      </section>
      <SaveBar save={save} dirty={isDirty} submitting={isSubmitting} />
    </form>
  );
}
