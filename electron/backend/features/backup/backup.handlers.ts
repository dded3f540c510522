import { readFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupListItem } from '../../../shared/backup/backup.schema';
import { SQLITE_MIME } from '../../../shared/documents/documents.schema';
import type { Handlers } from '../../api/handlers';
import { BACKUPS_FOLDER, listBackups, parseBackupName } from '../../db/backups';
import { AppError, notFound, storageProblem } from '../../errors';

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

export const backupHandlers: Pick<Handlers, 'backup.list' | 'backup.create' | 'backup.copy'> = {
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
