import { useId, useRef, useState } from 'react';
import type { ApiError } from '../../../../electron/shared/api/result';
import { api } from '../../api/client';
import { useSettingsStore } from '../../app/SettingsProvider';
import { useLoad } from '../../app/useLoad';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { ExportLine } from '../documents/ExportLine';
import { useTransferExport } from './useTransferExport';
import './transfer.css';

/** A file picked for import: its name for the question, its text for the API. */
interface Picked {
  name: string;
  content: string;
}

/**
 * Settings → Tietojen siirto: everything out into one file, and such a file back in. Import
 * works only on an empty app (the card says why otherwise); the renderer reads the picked
 * file's text and sends that, never a path.
 */
export function TransferCard() {
  const { t, tn, tKey } = useI18n();
  const notify = useNotify();
  const exporter = useTransferExport('transfer.exportAll', {}, t('transfer.exportAll'));
  // Only the count: every conference, open or closed, and not one row of them.
  const listed = useLoad(() => api.call('conference.list', { phase: 'all', limit: 1 }), []);
  const conferences = listed.state === 'ready' ? listed.data.total : null;
  const settings = useSettingsStore();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [importing, setImporting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const problemId = useId();

  const errorText = (error: ApiError) => {
    const issue = error.issues?.[0];
    return issue ? tKey(issue.message) : t(`error.${error.code}`);
  };

  const pick = async (file: File | undefined) => {
    if (inputRef.current) inputRef.current.value = '';
    if (!file) return;
    setProblem(null);
    try {
      setPicked({ name: file.name, content: await file.text() });
    } catch {
      setProblem(t('transfer.import.unreadable'));
    }
  };

  const runImport = async () => {
    if (!picked) return;
    setImporting(true);
    const result = await api.call('transfer.import', { content: picked.content });
    setImporting(false);
    setPicked(null);
    if (!result.ok) {
      setProblem(errorText(result.error));
      return;
    }
    setProblem(null);
    notify(tn('transfer.import.done', result.value.conferences));
    listed.reload();
    // The file brought its settings with it.
    settings.reload();
  };

  const notEmpty = conferences !== null && conferences > 0;

  return (
    <section className="card transfer-card" aria-labelledby="settings-transfer">
      <h2 id="settings-transfer" className="section-title">
        {t('transfer.title')}
      </h2>
      <p className="muted">{t('transfer.intro')}</p>

      <div className="transfer-row">
        <button type="button" className="button button-secondary" disabled={exporter.running} onClick={() => void exporter.run()}>
          {t('transfer.exportAll')}
        </button>
        <p className="muted">{t('transfer.exportAll.hint')}</p>
      </div>
      <ExportLine status={exporter.status} working={t('transfer.export.working')} />

      <div className="transfer-row">
        <label className={`button button-secondary transfer-file-button${notEmpty || importing ? ' is-disabled' : ''}`}>
          {importing ? t('transfer.import.working') : t('transfer.import')}
          <input
            ref={inputRef}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            disabled={notEmpty || importing || conferences === null}
            aria-describedby={[hintId, problem ? problemId : ''].filter(Boolean).join(' ')}
            onChange={(e) => void pick(e.target.files?.[0])}
          />
        </label>
        <p id={hintId} className="muted">
          {notEmpty ? tn('transfer.import.notEmpty', conferences) : t('transfer.import.hint')}
        </p>
      </div>
      <div role="status" aria-live="polite">
        {problem && (
          <p id={problemId} className="alert alert-error">
            {problem}
          </p>
        )}
      </div>

      <ConfirmDialog
        open={picked !== null}
        title={t('transfer.import.confirm.title')}
        body={t('transfer.import.confirm.body', { name: picked?.name ?? '' })}
        cancelLabel={t('form.cancel')}
        confirmLabel={t('transfer.import.confirm.confirm')}
        busy={importing}
        onCancel={() => setPicked(null)}
        onConfirm={() => void runImport()}
      />
    </section>
  );
}
