import type { FieldIssue } from '../../../shared/api/result';
import type { MessageKey } from '../../../shared/i18n';
import { SETTINGS_SECTIONS, settingsSchema, type SettingsSection } from '../../../shared/settings/settings.schema';
import {
  TRANSFER_FORMAT,
  TRANSFER_FORMAT_VERSION,
  transferFileSchema,
  type CellValue,
  type ImportOutcome,
  type TransferFile,
} from '../../../shared/transfer/transfer.schema';
import { containsIdentityCode, normaliseText } from '../../../shared/validation';
import type { Db } from '../../db/raw-database';
import { AppError } from '../../errors';
import {
  clearTable,
  countConferences,
  deferForeignKeys,
  firstBrokenReference,
  insertRows,
  schemaVersion,
  tableColumns,
} from './transfer.repo';
import { tablesOf, type TransferTable } from './transfer-tables';

/** The longest free text any field of the app takes; a longer one did not come from it. */
const MAX_TEXT = 10_000;

function refuse(message: MessageKey, path: FieldIssue['path'] = ['content']): AppError {
  return new AppError('invalid_input', message, [{ path, message }]);
}

/** The file's text as an export, its envelope checked first so an old or foreign file is named as such. */
export function parseExport(content: string, currentSchema: number): TransferFile {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw refuse('transfer.error.notJson');
  }
  const envelope = (json ?? {}) as Partial<Record<keyof TransferFile, unknown>>;
  if (typeof json !== 'object' || Array.isArray(json) || envelope.format !== TRANSFER_FORMAT) throw refuse('transfer.error.notExport');
  if (envelope.formatVersion !== TRANSFER_FORMAT_VERSION) throw refuse('transfer.error.formatVersion');
  if (typeof envelope.schemaVersion === 'number' && envelope.schemaVersion > currentSchema) throw refuse('transfer.error.newerSchema');
  if (envelope.schemaVersion !== currentSchema) throw refuse('transfer.error.olderSchema');
  const parsed = transferFileSchema.safeParse(json);
  if (!parsed.success) throw refuse('transfer.error.invalid', ['content', ...parsed.error.issues[0]!.path.map(String)]);
  return parsed.data;
}

/** A typed text by the app's text rule: normalised, trimmed, never an identity code. */
function textByRule(value: CellValue, path: FieldIssue['path']): CellValue {
  if (typeof value !== 'string') return value;
  const text = normaliseText(value).trim();
  if (text.length > MAX_TEXT) throw refuse('validation.tooLong', path);
  if (containsIdentityCode(text)) throw refuse('validation.identityCode', path);
  return text;
}

/** A setting's stored JSON, checked by the same schema as `settings.update` (text rule included). */
function settingValue(key: CellValue, value: CellValue, path: FieldIssue['path']): CellValue {
  let json: unknown;
  try {
    json = typeof value === 'string' ? JSON.parse(value) : undefined;
  } catch {
    throw refuse('transfer.error.invalid', path);
  }
  if (json === undefined) throw refuse('transfer.error.invalid', path);
  if (!(SETTINGS_SECTIONS as readonly unknown[]).includes(key)) return JSON.stringify(json);
  const parsed = settingsSchema.shape[key as SettingsSection].safeParse(json);
  if (!parsed.success) throw refuse(parsed.error.issues[0]?.message === 'validation.identityCode' ? 'validation.identityCode' : 'transfer.error.invalid', path);
  return JSON.stringify(parsed.data);
}

/** True for SQLite refusing a row (a CHECK, a type, NOT NULL, a duplicate key); a disk error stays what it is. */
function isConstraintError(error: unknown): boolean {
  const code = error !== null && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

/** One table's rows as value lists in the table's column order, each checked. */
function rowsOf(db: Db, table: TransferTable, rows: TransferFile['tables'][string]): { columns: string[]; values: CellValue[][] } {
  const columns = tableColumns(db, table.name);
  const text = new Set(table.text);
  const values = rows.map((row, index) => {
    const path = ['content', 'tables', table.name, index];
    const keys = Object.keys(row);
    if (keys.length !== columns.length || !columns.every((column) => Object.hasOwn(row, column))) {
      throw refuse('transfer.error.columns', path);
    }
    return columns.map((column) => {
      const value = row[column] ?? null;
      if (table.name === 'setting' && column === 'value') return settingValue(row.key ?? null, value, [...path, column]);
      return text.has(column) ? textByRule(value, [...path, column]) : value;
    });
  });
  return { columns, values };
}

/**
 * Writes an export into this database, which must hold no conference: every table of the
 * file's scope (an 'all' file replaces the settings), in foreign-key order, then SQLite's own
 * foreign-key check. Runs inside the caller's transaction: any refusal leaves nothing written.
 */
export function importExport(db: Db, content: string): ImportOutcome {
  if (countConferences(db) > 0) throw new AppError('conflict', 'transfer.error.notEmpty', [{ path: ['content'], message: 'transfer.error.notEmpty' }]);
  const file = parseExport(content, schemaVersion(db));
  const tables = tablesOf(file.scope);
  const expected = new Set(tables.map((table) => table.name));
  const unknown = Object.keys(file.tables).find((name) => !expected.has(name));
  if (unknown !== undefined) throw refuse('transfer.error.unknownTable', ['content', 'tables', unknown]);
  const missing = tables.find((table) => !Object.hasOwn(file.tables, table.name));
  if (missing) throw refuse('transfer.error.missingTable', ['content', 'tables', missing.name]);

  // Every row is checked before the first one is written.
  const prepared = tables.map((table) => ({ table, ...rowsOf(db, table, file.tables[table.name] ?? []) }));
  deferForeignKeys(db);
  // An app-wide table (the settings) comes whole from the file, as it was.
  for (const { table } of [...prepared].reverse()) if (table.of === undefined) clearTable(db, table.name);
  let rows = 0;
  for (const { table, columns, values } of prepared) {
    let failedAt = 0;
    try {
      insertRows(db, table.name, columns, values, (index) => {
        failedAt = index;
      });
    } catch (error) {
      if (isConstraintError(error)) throw refuse('transfer.error.invalidRow', ['content', 'tables', table.name, failedAt]);
      throw error;
    }
    rows += values.length;
  }
  const broken = firstBrokenReference(db);
  if (broken) throw refuse('transfer.error.brokenReference', ['content', 'tables', broken.table]);
  return { scope: file.scope, conferences: file.tables.conference?.length ?? 0, rows };
}
