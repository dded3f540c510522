import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import type { ApiError, ApiResult } from '../../../electron/shared/api/result';

/** What a screen shows while it reads: a loading line, the error with a retry, or the data. */
export type Load<T> = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; data: T };

export type Loader<T> = Load<T> & {
  /** Reads again (e.g. a retry after an error); the screen shows loading meanwhile. */
  reload(): void;
  /** Puts data the screen already has (a save's answer) in place of the read's. */
  setData(data: T): void;
};

/**
 * One read for a screen: runs `read` when mounted and whenever `deps` change, and again on
 * `reload()`. Only the newest read's answer is shown: one that arrives after the deps have
 * moved on, after a newer reload or after the screen has gone is ignored.
 */
export function useLoad<T>(read: () => Promise<ApiResult<T>>, deps: DependencyList): Loader<T> {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const readRef = useRef(read);
  readRef.current = read;

  useEffect(() => {
    const request = ++latest.current;
    setLoad({ state: 'loading' });
    void readRef.current().then(
      (result) => {
        if (request !== latest.current) return;
        setLoad(result.ok ? { state: 'ready', data: result.value } : { state: 'error', error: result.error });
      },
      // The api client answers failures as results; this is a bug's last line of defence.
      () => {
        if (request === latest.current) setLoad({ state: 'error', error: { code: 'internal', message: 'read failed' } });
      },
    );
    return () => {
      // A read still under way when the deps change or the screen goes is stale.
      if (latest.current === request) latest.current++;
    };
    // The deps are the caller's: `read` is a new closure on every render, so it is read
    // from a ref and the caller names what the read depends on.
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const setData = useCallback((data: T) => {
    latest.current++;
    setLoad({ state: 'ready', data });
  }, []);
  return { ...load, reload, setData };
}
