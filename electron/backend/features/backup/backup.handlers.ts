import { readFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupListItem } from '../../../shared/backup/backup.schema';
import { SQLITE_MIME } from '../../../shared/documents/documents.schema';
import type { Handlers } from '../../api/handler-types';
import { BACKUPS_FOLDER, listBackups, parseBackupName } from '../../db/backups';
import { RestoreError, restoreBackup } from '../../db/restore';
import { AppError, notFound, storageProblem } from '../../errors';
import { invalidField } from '../preparation/preparation.service';

/*
 * The backups of the data directory as Settings shows them: the list, one made now, and a copy
 * of one saved where the user chooses. Backups are encrypted with the database's key, so a copy
 * opens only in this app with this key. The renderer names a backup by its file name, never a path.
 */

/** The backups, newest first, with their sizes; one removed while listing is left out. */
function backupList(dataDir: string): BackupListItem[] {
  return listBackups(dataDir).flatMap((entry) => {
    try {
      const { size } = statSync(join(dataDir, BACKUPS_FOLDER, entry.name));
      return [{ name: entry.name, at: entry.at.toISOString(), reason: entry.reason, size }];
    } catch {
      return [];
    }
  });
}

/** A refused restore as the user can act on it; nothing was changed. */
function restoreRefusal(error: RestoreError): AppError {
  switch (error.problem) {
    case 'not_found':
      return notFound('Backup');
    case 'backup_damaged':
      return invalidField(['name'], 'backups.error.damaged');
    case 'backup_failed':
      return new AppError('storage', 'The current database could not be backed up before the restore');
    case 'in_use':
      return invalidField(['name'], 'backups.error.inUse');
  }
}

export const backupHandlers: Pick<Handlers, 'backup.list' | 'backup.create' | 'backup.copy' | 'backup.restore'> = {
  'backup.list'(ctx) {
    return backupList(ctx.store.dataDir);
  },

  'backup.create'(ctx) {
    const outcome = ctx.store.backup('manual');
    if (!outcome.ok) {
      const problem = storageProblem(outcome.error);
      throw new AppError(problem ?? 'storage', 'The backup could not be written');
    }
    return backupList(ctx.store.dataDir);
  },

  /**
   * Puts the backup `name` in place of the database (db/restore.ts: the current state is kept
   * as a backup first) and goes on with the restored one, migrated if it is older.
   */
  'backup.restore'(ctx, { name }) {
    try {
      ctx.store.reopenAfter((dataDir, key) => restoreBackup(dataDir, key, name, ctx.now()));
    } catch (error) {
      if (error instanceof RestoreError) throw restoreRefusal(error);
      throw error;
    }
    return backupList(ctx.store.dataDir);
  },

  'backup.copy'(ctx, { name }) {
    if (parseBackupName(name) === null) throw notFound('Backup');
    const file = join(ctx.store.dataDir, BACKUPS_FOLDER, name);
    return async () => {
      const bytes = await readFile(file).catch((error: unknown) => {
        throw (error as NodeJS.ErrnoException).code === 'ENOENT' ? notFound('Backup') : error;
      });
      return { name, mimeType: SQLITE_MIME, bytes: new Uint8Array(bytes) };
    };
  },
};
