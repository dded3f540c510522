import { dialog } from 'electron';
import { RestoreError } from '../backend/db/restore';
import { databaseOpenMessage, isSqliteError } from '../backend/errors';
import { damagedWithoutBackupMessage, NoBackupToRestoreError, type RestoreQuestion } from '../backend/startup-restore';
import { translate } from '../shared/i18n';
import { DatabaseKeyStoreError } from './database-key';

/**
 * The title and message that explain why the app could not start: what happened and what
 * to do, in Finnish (the language setting lives in the database that may not open).
 * SQLite's own English texts never reach the user.
 */
export function startupErrorMessage(error: unknown): { title: string; message: string } {
  const title = translate('fi', 'startup.errorTitle');
  if (error instanceof NoBackupToRestoreError) return { title, message: damagedWithoutBackupMessage(error.damaged) };
  const databaseMessage = databaseOpenMessage(error);
  if (databaseMessage) return { title, message: databaseMessage };
  if (error instanceof RestoreError) return { title, message: translate('fi', 'startup.restore.failed', { name: error.backup }) };
  if (error instanceof DatabaseKeyStoreError) {
    return { title, message: translate('fi', `startup.databaseKey.${error.problem}`, { file: error.file }) };
  }
  // The error's own message helps support; its stack would only alarm the user. SQLite's
  // English texts do not help either: they are in the log (showStartupError).
  const detail = error instanceof Error ? error.message : String(error);
  if (isSqliteError(error) || /SQLITE_|SqliteError/.test(detail)) return { title, message: translate('fi', 'startup.failedPlain') };
  return { title, message: `${translate('fi', 'startup.failed')}\n\n${detail}` };
}

/** Tells the user why the app could not start; the caller then quits. */
export function showStartupError(error: unknown): void {
  // The whole error, its cause included, for support; the dialog says it plainly.
  console.error('[main] could not start', error);
  const { title, message } = startupErrorMessage(error);
  dialog.showErrorBox(title, message);
}

/**
 * Asks whether to restore the newest backup of a damaged database (backend/startup-restore.ts
 * words the question): true for "Palauta uusin varmuuskopio (<date>)", false for "Lopeta".
 */
export function askToRestore(question: RestoreQuestion): boolean {
  console.error('[main] the database is damaged; offering the backup', question.newest.name);
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    title: question.title,
    message: question.message,
    detail: question.detail,
    buttons: question.buttons,
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  return choice === 0;
}
