import { useState } from 'react';
import type { Conference } from '../../../../electron/shared/conference/conference.schema';
import type { DeletePreview } from '../../../../electron/shared/conference/deletion.schema';
import type { ApiError } from '../../../../electron/shared/api/result';
import { api } from '../../api/client';
import { useRouter } from '../../app/Router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import './deletion.css';

/** The counts the confirmation lists, in this order; a count of 0 is left out. */
const COUNTED = ['children', 'guardians', 'networkMembers', 'contactEntries', 'meetings', 'plans', 'workEntries', 'costs', 'feedbackForms'] as const;

type Preview = { state: 'closed' } | { state: 'loading' } | { state: 'ready'; counts: DeletePreview };

/**
 * "Poista neuvonpito…": a confirmation that names the conference and its children, counts
 * what goes and says what stays (saved Word documents, older backups); deleting goes back
 * to the list with a notice. A conference changed meanwhile is refused (conflict) and says so.
 */
export function DeleteConferenceButton({ conference }: { conference: Conference }) {
  const { t, tn } = useI18n();
  const notify = useNotify();
  const { navigate } = useRouter();
  const [preview, setPreview] = useState<Preview>({ state: 'closed' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const openDialog = async () => {
    setError(null);
    setPreview({ state: 'loading' });
    const result = await api.call('conference.deletePreview', { id: conference.id });
    if (!result.ok) {
      setError(result.error);
      setPreview({ state: 'closed' });
      return;
    }
    setPreview({ state: 'ready', counts: result.value });
  };

  const close = () => {
    setPreview({ state: 'closed' });
    setError(null);
  };

  const confirm = async () => {
    if (preview.state !== 'ready' || busy) return;
    setBusy(true);
    const result = await api.call('conference.delete', { id: conference.id, version: conference.version });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    notify(t('deletion.deleted', { reference: conference.reference }));
    navigate({ name: 'list' });
  };

  return (
    <>
      <button type="button" className="button button-danger-outline" onClick={() => void openDialog()}>
        {t('deletion.button')}
      </button>
      {preview.state === 'closed' && error && <ErrorMessage error={error} />}
      <ConfirmDialog
        open={preview.state !== 'closed'}
        title={t('deletion.title', { reference: conference.reference })}
        confirmLabel={t('deletion.confirm')}
        cancelLabel={t('form.cancel')}
        tone="danger"
        busy={busy || preview.state !== 'ready'}
        onCancel={close}
        onConfirm={() => void confirm()}
      >
        {conference.children.length > 0 && (
          <p className="dialog-body" dir="auto">
            {t('deletion.children', { names: conference.children.map((child) => child.firstName).join(', ') })}
          </p>
        )}
        {preview.state === 'loading' && <p className="loading">{t('deletion.loading')}</p>}
        {preview.state === 'ready' && (
          <>
            <p className="dialog-body">{t('deletion.intro')}</p>
            <ul className="deletion-counts">
              {COUNTED.filter((key) => preview.counts[key] > 0).map((key) => (
                <li key={key}>{tn(`deletion.count.${key}`, preview.counts[key])}</li>
              ))}
              <li>{t('deletion.everything')}</li>
            </ul>
            <p className="alert alert-info deletion-note">{t('deletion.documents')}</p>
            <p className="muted deletion-note">{t('deletion.backups')}</p>
            <p className="muted deletion-note">{t('deletion.statistics')}</p>
          </>
        )}
        {error && <ErrorMessage error={error} />}
      </ConfirmDialog>
    </>
  );
}
