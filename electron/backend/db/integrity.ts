import { closeSync, fsyncSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseDamage } from '../errors';
import { flushFolder } from '../durable-file';

/*
 * The checks on open that need no key and read the files only (connection.ts runs them before
 * any connection is made; the ones that need the key, `quick_check`, are there). What is
 * detected, and what is not:
 * - a missing or 0-byte database where the data directory has had data (backups, or a `-wal`
 *   that SQLite would otherwise delete beside an empty file);
 * - a file that is no whole number of 512-byte sectors (cut short);
 * - a `-wal` whose header is damaged, or whose frames break off at a damaged frame while valid
 *   commits follow it: SQLite reads a WAL only up to its first bad frame and silently drops the
 *   rest. A damaged *last* commit cannot be told from a write cut off by a crash (which SQLite
 *   rightly drops), and is not detected;
 * - a `-wal` deleted after the app stopped without closing cleanly: the Store writes an open
 *   marker beside the database while it has it open and removes it only after a checkpoint has
 *   moved everything into the database file (`markOpen`, `markClosedCleanly`). A marker with no
 *   `-wal` means changes may have been lost. The marker names the file it marks (its inode), so
 *   a marker left beside a file put there since (a restore renames a new file into place) is
 *   ignored rather than taken for a lost WAL. When two processes share a data directory, the
 *   first to close removes the marker, and a later deletion is not detected.
 */

/** The marker beside the database that says the app has it open (see above). */
export function openMarker(file: string): string {
  return `${file}.open`;
}

/**
 * Writes the open marker for `file`, naming the file by its inode, durably (a marker lost in a
 * power cut would hide a deleted WAL): a temporary file, flushed, renamed over any old marker.
 */
export function markOpen(file: string): void {
  const marker = openMarker(file);
  const temporary = `${marker}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, `${fileIdentity(file)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, marker);
  flushFolder(dirname(file));
}

function fileIdentity(file: string): string {
  const stat = statSync(file, { bigint: true });
  return `${stat.dev}:${stat.ino}`;
}

/** True when the open marker is there and marks `file` itself (or cannot tell which file it marks). */
function markedOpen(file: string): boolean {
  let marked: string;
  try {
    marked = readFileSync(openMarker(file), 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  return !/^\d+:\d+$/.test(marked) || marked === fileIdentity(file);
}

/** Removes the open marker: call only when the database file alone holds every change. */
export function markClosedCleanly(file: string): void {
  rmSync(openMarker(file), { force: true });
}

function sizeOf(file: string): number | null {
  return statSync(file, { throwIfNoEntry: false })?.size ?? null;
}

/**
 * What is wrong with the files of the database `file`, seen without the key; null when
 * nothing is (a folder that never had data is not damaged: the database is made there).
 * `hasBackups`: the data directory's backups folder holds backups.
 */
export function fileDamage(file: string, hasBackups: boolean): DatabaseDamage | null {
  const size = sizeOf(file);
  const walSize = sizeOf(`${file}-wal`);
  const hadData = hasBackups || (walSize ?? 0) > 0;
  if (size === null) return hadData ? 'missing' : null;
  if (size === 0) return hadData ? 'empty' : null;
  if (size % 512 !== 0) return 'corrupt';
  if (walSize !== null && walSize > 0 && walDropsCommits(`${file}-wal`)) return 'wal_mismatch';
  if (walSize === null && markedOpen(file)) return 'wal_missing';
  return null;
}

const WAL_HEADER = 32;
const FRAME_HEADER = 24;
const WAL_MAGIC_LE = 0x377f0682;
const WAL_MAGIC_BE = 0x377f0683;

/**
 * True when the WAL `walFile` holds committed frames SQLite would not read: its header is not
 * a valid WAL header, or a frame of the current generation (the header's salts) fails its
 * checksum while a later frame, checked from the damaged one's stored checksum, is a valid commit.
 * Frames with other salts are left over from before a checkpoint restarted the WAL, and are
 * rightly ignored. A WAL shorter than its header never held a commit.
 */
export function walDropsCommits(walFile: string): boolean {
  const wal = readWhole(walFile);
  if (wal.length < WAL_HEADER) return false;
  const magic = wal.readUInt32BE(0);
  if (magic !== WAL_MAGIC_LE && magic !== WAL_MAGIC_BE) return true;
  const bigEndian = magic === WAL_MAGIC_BE;
  const pageSize = wal.readUInt32BE(8) === 1 ? 65536 : wal.readUInt32BE(8);
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return true;
  const headerSum = checksum(wal.subarray(0, 24), [0, 0], bigEndian);
  if (headerSum[0] !== wal.readUInt32BE(24) || headerSum[1] !== wal.readUInt32BE(28)) return true;
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);

  let previous = headerSum;
  let damaged = false;
  for (let at = WAL_HEADER; at + FRAME_HEADER + pageSize <= wal.length; at += FRAME_HEADER + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break;
    const sum = checksum(wal.subarray(at + FRAME_HEADER, at + FRAME_HEADER + pageSize), checksum(wal.subarray(at, at + 8), previous, bigEndian), bigEndian);
    const stored: [number, number] = [wal.readUInt32BE(at + 16), wal.readUInt32BE(at + 20)];
    const valid = sum[0] === stored[0] && sum[1] === stored[1];
    if (!valid) damaged = true;
    else if (damaged && wal.readUInt32BE(at + 4) !== 0) return true;
    // Go on from what the writer stored, so that frames after a damaged one can still be checked.
    previous = stored;
  }
  return false;
}

/** SQLite's WAL checksum (wal.c `walChecksumBytes`), over 32-bit words in the WAL's byte order. */
function checksum(data: Buffer, [start0, start1]: readonly [number, number], bigEndian: boolean): [number, number] {
  let s0 = start0;
  let s1 = start1;
  for (let i = 0; i + 8 <= data.length; i += 8) {
    const x0 = bigEndian ? data.readUInt32BE(i) : data.readUInt32LE(i);
    const x1 = bigEndian ? data.readUInt32BE(i + 4) : data.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}

function readWhole(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const { size } = statSync(file);
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
