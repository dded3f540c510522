import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The window's title for the screen shown: its parts from the most specific, then the app's
 * name: "Verkosto – Korhonen 2/2027 – Neuvonpito". `null` leaves the title to a screen that
 * knows more (a conference sets its own once loaded).
 */
export function useDocumentTitle(parts: readonly (string | null | undefined)[] | null): void {
  const { t } = useI18n();
  const title = parts === null ? null : [...parts.filter((part): part is string => !!part), t('app.name')].join(' – ');
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}
