import { encryptPlainDatabase, openDatabase, type EncryptStep } from '../../electron/backend/db/connection';

/*
 * A child process for tests/integration/encryption-kill.test.ts: encrypts the plain database
 * of a data directory with a key, as the app does on its first start, and kills itself with
 * SIGKILL at the step named (or is killed by the test at a moment of its choosing: `none`).
 * Usage: encrypt-child.ts <file> <key> <step|none>
 */

const [file, key, killAt] = process.argv.slice(2) as [string, string, EncryptStep | 'none'];
process.stdout.write('start\n');
encryptPlainDatabase(file, key, (step) => {
  if (step === killAt) process.kill(process.pid, 'SIGKILL');
});
openDatabase(file.slice(0, file.lastIndexOf('/')), key).close();
process.stdout.write('done\n');
