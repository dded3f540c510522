import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  translate,
  translatePlural,
  isMessageKey,
  type MessageKey,
  type MessageParams,
} from '../../../electron/shared/i18n';
import type { UiLanguage } from '../../../electron/shared/settings/settings.schema';
import { UI_LOCALES } from '../../../electron/shared/i18n/locales';
import { api } from '../api/client';
import { SettingsProvider, useSettingsStore } from '../app/SettingsProvider';


export interface I18n {
  language: UiLanguage;
  setLanguage(language: UiLanguage): Promise<void>;
  t(key: MessageKey, params?: MessageParams): string;
  tn: (base: Parameters<typeof translatePlural>[1], count: number, params?: MessageParams) => string;
  /** A message key that arrived as data (e.g. from validation); unknown keys get a generic text. */
  tKey(key: string | undefined): string;
  formatDate(isoDate: string): string;
  /** An instant (ISO 8601) as a date and a time of day in Helsinki: "3.2.2027 klo 9.30". */
  formatMoment(iso: string): string;
  /** A file's size in bytes for people: "340 kt", "1,2 Mt". */
  formatSize(bytes: number): string;
}

const I18nContext = createContext<I18n | null>(null);

function makeI18n(language: UiLanguage, setLanguage: I18n['setLanguage']): I18n {
  const dateFormat = new Intl.DateTimeFormat(UI_LOCALES[language], {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const momentFormat = new Intl.DateTimeFormat(UI_LOCALES[language], {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'Europe/Helsinki',
  });
  const size = (unit: 'kilobyte' | 'megabyte') =>
    new Intl.NumberFormat(UI_LOCALES[language], { style: 'unit', unit, maximumFractionDigits: 1 });
  const [kilobytes, megabytes] = [size('kilobyte'), size('megabyte')];
  return {
    language,
    setLanguage,
    t: (key, params) => translate(language, key, params),
    tn: (base, count, params) => translatePlural(language, base, count, params),
    tKey: (key) => translate(language, key && isMessageKey(key) ? key : 'validation.invalid'),
    formatDate: (isoDate) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
    formatMoment: (iso) => momentFormat.format(new Date(iso)),
    formatSize: (bytes) =>
      bytes < 1_000_000 ? kilobytes.format(Math.max(1, Math.round(bytes / 1000))) : megabytes.format(bytes / 1_000_000),
  };
}

/**
 * Holds the UI language, stored in the app's settings. It also holds the window's shared
 * settings (app/SettingsProvider): the language is one of them, and every screen under it
 * reads them from there rather than asking again.
 */
export function I18nProvider({ children, initialLanguage = 'fi' }: { children: ReactNode; initialLanguage?: UiLanguage }) {
  return (
    <SettingsProvider>
      <LanguageProvider initialLanguage={initialLanguage}>{children}</LanguageProvider>
    </SettingsProvider>
  );
}

function LanguageProvider({ children, initialLanguage }: { children: ReactNode; initialLanguage: UiLanguage }) {
  const { load, saved } = useSettingsStore();
  // What the user chose in this window wins over what was read (a reload after a restore
  // does not switch the language under them).
  const [chosen, setChosen] = useState<UiLanguage | null>(null);
  const stored = load.state === 'ready' ? load.settings : null;
  const language = chosen ?? stored?.uiLanguage ?? initialLanguage;
  // Nothing renders until the saved language is known, so a Swedish user never sees a
  // flash of Finnish. If settings cannot be read, the app still opens in Finnish.
  const [loaded, setLoaded] = useState(false);
  if (!loaded && load.state !== 'loading') setLoaded(true);
  const version = useRef(1);

  useEffect(() => {
    if (stored) version.current = stored.versions.uiLanguage;
  }, [stored]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback(
    async (next: UiLanguage) => {
      setChosen(next);
      const save = () => api.call('settings.update', { section: 'uiLanguage', version: version.current, value: next });
      let result = await save();
      if (!result.ok && result.error.code === 'conflict') {
        // Another window chose a language since: this click is the newer choice, and a
        // language holds nothing else that could be lost.
        const fresh = await api.call('settings.get', {});
        if (fresh.ok) version.current = fresh.value.versions.uiLanguage;
        result = await save();
      }
      if (result.ok) {
        version.current = result.value.versions.uiLanguage;
        saved(result.value);
      }
    },
    [saved],
  );

  const value = useMemo(() => makeI18n(language, setLanguage), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{loaded ? children : null}</I18nContext.Provider>;
}

/** The current language's messages and formatters. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
