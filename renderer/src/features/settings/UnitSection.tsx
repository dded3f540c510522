import { useId, useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { logoSource, readLogoFile } from './logo-file';
import type { SettingsForm } from './settings-form';

/** The convener's unit: the letterhead and the return address on every letter. */
export function UnitSection({ form }: { form: SettingsForm }) {
  const { t } = useI18n();
  const { register } = form;
  const errors = form.formState.errors.unit;

  return (
    <section className="form-section" aria-labelledby="settings-unit" aria-describedby="settings-unit-hint">
      <h2 id="settings-unit">{t('settings.unit.heading')}</h2>
      <p id="settings-unit-hint" className="field-hint">
        {t('settings.unit.hint')}
      </p>
      <div className="form-grid">
        <Field label={t('settings.unit.name')} hint={t('settings.unit.name.hint')} error={errors?.name?.message} className="span-2">
          <input type="text" autoComplete="organization" maxLength={120} {...register('unit.name')} />
        </Field>
        <Field
          label={t('settings.unit.postalAddress')}
          hint={t('settings.unit.postalAddress.hint')}
          error={errors?.postalAddress?.message}
          className="span-2"
        >
          <textarea rows={3} maxLength={300} {...register('unit.postalAddress')} />
        </Field>
        <Field label={t('settings.unit.phone')} error={errors?.phone?.message}>
          <input type="tel" autoComplete="off" {...register('unit.phone')} />
        </Field>
        <Field label={t('settings.unit.email')} error={errors?.email?.message}>
          <input type="email" autoComplete="off" {...register('unit.email')} />
        </Field>
      </div>
      <LogoField form={form} />
    </section>
  );
}

/** Picks the letterhead logo: checked for type and size before it is read, with a preview. */
function LogoField({ form }: { form: SettingsForm }) {
  const { t, tKey } = useI18n();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const { field, fieldState } = useController({ control: form.control, name: 'unit.logo' });
  const logo = field.value ?? null;
  // The API's own checks (e.g. a file that is not really a PNG) land on the logo or its data.
  const formError = fieldState.error?.message ?? (fieldState.error as { data?: { message?: string } } | undefined)?.data?.message;
  const error = pickError ?? formError ?? null;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const read = await readLogoFile(file);
    if (inputRef.current) inputRef.current.value = '';
    if (!read.ok) return setPickError(read.error);
    setPickError(null);
    field.onChange(read.logo);
  };

  return (
    <div className={`field settings-logo${error ? ' field-invalid' : ''}`}>
      <span className="field-label" id={`${id}-label`}>
        {t('settings.unit.logo')} <span className="field-optional">({t('form.optional')})</span>
      </span>
      <p id={hintId} className="field-hint">
        {t('settings.unit.logo.hint')}
      </p>
      <div className="settings-logo-row">
        <div className="settings-logo-preview">
          {logo ? (
            <img src={logoSource(logo)} alt={t('settings.unit.logo.preview')} />
          ) : (
            <span className="muted">{t('settings.unit.logo.none')}</span>
          )}
        </div>
        <div className="settings-logo-actions">
          <label className="button button-secondary settings-file-button">
            {logo ? t('settings.unit.logo.change') : t('settings.unit.logo.choose')}
            <input
              ref={(element) => {
                inputRef.current = element;
                // The error summary's link and a refused save bring the focus here.
                field.ref(element);
              }}
              id={`${id}-input`}
              type="file"
              accept="image/png,image/jpeg"
              className="visually-hidden"
              aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
              aria-invalid={error ? true : undefined}
              onChange={(e) => void pick(e.target.files?.[0])}
            />
          </label>
          {logo && (
            <button
              type="button"
              className="button button-danger-outline"
              onClick={() => {
                setPickError(null);
                field.onChange(null);
              }}
            >
              {t('settings.unit.logo.remove')}
            </button>
          )}
        </div>
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {tKey(error)}
        </p>
      )}
    </div>
  );
}
