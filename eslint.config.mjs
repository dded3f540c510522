// Lint, and the process boundaries of STYLE.md ("the house"), enforced on every `npm test`.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)].filter(
  (name) => !name.startsWith('_'),
);

/** `no-restricted-imports` for one folder: these packages, Node if `noNode`, these of our folders. */
function boundary(files, { packages = [], noNode = false, folders = [], message }) {
  const folderPatterns = folders.map((folder) => ({ group: [`**/${folder}`, `**/${folder}/**`], message }));
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...packages, ...(noNode ? nodeModules : [])].map((name) => ({ name, message })),
          patterns: noNode ? [{ group: ['node:*'], message }, ...folderPatterns] : folderPatterns,
        },
      ],
    },
  };
}

const dom = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  boundary(['electron/shared/**'], {
    noNode: true,
    packages: ['electron', 'react', 'react-dom', 'better-sqlite3-multiple-ciphers', 'docx'],
    folders: ['backend', 'main', 'preload', 'renderer'],
    message: 'electron/shared runs anywhere: no Node, Electron, React, DOM or app-side imports.',
  }),
  {
    files: ['electron/shared/**'],
    rules: { 'no-restricted-globals': ['error', ...dom.map((name) => ({ name, message: 'No DOM in electron/shared.' }))] },
  },
  boundary(['electron/backend/**'], {
    packages: ['electron', 'react', 'react-dom', 'better-sqlite3-multiple-ciphers'],
    folders: ['main', 'preload', 'renderer'],
    message: 'electron/backend is plain Node: never Electron, React or the UI; only db/ opens SQLite (and applies the key).',
  }),
  boundary(['electron/backend/db/**'], {
    packages: ['electron', 'react', 'react-dom'],
    folders: ['main', 'preload', 'renderer'],
    message: 'electron/backend is plain Node: never Electron, React or the UI.',
  }),
  boundary(['electron/main/**'], {
    packages: ['react', 'react-dom', 'better-sqlite3-multiple-ciphers'],
    folders: ['renderer', 'preload', 'web'],
    message: 'electron/main is Electron glue: no UI code, no preload code, no web host.',
  }),
  boundary(['electron/preload/**'], {
    packages: ['react', 'react-dom', 'better-sqlite3-multiple-ciphers', 'zod'],
    folders: ['backend', 'main', 'renderer'],
    message: 'The preload exposes one invoke function and imports nothing else of ours.',
  }),
  boundary(['renderer/**'], {
    noNode: true,
    packages: ['electron', 'better-sqlite3-multiple-ciphers', 'docx'],
    folders: ['electron/backend', 'electron/main', 'electron/preload', 'backend', 'main', 'preload'],
    message: 'The renderer talks to the backend only through api.call().',
  }),
);
