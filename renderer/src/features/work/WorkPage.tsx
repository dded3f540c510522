import { useState } from 'react';
import { api } from '../../api/client';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { exportFailureText } from '../documents/useExportQueue';
import { usePreparation } from '../preparation/PreparationContext';
import { CostsSection } from './CostsSection';
import { MonthTimeReport } from './MonthTimeReport';
import { WorkLog } from './WorkLog';
import './work.css';

/** The conference's working time and costs, and the time report made of them. */
export function WorkPage() {
  return (
    <div className="work-page">
      <WorkLog />
      <CostsSection />
      <Reports />
    </div>
  );
}

function Reports() {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const { prep } = usePreparation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setFailure(null);
    const result = await api.exportDocument('documents.timeReport', { conferenceId: prep.conference.id });
    setBusy(false);
    if (!result.ok) return setFailure(exportFailureText(result.error, { t, tKey }));
    if (result.value.status === 'saved') notify(t('work.report.saved', { name: result.value.location ?? result.value.names[0] ?? '' }));
  };

  return (
    <section className="card work-section" aria-labelledby="work-reports-title">
      <h2 id="work-reports-title">{t('work.doc.title')}</h2>
      <button type="button" className="button button-primary work-report-button" disabled={busy} onClick={() => void download()}>
        {t('work.report.download')}
      </button>
      {failure && (
        <p className="alert alert-error" role="alert">
          {failure}
        </p>
      )}
      <MonthTimeReport />
    </section>
  );
}
