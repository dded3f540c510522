import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Catalog, MessageKey, MessageParams, translatePlural } from '../../../electron/shared/i18n';
import { fillMessage, hasMessage, pluralForm } from '../../../electron/shared/i18n/message';
import { UI_LOCALES, type UiLanguage } from '../../../electron/shared/i18n/locales';
import { formatDateText, formatMomentText } from '../../../electron/shared/dates';
import { api } from '../api/client';
import { SettingsProvider, useSettingsStore } from '../app/SettingsProvider';
import { loadCatalog } from './catalogs';

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

function makeI18n(language: UiLanguage, catalog: Catalog, setLanguage: I18n['setLanguage']): I18n {
  const t = (key: MessageKey, params?: MessageParams) => fillMessage(catalog[key] ?? key, params);
  const size = (unit: 'kilobyte' | 'megabyte') =>
    new Intl.NumberFormat(UI_LOCALES[language], { style: 'unit', unit, maximumFractionDigits: 1 });
  const [kilobytes, megabytes] = [size('kilobyte'), size('megabyte')];
  return {
    language,
    setLanguage,
    t,
    tn: (base, count, params) => t(`${base}.${pluralForm(language, count)}` as MessageKey, { ...params, count }),
    tKey: (key) => t(key && hasMessage(catalog, key) ? key : 'validation.invalid'),
    formatDate: (isoDate) => formatDateText(isoDate, language),
    formatMoment: (iso) => formatMomentText(new Date(iso), language),
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

interface Shown {
  language: UiLanguage;
  catalog: Catalog;
}

function LanguageProvider({ children, initialLanguage }: { children: ReactNode; initialLanguage: UiLanguage }) {
  const { load, saved } = useSettingsStore();
  // What the user chose in this window wins over what was read (a reload after a restore
  // does not switch the language under them).
  const [chosen, setChosen] = useState<UiLanguage | null>(null);
  const stored = load.state === 'ready' ? load.settings : null;
  // The language last read: it holds while the settings are read again (after a restore).
  const [storedLanguage, setStoredLanguage] = useState<UiLanguage | null>(null);
  if (stored && stored.uiLanguage !== storedLanguage) setStoredLanguage(stored.uiLanguage);
  // Until the settings answer, the language is not known; if they cannot be read, the app
  // still opens, in Finnish.
  const [unreadable, setUnreadable] = useState(false);
  if (!unreadable && load.state === 'error') setUnreadable(true);
  const wanted = chosen ?? storedLanguage ?? (unreadable ? initialLanguage : null);
  // The language shown changes once its messages are here, so a Swedish user never sees a
  // flash of Finnish and nothing renders before there are texts to render.
  const [shown, setShown] = useState<Shown | null>(null);
  const [failed, setFailed] = useState(false);
  // The settings as now stored, read when the user chooses (so the choice's callback, and
  // with it every screen's translator, stays the same across settings saves).
  const latest = useRef(stored);
  latest.current = stored;

  useEffect(() => {
    if (wanted === null) return;
    let cancelled = false;
    const show = (language: UiLanguage) => (catalog: Catalog) => {
      if (!cancelled) setShown({ language, catalog });
    };
    loadCatalog(wanted)
      .then(show(wanted))
      // A language whose messages cannot be loaded falls back to Finnish.
      .catch(() => (wanted === 'fi' ? Promise.reject(new Error('no catalog')) : loadCatalog('fi').then(show('fi'))))
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [wanted]);

  const language = shown?.language ?? initialLanguage;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback(
    async (next: UiLanguage) => {
      setChosen(next);
      const save = (version: number) => api.call('settings.update', { section: 'uiLanguage', version, value: next });
      let result = await save(latest.current?.versions.uiLanguage ?? 1);
      if (!result.ok && result.error.code === 'conflict') {
        // Another window chose a language since: this click is the newer choice, and a
        // language holds nothing else that could be lost.
        const fresh = await api.call('settings.get', {});
        if (fresh.ok) result = await save(fresh.value.versions.uiLanguage);
      }
      if (result.ok) saved(result.value);
    },
    [saved],
  );

  const value = useMemo(() => (shown ? makeI18n(shown.language, shown.catalog, setLanguage) : null), [shown, setLanguage]);
  if (failed && !value) return <StartFailed />;
  return <I18nContext.Provider value={value}>{value ? children : null}</I18nContext.Provider>;
}

/**
 * The one text that cannot come from a catalog: no catalog could be loaded. Said in the
 * three UI languages, since which one the user reads is not known either.
 */
function StartFailed() {
  return (
    <div className="alert alert-error start-failed" role="alert">
      <p lang="fi">Sovellusta ei voitu ladata. Tallennetut tiedot ovat tallessa. Lataa sovellus uudelleen.</p>
      <p lang="sv">Appen kunde inte laddas. Sparade uppgifter finns kvar. Ladda om appen.</p>
      <p lang="en">The app could not be loaded. Your saved information is safe. Reload the app.</p>
      <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
        Lataa uudelleen · Ladda om · Reload
      </button>
    </div>
  );
}

/** The current language's messages and formatters. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
