import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import type { ApiError, ApiResult } from '../../../electron/shared/api/result';

/**
 * What a screen shows while it reads: a loading line, the error with a retry, or the data.
 * `refreshError` is set only with `keepData`: the newest read failed and the data is the one before.
 */
export type Load<T> = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; data: T; refreshError?: ApiError };

export type Loader<T> = Load<T> & {
  /** A read is under way (with `keepData`, also while the previous data is shown). */
  busy: boolean;
  /** Reads again (e.g. a retry after an error). */
  reload(): void;
  /** Puts data the screen already has (a save's answer) in place of the read's. */
  setData(data: T): void;
};

export interface LoadOptions {
  /**
   * Keeps the data on the screen while the next read is under way, and when that read fails
   * (as `refreshError`), instead of showing loading: for a list paged or searched as one types.
   */
  keepData?: boolean;
}

/**
 * One read for a screen: runs `read` when mounted and whenever `deps` change, and again on
 * `reload()`. Only the newest read's answer is shown: one that arrives after the deps have
 * moved on, after a newer reload or after the screen has gone is ignored.
 */
export function useLoad<T>(read: () => Promise<ApiResult<T>>, deps: DependencyList, options: LoadOptions = {}): Loader<T> {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  const [busy, setBusy] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const readRef = useRef(read);
  readRef.current = read;
  const keepData = options.keepData === true;

  useEffect(() => {
    const request = ++latest.current;
    const shown = (current: Load<T>): current is Extract<Load<T>, { state: 'ready' }> => keepData && current.state === 'ready';
    const answer = (next: (current: Load<T>) => Load<T>) => {
      if (request !== latest.current) return;
      setBusy(false);
      setLoad(next);
    };
    const failed = (error: ApiError) => answer((current) => (shown(current) ? { state: 'ready', data: current.data, refreshError: error } : { state: 'error', error }));
    setBusy(true);
    setLoad((current) => (shown(current) ? current : { state: 'loading' }));
    void readRef.current().then(
      (result) => (result.ok ? answer(() => ({ state: 'ready', data: result.value })) : failed(result.error)),
      // The api client answers failures as results; this is a bug's last line of defence.
      () => failed({ code: 'internal', message: 'read failed' }),
    );
    return () => {
      // A read still under way when the deps change or the screen goes is stale.
      if (latest.current === request) latest.current++;
    };
    // The deps are the caller's: `read` is a new closure on every render, so it is read
    // from a ref and the caller names what the read depends on.
  }, [...deps, attempt, keepData]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const setData = useCallback((data: T) => {
    latest.current++;
    setBusy(false);
    setLoad({ state: 'ready', data });
  }, []);
  return { ...load, busy, reload, setData };
}
