import { useFieldArray, useWatch } from 'react-hook-form';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { countFromInput } from '../arrangements/meeting-form-values';
import type { SettingsForm } from './settings-form';

/** As many as settings keep. */
const MAX_VENUES = 30;

/** The places the convener often uses, to fill in a meeting's venue in one step. */
export function SavedVenuesSection({ form }: { form: SettingsForm }) {
  const { t, tKey } = useI18n();
  const { register, control } = form;
  const errors = form.formState.errors;
  const { fields, append, remove } = useFieldArray({ control, name: 'venues', keyName: 'fieldKey' });
  const names = useWatch({ control, name: 'venues' }) ?? [];

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
  );
}
