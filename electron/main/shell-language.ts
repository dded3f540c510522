import type { Dispatch } from '../backend/api/dispatcher';
import type { ApiResult } from '../shared/api/result';
import { translate } from '../shared/i18n';
import { UI_LANGUAGES, type UiLanguage } from '../shared/i18n/locales';

/**
 * The language the desktop shell (menu, save dialogs, the unsaved-changes question) speaks:
 * the one the user chose in the app. This file imports nothing from `electron`, so the
 * choice of texts is plain code the tests call directly.
 */

/** The UI language a settings answer carries, or null when the answer is not one. */
export function uiLanguageOf(method: string, result: ApiResult<unknown>): UiLanguage | null {
  if (!result.ok || (method !== 'settings.get' && method !== 'settings.update')) return null;
  const language = (result.value as { uiLanguage?: unknown } | null)?.uiLanguage;
  return (UI_LANGUAGES as readonly unknown[]).includes(language) ? (language as UiLanguage) : null;
}

/**
 * The dispatcher, watching the settings go by: every read or save of the settings says which
 * language the app speaks, so a change in the app (settings, the sidebar's language select, a
 * restored backup read again) reaches the shell without a channel of its own.
 */
export function followingUiLanguage(dispatch: Dispatch, onLanguage: (language: UiLanguage) => void): Dispatch {
  return async (method, input) => {
    const result = await dispatch(method, input);
    const language = uiLanguageOf(method, result);
    if (language) onLanguage(language);
    return result;
  };
}

/** The stored UI language, read at start; Finnish when the settings cannot be read. */
export async function storedUiLanguage(dispatch: Dispatch): Promise<UiLanguage> {
  return uiLanguageOf('settings.get', await dispatch('settings.get', {})) ?? 'fi';
}

/** The question asked when the window closes over unsaved changes: "keep editing" is the safe default. */
export function unsavedCloseQuestion(language: UiLanguage) {
  return {
    type: 'question' as const,
    title: translate(language, 'unsaved.title'),
    message: translate(language, 'unsaved.title'),
    detail: translate(language, 'unsaved.body'),
    buttons: [translate(language, 'unsaved.stay'), translate(language, 'unsaved.leave')],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}
