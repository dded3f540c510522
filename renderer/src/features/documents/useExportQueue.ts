import { useCallback, useRef, useState } from 'react';
import type { MethodInput } from '../../../../electron/shared/api/contract';
import type { ApiError } from '../../../../electron/shared/api/result';
import type { DocumentMethodName } from '../../../../electron/shared/api/methods';
import { SAVE_FAILED } from '../../../../electron/shared/documents/documents.schema';
import { api } from '../../api/client';
import type { useI18n } from '../../i18n/I18nProvider';

/** One file to make: what the user sees it as, and the call that makes it. */
export interface ExportJob<M extends DocumentMethodName = DocumentMethodName> {
  label: string;
  method: M;
  input: MethodInput<M>;
}

export interface ExportFailure {
  label: string;
  error: ApiError;
}

export type ExportState =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number; current: string }
  | {
      state: 'finished';
      saved: string[];
      /** Folder or file for the desktop app; null for browser downloads. */
      location: string | null;
      failed: ExportFailure[];
      cancelled: boolean;
    };

/**
 * Runs exports one file at a time, so a batch shows its progress and can be stopped
 * between files. Files of one run share a batch id: the desktop app asks for a folder
 * once. A failed file is reported and the rest still go.
 */
export function useExportQueue() {
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  const stopRef = useRef(false);

  const run = useCallback(async (jobs: ExportJob[]) => {
    stopRef.current = false;
    const batch = jobs.length > 1 ? crypto.randomUUID() : undefined;
    const saved: string[] = [];
    const failed: ExportFailure[] = [];
    let location: string | null = null;
    let cancelled = false;
    for (const [index, job] of jobs.entries()) {
      if (stopRef.current) {
        cancelled = true;
        break;
      }
      setStatus({ state: 'running', done: index, total: jobs.length, current: job.label });
      const input = { ...job.input, ...(batch ? { batch } : {}) } as MethodInput<typeof job.method>;
      const result = await api.exportDocument(job.method, input);
      if (!result.ok) {
        failed.push({ label: job.label, error: result.error });
      } else if (result.value.status === 'cancelled') {
        // The user closed the save dialog: nothing more is wanted from this run.
        cancelled = true;
        break;
      } else {
        saved.push(...result.value.names);
        location = result.value.location;
      }
    }
    setStatus({ state: 'finished', saved, location, failed, cancelled });
  }, []);

  const stop = useCallback(() => {
    stopRef.current = true;
  }, []);

  return { status, run, stop };
}

type Translate = Pick<ReturnType<typeof useI18n>, 't' | 'tKey'>;

/** Why a file could not be made or saved, in the user's words. */
export function exportFailureText(error: ApiError, { t, tKey }: Translate): string {
  if (error.message === SAVE_FAILED) return t('exports.saveFailed');
  const issue = error.issues?.[0];
  return issue ? tKey(issue.message) : t(`error.${error.code}`);
}
