import { useSyncExternalStore } from 'react';

/*
 * One shared second hand for the meeting view: every clock on the screen reads the same
 * instant, and only the components that show a clock re-render each second. Nothing is
 * sent to the backend per tick; the times are computed from the recorded segments.
 */

const listeners = new Set<() => void>();
let current = Date.now();
let interval: ReturnType<typeof setInterval> | undefined;

function tick() {
  current = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    current = Date.now();
    interval = setInterval(tick, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && interval !== undefined) {
      clearInterval(interval);
      interval = undefined;
    }
  };
}

function snapshot(): number {
  return current;
}

/** The current instant, updated once a second while a component shows it. */
export function useNow(): Date {
  const ms = useSyncExternalStore(subscribe, snapshot, snapshot);
  return new Date(ms);
}
