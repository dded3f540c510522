/*
 * Conferences deleted outside the screen showing them (the start-of-day question) tell the
 * list to load again. A DOM event on window: no state shared through a module.
 */
const EVENT = 'neuvonpito:conferences-changed';

export function announceConferencesChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

/** Calls `listener` whenever conferences were deleted elsewhere; returns the removal. */
export function onConferencesChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
