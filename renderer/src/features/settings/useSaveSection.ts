import { useCallback, useRef } from 'react';
import type { MethodInput } from '../../../../electron/shared/api/contract';
import type { SettingsSection } from '../../../../electron/shared/settings/settings.schema';
import { api } from '../../api/client';
import { useSettingsStore } from '../../app/SettingsProvider';

type SectionValue<S extends SettingsSection> = Extract<MethodInput<'settings.update'>, { section: S }>['value'];

/**
 * Saves one section of the settings whole, on the version this form showed; after each save
 * the form goes on from the version it produced. Someone else's save in between is refused
 * (conflict), which the form shows.
 */
export function useSaveSection<S extends SettingsSection>(section: S, version: number) {
  const current = useRef(version);
  const { saved } = useSettingsStore();
  return useCallback(
    async (value: SectionValue<S>) => {
      const input = { section, version: current.current, value } as MethodInput<'settings.update'>;
      const result = await api.call('settings.update', input);
      if (result.ok) {
        current.current = result.value.versions[section];
        saved(result.value);
      }
      return result;
    },
    [section, saved],
  );
}

/** Where an issue of a section's `value` lands in a form that holds the section under `name` (or at its top). */
export function sectionFieldPath(name?: string) {
  return (path: (string | number)[]) => (path[0] === 'value' ? [...(name ? [name] : []), ...path.slice(1)] : path);
}
