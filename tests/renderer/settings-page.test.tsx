import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ApiResult } from '../../electron/shared/api/result';
import { DEFAULT_SETTINGS, type Settings } from '../../electron/shared/settings/settings.schema';
import { api } from '../../renderer/src/api/client';
import { RouterProvider } from '../../renderer/src/app/Router';
import { NoticeProvider } from '../../renderer/src/components/Notices';
import { SettingsPage } from '../../renderer/src/features/settings/SettingsPage';
import { I18nProvider } from '../../renderer/src/i18n/I18nProvider';

vi.mock('../../renderer/src/api/client', () => ({
  api: { call: vi.fn() },
  isNetworkError: () => false,
}));

const call = api.call as unknown as Mock<(method: string, input: unknown) => Promise<ApiResult<unknown>>>;

let stored: Settings;
let onUpdate: ((input: { convener?: Settings['convener'] }) => ApiResult<Settings>) | null;

beforeEach(() => {
  stored = {
    ...DEFAULT_SETTINGS,
    convener: { name: 'Kaisu Öhman', title: 'koollekutsuja', phone: '040 111 2222', email: 'kaisu.ohman@example.fi' },
  };
  onUpdate = null;
  call.mockReset();
  call.mockImplementation(async (method, input) => {
    if (method === 'settings.get') return { ok: true, value: structuredClone(stored) };
    if (method === 'settings.update') {
      const partial = input as { convener?: Settings['convener'] };
      if (onUpdate) return onUpdate(partial);
      stored = { ...stored, ...partial };
      return { ok: true, value: structuredClone(stored) };
    }
    throw new Error(`unexpected call ${method}`);
  });
});

async function renderPage() {
  render(
    <I18nProvider>
      <NoticeProvider>
        <RouterProvider>
          <SettingsPage />
        </RouterProvider>
      </NoticeProvider>
    </I18nProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Omat tiedot ja asetukset' });
  await screen.findByRole('form', { name: 'Omat tiedot' });
  return userEvent.setup();
}

function fieldError(label: RegExp | string): string | null {
  const input = screen.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'));
  return error?.textContent ?? null;
}

function updateCalls() {
  return call.mock.calls.filter(([method]) => method === 'settings.update');
}

describe('the settings page', () => {
  it('shows the stored convener details and says where they are used', async () => {
    await renderPage();
    expect(screen.getByLabelText('Nimi')).toHaveValue('Kaisu Öhman');
    expect(screen.getByLabelText(/^Nimike/)).toHaveValue('koollekutsuja');
    expect(screen.getByLabelText(/^Puhelin/)).toHaveValue('040 111 2222');
    expect(screen.getByLabelText(/^Sähköposti/)).toHaveValue('kaisu.ohman@example.fi');
    expect(screen.getByText(/näkyvät toimeksiantosopimuksessa ja myöhemmin kirjeissä/)).toBeInTheDocument();
    expect(screen.getByText(/kielen voit vaihtaa sivupalkin alareunasta/)).toBeInTheDocument();
    // Nothing changed yet: no save bar.
    expect(screen.queryByRole('button', { name: 'Tallenna' })).not.toBeInTheDocument();
  });

  it('refuses a malformed email in Finnish and saves nothing', async () => {
    const user = await renderPage();
    const email = screen.getByLabelText(/^Sähköposti/);
    await user.clear(email);
    await user.type(email, 'kaisu.ohman(at)example');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    await waitFor(() => expect(fieldError(/^Sähköposti/)).toBe('Tarkista sähköpostiosoite, esim. nimi@kunta.fi.'));
    expect(screen.getByRole('alert')).toHaveTextContent('Tarkista merkityt kentät');
    expect(updateCalls()).toHaveLength(0);
  });

  it('saves the convener details trimmed and confirms it', async () => {
    const user = await renderPage();
    const name = screen.getByLabelText('Nimi');
    await user.clear(name);
    await user.type(name, '  Kaisu Öhman-Åström ');
    await user.clear(screen.getByLabelText(/^Puhelin/));
    await user.type(screen.getByLabelText(/^Puhelin/), '+358 40 111 2222');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    await waitFor(() => expect(updateCalls()).toHaveLength(1));
    expect(updateCalls()[0]?.[1]).toEqual({
      convener: {
        name: 'Kaisu Öhman-Åström',
        title: 'koollekutsuja',
        phone: '+358 40 111 2222',
        email: 'kaisu.ohman@example.fi',
      },
    });
    expect(await screen.findByText('Muutokset tallennettu.')).toBeInTheDocument();
    expect(screen.getByLabelText('Nimi')).toHaveValue('Kaisu Öhman-Åström');
    expect(screen.queryByRole('button', { name: 'Tallenna' })).not.toBeInTheDocument();
  });

  it('puts a problem the backend found next to its field', async () => {
    onUpdate = () => ({
      ok: false,
      error: { code: 'invalid_input', message: 'Invalid input', issues: [{ path: ['convener', 'phone'], message: 'validation.phone' }] },
    });
    const user = await renderPage();
    await user.type(screen.getByLabelText(/^Nimike/), ' (Itä)');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(fieldError(/^Puhelin/)).toMatch(/Tarkista puhelinnumero/));
    expect(screen.queryByText('Muutokset tallennettu.')).not.toBeInTheDocument();
  });
});
