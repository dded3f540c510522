import {
  DEFAULT_SETTINGS,
  SETTINGS_SECTIONS,
  settingsSchema,
  type SavedSettings,
  type Settings,
} from '../../../shared/settings/settings.schema';
import type { Db } from '../../db/raw-database';
import { readSettings } from './settings.repo';

/** Stored settings over the defaults, with each section's version; a stored value that no longer validates falls back. */
export function savedSettings(db: Db): SavedSettings {
  const stored = readSettings(db);
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const versions = Object.fromEntries(SETTINGS_SECTIONS.map((key) => [key, stored.get(key)?.version ?? 1]));
  for (const key of SETTINGS_SECTIONS) {
    const parsed = settingsSchema.shape[key].safeParse(stored.get(key)?.value);
    if (parsed.success) merged[key] = parsed.data;
  }
  return { ...(merged as Settings), versions: versions as SavedSettings['versions'] };
}

/** The settings in force (what letters and checklists are made from). */
export function currentSettings(db: Db): Settings {
  const { versions: _versions, ...settings } = savedSettings(db);
  return settings;
}
