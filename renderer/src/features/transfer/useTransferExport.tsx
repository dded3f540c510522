import type { MethodInput } from '../../../../electron/shared/api/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { exportFailureText, useExportQueue, type ExportState } from '../documents/useExportQueue';

type TransferExportMethod = 'transfer.exportAll' | 'transfer.exportConference';

/** An export file made through the documents' export queue: saved where the user chooses, or downloaded. */
export function useTransferExport<M extends TransferExportMethod>(method: M, input: MethodInput<M>, label: string) {
  const queue = useExportQueue();
  return {
    status: queue.status,
    running: queue.status.state === 'running',
    run: () => queue.run([{ label, method, input }]),
  };
}

/** One line under an export button: working, saved where, downloaded, or why not. */
export function TransferExportLine({ status }: { status: ExportState }) {
  const { t, tn, tKey } = useI18n();
  let line: { text: string; tone: 'info' | 'error' } | null = null;
  if (status.state === 'running') line = { text: t('transfer.export.working'), tone: 'info' };
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
  return <div role="status" aria-live="polite">{line && <p className={`alert alert-${line.tone}`}>{line.text}</p>}</div>;
}
