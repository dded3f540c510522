import { useI18n } from '../../i18n/I18nProvider';
import { exportFailureText, useExportQueue, type ExportState } from '../documents/useExportQueue';
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
      <ExportLine status={queue.status} />
    </div>
  );
}


/** One line: working, saved where, downloaded, or why not. */
function ExportLine({ status }: { status: ExportState }) {
  const { t, tn, tKey } = useI18n();
  let line: { text: string; tone: 'info' | 'error' } | null = null;
  if (status.state === 'running') line = { text: t('followUp.export.working'), tone: 'info' };
  if (status.state === 'finished') {
    const failure = status.failed[0];
    if (failure) line = { text: exportFailureText(failure.error, { t, tKey }), tone: 'error' };
    // A closed save dialog needs no word: the user chose not to save.
    else if (status.saved.length > 0)
      line = {
        text:
          status.location === null
            ? tn('exports.done.downloaded', status.saved.length)
            : tn('exports.done.saved', status.saved.length, { location: status.location }),
        tone: 'info',
      };
  }
  return (
    <div className="follow-up-export-status" role="status" aria-live="polite">
      {line && <p className={`alert alert-${line.tone}`}>{line.text}</p>}
    </div>
  );
}
