import { dialog } from 'electron';
import { DatabaseTooNewError } from '../backend/errors';
import { translate } from '../shared/i18n';

/** The title and message that explain why the app could not start. */
export function startupErrorMessage(error: unknown): { title: string; message: string } {
  const title = translate('fi', 'startup.errorTitle');
  if (error instanceof DatabaseTooNewError) return { title, message: translate('fi', 'startup.databaseTooNew') };
  // The error's own message helps support; its stack would only alarm the user.
  const detail = error instanceof Error ? error.message : String(error);
  return { title, message: `${translate('fi', 'startup.failed')}\n\n${detail}` };
}

/** Tells the user why the app could not start; the caller then quits. */
export function showStartupError(error: unknown): void {
  const { title, message } = startupErrorMessage(error);
  dialog.showErrorBox(title, message);
}
