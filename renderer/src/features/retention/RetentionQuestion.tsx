import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../electron/shared/api/result';
import { todayInHelsinki } from '../../../../electron/shared/dates';
import type { DueConference } from '../../../../electron/shared/retention/retention';
import { api } from '../../api/client';
import { useStoredSettings } from '../settings/useStoredSettings';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { announceConferencesChanged } from './conferences-changed';
import '../deletion/deletion.css';

/**
 * At start, once a Helsinki day (the backend keeps the day): when closed conferences are past
 * their retention time, lists them and asks "Poista nyt" / "Myöhemmin". Never deletes
 * without that answer; the backend makes a backup first.
 */
export function RetentionQuestion() {
  const { t, tn, formatDate } = useI18n();
  const notify = useNotify();
  const [due, setDue] = useState<DueConference[]>([]);
  const settings = useStoredSettings();
  const months = settings.state === 'ready' ? settings.settings.retentionMonths : null;
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const question = await api.call('retention.question', {});
      if (cancelled || !question.ok || !question.value.ask) return;
      setDue(question.value.conferences);
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  const purge = async () => {
    setBusy(true);
    const result = await api.call('retention.purge', { conferences: due.map(({ id, version }) => ({ id, version })) });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setDue([]);
    setError(null);
    notify(tn('retention.purged', result.value.deleted.length));
    announceConferencesChanged();
  };

  return (
    <ConfirmDialog
      open={due.length > 0}
      title={t('retention.question.title')}
      confirmLabel={t('retention.question.deleteNow')}
      cancelLabel={t('retention.question.later')}
      tone="danger"
      busy={busy}
      onCancel={() => {
        setDue([]);
        setError(null);
      }}
      onConfirm={() => void purge()}
    >
      <p className="dialog-body">{t('retention.question.intro', { months: months ?? '' })}</p>
      <ul className="retention-list">
        {due.map((conference) => (
          <li key={conference.id}>
            <span dir="auto">{conference.reference}</span>{' '}
            <span className="muted">({t('retention.question.closed', { date: formatDate(todayInHelsinki(new Date(conference.closedAt))) })})</span>
          </li>
        ))}
      </ul>
      <p className="muted deletion-note">{t('retention.question.backupFirst')}</p>
      <p className="muted deletion-note">{t('deletion.backups')}</p>
      {error && <ErrorMessage error={error} />}
    </ConfirmDialog>
  );
}
