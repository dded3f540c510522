import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE } from '../../../electron/backend/db/connection';
import { isDatabaseKey } from '../../../electron/backend/db/database-key';
import { DATABASE_KEY_FILE, DatabaseKeyStoreError, loadDatabaseKey, type DatabaseKeyProblem } from '../../../electron/main/database-key';
import { startupErrorMessage } from '../../../electron/main/startup-error';
import { useTempDir } from '../../helpers/temp-dir';
import { FAKE_WRAP_PREFIX, createElectronStub } from './electron-stub';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());

/*
 * The desktop app's database key: made once, kept only wrapped by the OS in the data
 * folder, and never replaced. When it cannot be had the app stops and touches nothing.
 */

/** The stand-in for Electron's safeStorage (a reversible wrapping the test can recognise). */
const osWrapping = () => createElectronStub().safeStorage;

/** Every file in `dir` and its folders (the backups) with its bytes, to show that nothing was written, renamed or removed. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(join(dir, name)).isFile())
      .sort()
      .map((name) => [name, readFileSync(join(dir, name)).toString('hex')]),
  );
}

/** The problem `loadDatabaseKey` stops with, or fails the test if it gives a key. */
function problemOn(dataDir: string, options: Parameters<typeof loadDatabaseKey>[1]): DatabaseKeyProblem {
  try {
    loadDatabaseKey(dataDir, options);
  } catch (error) {
    if (error instanceof DatabaseKeyStoreError) return error.problem;
    throw error;
  }
  throw new Error('a key was given');
}

/** A plain SQLite file's first page, as every database before encryption begins. */
function plainDatabaseBytes(): Buffer {
  const page = Buffer.alloc(4096);
  Buffer.from('SQLite format 3\0', 'latin1').copy(page);
  page.writeUInt16BE(4096, 16);
  return page;
}

describe('the first start', () => {
  it('makes a key, writes it only wrapped by the OS, readable by the user alone, and gives it', () => {
    const dataDir = useTempDir('neuvonpito-key-first-');
    const storage = osWrapping();

    const key = loadDatabaseKey(dataDir, { storage, platform: 'linux' });

    expect(isDatabaseKey(key)).toBe(true);
    const keyFile = join(dataDir, DATABASE_KEY_FILE);
    const bytes = readFileSync(keyFile);
    expect(bytes.toString('latin1').startsWith(FAKE_WRAP_PREFIX)).toBe(true);
    expect(bytes.includes(Buffer.from(key))).toBe(false);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    // Written whole: no temporary file beside it, and no database yet.
    expect(readdirSync(dataDir)).toEqual([DATABASE_KEY_FILE]);
  });

  it('makes a different key on another computer', () => {
    const first = loadDatabaseKey(useTempDir(), { storage: osWrapping(), platform: 'win32' });
    const second = loadDatabaseKey(useTempDir(), { storage: osWrapping(), platform: 'win32' });
    expect(first).not.toBe(second);
  });
});

describe('the next start', () => {
  it('unwraps the same key and leaves the key file as it was', () => {
    const dataDir = useTempDir('neuvonpito-key-again-');
    const storage = osWrapping();
    const key = loadDatabaseKey(dataDir, { storage, platform: 'win32' });
    writeFileSync(join(dataDir, DATABASE_FILE), randomBytes(4096));
    const before = snapshot(dataDir);

    expect(loadDatabaseKey(dataDir, { storage, platform: 'win32' })).toBe(key);
    expect(snapshot(dataDir)).toEqual(before);
    expect(storage.encryptString).toHaveBeenCalledTimes(1);
  });
});

