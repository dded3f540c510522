import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A new empty directory under the system temp dir; `remove()` deletes it and its contents. */
export function makeTempDir(prefix = 'neuvonpito-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A temp data dir for the current test, removed when the test finishes (pass or fail). */
export function useTempDir(prefix?: string): string {
  const dir = makeTempDir(prefix);
  onTestFinished(() => dir.remove());
  return dir.path;
}
