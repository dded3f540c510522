import { restoreBackup, type RestoreStep } from '../../electron/backend/db/restore';

/*
 * A child process for tests/integration/restore-kill.test.ts: restores the backup `name` in
 * `dataDir`, as the app does, and kills itself with SIGKILL at the step named.
 * Usage: restore-child.ts <dataDir> <key> <name> <step>
 */

const [dataDir, key, name, killAt] = process.argv.slice(2) as [string, string, string, RestoreStep];
restoreBackup(dataDir, key, name, new Date('2027-01-11T15:00:00Z'), (step) => {
  if (step === killAt) process.kill(process.pid, 'SIGKILL');
});
process.stdout.write('done\n');
