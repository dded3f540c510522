import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { ApiError } from '../../../electron/shared/api/result';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from '../i18n/I18nProvider';

/*
 * The save bar and API-issue mapping shared by the edit forms of the preparation tabs and
 * the settings page; the same pattern as the conference form's edit mode.
 */

/** Puts each field problem the API found next to its field. */
export function showApiIssues<T extends FieldValues>(setError: UseFormSetError<T>, error: ApiError): void {
  for (const issue of error.issues ?? []) {
    setError(issue.path.join('.') as FieldPath<T>, { message: issue.message });
  }
}

export interface SaveBarProps {
  dirty: boolean;
  submitting: boolean;
  /** The last submit was refused by validation (in the form or by the API). */
  invalid: boolean;
  serverError: ApiError | null;
  onDiscard(): void;
}

/** Sticky at the bottom of the form while there is something to save or a problem to show. */
export function SaveBar({ dirty, submitting, invalid, serverError, onDiscard }: SaveBarProps) {
  const { t } = useI18n();
  const otherError = serverError && serverError.code !== 'invalid_input' ? serverError : null;
  if (!dirty && !invalid && !otherError) return null;
  return (
    <div className="form-actions">
      {invalid && (
        <p className="alert alert-error form-summary" role="alert">
          {t('error.invalid_input')}
        </p>
      )}
      {otherError && <ErrorMessage error={otherError} />}
      {dirty && (
        <div className="form-buttons">
          <p className="form-dirty-note">{t('form.unsavedChanges')}</p>
          <button type="button" className="button button-secondary" onClick={onDiscard}>
            {t('form.discard')}
          </button>
          <button type="submit" className="button button-primary" disabled={submitting}>
            {submitting ? t('form.saving') : t('form.save')}
          </button>
        </div>
      )}
    </div>
  );
}
