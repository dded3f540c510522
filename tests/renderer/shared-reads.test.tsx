import { listAnswer } from '../helpers/list-answer';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavedSettings } from '../../electron/shared/settings/settings.schema';
import { App } from '../../renderer/src/app/App';
import { makePreparation } from '../fixtures/preparation';
import { TEST_SETTINGS } from '../helpers/mock-api';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

const prep = makePreparation();
const conferenceId = prep.conference.id;

/** The settings as the backend holds them; a save changes them as the real one would. */
let stored: SavedSettings;

function answer(method: string, input: Record<string, unknown>) {
  switch (method) {
    case 'settings.get':
      return { ok: true, value: structuredClone(stored) };
    case 'settings.update': {
      const section = input.section as keyof SavedSettings['versions'];
      stored = { ...stored, [section]: input.value, versions: { ...stored.versions, [section]: stored.versions[section] + 1 } };
      return { ok: true, value: structuredClone(stored) };
    }
    case 'conference.list':
      return listAnswer([], input);
    case 'preparation.get':
      return { ok: true, value: prep };
    case 'retention.question':
      return { ok: true, value: { ask: false, conferences: [] } };
    case 'retention.due':
    case 'backup.list':
      return { ok: true, value: method === 'backup.list' ? [] : { conferences: [] } };
    default:
      return { ok: false, error: { code: 'internal', message: 'not in this test' } };
  }
}

const settingsReads = () => call.mock.calls.filter(([method]) => method === 'settings.get').length;

async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash;
  });
}

beforeEach(() => {
  stored = structuredClone(TEST_SETTINGS);
  call.mockReset();
  call.mockImplementation(async (method: string, input: Record<string, unknown>) => answer(method, input));
  window.location.hash = '#/conferences';
  // The router scrolls to the top on navigation; jsdom has no layout to scroll.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});

afterEach(() => {
  window.location.hash = '';
});

describe('the settings, read once for the window', () => {
  it('are read once however many screens that show them are opened, and a save in Settings reaches the others without reading again', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Neuvonpidot' });

    await go('#/settings');
    const name = await screen.findByRole('textbox', { name: 'Nimi' });
    expect(name).toHaveValue('Kaisa Koollekutsuja');

    await go(`#/conferences/${conferenceId}`);
    await screen.findByRole('link', { name: 'Yleiskuva', current: 'page' });
    await go(`#/conferences/${conferenceId}/arrangements`);
    await screen.findByRole('link', { name: 'Järjestelyt', current: 'page' });
    await go(`#/conferences/${conferenceId}/commission`);
    const convener = await screen.findByRole('region', { name: 'Koollekutsuja' });
    expect(await within(convener).findByText('Kaisa Koollekutsuja')).toBeVisible();
    expect(settingsReads()).toBe(1);

    // A new name saved in Settings: the commission shows it, from the save's answer.
    await go('#/settings');
    const field = await screen.findByRole('textbox', { name: 'Nimi' });
    await user.clear(field);
    await user.type(field, 'Kerttu Koollekutsuja{Enter}');
    expect(await screen.findByText('Muutokset tallennettu.')).toBeVisible();
    expect(call).toHaveBeenCalledWith('settings.update', expect.objectContaining({ section: 'convener' }));
    await go(`#/conferences/${conferenceId}/commission`);
    const updated = await screen.findByRole('region', { name: 'Koollekutsuja' });
    expect(await within(updated).findByText('Kerttu Koollekutsuja')).toBeVisible();
    expect(settingsReads()).toBe(1);
  });
});
