import { zodResolver } from '@hookform/resolvers/zod';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { optionalDate, optionalTime } from '../../electron/shared/validation';
import type { UiLanguage } from '../../electron/shared/i18n/locales';
import { DateField } from '../../renderer/src/components/DateField';
import { Field } from '../../renderer/src/components/Field';
import { TimeField } from '../../renderer/src/components/TimeField';
import { I18nProvider } from '../../renderer/src/i18n/I18nProvider';
import { answerApi, TEST_SETTINGS } from '../helpers/mock-api';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

const schema = z.object({ date: optionalDate, start: optionalTime });
type Values = z.input<typeof schema>;

/** A form as the app's forms are: react-hook-form, the shared schema, Field around each input. */
function MeetingForm({ initial, onSave }: { initial: Values; onSave(values: unknown): void }) {
  const form = useForm<Values, unknown, z.output<typeof schema>>({ defaultValues: initial, resolver: zodResolver(schema) });
  const { errors, isDirty } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((values) => { onSave(values); form.reset({ date: values.date ?? '', start: values.start ?? '' }); })}>
      <Field label="Päivä" error={errors.date?.message}>
        <DateField {...form.register('date')} />
      </Field>
      <Field label="Alkaa" optional error={errors.start?.message}>
        <TimeField {...form.register('start')} />
      </Field>
      <p>{isDirty ? 'muutettu' : 'tallennettu'}</p>
      <button type="button" onClick={() => form.reset({ date: '2027-12-24', start: '18:00' })}>
        Palauta
      </button>
      <button type="submit">Tallenna</button>
    </form>
  );
}

async function renderForm(language: UiLanguage, initial: Values = { date: '2027-03-10', start: '09:30' }) {
  answerApi(call);
  TEST_SETTINGS.uiLanguage = language;
  const onSave = vi.fn();
  try {
    render(
      <I18nProvider>
        <MeetingForm initial={initial} onSave={onSave} />
      </I18nProvider>,
    );
    await screen.findByRole('button', { name: 'Tallenna' });
  } finally {
    TEST_SETTINGS.uiLanguage = 'fi';
  }
  return { onSave, user: userEvent.setup() };
}

