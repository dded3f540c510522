import { z } from 'zod';

/**
 * Why a backup was made: the first start of a day (in Helsinki), before the schema changes, on
 * the user's request, before a restore replaces the database, before a retention purge.
 */
export const BACKUP_REASONS = ['daily', 'migration', 'manual', 'restore', 'purge'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** `neuvonpito-2026-12-02T044037-daily.sqlite`, `…-manual-2.sqlite`: the only names a backup has. */
export const BACKUP_NAME_PATTERN = new RegExp(
  `^neuvonpito-(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})(\\d{2})(\\d{2})-(${BACKUP_REASONS.join('|')})(?:-(\\d+))?\\.sqlite$`,
);

/** One backup as Settings lists it. */
export interface BackupListItem {
  name: string;
  /** When it was made, ISO 8601 (UTC). */
  at: string;
  reason: BackupReason;
  /** The file's size in bytes. */
  size: number;
}

export const listBackupsInput = z.object({}).strict();
export const createBackupInput = z.object({}).strict();

/** A backup named by its file name, never by a path: the name must be a backup's name. */
const backupName = z.string().regex(BACKUP_NAME_PATTERN, { error: 'validation.invalid' });
export const backupNameInput = z.object({ name: backupName }).strict();
