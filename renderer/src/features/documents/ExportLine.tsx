import { useI18n } from '../../i18n/I18nProvider';
import { exportFailureText, type ExportState } from './useExportQueue';

/**
 * One line under a single-file export button: `working` while it runs, then where the file
 * was saved, that it was downloaded, or why it could not be made. A closed save dialog says nothing.
 */
export function ExportLine({ status, working, className }: { status: ExportState; working: string; className?: string }) {
  const { t, tn, tKey } = useI18n();
  let line: { text: string; tone: 'info' | 'error' } | null = null;
  if (status.state === 'running') line = { text: working, tone: 'info' };
  if (status.state === 'finished') {
    const failure = status.failed[0];
    if (failure) line = { text: exportFailureText(failure.error, { t, tKey }), tone: 'error' };
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
    <div className={className} role="status" aria-live="polite">
      {line && <p className={`alert alert-${line.tone}`}>{line.text}</p>}
    </div>
  );
}
