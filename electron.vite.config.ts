import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { normalizePath, type Plugin } from 'vite';
import { IPC_CHANNEL } from './src/shared/api/contract';

const root = import.meta.dirname;
const contractModule = normalizePath(resolve(root, 'src/shared/api/contract.ts'));

/**
 * The preload needs one constant from the shared contract. Serve it as a one-line
 * module so the sandboxed preload bundle is a few lines, not the contract plus zod.
 */
function preloadContractConstant(): Plugin {
  return {
    name: 'fieldnotes:preload-contract-constant',
    enforce: 'pre',
    load(id) {
      if (normalizePath(id.split('?')[0]) !== contractModule) return null;
      return `export const IPC_CHANNEL = ${JSON.stringify(IPC_CHANNEL)};`;
    },
  };
}

/** A sandboxed preload can require only `electron`: fail the build if it needs more. */
function sandboxedPreloadCheck(): Plugin {
  return {
    name: 'fieldnotes:sandboxed-preload-check',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      if (chunks.length !== 1) this.error(`the preload must be one file, got ${chunks.length}`);
      for (const chunk of chunks) {
        const extra = chunk.imports.filter((id) => id !== 'electron');
        if (extra.length > 0) this.error(`the sandboxed preload may only require electron, not ${extra.join(', ')}`);
      }
    },
  };
}

/**
 * electron-vite prepends `const require = createRequire(...)` to ESM main bundles that
 * use require(); a module that declares its own top-level `require` then makes the
 * bundle a SyntaxError that only shows when Electron starts. Fail the build instead.
 */
function mainBundleCheck(): Plugin {
  return {
    name: 'fieldnotes:main-bundle-check',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const declarations = chunk.code.match(/^(?:var|let|const) require\b/gm) ?? [];
        if (declarations.length > 1) {
          this.error(
            `${chunk.fileName} declares \`require\` ${declarations.length} times and would not load in Electron. ` +
              'Name module-level createRequire() results something else (e.g. nodeRequire).',
          );
        }
      }
    },
  };
}

// out/main (ESM, dependencies external), out/preload (one CommonJS file: sandboxed
// preloads can only require('electron')), out/renderer (served as app://fieldnotes/).
// `command` is 'serve' only for `electron-vite dev` (`npm run dev`); `electron-vite preview`
// (`npm start`) and `electron-vite build` (`npm run dist`) build with 'build'. The main process
// trusts the dev server and turns DevTools on only in the 'serve' bundle (electron/main/security.ts,
// launchPlan).
export default defineConfig(({ command }) => ({
  main: {
    plugins: [mainBundleCheck()],
    define: { __FIELDNOTES_DEV_SERVER__: JSON.stringify(command === 'serve') },
    build: {
      outDir: resolve(root, 'out/main'),
      // Native and heavy modules stay in node_modules; zod is small and pure, so bundle it.
      externalizeDeps: { exclude: ['zod'] },
      // The parse and export render workers are their own entries, next to index.js
      // (src/node/threads/start-worker.ts loads them for parse-pool.ts and export/render-thread.ts).
      lib: {
        entry: {
          index: resolve(root, 'electron/main/index.ts'),
          'parse-worker': resolve(root, 'src/node/parsing/parse-worker.ts'),
          'render-worker': resolve(root, 'src/node/export/render-worker.ts'),
        },
      },
    },
  },
  preload: {
    plugins: [preloadContractConstant(), sandboxedPreloadCheck()],
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload/index.ts') },
      rolldownOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // No inline scripts or data: modules, so the strict CSP holds.
      assetsInlineLimit: 0,
      sourcemap: false,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
}));
