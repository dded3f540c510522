import { z } from 'zod';
import { entityId } from '../validation';

/*
 * The export file (docs/export-format.md): one JSON document a person can read, with every
 * row of every table of one conference or of the whole database. Import takes it back, whole,
 * into a database with no conferences.
 */

export const TRANSFER_FORMAT = 'neuvonpito-export';
export const TRANSFER_FORMAT_VERSION = 1;

export const TRANSFER_SCOPES = ['conference', 'all'] as const;
export type TransferScope = (typeof TRANSFER_SCOPES)[number];

/** A column's value as SQLite keeps it in these STRICT tables: text, a whole number or nothing. */
export const cellValue = z.union([z.string(), z.number().int().safe(), z.null()]);
export type CellValue = z.infer<typeof cellValue>;
export type TransferRow = Record<string, CellValue>;

/** Table and column names are plain SQL identifiers; anything else is refused before any SQL. */
const identifier = z.string().regex(/^[a-z][a-z0-9_]*$/);

/** The export file's shape; the rows themselves are checked against the database's own tables. */
export const transferFileSchema = z.object({
  format: z.literal(TRANSFER_FORMAT),
  formatVersion: z.number().int(),
  schemaVersion: z.number().int(),
  exportedAt: z.string(),
  scope: z.enum(TRANSFER_SCOPES),
  tables: z.record(identifier, z.array(z.record(identifier, cellValue))),
});
export type TransferFile = z.infer<typeof transferFileSchema>;

/** An export of one conference, with its network, meetings, plans and follow-ups. */
export const exportConferenceInput = z.object({ id: entityId });
/** An export of every conference and the settings. */
export const exportAllInput = z.object({}).strict();

/** The largest file an import takes (characters): far above a working convener's data. */
export const MAX_IMPORT_CHARACTERS = 200 * 1024 * 1024;

/** The text of an export file, as the renderer read it from the file the user picked. */
export const importInput = z.object({
  content: z
    .string({ error: 'transfer.error.notJson' })
    .min(1, { error: 'transfer.error.notJson' })
    .max(MAX_IMPORT_CHARACTERS, { error: 'transfer.error.tooLarge' }),
});

/** What an import brought in. */
export interface ImportOutcome {
  scope: TransferScope;
  conferences: number;
  rows: number;
}
