import type { Dispatch } from '../../electron/backend/api/dispatcher';
import type { MethodInput } from '../../electron/shared/api/contract';
import {
  SETTINGS_SECTIONS,
  type SavedSettings,
  type Settings,
} from '../../electron/shared/settings/settings.schema';
import { call } from './backend';

/** Saves each section given, whole, on the version stored now (as a form that has just loaded them would). */
export async function saveSettings(dispatch: Dispatch, values: Partial<Settings>): Promise<SavedSettings> {
  let saved = await call(dispatch, 'settings.get', {});
  for (const section of SETTINGS_SECTIONS) {
    if (values[section] === undefined) continue;
    const input = { section, version: saved.versions[section], value: values[section] } as MethodInput<'settings.update'>;
    saved = await call(dispatch, 'settings.update', input);
  }
  return saved;
}

/** The settings' values without their versions. */
export function settingsValues({ versions: _versions, ...values }: SavedSettings): Settings {
  return values;
}
