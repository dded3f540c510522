import { useI18n } from '../../i18n/I18nProvider';
import { ExportLine } from '../documents/ExportLine';
import { useTransferExport } from './useTransferExport';
import './transfer.css';

/**
 * The whole conference as one readable JSON file, for a handover (docs/export-format.md).
 * A closed conference can still be exported: it is read, not changed.
 */
export function ConferenceExportAction({ conferenceId }: { conferenceId: string }) {
  const { t } = useI18n();
  const exporter = useTransferExport('transfer.exportConference', { id: conferenceId }, t('transfer.exportConference'));
  return (
    <section className="card transfer-card transfer-card-conference" aria-labelledby="conference-transfer-title">
      <h2 id="conference-transfer-title" className="section-title">
        {t('transfer.title')}
      </h2>
      <div className="transfer-row">
        <button type="button" className="button button-secondary" disabled={exporter.running} onClick={() => void exporter.run()}>
          {t('transfer.exportConference')}
        </button>
        <p className="muted">{t('transfer.exportConference.hint')}</p>
      </div>
      <ExportLine status={exporter.status} working={t('transfer.export.working')} />
    </section>
  );
}
