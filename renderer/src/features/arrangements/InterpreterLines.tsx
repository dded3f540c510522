import { useFieldArray } from 'react-hook-form';
import type { Attendance, NeedGroup } from '../../../../electron/shared/arrangements/attendance';
import { interpreterLanguageKey } from '../../../../electron/shared/arrangements/interpreter-language';
import { INTERPRETER_MODES } from '../../../../electron/shared/arrangements/meeting.schema';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { SECTION_IDS, type MeetingFormApi } from './meeting-form';
import { newInterpreterLine } from './meeting-form-values';
import { useArrangementText } from './useArrangementText';
import { DateField } from '../../components/DateField';

const same = (a: string, b: string) => interpreterLanguageKey(a) === interpreterLanguageKey(b);

/**
 * One interpreter line per language the people coming need, computed from their replies.
 * A needed language without a line can be added in one click; a line nobody needs any more
 * is marked, with a button to remove it.
 */
export function InterpreterLines({ form, attendance }: { form: MeetingFormApi; attendance: Attendance }) {
  const { t } = useI18n();
  const text = useArrangementText();
  const { control } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'interpreters' });
  const needs = attendance.interpreterNeeds;
  const orphans = fields
    .map((field, index) => ({ field, index }))
    .filter(({ field }) => !needs.some((need) => same(need.key, field.language)));

  return (
    <section className="form-section" aria-labelledby={SECTION_IDS.interpreters}>
      <h2 id={SECTION_IDS.interpreters} tabIndex={-1}>
        {t('arrangements.section.interpreters')}
      </h2>
      <p className="field-hint">{t('arrangements.interpreters.hint')}</p>
      {needs.length === 0 && fields.length === 0 ? (
        <p className="muted">{t('arrangements.interpreters.none')}</p>
      ) : (
        <ul className="arrangements-interpreters">
          {needs.map((need) => {
            const index = fields.findIndex((field) => same(field.language, need.key));
            if (index >= 0) {
              return <InterpreterLine key={fields[index]!.id} form={form} index={index} language={need.key} need={need} />;
            }
            return (
              <li key={`need-${need.key}`} className="arrangements-interpreter arrangements-interpreter-missing">
                <div className="arrangements-interpreter-head">
                  <h3 dir="auto">{text.language(need.key)}</h3>
                  <p>
                    <span dir="auto">{text.names(need.names)}</span>
                    {' · '}
                    <span className="arrangements-status-text">{t('arrangements.interpreters.noLine')}</span>
                  </p>
                </div>
                <button type="button" className="button button-secondary" onClick={() => append(newInterpreterLine(need.key))}>
                  {t('arrangements.interpreters.add', { language: text.language(need.key) })}
                </button>
              </li>
            );
          })}
          {orphans.map(({ field, index }) => (
            <InterpreterLine
              key={field.id}
              form={form}
              index={index}
              language={field.language}
              onRemove={() => remove(index)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function InterpreterLine({
  form,
  index,
  language,
  need,
  onRemove,
}: {
  form: MeetingFormApi;
  index: number;
  language: string;
  /** The people who need this language; none when nobody coming needs it any more. */
  need?: NeedGroup;
  onRemove?(): void;
}) {
  const { t, tKey } = useI18n();
  const text = useArrangementText();
  const { register, formState } = form;
  const errors = formState.errors.interpreters?.[index];
  const name = text.language(language);
  const headingId = `${SECTION_IDS.interpreters}-${index}`;

  return (
    <li className={`arrangements-interpreter${need ? '' : ' arrangements-interpreter-orphan'}`}>
      <fieldset className="arrangements-interpreter-fieldset" aria-labelledby={headingId}>
      <div className="arrangements-interpreter-head">
        <h3 id={headingId} dir="auto">
          {name}
        </h3>
        {need ? (
          <p dir="auto">{text.names(need.names)}</p>
        ) : (
          <p className="arrangements-status-text">{t('arrangements.interpreters.notNeeded')}</p>
        )}
        {onRemove && (
          <button type="button" className="button button-danger-outline" onClick={onRemove}>
            {t('arrangements.interpreters.remove', { language: name })}
          </button>
        )}
      </div>
      {errors?.language?.message && <p className="field-error">{tKey(errors.language.message)}</p>}
      <div className="arrangements-interpreter-grid">
        <Field label={t('arrangements.interpreters.provider')} optional error={errors?.provider?.message}>
          <input
            type="text"
            autoComplete="off"
            maxLength={120}
            {...register(`interpreters.${index}.provider`)}
          />
        </Field>
        <Field label={t('arrangements.interpreters.bookedDate')} optional error={errors?.bookedDate?.message}>
          <DateField {...register(`interpreters.${index}.bookedDate`)} />
        </Field>
        <Field label={t('arrangements.interpreters.mode')} error={errors?.mode?.message}>
          <select {...register(`interpreters.${index}.mode`)}>
            {INTERPRETER_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`arrangements.interpreters.mode.${mode}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('arrangements.interpreters.cost')} optional error={errors?.cost?.message}>
          <input type="text" inputMode="decimal" autoComplete="off" maxLength={20} {...register(`interpreters.${index}.cost`)} />
        </Field>
        <label className="check arrangements-interpreter-confirmed">
          <input type="checkbox" {...register(`interpreters.${index}.confirmed`)} />
          <span>{t('arrangements.interpreters.confirmed')}</span>
        </label>
      </div>
      </fieldset>
    </li>
  );
}
