import { todayInHelsinki } from '../../../shared/dates';
import { TRANSFER_FORMAT, TRANSFER_FORMAT_VERSION, type TransferFile, type TransferScope } from '../../../shared/transfer/transfer.schema';
import { JSON_MIME, type DocumentFile } from '../../../shared/documents/documents.schema';
import type { Db } from '../../db/raw-database';
import { readRows, schemaVersion } from './transfer.repo';
import { tablesOf } from './transfer-tables';

/** Reads the export's rows: every table of `scope`, one conference's rows when `conferenceId` is given. */
export function readExport(db: Db, now: Date, scope: TransferScope, conferenceId?: string): TransferFile {
  const tables: TransferFile['tables'] = {};
  for (const table of tablesOf(scope)) {
    tables[table.name] =
      conferenceId === undefined || table.of === undefined
        ? readRows(db, table.name)
        : readRows(db, table.name, { sql: table.of, conferenceId });
  }
  return {
    format: TRANSFER_FORMAT,
    formatVersion: TRANSFER_FORMAT_VERSION,
    schemaVersion: schemaVersion(db),
    exportedAt: now.toISOString(),
    scope,
    tables,
  };
}

/**
 * The export as a file: indented JSON a person can read in any editor. The name says what
 * and when, never whose (file names travel in folder listings and e-mails).
 */
export function exportFile(file: TransferFile, now: Date): DocumentFile {
  const what = file.scope === 'all' ? 'kaikki' : 'vienti';
  return {
    name: `neuvonpito-${what}-${todayInHelsinki(now)}.json`,
    mimeType: JSON_MIME,
    bytes: new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`),
  };
}
