import { useId, useState } from 'react';
import { todayInHelsinki } from '../../../../electron/shared/dates';
import { api } from '../../api/client';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { exportFailureText } from '../documents/useExportQueue';
import './work.css';

/**
 * The time report and invoice specification of one month across every conference: a month
 * picker and a download button, self-contained (it needs no conference around it).
 */
export function MonthTimeReport() {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const id = useId();
  const [month, setMonth] = useState(() => todayInHelsinki(new Date()).slice(0, 7));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setFailure(null);
    const result = await api.exportDocument('documents.monthTimeReport', { month });
    setBusy(false);
    if (!result.ok) return setFailure(exportFailureText(result.error, { t, tKey }));
    if (result.value.status === 'saved') notify(t('work.report.saved', { name: result.value.location ?? result.value.names[0] ?? '' }));
  };

  return (
    <section className="month-report" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('work.report.month.title')}</h3>
      <p className="muted">{t('work.report.month.hint')}</p>
      <div className="month-report-row">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-month`}>
            {t('work.report.month.field')}
          </label>
          <input id={`${id}-month`} type="month" value={month} required onChange={(event) => setMonth(event.target.value)} />
        </div>
        <button type="button" className="button button-secondary" disabled={busy || month === ''} onClick={() => void download()}>
          {t('work.report.month.download')}
        </button>
      </div>
      {failure && (
        <p className="alert alert-error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