describe('date and time fields in the app language', () => {
  beforeEach(() => {
    TEST_SETTINGS.uiLanguage = 'fi';
  });

  it('shows the stored ISO values the Finnish way, whatever the OS locale', async () => {
    await renderForm('fi');
    expect(screen.getByLabelText('Päivä')).toHaveValue('10.3.2027');
    expect(screen.getByLabelText(/Alkaa/)).toHaveValue('9.30');
  });

  it('shows them the English way in English', async () => {
    await renderForm('en');
    expect(screen.getByLabelText('Päivä')).toHaveValue('10 Mar 2027');
    expect(screen.getByLabelText(/Alkaa/)).toHaveValue('09:30');
  });

  it('takes what a Finnish user types and saves ISO', async () => {
    const { onSave, user } = await renderForm('fi', { date: '', start: '' });
    const date = screen.getByLabelText('Päivä');
    await user.type(date, '24.12.2027');
    await user.type(screen.getByLabelText(/Alkaa/), '18');
    expect(screen.getByText('muutettu')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ date: '2027-12-24', start: '18:00' }));
    // After the save the field writes the time its own way and the form is clean again.
    expect(screen.getByLabelText(/Alkaa/)).toHaveValue('18.00');
    expect(await screen.findByText('tallennettu')).toBeInTheDocument();
  });

  it('completes "10.3." with the nearest year when the field is left: in December, the coming March', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-03T10:00:00.000Z'));
    try {
      const { onSave, user } = await renderForm('fi', { date: '', start: '' });
      const date = screen.getByLabelText('Päivä');
      await user.type(date, '10.3.');
      await user.tab();
      expect(date).toHaveValue('10.3.2027');
      await user.click(screen.getByRole('button', { name: 'Tallenna' }));
      await waitFor(() => expect(onSave).toHaveBeenCalledWith({ date: '2027-03-10', start: null }));
    } finally {
      vi.useRealTimers();
    }
  });

  it('completes a short date when Enter submits the form', async () => {
    const { onSave, user } = await renderForm('fi', { date: '', start: '' });
    await user.type(screen.getByLabelText(/Alkaa/), '9.30');
    await user.type(screen.getByLabelText('Päivä'), '1.1.27{Enter}');
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ date: '2027-01-01', start: '09:30' }));
    expect(screen.getByLabelText('Päivä')).toHaveValue('1.1.2027');
  });

  it('says what is wrong when a typed date is not a date, keeps the text and saves nothing', async () => {
    const { onSave, user } = await renderForm('fi');
    const date = screen.getByLabelText('Päivä');
    await user.clear(date);
    await user.type(date, '31.2.2027');
    await user.tab();
    expect(date).toHaveAccessibleDescription('Tätä päivää ei ole kalenterissa: tarkista päivä ja kuukausi.');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    await user.clear(date);
    await user.type(date, 'ensi tiistaina');
    await user.tab();
    expect(date).toHaveAccessibleDescription('Kirjoita päivämäärä muodossa p.k.vvvv, esim. 10.3.2027.');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    // The form's own check refuses it too: one message, the text kept as typed.
    expect(await screen.findByText('Anna päivämäärä muodossa p.k.vvvv, esim. 10.3.2027.')).toBeInTheDocument();
    expect(screen.queryByText('Kirjoita päivämäärä muodossa p.k.vvvv, esim. 10.3.2027.')).toBeNull();
    expect(date).toHaveValue('ensi tiistaina');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses a time out of range with its own message', async () => {
    const { user } = await renderForm('fi');
    const time = screen.getByLabelText(/Alkaa/);
    await user.clear(time);
    await user.type(time, '25.00');
    await user.tab();
    expect(time).toHaveAccessibleDescription('Kellonaika on väärin: tunnit ovat 0–23 ja minuutit 0–59.');
  });

  it('is clean again when the typed date is the saved one, and follows a reset', async () => {
    const { user } = await renderForm('fi');
    const date = screen.getByLabelText('Päivä');
    await user.clear(date);
    await user.type(date, '11.3.2027');
    expect(screen.getByText('muutettu')).toBeInTheDocument();
    await user.clear(date);
    await user.type(date, '10.3.2027');
    expect(await screen.findByText('tallennettu')).toBeInTheDocument();
    await user.clear(date);
    await user.type(date, '10.3.27');
    await user.tab();
    expect(date).toHaveValue('10.3.2027');
    expect(await screen.findByText('tallennettu')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Palauta' }));
    expect(date).toHaveValue('24.12.2027');
    expect(screen.getByLabelText(/Alkaa/)).toHaveValue('18.00');
  });

  it('works controlled, handing on ISO', async () => {
    answerApi(call);
    const seen: string[] = [];
    function Controlled() {
      const [value, setValue] = useState('2027-01-05');
      return (
        <>
          <label htmlFor="d">Päivä</label>
          <DateField id="d" value={value} onChange={(event) => { setValue(event.target.value); seen.push(event.target.value); }} />
          <button type="button" onClick={() => setValue('2027-02-01')}>Helmikuu</button>
        </>
      );
    }
    render(<I18nProvider><Controlled /></I18nProvider>);
    const user = userEvent.setup();
    const date = await screen.findByLabelText('Päivä');
    expect(date).toHaveValue('5.1.2027');
    await user.clear(date);
    await user.type(date, '6.1.2027');
    expect(seen.at(-1)).toBe('2027-01-06');
    await user.click(screen.getByRole('button', { name: 'Helmikuu' }));
    expect(date).toHaveValue('1.2.2027');
  });
});
