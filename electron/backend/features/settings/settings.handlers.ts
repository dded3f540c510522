import {
  DEFAULT_SETTINGS,
  settingsSchema,
  type Settings,
} from '../../../shared/settings/settings.schema';
import type { Handlers } from '../../api/handlers';
import type { Db } from '../../db/connection';
import { readSettings, writeSettings } from './settings.repo';

/** Stored settings over the defaults; a stored value that no longer validates falls back. */
export function currentSettings(db: Db): Settings {
  const stored = readSettings(db);
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const parsed = settingsSchema.shape[key].safeParse(stored[key]);
    if (parsed.success) merged[key] = parsed.data;
  }
  return merged as Settings;
}

export const settingsHandlers: Pick<Handlers, 'settings.get' | 'settings.update'> = {
  'settings.get'(ctx) {
    return currentSettings(ctx.db);
  },
  'settings.update'(ctx, values) {
    writeSettings(ctx.db, values);
    return currentSettings(ctx.db);
  },
};
