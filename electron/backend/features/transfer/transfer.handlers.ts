import type { Handlers } from '../../api/handler-types';
import { notFound } from '../../errors';
import { conferenceExists } from './transfer.repo';
import { exportFile, readExport } from './transfer-export';
import { importExport } from './transfer-import';

/*
 * Everything out and back in, for a handover: the exports read inside the dispatcher's
 * read transaction and build the file after it (like the documents); the import writes
 * inside its write transaction, so a refused file leaves the database as it was.
 */
export const transferHandlers: Pick<Handlers, 'transfer.exportConference' | 'transfer.exportAll' | 'transfer.import'> = {
  'transfer.exportConference'(ctx, { id }) {
    if (!conferenceExists(ctx.db, id)) throw notFound('Conference');
    const now = ctx.now();
    const file = readExport(ctx.db, now, 'conference', id);
    return () => Promise.resolve(exportFile(file, now));
  },
  'transfer.exportAll'(ctx) {
    const now = ctx.now();
    const file = readExport(ctx.db, now, 'all');
    return () => Promise.resolve(exportFile(file, now));
  },
  'transfer.import'(ctx, { content }) {
    return importExport(ctx.db, content);
  },
};
