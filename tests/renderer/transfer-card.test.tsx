import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ApiResult } from '../../electron/shared/api/result';
import { api } from '../../renderer/src/api/client';
import { NoticeProvider } from '../../renderer/src/components/Notices';
import { TransferCard } from '../../renderer/src/features/transfer/TransferCard';
import { I18nProvider } from '../../renderer/src/i18n/I18nProvider';
import { TEST_SETTINGS } from '../helpers/mock-api';

vi.mock('../../renderer/src/api/client', () => ({
  api: { call: vi.fn(), exportDocument: vi.fn() },
  isNetworkError: () => false,
}));

const call = api.call as unknown as Mock<(method: string, input: unknown) => Promise<ApiResult<unknown>>>;
const exportDocument = api.exportDocument as unknown as Mock<(method: string, input: unknown) => Promise<ApiResult<unknown>>>;

let conferences: unknown[];
let onImport: (input: { content: string }) => ApiResult<unknown>;

beforeEach(() => {
  conferences = [];
  onImport = () => ({ ok: true, value: { scope: 'all', conferences: 2, rows: 40 } });
  call.mockReset();
  call.mockImplementation(async (method, input) => {
    if (method === 'settings.get') return { ok: true, value: TEST_SETTINGS };
    if (method === 'conference.list') return { ok: true, value: { items: conferences.slice(0, 1), total: conferences.length, offset: 0, limit: 1, anyConference: conferences.length > 0 } };
    if (method === 'transfer.import') return onImport(input as { content: string });
    throw new Error(`unexpected call ${method}`);
  });
  exportDocument.mockReset();
  exportDocument.mockResolvedValue({ ok: true, value: { status: 'saved', names: ['neuvonpito-kaikki-2026-12-02.json'], location: null } });
});

function renderCard() {
  render(
    <I18nProvider>
      <NoticeProvider>
        <TransferCard />
      </NoticeProvider>
    </I18nProvider>,
  );
  return screen.findByRole('region', { name: 'Tietojen siirto' });
}

const exportFile = new File(['{"format":"neuvonpito-export"}'], 'neuvonpito-kaikki-2026-12-02.json', { type: 'application/json' });

describe('the data transfer card', () => {
  it('exports everything as a file', async () => {
    const card = await renderCard();
    await userEvent.click(within(card).getByRole('button', { name: 'Vie kaikki tiedot' }));
    expect(exportDocument).toHaveBeenCalledWith('transfer.exportAll', {});
    expect(await within(card).findByText('1 tiedosto ladattu selaimen latauksiin.', undefined)).toBeInTheDocument();
  });

  it('imports a picked file after asking, sending its text', async () => {
    const card = await renderCard();
    const input = await waitFor(() => {
      const field = within(card).getByLabelText('Tuo tiedot') as HTMLInputElement;
      expect(field).toBeEnabled();
      return field;
    });
    await userEvent.upload(input, exportFile);
    const dialog = await screen.findByRole('dialog', { name: 'Tuodaanko tiedot tiedostosta?' });
    expect(dialog).toHaveTextContent('neuvonpito-kaikki-2026-12-02.json');
    expect(call).not.toHaveBeenCalledWith('transfer.import', expect.anything());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tuo tiedot' }));
    await screen.findByText('Tuotiin 2 neuvonpitoa.', undefined);
    expect(call).toHaveBeenCalledWith('transfer.import', { content: '{"format":"neuvonpito-export"}' });
  });

  it('says in Finnish why a file was refused', async () => {
    onImport = () => ({
      ok: false,
      error: { code: 'invalid_input', message: 'transfer.error.newerSchema', issues: [{ path: ['content'], message: 'transfer.error.newerSchema' }] },
    });
    const card = await renderCard();
    const input = await waitFor(() => {
      const field = within(card).getByLabelText('Tuo tiedot') as HTMLInputElement;
      expect(field).toBeEnabled();
      return field;
    });
    await userEvent.upload(input, exportFile);
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Tuo tiedot' }));
    expect(
      await within(card).findByText('Tiedosto on viety uudemmasta Neuvonpidon versiosta. Päivitä sovellus ja tuo tiedosto sitten uudelleen.'),
    ).toBeInTheDocument();
  });

  it('offers no import while the app has conferences, and says why', async () => {
    conferences = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const card = await renderCard();
    expect(
      await within(card).findByText(
        'Tuonti ei ole käytössä, koska sovelluksessa on jo 3 neuvonpitoa. Tietoja voi tuoda vain tyhjään sovellukseen.',
      ),
    ).toBeInTheDocument();
    expect(within(card).getByLabelText('Tuo tiedot')).toBeDisabled();
  });
});
