import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { catalogs } from './electron/shared/i18n';

const UI_LANGUAGES = Object.keys(catalogs) as (keyof typeof catalogs)[];
const CATALOG_LOADER = resolve(__dirname, 'renderer/src/i18n/catalogs.ts');
const CATALOG_MODULE = 'virtual:ui-catalog/';
const RESOLVED_CATALOG = '\0ui-catalog/';

/**
 * The UI catalogs, one chunk per language. Each feature's messages sit in one module with
 * all three languages, so a bundler cannot split them by language; this build step writes
 * each language's finished catalog as a module of its own and makes the renderer's
 * `loadCatalog` (renderer/src/i18n/catalogs.ts) import just the one it is asked for.
 */
function uiCatalogs(): Plugin {
  return {
    name: 'neuvonpito-ui-catalogs',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(CATALOG_MODULE) ? RESOLVED_CATALOG + id.slice(CATALOG_MODULE.length) : null;
    },
    load(id) {
      if (id === CATALOG_LOADER) {
        const cases = UI_LANGUAGES.map(
          (language) => `case ${JSON.stringify(language)}: return import(${JSON.stringify(CATALOG_MODULE + language)}).then((m) => m.default);`,
        );
        return `export function loadCatalog(language) { switch (language) { ${cases.join(' ')} } return Promise.reject(new Error('no catalog for ' + language)); }`;
      }
      if (id.startsWith(RESOLVED_CATALOG)) {
        const language = id.slice(RESOLVED_CATALOG.length) as keyof typeof catalogs;
        // JSON.parse of a string literal parses faster than the same object as a literal.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(catalogs[language]))});`;
      }
      return null;
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), uiCatalogs()],
    build: {
      outDir: 'out/renderer',
      // The renderer is shipped minified; the screens other than the list are split off by
      // React.lazy (renderer/src/app/App.tsx) and load when first visited.
      minify: true,
      cssMinify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
        // The i18n modules only define data and functions: a screen that takes `isolate` from
        // the i18n index need not load the index's three catalogs with it.
        treeshake: {
          moduleSideEffects: [{ test: /electron[\\/]shared[\\/]/, sideEffects: false }],
        },
        output: {
          // The catalogs' chunks are named by language (catalog-sv-<hash>.js), not after the virtual id.
          chunkFileNames: (chunk) =>
            chunk.facadeModuleId?.startsWith(RESOLVED_CATALOG)
              ? `assets/catalog-${chunk.facadeModuleId.slice(RESOLVED_CATALOG.length)}-[hash].js`
              : 'assets/[name]-[hash].js',
        },
      },
    },
  },
});
