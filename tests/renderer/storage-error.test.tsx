import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorMessage } from '../../renderer/src/components/ErrorMessage';
import { I18nProvider } from '../../renderer/src/i18n/I18nProvider';
import { answerApi } from '../helpers/mock-api';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

describe('a save the disk refused', () => {
  beforeEach(() => answerApi(call));

  it('says in Finnish that the disk is full, what to do, and that nothing was saved', async () => {
    render(
      <I18nProvider>
        <ErrorMessage error={{ code: 'disk_full', message: 'Disk full' }} />
      </I18nProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Levy on täynnä. Vapauta tilaa ja yritä uudelleen – mitään ei tallennettu.',
    );
  });

  it('says a disk that cannot be written is the problem, never SQLite', async () => {
    render(
      <I18nProvider>
        <ErrorMessage error={{ code: 'storage', message: 'Storage error' }} />
      </I18nProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Levylle ei voitu kirjoittaa .* mitään ei tallennettu/);
    expect(alert).not.toHaveTextContent(/SQLITE|Storage error/i);
  });
});
