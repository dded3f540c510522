import { createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { TEST_DATABASE_KEY } from './backend';

/*
 * Reads an SQLCipher 4 file the way an attacker holding the key would, without SQLite: so a
 * test can search every page's plaintext, free pages and unused space included, which no
 * query shows. The app's settings (db/connection.ts): a raw 256-bit key (no key derivation),
 * 4096-byte pages, AES-256-CBC, 80 reserved bytes at the end of each page (16-byte IV, then
 * a 64-byte HMAC-SHA512); page 1 starts with the file's 16-byte salt, and its ciphertext
 * after it.
 */

const PAGE_SIZE = 4096;
const RESERVE = 80;
const IV_SIZE = 16;
const SALT_SIZE = 16;
const WAL_HEADER = 32;
const WAL_FRAME_HEADER = 24;

/** The plaintext of one encrypted page; `first` for page 1, whose first 16 bytes are the salt. */
function decryptPage(page: Buffer, key: Buffer, first: boolean): Buffer {
  const start = first ? SALT_SIZE : 0;
  const iv = page.subarray(PAGE_SIZE - RESERVE, PAGE_SIZE - RESERVE + IV_SIZE);
  const decipher = createDecipheriv('aes-256-cbc', key, iv);
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(page.subarray(start, PAGE_SIZE - RESERVE)), decipher.final()]);
}

/** The decrypted pages of the database (or backup) `file`, concatenated; empty when there is no file. */
export function decryptDatabaseFile(file: string, key: string = TEST_DATABASE_KEY): Buffer {
  if (!existsSync(file)) return Buffer.alloc(0);
  const bytes = readFileSync(file);
  if (bytes.length % PAGE_SIZE !== 0) throw new Error(`${file} is not a whole number of ${PAGE_SIZE}-byte pages`);
  const raw = Buffer.from(key, 'hex');
  const pages: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += PAGE_SIZE) {
    pages.push(decryptPage(bytes.subarray(offset, offset + PAGE_SIZE), raw, offset === 0));
  }
  return Buffer.concat(pages);
}

/** The decrypted pages of every frame of the WAL `file` (32-byte header, then 24-byte frame headers); empty when none. */
export function decryptWalFile(file: string, key: string = TEST_DATABASE_KEY): Buffer {
  if (!existsSync(file)) return Buffer.alloc(0);
  const bytes = readFileSync(file);
  const raw = Buffer.from(key, 'hex');
  const pages: Buffer[] = [];
  for (let offset = WAL_HEADER; offset + WAL_FRAME_HEADER + PAGE_SIZE <= bytes.length; offset += WAL_FRAME_HEADER + PAGE_SIZE) {
    const pageNumber = bytes.readUInt32BE(offset);
    const page = bytes.subarray(offset + WAL_FRAME_HEADER, offset + WAL_FRAME_HEADER + PAGE_SIZE);
    pages.push(decryptPage(page, raw, pageNumber === 1));
  }
  return Buffer.concat(pages);
}

/** True when `plaintext` holds `text` in UTF-8 or UTF-16 little-endian (SQLite's other encoding). */
export function holdsText(plaintext: Buffer, text: string): boolean {
  return plaintext.includes(Buffer.from(text, 'utf8')) || plaintext.includes(Buffer.from(text, 'utf16le'));
}

/** The decrypted bytes of the database `file` and its `-wal`, together. */
export function decryptDatabaseAndWal(file: string, key: string = TEST_DATABASE_KEY): Buffer {
  return Buffer.concat([decryptDatabaseFile(file, key), decryptWalFile(`${file}-wal`, key)]);
}
