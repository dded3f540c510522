import { DEFAULT_SETTINGS, type SavedSettings } from '../../electron/shared/settings/settings.schema';
import type { Mock } from 'vitest';

/*
 * Renderer tests mock the api client per file (vi.mock must be hoisted there):
 *   const { call } = vi.hoisted(() => ({ call: vi.fn() }));
 *   vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));
 * These helpers give that mock its answers and read back what the screen sent.
 */

type Answer = (method: string, input: Record<string, unknown>) => unknown;

/** What `settings.get` answers; a test may change `uiLanguage` and must put it back. */
export const TEST_SETTINGS: SavedSettings = {
  ...DEFAULT_SETTINGS,
  convener: { name: 'Kaisa Koollekutsuja', title: '', phone: '', email: '', hourlyRate: null },
  versions: { uiLanguage: 1, convener: 1, unit: 1, venues: 1, checklist: 1, retentionMonths: 1, confidentialityBasis: 1, mappingPlanFlipChart: 1 },
};

/** Answers settings.get (so the i18n provider renders); every other call gets `answer`. */
export function answerApi(call: Mock, answer: Answer = () => ({ ok: false })): void {
  call.mockReset();
  call.mockImplementation(async (method: string, input: Record<string, unknown>) =>
    method === 'settings.get' ? { ok: true, value: TEST_SETTINGS } : answer(method, input),
  );
}

/** The calls the screen made, without the settings read. */
export function apiCalls(call: Mock): [string, Record<string, unknown>][] {
  return call.mock.calls.filter(([method]) => method !== 'settings.get') as [string, Record<string, unknown>][];
}
