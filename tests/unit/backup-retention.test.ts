import { describe, expect, it } from 'vitest';
import { backupName, backupsToDelete, parseBackupName } from '../../electron/backend/db/backups';
import type { BackupReason } from '../../electron/shared/backup/backup.schema';

const day = (date: string, reason: BackupReason = 'daily') => backupName(new Date(`${date}T08:00:00Z`), reason);

/** One daily backup at 08:00 UTC on every day from `from` to `to`, inclusive. */
function dailies(from: string, to: string): string[] {
  const names: string[] = [];
  for (let at = new Date(`${from}T08:00:00Z`); at <= new Date(`${to}T08:00:00Z`); at = new Date(at.getTime() + 86_400_000)) {
    names.push(backupName(at, 'daily'));
  }
  return names;
}

describe('backup names', () => {
  it('tell the UTC time to the second and the reason, and read back', () => {
    const at = new Date('2027-01-11T08:03:09.750Z');
    expect(backupName(at, 'daily')).toBe('neuvonpito-2027-01-11T080309-daily.sqlite');
    expect(backupName(at, 'migration', 2)).toBe('neuvonpito-2027-01-11T080309-migration-2.sqlite');
    expect(parseBackupName('neuvonpito-2027-01-11T080309-migration-2.sqlite')).toEqual({
      name: 'neuvonpito-2027-01-11T080309-migration-2.sqlite',
      at: new Date('2027-01-11T08:03:09Z'),
      reason: 'migration',
    });
    for (const other of [
      'neuvonpito.sqlite',
      'neuvonpito-2027-01-11T080309-daily.sqlite.partial',
      'neuvonpito-2027-02-30T080309-daily.sqlite',
      'neuvonpito-2027-01-11T080309-weekly.sqlite',
      'notes.txt',
    ]) {
      expect(parseBackupName(other)).toBeNull();
    }
  });
});

describe('which backups the schedule deletes', () => {
  it('keeps the newest 7 daily, the newest of each of the 4 ISO weeks before this one, and every other backup for 30 days', () => {
    // Wednesday 10 February 2027; its ISO week began on Monday 8 February.
    const now = new Date('2027-02-10T08:00:00Z');
    const names = [
      ...dailies('2027-01-01', '2027-02-10'),
      day('2027-01-10', 'migration'),
      day('2027-01-11', 'migration'),
      day('2027-01-10', 'purge'),
      day('2027-01-12', 'manual'),
      day('2027-01-20', 'restore'),
      'notes.txt',
      'neuvonpito-2027-01-01T080000-daily.sqlite.partial',
    ];
    const kept = names.filter((name) => !backupsToDelete(names, now).includes(name));
    expect(kept).toEqual([
      day('2027-01-17'), // week of 11–17 January
      day('2027-01-24'), // 18–24 January
      day('2027-01-31'), // 25–31 January
      ...dailies('2027-02-04', '2027-02-10'), // the last 7 (1–7 February is covered by them)
      day('2027-01-11', 'migration'), // exactly 30 days old
      day('2027-01-12', 'manual'),
      day('2027-01-20', 'restore'),
      'notes.txt',
      'neuvonpito-2027-01-01T080000-daily.sqlite.partial',
    ]);
    expect(backupsToDelete(names, now)).toContain(day('2027-01-10', 'migration'));
    expect(backupsToDelete(names, now)).toContain(day('2027-01-10', 'purge'));
    expect(backupsToDelete(names, now)).toContain(day('2027-01-10'));
  });

  it('keeps the last 7 daily backups however old they are when the app was not used for weeks', () => {
    const names = dailies('2026-11-01', '2026-11-20');
    const now = new Date('2027-03-01T08:00:00Z');
    expect(backupsToDelete(names, now)).toEqual(dailies('2026-11-01', '2026-11-13'));
  });

  it('deletes nothing while there are at most 7 daily backups', () => {
    expect(backupsToDelete(dailies('2027-01-01', '2027-01-07'), new Date('2027-01-07T09:00:00Z'))).toEqual([]);
  });
});
