import { useState } from 'react';
import type { BackupListItem } from '../../../../electron/shared/backup/backup.schema';
import { api } from '../../api/client';
import { useLoad } from '../../app/useLoad';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { exportFailureText } from '../documents/useExportQueue';

/**
 * Settings → Varmuuskopiot: the backups with when, why and how big; one made now; a copy of
 * one saved where the user chooses (a network drive, say); one restored after a confirmation
 * that says what is lost. `onRestored` lets the page read its data again.
 */
export function BackupsCard({ onRestored }: { onRestored(): void }) {
  const { t, tKey, formatMoment, formatSize } = useI18n();
  const notify = useNotify();
  const load = useLoad(() => api.call('backup.list', {}), []);
  const refresh = load.reload;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupListItem | null>(null);

  async function makeNow() {
    setBusy(true);
    setFailure(null);
    const result = await api.call('backup.create', {});
    setBusy(false);
    if (!result.ok) {
      setFailure(t(`error.${result.error.code}`));
      return;
    }
    load.setData(result.value);
    notify(t('backups.made'));
  }

  async function restore(backup: BackupListItem) {
    setBusy(true);
    setFailure(null);
    const result = await api.call('backup.restore', { name: backup.name });
    setBusy(false);
    setRestoring(null);
    if (!result.ok) {
      setFailure(exportFailureText(result.error, { t, tKey }));
      refresh();
      return;
    }
    load.setData(result.value);
    notify(t('backups.restored', { when: formatMoment(backup.at) }));
    onRestored();
  }

  async function saveCopy(backup: BackupListItem) {
    setBusy(true);
    setFailure(null);
    const result = await api.exportDocument('backup.copy', { name: backup.name });
    setBusy(false);
    if (!result.ok) {
      setFailure(exportFailureText(result.error, { t, tKey }));
      if (result.error.code === 'not_found') refresh();
      return;
    }
    if (result.value.status === 'saved') notify(t('backups.copied', { name: result.value.location ?? result.value.names[0] ?? backup.name }));
  }

  return (
    <section className="card" aria-labelledby="settings-backups" aria-busy={busy}>
      <h2 id="settings-backups" className="section-title">
        {t('backups.heading')}
      </h2>
      <p className="field-hint">{t('backups.hint')}</p>
      <p className="field-hint">{t('backups.encrypted')}</p>
      <div className="backups-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void makeNow()}>
          {busy ? t('backups.making') : t('backups.makeNow')}
        </button>
      </div>
      {failure && (
        <div className="alert alert-error" role="alert">
          <p>{failure}</p>
        </div>
      )}
      {load.state === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {load.state === 'error' && <ErrorMessage error={load.error} onRetry={() => refresh()} />}
      {load.state === 'ready' && load.data.length === 0 && <p className="muted">{t('backups.empty')}</p>}
      {load.state === 'ready' && load.data.length > 0 && (
        <table className="table backups-table">
          <thead>
            <tr>
              <th scope="col">{t('backups.when')}</th>
              <th scope="col">{t('backups.reason')}</th>
              <th scope="col" className="backups-size">
                {t('backups.size')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('backups.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {load.data.map((backup) => {
              const when = formatMoment(backup.at);
              return (
                <tr key={backup.name}>
                  <th scope="row">{when}</th>
                  <td>{t(`backups.reason.${backup.reason}`)}</td>
                  <td className="backups-size">{formatSize(backup.size)}</td>
                  <td>
                    <div className="backups-row-actions">
                      <button
                        type="button"
                        className="button button-secondary"
                        disabled={busy}
                        aria-label={t('backups.copyOf', { when })}
                        onClick={() => void saveCopy(backup)}
                      >
                        {t('backups.copy')}
                      </button>
                      <button
                        type="button"
                        className="button button-danger-outline"
                        disabled={busy}
                        aria-label={t('backups.restoreOf', { when })}
                        onClick={() => setRestoring(backup)}
                      >
                        {t('backups.restore')}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={restoring !== null}
        title={t('backups.restore.title')}
        body={restoring ? t('backups.restore.body', { when: formatMoment(restoring.at) }) : undefined}
        confirmLabel={t('backups.restore.confirm')}
        cancelLabel={t('backups.restore.cancel')}
        tone="danger"
        busy={busy}
        onConfirm={() => restoring && void restore(restoring)}
        onCancel={() => setRestoring(null)}
      />
    </section>
  );
}
