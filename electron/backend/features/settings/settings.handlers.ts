import type { Handlers } from '../../api/handler-types';
import { stale } from '../preparation/preparation.service';
import { savedSettings } from './settings.service';
import { writeSetting } from './settings.repo';

export const settingsHandlers: Pick<Handlers, 'settings.get' | 'settings.update'> = {
  'settings.get'(ctx) {
    return savedSettings(ctx.db);
  },
  'settings.update'(ctx, { section, version, value }) {
    if (!writeSetting(ctx.db, { key: section, value, version })) throw stale('settings');
    return savedSettings(ctx.db);
  },
};
