import { useCallback, useRef } from 'react';

/**
 * Runs one-click saves of a screen one after another: each starts when the one before has
 * answered, so it reads the record's version that save produced (with `latest()`) instead
 * of the version both saw, which the first save has just made stale.
 */
export function useInTurn() {
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(<T>(save: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(save, save);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);
}
