import { useController, useWatch } from 'react-hook-form';
import type { Attendance } from '../../../../electron/shared/arrangements/attendance';
import { MATERIALS, type Material } from '../../../../electron/shared/arrangements/meeting.schema';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { SECTION_IDS, type MeetingFormApi } from './meeting-form';
import { useArrangementText } from './useArrangementText';

/** Remote participation, childcare, travel support and the materials for the room. */
export function OtherArrangements({ form, attendance }: { form: MeetingFormApi; attendance: Attendance }) {
  const { t } = useI18n();
  const text = useArrangementText();
  const { register, formState, control } = form;
  const { errors } = formState;
  const childcareNeeded = useWatch({ control, name: 'childcareNeeded' });
  const remoteNames = attendance.remote.map((m) => m.name);

  return (
    <section className="form-section" aria-labelledby={SECTION_IDS.other}>
      <h2 id={SECTION_IDS.other} tabIndex={-1}>
        {t('arrangements.section.other')}
      </h2>
      <div className="form-grid">
        <Field
          label={t('arrangements.remoteLink')}
          hint={
            remoteNames.length > 0
              ? t('arrangements.remoteLink.hintFor', { names: text.names(remoteNames) })
              : t('arrangements.remoteLink.hint')
          }
          optional
          error={errors.remoteLink?.message}
        >
          <input type="url" autoComplete="off" maxLength={500} {...register('remoteLink')} />
        </Field>
        <Field label={t('arrangements.remoteFor')} hint={t('arrangements.remoteFor.hint')} optional error={errors.remoteFor?.message}>
          <input type="text" autoComplete="off" maxLength={300} {...register('remoteFor')} />
        </Field>

        <div className="span-2 arrangements-childcare">
          <label className="check">
            <input type="checkbox" {...register('childcareNeeded')} />
            <span>
              {t('arrangements.childcareNeeded')}
              <span className="check-note"> — {t('arrangements.childcareNeeded.hint')}</span>
            </span>
          </label>
          {childcareNeeded && (
            <Field label={t('arrangements.childcare')} hint={t('arrangements.childcare.hint')} optional error={errors.childcare?.message}>
              <textarea rows={2} {...register('childcare')} />
            </Field>
          )}
        </div>

        <Field
          label={t('arrangements.travelSupport')}
          hint={t('arrangements.travelSupport.hint')}
          optional
          error={errors.travelSupport?.message}
          className="span-2"
        >
          <textarea rows={2} {...register('travelSupport')} />
        </Field>

        <MaterialChoices form={form} />
        <Field label={t('arrangements.otherMaterials')} optional error={errors.otherMaterials?.message}>
          <input type="text" autoComplete="off" maxLength={300} {...register('otherMaterials')} />
        </Field>
      </div>
    </section>
  );
}

function MaterialChoices({ form }: { form: MeetingFormApi }) {
  const { t } = useI18n();
  const { field } = useController({ control: form.control, name: 'materials' });
  const chosen: readonly Material[] = field.value ?? [];
  const toggle = (material: Material, on: boolean) => {
    // Kept in the schema's order, so the saved list does not depend on the order of clicks.
    const next = MATERIALS.filter((m) => (m === material ? on : chosen.includes(m)));
    field.onChange(next);
  };
  return (
    <fieldset className="check-group" disabled={field.disabled}>
      <legend>{t('arrangements.materials')}</legend>
      {MATERIALS.map((material) => (
        <label key={material} className="check">
          <input
            type="checkbox"
            name={field.name}
            checked={chosen.includes(material)}
            onChange={(e) => toggle(material, e.target.checked)}
            onBlur={field.onBlur}
          />
          <span>{t(`arrangements.material.${material}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
