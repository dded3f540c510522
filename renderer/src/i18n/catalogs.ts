import type { Catalog } from '../../../electron/shared/i18n';
import type { UiLanguage } from '../../../electron/shared/i18n/locales';

/**
 * One UI language's messages, loaded when the app first shows that language. The shared
 * catalogs keep each feature's three languages side by side, so in the production build
 * electron.vite.config.mts replaces this module with one that loads each language from a
 * chunk of its own: the app opens with one language's texts, not three. Tests and the
 * development server use this file as written.
 */
export function loadCatalog(language: UiLanguage): Promise<Catalog> {
  switch (language) {
    case 'fi':
      return import('../../../electron/shared/i18n/fi').then((module) => module.fi);
    case 'sv':
      return import('../../../electron/shared/i18n/sv').then((module) => module.sv);
    case 'en':
      return import('../../../electron/shared/i18n/en').then((module) => module.en);
  }
}
