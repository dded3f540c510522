import type { ApiError } from '../../../electron/shared/api/result';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorMessage } from './ErrorMessage';
import type { SaveForm } from './useSaveForm';

export interface SaveBarProps {
  /** What useSaveForm returned for this form. */
  save: Pick<SaveForm, 'invalid' | 'serverError' | 'discard'>;
  dirty: boolean;
  submitting: boolean;
  /**
   * A form that creates something shows its button all the time, labelled `submitLabel`;
   * an edit form shows the bar only when something has changed.
   */
  creating?: { submitLabel: string; onCancel?(): void };
}

function otherError(error: ApiError | null): ApiError | null {
  return error && error.code !== 'invalid_input' ? error : null;
}

/** Sticky at the bottom of the form while there is something to save or a problem to show. */
export function SaveBar({ save, dirty, submitting, creating }: SaveBarProps) {
  const { t } = useI18n();
  const error = otherError(save.serverError);
  const buttons = creating !== undefined || dirty;
  if (!buttons && !save.invalid && !error) return null;
  return (
    <div className="form-actions">
      {save.invalid && (
        <p className="alert alert-error form-summary" role="alert">
          {t('error.invalid_input')}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      {buttons && (
        <div className="form-buttons">
          {!creating && <p className="form-dirty-note">{t('form.unsavedChanges')}</p>}
          {!creating && (
            <button type="button" className="button button-secondary" onClick={save.discard}>
              {t('form.discard')}
            </button>
          )}
          {creating?.onCancel && (
            <button type="button" className="button button-secondary" onClick={creating.onCancel}>
              {t('form.cancel')}
            </button>
          )}
          <button type="submit" className="button button-primary" disabled={submitting}>
            {submitting ? t('form.saving') : (creating?.submitLabel ?? t('form.save'))}
          </button>
        </div>
      )}
    </div>
  );
}
