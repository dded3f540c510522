import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/*
 * Files that must be whole or absent after a crash: a key file, a renamed database. Written
 * to a temporary name, flushed, renamed, and the rename flushed with its folder.
 */

/** Flushes what was written to `file` to the disk. */
export function flushFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename in `folder` durable; Windows cannot open a folder for this and does not need to. */
export function flushFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `data` to `file` whole or not at all, readable by its owner only (0600), and never
 * over a file already there: false then, and nothing is changed (an existing key file may be
 * the only way into the database). Errors are thrown as Node gives them.
 */
export function writeNewFileDurably(file: string, data: string | Uint8Array): boolean {
  const folder = dirname(file);
  const temporary = `${file}.tmp`;
  mkdirSync(folder, { recursive: true });
  try {
    // A temporary file is left only by a crash before the rename: it never held what is in use.
    rmSync(temporary, { force: true });
    const fd = openSync(temporary, 'wx', 0o600);
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (existsSync(file)) return false;
    renameSync(temporary, file);
    flushFolder(folder);
    return true;
  } finally {
    rmSync(temporary, { force: true });
  }
}
