import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError } from '../../../../electron/shared/api/result';
import { closeConferenceInput } from '../../../../electron/shared/conference/conference.schema';
import { CLOSE_REASONS } from '../../../../electron/shared/conference/conference-lists';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';

type CloseValues = z.input<typeof closeConferenceInput>;
type CloseInput = z.output<typeof closeConferenceInput>;

export function CloseConferenceDialog({
  open,
  conferenceId,
  version,
  error,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  conferenceId: string;
  version: number;
  error: ApiError | null;
  onCancel(): void;
  onConfirm(values: CloseInput): void;
}) {
  const { t } = useI18n();
  const { register, handleSubmit, formState, reset, watch } = useForm<CloseValues, unknown, CloseInput>({
    // The API's own schema, so the dialog refuses exactly what the backend would.
    resolver: zodResolver(closeConferenceInput),
    defaultValues: { id: conferenceId, version, reason: 'plan_made', text: '' },
  });

  useEffect(() => {
    if (open) reset({ id: conferenceId, version, reason: 'plan_made', text: '' });
  }, [open, conferenceId, version, reset]);

  const reason = watch('reason');
  return (
    <ConfirmDialog
      open={open}
      title={t('close.title')}
      body={t('close.intro')}
      confirmLabel={t('close.confirm')}
      cancelLabel={t('form.cancel')}
      tone="danger"
      busy={formState.isSubmitting}
      onCancel={onCancel}
      onConfirm={() => void handleSubmit(onConfirm)()}
    >
      <fieldset className="radio-group">
        <legend className="field-label">{t('close.reason')}</legend>
        {CLOSE_REASONS.map((value) => (
          <label key={value} className="radio">
            <input type="radio" value={value} {...register('reason')} />
            {t(`close.reason.${value}`)}
          </label>
        ))}
      </fieldset>
      <Field
        label={t('close.text')}
        hint={t('close.text.hint')}
        optional={reason !== 'other'}
        error={formState.errors.text?.message}
      >
        <textarea rows={3} {...register('text')} />
      </Field>
      {error && <ErrorMessage error={error} />}
    </ConfirmDialog>
  );
}
