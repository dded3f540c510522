import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ChecklistEntry } from '../../../../electron/shared/arrangements/checklist';
import { addChecklistItemInput } from '../../../../electron/shared/arrangements/meeting.schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { useEntryVersion } from './useEntryVersion';
import { DateField } from '../../components/DateField';

const itemSchema = addChecklistItemInput.omit({ meetingId: true });
type ItemInput = z.input<typeof itemSchema>;
type ItemValues = z.output<typeof itemSchema>;

/** Adds one item to this meeting's checklist, or edits one the convener added. */
export function ChecklistItemForm({
  meetingId,
  item,
  onDone,
}: {
  meetingId: string;
  /** The custom item being edited; none to add a new one. */
  item?: ChecklistEntry;
  onDone(): void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const { change } = usePreparation();
  const entryVersion = useEntryVersion(meetingId);
  const form = useForm<ItemInput, unknown, ItemValues>({
    resolver: zodResolver(itemSchema),
    defaultValues: { text: item?.text ?? '', dueDate: item?.dueDate ?? '' },
    mode: 'onSubmit',
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  const save = useSaveForm(form, {
    save: (values) =>
      item
        ? change('checklist.updateItem', { meetingId, id: item.key, version: entryVersion(item.key), ...values })
        : change('checklist.addItem', { meetingId, ...values }),
    onSaved: () => {
      notify(t(item ? 'form.saved' : 'arrangements.checklist.added'));
      onDone();
    },
  });
  const otherError = save.serverError && save.serverError.code !== 'invalid_input' ? save.serverError : null;

  return (
    <form
      className="checklist-form"
      onSubmit={save.submit}
      noValidate
      aria-label={t(item ? 'arrangements.checklist.editTitle' : 'arrangements.checklist.addTitle')}
    >
      {otherError && <ErrorMessage error={otherError} />}
      <div className="checklist-form-fields">
        <Field label={t('arrangements.checklist.text')} error={errors.text?.message}>
          <input type="text" autoComplete="off" maxLength={200} autoFocus {...register('text')} />
        </Field>
        <Field label={t('arrangements.checklist.dueDate')} optional error={errors.dueDate?.message}>
          <DateField {...register('dueDate')} />
        </Field>
      </div>
      <div className="checklist-form-buttons">
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('form.saving') : t(item ? 'form.save' : 'arrangements.checklist.addButton')}
        </button>
      </div>
    </form>
  );
}
