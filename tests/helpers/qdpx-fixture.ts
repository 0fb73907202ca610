import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

// Not from ./workspace: this helper is also used by the Playwright specs, which must not load the core.
const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

/** A .qdpx made of a folder of tests/fixtures/refi-qda (the .qde at the top, sources/ or Sources/ beside it), zipped as the tools ship it. */
export function fixtureQdpx(folder: string): Uint8Array {
  const root = join(FIXTURES, 'refi-qda', folder);
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(root, path).split('\\').join('/')] = readFileSync(path);
    }
  };
  walk(root);
  return zipSync(files);
}
