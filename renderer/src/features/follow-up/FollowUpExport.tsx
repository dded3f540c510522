import { useI18n } from '../../i18n/I18nProvider';
import { ExportLine } from '../documents/ExportLine';
import { useExportQueue } from '../documents/useExportQueue';
import { usePreparation } from '../preparation/PreparationContext';

/**
 * The follow-up meeting's record as a Word file, made through the documents' export
 * queue, with a status line that says where the file went or why it could not be made.
 * A closed conference's record can still be exported: it is read, not changed.
 */
export function FollowUpExport({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const queue = useExportQueue();
  const running = queue.status.state === 'running';

  const exportRecord = () =>
    queue.run([{ label: t('followUp.export.label'), method: 'documents.followUp', input: { meetingId } }]);

  return (
    <div className="follow-up-export">
      <div className="follow-up-export-row">
        <button type="button" className="button button-secondary" disabled={running} onClick={() => void exportRecord()}>
          {t('followUp.export.button')}
        </button>
        <p className="muted">{t('followUp.export.hint', { language: t(`language.${prep.conference.language}`) })}</p>
      </div>
      <ExportLine status={queue.status} working={t('followUp.export.working')} className="follow-up-export-status" />
    </div>
  );
}
