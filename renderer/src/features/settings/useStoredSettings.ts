import { useSettingsStore, type SettingsLoad } from '../../app/SettingsProvider';

/** The app's settings as the window holds them: read once, shared by every screen. */
export function useStoredSettings(): SettingsLoad {
  return useSettingsStore().load;
}
