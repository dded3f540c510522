import type { ApiError } from '../../../electron/shared/api/result';
import { isNetworkError } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';

/** An API failure in the user's language, never the backend's internals. */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  const text = isNetworkError(error) ? t('error.network') : t(`error.${error.code}`);
  return (
    <div className="alert alert-error" role="alert">
      <p>{text}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('error.reload')}
        </button>
      )}
    </div>
  );
}
