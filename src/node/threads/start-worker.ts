import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

// From source (tests, the CLI, browser mode under tsx) a worker loads its TypeScript entry through
// tsx; in the desktop bundle electron-vite builds each entry as out/main/NAME.js, next to index.js,
// which holds this module (it is imported statically by the main entry).
const fromSource = import.meta.url.endsWith('.ts');

/**
 * Starts a worker thread on one of the core's worker entries: `name` is the entry's file name
 * without extension (an entry of electron.vite.config.ts), `sourceUrl` its .ts file (the caller's
 * `new URL('./NAME.ts', import.meta.url)`).
 */
export function startWorker(name: string, sourceUrl: URL, resourceLimits?: ResourceLimits): Worker {
  if (!fromSource) return new Worker(new URL(['.', `${name}.js`].join('/'), import.meta.url), { resourceLimits });
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json').replace(/package\.json$/, 'dist/esm/api/index.mjs')).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(sourceUrl.href)}); });`;
  return new Worker(boot, { eval: true, resourceLimits });
}
