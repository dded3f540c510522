import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { addPersonOnTheDayInput } from '../../../../electron/shared/meeting-day/meeting-day.schema';
import { SECTORS } from '../../../../electron/shared/preparation/network.schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { helsinkiHHMM } from './meeting-time';
import { TimeField } from '../../components/TimeField';

const personSchema = addPersonOnTheDayInput.omit({ meetingId: true });
type PersonInput = z.input<typeof personSchema>;
type PersonValues = z.output<typeof personSchema>;

function emptyPerson(): PersonInput {
  return { name: '', relation: '', sector: 'relatives', closeness: 'middle', presence: 'in_person', arrivedAt: helsinkiHHMM(new Date()) };
}

/** Someone who came though not on the list: added to the network and to the day at once. */
export function AddPersonForm({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const { readOnly } = usePreparation();
  const [open, setOpen] = useState(false);
  if (readOnly) return null;
  if (!open) {
    return (
      <button type="button" className="button button-secondary mm-add-open" onClick={() => setOpen(true)}>
        + {t('meetingDay.add.open')}
      </button>
    );
  }
  return <PersonForm meeting={meeting} onClose={() => setOpen(false)} />;
}

function PersonForm({ meeting, onClose }: { meeting: Meeting; onClose(): void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const { change } = usePreparation();
  const form = useForm<PersonInput, unknown, PersonValues>({ resolver: zodResolver(personSchema), defaultValues: emptyPerson() });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  const { submit, serverError } = useSaveForm(form, {
    save: (values) => change('meetingDay.addPerson', { meetingId: meeting.id, ...values }),
    onSaved: () => {
      notify(t('meetingDay.add.saved', { name: form.getValues('name') }));
      onClose();
    },
  });

  return (
    <form className="mm-add card" onSubmit={submit} noValidate aria-labelledby="mm-add-title">
      <div>
        <h3 id="mm-add-title">{t('meetingDay.add.title')}</h3>
        <p className="muted">{t('meetingDay.add.intro')}</p>
      </div>
      <div className="mm-add-grid">
        <Field label={t('network.member.name')} error={errors.name?.message}>
          <input type="text" autoComplete="off" dir="auto" maxLength={100} {...register('name')} />
        </Field>
        <Field label={t('network.member.relation')} hint={t('network.member.relation.hint')} error={errors.relation?.message}>
          <input type="text" autoComplete="off" dir="auto" maxLength={80} {...register('relation')} />
        </Field>
        <Field label={t('network.member.sector')} error={errors.sector?.message}>
          <select {...register('sector')}>
            {SECTORS.map((sector) => (
              <option key={sector} value={sector}>
                {t(`network.sector.${sector}`)}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="mm-add-presence">
          <legend className="field-label">{t('meetingDay.add.presence')}</legend>
          {(['in_person', 'remote'] as const).map((presence) => (
            <label key={presence} className="radio">
              <input type="radio" value={presence} {...register('presence')} />
              {t(`meetingDay.presence.${presence}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('meetingDay.add.arrivedAt')} optional error={errors.arrivedAt?.message}>
          <TimeField {...register('arrivedAt')} />
        </Field>
      </div>
      {serverError && serverError.code !== 'invalid_input' && <ErrorMessage error={serverError} />}
      <div className="mm-add-buttons">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('form.saving') : t('meetingDay.add.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
