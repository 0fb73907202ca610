import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRODUCT_NAME = 'Fieldnotes';
export const DATABASE_FILE = 'workspace.sqlite';

/**
 * The platform's user-data folder for "Fieldnotes", the same one Electron's
 * app.getPath('userData') gives, so the desktop app, CLI and browser mode share a workspace.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (env.FIELDNOTES_DATA) return resolve(env.FIELDNOTES_DATA);
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
}

/** The resources/ folder (default codebook, demo case), found upward from this module. */
export function findResourcesDir(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'resources', 'demo'))) return join(dir, 'resources');
    dir = dirname(dir);
  }
  return join(start, 'resources');
}
