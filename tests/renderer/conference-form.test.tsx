import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../electron/shared/api/result';
import type { ConferenceFields } from '../../electron/shared/conference/conference.schema';
import { RouterProvider } from '../../renderer/src/app/Router';
import { NoticeProvider } from '../../renderer/src/components/Notices';
import { emptyFormValues } from '../../renderer/src/features/conference/conference-form-values';
import { ConferenceForm } from '../../renderer/src/features/conference/ConferenceForm';
import { I18nProvider } from '../../renderer/src/i18n/I18nProvider';

const settings = { uiLanguage: 'fi', versions: { uiLanguage: 1 } };
vi.mock('../../renderer/src/api/client', () => ({
  api: { call: vi.fn(async () => ({ ok: true, value: settings })) },
  isNetworkError: () => false,
}));

type Submit = (values: ConferenceFields) => Promise<ApiResult<{ id: string }>>;

async function renderForm(onSubmit: Submit) {
  const onSaved = vi.fn();
  render(
    <I18nProvider>
      <NoticeProvider>
        <RouterProvider>
          <ConferenceForm
            defaultValues={emptyFormValues('2026-11-02')}
            creating={{ submitLabel: 'Lisää neuvonpito' }}
            onSubmit={onSubmit}
            onSaved={onSaved}
          />
        </RouterProvider>
      </NoticeProvider>
    </I18nProvider>,
  );
  // The form appears once the saved language has been read.
  await screen.findByRole('button', { name: 'Lisää neuvonpito' });
  return { onSaved, user: userEvent.setup() };
}

function fieldError(label: string): string | null {
  const input = screen.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'));
  return error?.textContent ?? null;
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Tunnus'), '  Äijälä 3/2027  ');
  await user.type(screen.getByLabelText('Etunimi'), 'Äijö');
  await user.type(screen.getByLabelText('Syntymävuosi'), '2015');
  const worker = within(screen.getByRole('region', { name: 'Sosiaalityöntekijä' }));
  await user.type(worker.getByLabelText('Nimi'), 'Leena Korhonen');
}

describe('the new-conference form', () => {
  beforeEach(() => {
    settings.uiLanguage = 'fi';
  });

  it('shows Finnish messages next to the empty required fields and sends nothing', async () => {
    const onSubmit = vi.fn<Submit>();
    const { user } = await renderForm(onSubmit);
    await user.click(screen.getByRole('button', { name: 'Lisää neuvonpito' }));

    await waitFor(() => expect(fieldError('Tunnus')).toBe('Pakollinen tieto.'));
    expect(fieldError('Etunimi')).toBe('Pakollinen tieto.');
    expect(fieldError('Syntymävuosi')).toBe('Anna vuosi, esim. 2015.');
    expect(screen.getByLabelText('Tunnus')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Tarkista merkityt kentät');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses a bad email, a birth year in the future and an identity code', async () => {
    const onSubmit = vi.fn<Submit>();
    const { user } = await renderForm(onSubmit);
    await fillValid(user);
    await user.clear(screen.getByLabelText('Tunnus'));
    await user.type(screen.getByLabelText('Tunnus'), 'Äijälä 010215A123B');
    await user.clear(screen.getByLabelText('Syntymävuosi'));
    await user.type(screen.getByLabelText('Syntymävuosi'), String(new Date().getFullYear() + 1));
    await user.type(screen.getByLabelText(/Sähköposti/), 'leena.korhonen(at)kunta');
    await user.click(screen.getByRole('button', { name: 'Lisää neuvonpito' }));

    await waitFor(() => expect(fieldError('Sähköposti (valinnainen)')).toMatch(/Tarkista sähköpostiosoite/));
    expect(fieldError('Tunnus')).toMatch(/Älä kirjoita henkilötunnusta/);
    expect(fieldError('Syntymävuosi')).toBe('Anna vuosi, esim. 2015.');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends trimmed values with the birth year as a number', async () => {
    const onSubmit = vi.fn<Submit>(async () => ({ ok: true, value: { id: 'x' } }));
    const { user, onSaved } = await renderForm(onSubmit);
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Lisää neuvonpito' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ id: 'x' }));
    const values = onSubmit.mock.calls[0]?.[0];
    expect(values?.reference).toBe('Äijälä 3/2027');
    expect(values?.children).toEqual([{ firstName: 'Äijö', birthYear: 2015 }]);
    expect(values?.commissionDate).toBe('2026-11-02');
  });

  it('needs at least one child: the last one cannot be removed, a second one can', async () => {
    const { user } = await renderForm(vi.fn<Submit>());
    expect(screen.getByRole('button', { name: /Poista lapsi/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Lisää lapsi' }));
    const removes = screen.getAllByRole('button', { name: /Poista lapsi/ });
    expect(removes).toHaveLength(2);
    await user.click(removes[1]!);
    expect(screen.getAllByLabelText('Etunimi')).toHaveLength(1);
  });

  it('puts field problems the backend found next to the field', async () => {
    const onSubmit = vi.fn<Submit>(async () => ({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Invalid input',
        issues: [{ path: ['socialWorker', 'phone'], message: 'validation.phone' }],
      },
    }));
    const { user, onSaved } = await renderForm(onSubmit);
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Lisää neuvonpito' }));

    await waitFor(() => expect(fieldError('Puhelin (valinnainen)')).toMatch(/Tarkista puhelinnumero/));
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('speaks Swedish when the saved language is Swedish', async () => {
    settings.uiLanguage = 'sv';
    const { user } = await renderForm(vi.fn<Submit>());
    const button = await screen.findByRole('button', { name: 'Lägg till barn' });
    await user.click(screen.getByRole('button', { name: 'Lisää neuvonpito' }));
    expect(button).toBeInTheDocument();
    await waitFor(() => expect(fieldError('Benämning')).toBe('Obligatorisk uppgift.'));
  });
});
