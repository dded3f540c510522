import { useCallback, useRef } from 'react';
import type { MethodInput } from '../../../../electron/shared/api/contract';
import type { ApiResult } from '../../../../electron/shared/api/result';
import type { SavedSettings } from '../../../../electron/shared/settings/settings.schema';
import { api } from '../../api/client';
import { PAGE_SECTIONS, sameSection, type SettingsFormValues } from './settings-form';

/**
 * Saves the settings page: each section that differs from what the page last saw, whole, on
 * the version the page last saw of it (the API keeps a version per section). Someone else's
 * save of a section in between is refused (conflict), and the page keeps what was typed.
 * When one section is refused, those saved before it stay saved and are not sent again.
 */
export function useSaveSettings(loaded: SavedSettings) {
  const seen = useRef(loaded);
  return useCallback(async (values: SettingsFormValues): Promise<ApiResult<SavedSettings>> => {
    for (const section of PAGE_SECTIONS) {
      const current = seen.current;
      if (sameSection(values[section], current[section])) continue;
      const input = { section, version: current.versions[section], value: values[section] } as MethodInput<'settings.update'>;
      const result = await api.call('settings.update', input);
      if (!result.ok) {
        // The API names the section's fields under `value`; the page has them under the section.
        const issues = result.error.issues?.map((issue) => ({
          ...issue,
          path: [section, ...(issue.path[0] === 'value' ? issue.path.slice(1) : issue.path)],
        }));
        return { ok: false, error: { ...result.error, ...(issues ? { issues } : {}) } };
      }
      // Only this section: another window's newer save of the others must still be refused.
      seen.current = {
        ...current,
        [section]: result.value[section],
        versions: { ...current.versions, [section]: result.value.versions[section] },
      };
    }
    return { ok: true, value: seen.current };
  }, []);
}
