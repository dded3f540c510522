import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { childAge } from '../../../../electron/shared/conference/child-age';
import type { Conference } from '../../../../electron/shared/conference/conference.schema';
import { CHILD_HEARD, setChildHeardInput } from '../../../../electron/shared/meeting-day/meeting-day.schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';

const childSchema = setChildHeardInput.pick({ heard: true, note: true, threeHouses: true });
type ChildInput = z.input<typeof childSchema>;
type ChildValues = z.output<typeof childSchema>;

const HOUSES = ['worries', 'goodThings', 'dreams'] as const;

type Child = Conference['children'][number];

/**
 * How one child was heard in part 1, with an optional Three Houses record in the child's
 * own words. Until something is saved, the way planned in the preparation is chosen.
 */
export function ChildCard({ meeting, child }: { meeting: Meeting; child: Child }) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const { prep, today, readOnly, change, latest } = usePreparation();
  const record = meeting.day.children.find((c) => c.childId === child.id);
  // The version after this screen's own saves: the card stays open after saving.
  const currentVersion = () =>
    latest()
      .meetings.find((m) => m.id === meeting.id)
      ?.day.children.find((c) => c.childId === child.id)?.version ??
    record?.version ??
    1;
  const planned = prep.children.find((c) => c.childId === child.id)?.participation ?? 'undecided';

  const form = useForm<ChildInput, unknown, ChildValues>({
    resolver: zodResolver(childSchema),
    defaultValues: record
      ? { heard: record.heard, note: record.note, threeHouses: record.threeHouses }
      : { heard: planned === 'undecided' ? undefined : planned, note: '', threeHouses: null },
  });
  const { register, formState, watch, setValue } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const threeHouses = watch('threeHouses');
  const { submit, serverError } = useSaveForm(form, {
    readOnly,
    save: (values) =>
      change('meetingDay.setChild', { meetingId: meeting.id, childId: child.id, version: currentVersion(), ...values }),
    onSaved: () => notify(t('meetingDay.child.saved', { name: child.firstName })),
  });

  const titleId = `mm-child-${child.id}`;
  const age = childAge(child.birthYear, today);

  return (
    <form className="card mm-child" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <fieldset className="form-fieldset" disabled={readOnly}>
        <div className="mm-child-head">
          <h4 id={titleId}>
            <span dir="auto">{child.firstName}</span> <span className="mm-child-age">{t('meetingDay.child.age', { age })}</span>
          </h4>
          <span className={`badge ${record ? 'badge-success' : 'badge-neutral'}`}>
            {t(record ? 'meetingDay.child.recorded' : 'meetingDay.child.notRecorded')}
          </span>
        </div>

        <fieldset className="mm-heard" aria-describedby={errors.heard ? `${titleId}-heard-error` : undefined}>
          <legend className="field-label">{t('meetingDay.child.heard')}</legend>
          {planned !== 'undecided' && (
            <p className="field-hint">{t('meetingDay.child.planned', { how: t(`network.participation.${planned}`) })}</p>
          )}
          <div className="mm-heard-options">
            {CHILD_HEARD.map((heard) => (
              <label key={heard} className="mm-choice">
                <input type="radio" value={heard} {...register('heard')} />
                <span>{t(`meetingDay.heard.${heard}`)}</span>
              </label>
            ))}
          </div>
          {errors.heard && (
            <p id={`${titleId}-heard-error`} className="field-error">
              {tKey(errors.heard.message)}
            </p>
          )}
        </fieldset>

        <Field label={t('meetingDay.child.note')} hint={t('meetingDay.child.note.hint')} optional error={errors.note?.message}>
          <textarea rows={2} dir="auto" {...register('note')} />
        </Field>

        {threeHouses ? (
          <div className="mm-houses" role="group" aria-labelledby={`${titleId}-houses`}>
            <div className="mm-houses-head">
              <div>
                <h5 id={`${titleId}-houses`}>{t('meetingDay.threeHouses.title')}</h5>
                <p className="field-hint">{t('meetingDay.threeHouses.hint')}</p>
              </div>
              {!readOnly && (
                <button
                  type="button"
                  className="mm-link mm-link-danger"
                  onClick={() => setValue('threeHouses', null, { shouldDirty: true })}
                >
                  {t('meetingDay.threeHouses.remove')}
                </button>
              )}
            </div>
            <div className="mm-houses-grid">
              {HOUSES.map((house) => (
                <Field
                  key={house}
                  className={`mm-house mm-house-${house}`}
                  label={t(`meetingDay.threeHouses.${house}`)}
                  error={errors.threeHouses?.[house]?.message}
                >
                  <textarea rows={4} dir="auto" {...register(`threeHouses.${house}`)} />
                </Field>
              ))}
            </div>
          </div>
        ) : (
          !readOnly && (
            <button
              type="button"
              className="button button-secondary mm-houses-add"
              onClick={() => setValue('threeHouses', { worries: '', goodThings: '', dreams: '' }, { shouldDirty: true })}
            >
              + {t('meetingDay.threeHouses.add')}
            </button>
          )
        )}

        {serverError && serverError.code !== 'invalid_input' && <ErrorMessage error={serverError} />}
        {!readOnly && (
          <div className="mm-child-buttons">
            <button type="submit" className="button button-primary" disabled={(record !== undefined && !isDirty) || isSubmitting}>
              {isSubmitting ? t('form.saving') : t('form.save')}
            </button>
          </div>
        )}
      </fieldset>
    </form>
  );
}
