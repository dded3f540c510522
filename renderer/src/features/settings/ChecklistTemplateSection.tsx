import { useFieldArray, useWatch } from 'react-hook-form';
import { DEFAULT_CHECKLIST } from '../../../../electron/shared/settings/settings.schema';
import { isBuiltInChecklistKey } from '../../../../electron/shared/settings/settings-lists';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import type { SettingsForm } from './settings-form';

const MAX_ITEMS = 30;

/**
 * The checklist every meeting starts from: built-in items keep their label and may be removed
 * and restored; the convener's own items have their own text. Each is due some days before.
 */
export function ChecklistTemplateSection({ form }: { form: SettingsForm }) {
  const { t, tn, tKey } = useI18n();
  const notify = useNotify();
  const { register, control, getValues } = form;
  const errors = form.formState.errors;
  const { fields, append, remove } = useFieldArray({ control, name: 'checklist', keyName: 'fieldKey' });
  const items = useWatch({ control, name: 'checklist' }) ?? [];
  const missing = DEFAULT_CHECKLIST.filter((item) => !items.some((current) => current.key === item.key));

  const restore = () => {
    const absent = DEFAULT_CHECKLIST.filter((item) => !getValues('checklist').some((current) => current.key === item.key));
    append(absent.map((item) => ({ ...item })), { shouldFocus: false });
    notify(tn('settings.checklist.restored', absent.length));
  };

  return (
    <section className="form-section" aria-labelledby="settings-checklist" aria-describedby="settings-checklist-hint">
      <h2 id="settings-checklist">{t('settings.checklist.heading')}</h2>
      <p id="settings-checklist-hint" className="field-hint">
        {t('settings.checklist.hint')}
      </p>
      <ul className="settings-checklist">
        {fields.map((field, index) => {
          const builtIn = isBuiltInChecklistKey(field.key);
          const e = errors.checklist?.[index];
          const label = isBuiltInChecklistKey(field.key) ? t(`checklist.item.${field.key}`) : items[index]?.text || t('settings.checklist.newItem');
          const daysId = `settings-checklist-days-${index}`;
          const textId = `settings-checklist-text-${index}`;
          return (
            <li key={field.fieldKey} className="settings-checklist-item">
              <div className="settings-checklist-label">
                {builtIn ? (
                  <span className="settings-checklist-builtin">{label}</span>
                ) : (
                  <>
                    <label htmlFor={textId} className="visually-hidden">
                      {t('settings.checklist.text', { index: index + 1 })}
                    </label>
                    <input
                      id={textId}
                      type="text"
                      autoComplete="off"
                      maxLength={200}
                      aria-invalid={e?.text ? true : undefined}
                      aria-describedby={e?.text ? `${textId}-error` : undefined}
                      {...register(`checklist.${index}.text`)}
                    />
                  </>
                )}
                {e?.text?.message && <p id={`${textId}-error`} className="field-error">{tKey(e.text.message)}</p>}
              </div>
              <div className={`settings-checklist-days${e?.daysBefore ? ' field-invalid' : ''}`}>
                <label htmlFor={daysId} className="visually-hidden">
                  {t('settings.checklist.daysBefore', { item: label })}
                </label>
                <input
                  id={daysId}
                  type="number"
                  min={0}
                  max={120}
                  step={1}
                  aria-invalid={e?.daysBefore ? true : undefined}
                  aria-describedby={e?.daysBefore ? `${daysId}-error` : undefined}
                  {...register(`checklist.${index}.daysBefore`, { valueAsNumber: true })}
                />
                <span aria-hidden="true">{t('settings.checklist.daysUnit')}</span>
                {e?.daysBefore?.message && <p id={`${daysId}-error`} className="field-error">{tKey(e.daysBefore.message)}</p>}
              </div>
              <button
                type="button"
                className="button-quiet"
                aria-label={t('settings.checklist.remove', { item: label })}
                title={t('settings.checklist.remove', { item: label })}
                onClick={() => remove(index)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {errors.checklist?.root?.message && <p className="field-error">{tKey(errors.checklist.root.message)}</p>}
      <div className="settings-checklist-buttons">
        <button
          type="button"
          className="button button-secondary"
          disabled={fields.length >= MAX_ITEMS}
          onClick={() => append({ key: crypto.randomUUID(), text: '', daysBefore: 7 })}
        >
          {t('settings.checklist.add')}
        </button>
        {missing.length > 0 && (
          <button type="button" className="button button-secondary" onClick={restore}>
            {tn('settings.checklist.restore', missing.length)}
          </button>
        )}
      </div>
    </section>
  );
}
