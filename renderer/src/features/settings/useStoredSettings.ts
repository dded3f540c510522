import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../electron/shared/api/result';
import type { Settings } from '../../../../electron/shared/settings/settings.schema';
import { api } from '../../api/client';

export type SettingsLoad = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; settings: Settings };

/** The app's settings, read once when the screen opens. */
export function useStoredSettings(): SettingsLoad {
  const [load, setLoad] = useState<SettingsLoad>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    void api.call('settings.get', {}).then((result) => {
      if (cancelled) return;
      setLoad(result.ok ? { state: 'ready', settings: result.value } : { state: 'error', error: result.error });
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return load;
}
