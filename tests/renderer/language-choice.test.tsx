import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UiLanguage } from '../../electron/shared/i18n/locales';
import { I18nProvider, useI18n } from '../../renderer/src/i18n/I18nProvider';
import { apiCalls, TEST_SETTINGS } from '../helpers/mock-api';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

function LanguagePicker() {
  const { t, language, setLanguage } = useI18n();
  return (
    <>
      <h1>{t('list.title')}</h1>
      <select aria-label="Kieli" value={language} onChange={(e) => void setLanguage(e.target.value as UiLanguage)}>
        <option value="fi">suomi</option>
        <option value="sv">svenska</option>
        <option value="en">English</option>
      </select>
    </>
  );
}

/** The stored language's version as the backend holds it; another window may move it on. */
let storedVersion = 4;

function answerSettings(): void {
  call.mockReset();
  call.mockImplementation(async (method: string, input: Record<string, unknown>) => {
    const settings = { ...TEST_SETTINGS, versions: { ...TEST_SETTINGS.versions, uiLanguage: storedVersion } };
    if (method === 'settings.get') return { ok: true, value: settings };
    if (input.version !== storedVersion) return { ok: false, error: { code: 'conflict', message: 'stale' } };
    storedVersion += 1;
    const value = input.value as UiLanguage;
    return { ok: true, value: { ...settings, uiLanguage: value, versions: { ...settings.versions, uiLanguage: storedVersion } } };
  });
}

/** The picker in Finnish, once the settings have been read. */
async function renderPicker() {
  const user = userEvent.setup();
  render(
    <I18nProvider>
      <LanguagePicker />
    </I18nProvider>,
  );
  await screen.findByRole('heading', { name: 'Neuvonpidot' });
  return user;
}

const updates = () => apiCalls(call).filter(([method]) => method === 'settings.update').map(([, input]) => input);

beforeEach(() => {
  storedVersion = 4;
  answerSettings();
});

describe('choosing the language', () => {
  it('saves the choice on the stored version, and the next on the version that save answered', async () => {
    const user = await renderPicker();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kieli' }), 'sv');
    expect(await screen.findByRole('heading', { name: 'Familjerådslag' })).toBeVisible();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kieli' }), 'en');
    expect(await screen.findByRole('heading', { name: 'Conferences' })).toBeVisible();
    expect(updates()).toEqual([
      { section: 'uiLanguage', version: 4, value: 'sv' },
      { section: 'uiLanguage', version: 5, value: 'en' },
    ]);
  });

  it('keeps the choice when another window chose a language meanwhile: the click is the newer choice', async () => {
    const user = await renderPicker();
    // Another window saved a language after this one read the settings.
    storedVersion = 9;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kieli' }), 'sv');
    expect(await screen.findByRole('heading', { name: 'Familjerådslag' })).toBeVisible();
    await vi.waitFor(() => expect(updates()).toHaveLength(2));
    expect(updates()).toEqual([
      { section: 'uiLanguage', version: 4, value: 'sv' },
      { section: 'uiLanguage', version: 9, value: 'sv' },
    ]);
    expect(storedVersion).toBe(10);
  });
});
