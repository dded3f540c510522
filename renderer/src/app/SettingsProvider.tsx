import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ApiError } from '../../../electron/shared/api/result';
import type { SavedSettings } from '../../../electron/shared/settings/settings.schema';
import { api } from '../api/client';
import { useLoad } from './useLoad';

export type SettingsLoad = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; settings: SavedSettings };

export interface SettingsStore {
  load: SettingsLoad;
  /** Reads the settings again, after something replaced them wholesale (a restored backup, an import). */
  reload(): void;
  /** What a `settings.update` answered: the settings as now stored, for every screen. */
  saved(settings: SavedSettings): void;
}

const SettingsContext = createContext<SettingsStore | null>(null);

/**
 * The app's settings, read once for the whole window and shared by every screen that needs
 * them (the language, the convener, the venues, the checklist…). A save in Settings hands its
 * answer here, so the other screens show what was saved without reading again.
 */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const loader = useLoad(() => api.call('settings.get', {}), []);
  const { reload, setData } = loader;
  const settings = loader.state === 'ready' ? loader.data : undefined;
  const error = loader.state === 'error' ? loader.error : undefined;
  // The store changes only when what it holds does, so its readers re-render only then.
  const store = useMemo<SettingsStore>(() => {
    const load: SettingsLoad = settings ? { state: 'ready', settings } : error ? { state: 'error', error } : { state: 'loading' };
    return { load, reload, saved: setData };
  }, [settings, error, reload, setData]);
  return <SettingsContext.Provider value={store}>{children}</SettingsContext.Provider>;
}

/** The shared settings store; only under SettingsProvider (the i18n provider holds one). */
export function useSettingsStore(): SettingsStore {
  const store = useContext(SettingsContext);
  if (!store) throw new Error('useSettingsStore outside SettingsProvider');
  return store;
}
