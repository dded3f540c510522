import { dialog } from 'electron';
import { DatabaseTooNewError } from '../backend/errors';
import { isMessageKey, translate } from '../shared/i18n';

/**
 * Finnish texts for the startup error dialog until the catalogs carry these keys; a
 * key found in the catalog wins, so this map can go once the keys are added there.
 */
const FALLBACK_FI = {
  'startup.errorTitle': 'Neuvonpito ei käynnisty',
  'startup.databaseTooNew':
    'Tietokanta on tallennettu Neuvonpidon uudemmalla versiolla. Päivitä sovellus uusimpaan versioon. Tiedostoa ei muutettu.',
  'startup.failed':
    'Sovelluksen käynnistäminen epäonnistui. Käynnistä sovellus uudelleen. Jos virhe toistuu, ota yhteyttä tukeen ja kerro alla oleva virheilmoitus.',
} as const;

type StartupKey = keyof typeof FALLBACK_FI;

function text(key: StartupKey): string {
  return isMessageKey(key) ? translate('fi', key) : FALLBACK_FI[key];
}

/** The title and message that explain why the app could not start. */
export function startupErrorMessage(error: unknown): { title: string; message: string } {
  const title = text('startup.errorTitle');
  if (error instanceof DatabaseTooNewError) return { title, message: text('startup.databaseTooNew') };
  // The error's own message helps support; its stack would only alarm the user.
  const detail = error instanceof Error ? error.message : String(error);
  return { title, message: `${text('startup.failed')}\n\n${detail}` };
}

/** Tells the user why the app could not start; the caller then quits. */
export function showStartupError(error: unknown): void {
  const { title, message } = startupErrorMessage(error);
  dialog.showErrorBox(title, message);
}
