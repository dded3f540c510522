import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The boundaries of STYLE.md are enforced by ESLint in `npm test`; these cases prove the
 * rule fires where it must and stays quiet where imports are allowed.
 */

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['electron/shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;"],
    ['electron/shared/x.ts', "import fs from 'fs';\nexport const a = fs;"],
    ['electron/shared/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/shared/x.ts', "import { useState } from 'react';\nexport const a = useState;"],
    ['electron/shared/x.ts', "import { openBackend } from '../backend/backend';\nexport const a = openBackend;"],
    ['electron/shared/x.ts', 'export const width = window.innerWidth;'],
    ['electron/backend/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/backend/x.ts', "import { App } from '../../renderer/src/app/App';\nexport const a = App;"],
    ['renderer/src/x.ts', "import { join } from 'node:path';\nexport const a = join;"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
    ['renderer/src/x.ts', "import { openBackend } from '../../electron/backend/backend';\nexport const a = openBackend;"],
    ['renderer/src/x.ts', "import Database from 'better-sqlite3-multiple-ciphers';\nexport const a = Database;"],
    ['electron/backend/features/x.ts', "import Database from 'better-sqlite3-multiple-ciphers';\nexport const a = Database;"],
    ['electron/main/x.ts', "import Database from 'better-sqlite3-multiple-ciphers';\nexport const a = Database;"],
    ['electron/preload/x.ts', "import { contract } from '../shared/api/contract';\nimport { z } from 'zod';\nexport const a = [contract, z];"],
  ])('refuses a forbidden import in %s', async (filePath, code) => {
    expect(await boundaryErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['electron/shared/x.ts', "import { z } from 'zod';\nexport const a = z;"],
    ['electron/backend/x.ts', "import { join } from 'node:path';\nimport { contract } from '../shared/api/contract';\nexport const a = [join, contract];"],
    ['electron/backend/db/x.ts', "import Database from 'better-sqlite3-multiple-ciphers';\nexport const a = Database;"],
    ['renderer/src/x.ts', "import { contract } from '../../electron/shared/api/contract';\nexport const a = contract;"],
    ['electron/main/x.ts', "import { app } from 'electron';\nimport { openBackend } from '../backend/backend';\nexport const a = [app, openBackend];"],
  ])('allows what %s may import', async (filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});