describe('a key that cannot be had stops the start and touches nothing', () => {
  it('a key file this user cannot unwrap (another user, another computer)', () => {
    const dataDir = useTempDir('neuvonpito-key-foreign-');
    writeFileSync(join(dataDir, DATABASE_KEY_FILE), randomBytes(180));
    writeFileSync(join(dataDir, DATABASE_FILE), randomBytes(8192));
    const before = snapshot(dataDir);

    expect(problemOn(dataDir, { storage: osWrapping(), platform: 'win32' })).toBe('unreadable');
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('a key file that unwraps to something that is not a key', () => {
    const dataDir = useTempDir('neuvonpito-key-garbled-');
    const storage = osWrapping();
    writeFileSync(join(dataDir, DATABASE_KEY_FILE), storage.encryptString('ei avain'));
    const before = snapshot(dataDir);

    expect(problemOn(dataDir, { storage, platform: 'win32' })).toBe('unreadable');
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('an empty key file is not replaced by a new key', () => {
    const dataDir = useTempDir('neuvonpito-key-empty-');
    writeFileSync(join(dataDir, DATABASE_KEY_FILE), '');

    expect(problemOn(dataDir, { storage: osWrapping(), platform: 'win32' })).toBe('unreadable');
    expect(readFileSync(join(dataDir, DATABASE_KEY_FILE))).toHaveLength(0);
  });

  it('no OS encryption: on a first start nothing is written', () => {
    const dataDir = useTempDir('neuvonpito-key-noos-');
    const storage = osWrapping();
    storage.isEncryptionAvailable.mockReturnValue(false);

    expect(problemOn(dataDir, { storage, platform: 'win32' })).toBe('unavailable');
    expect(readdirSync(dataDir)).toEqual([]);
    expect(storage.encryptString).not.toHaveBeenCalled();
  });

  it('an OS wrapping that does not give back what it wrapped: nothing is written', () => {
    const dataDir = useTempDir('neuvonpito-key-roundtrip-');
    const storage = osWrapping();
    storage.decryptString.mockReturnValue('f'.repeat(64));

    expect(problemOn(dataDir, { storage, platform: 'win32' })).toBe('unavailable');
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('an encrypted database whose key file is gone: no new key beside it', () => {
    const dataDir = useTempDir('neuvonpito-key-lost-');
    writeFileSync(join(dataDir, DATABASE_FILE), randomBytes(8192));
    const before = snapshot(dataDir);

    expect(problemOn(dataDir, { storage: osWrapping(), platform: 'win32' })).toBe('missing');
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('an encrypted database still all in its WAL, with its key file gone', () => {
    const dataDir = useTempDir('neuvonpito-key-lost-wal-');
    writeFileSync(join(dataDir, DATABASE_FILE), '');
    writeFileSync(join(dataDir, `${DATABASE_FILE}-wal`), randomBytes(8192));

    expect(problemOn(dataDir, { storage: osWrapping(), platform: 'win32' })).toBe('missing');
    expect(existsSync(join(dataDir, DATABASE_KEY_FILE))).toBe(false);
  });
});

describe('a plain database from an earlier version', () => {
  it('gets a new key written before it is opened, and is left for the backend to encrypt', () => {
    const dataDir = useTempDir('neuvonpito-key-plain-');
    const file = join(dataDir, DATABASE_FILE);
    writeFileSync(file, plainDatabaseBytes());

    const key = loadDatabaseKey(dataDir, { storage: osWrapping(), platform: 'win32' });

    expect(isDatabaseKey(key)).toBe(true);
    expect(existsSync(join(dataDir, DATABASE_KEY_FILE))).toBe(true);
    expect(readFileSync(file).equals(plainDatabaseBytes())).toBe(true);
  });

  it('also when its pages are still all in the WAL', () => {
    const dataDir = useTempDir('neuvonpito-key-plain-wal-');
    writeFileSync(join(dataDir, DATABASE_FILE), '');
    const wal = Buffer.concat([Buffer.alloc(32 + 24), plainDatabaseBytes()]);
    writeFileSync(join(dataDir, `${DATABASE_FILE}-wal`), wal);

    expect(isDatabaseKey(loadDatabaseKey(dataDir, { storage: osWrapping(), platform: 'win32' }))).toBe(true);
  });
});

describe('Linux without a keyring', () => {
  it('refuses the built-in "basic_text" wrapping in the packaged app, writing nothing', () => {
    const dataDir = useTempDir('neuvonpito-key-basic-');
    const storage = osWrapping();
    storage.getSelectedStorageBackend.mockReturnValue('basic_text');

    expect(problemOn(dataDir, { storage, platform: 'linux' })).toBe('weak_keyring');
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('accepts it when running from the repository, and on Windows the question does not arise', () => {
    const storage = osWrapping();
    storage.getSelectedStorageBackend.mockReturnValue('basic_text');
    expect(isDatabaseKey(loadDatabaseKey(useTempDir(), { storage, platform: 'linux', allowWeakKeyring: true }))).toBe(true);
    expect(isDatabaseKey(loadDatabaseKey(useTempDir(), { storage, platform: 'win32' }))).toBe(true);
  });
});

describe('what the user is told', () => {
  it('names the key file and says, in Finnish, that nothing was changed', () => {
    const file = '/home/sari/.config/Neuvonpito/neuvonpito.key.enc';
    const problems: DatabaseKeyProblem[] = ['unavailable', 'weak_keyring', 'unreadable', 'missing'];
    for (const problem of problems) {
      const { title, message } = startupErrorMessage(new DatabaseKeyStoreError(problem, file));
      expect(title).toBe('Neuvonpito ei käynnisty');
      expect(message).toContain(file);
      expect(message).toContain('Tiedostoja ei muutettu.');
      expect(message).not.toMatch(/could not|safeStorage|decrypt/i);
    }
    expect(startupErrorMessage(new DatabaseKeyStoreError('missing', file)).message).toMatch(/avaintiedosto puuttuu/);
    expect(startupErrorMessage(new DatabaseKeyStoreError('weak_keyring', file)).message).toMatch(/avainnippu/);
  });
});
