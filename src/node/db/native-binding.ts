// Where the SQLite driver's native module for the running process lives. better-sqlite3 builds
// one for Node in build/Release; `npm start` keeps Electron's build beside it, in
// build/electron-VERSION/ (scripts/native-abi.mjs), so switching between the desktop app, the
// tests, the CLI and browser mode never rebuilds anything after the first install.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const BINDING_FILE = 'better_sqlite3.node';

/** The folder of Electron's build, relative to the driver's package folder. */
export function electronBuildDir(electronVersion: string): string {
  return join('build', `electron-${electronVersion}`);
}

/**
 * The nativeBinding option for better-sqlite3: Electron's side-by-side build when running under
 * an unpackaged Electron that has one; otherwise undefined (the driver's own build: Node's, or in
 * the packaged app the one electron-builder made for Electron).
 */
export function nativeBindingFor(versions: NodeJS.ProcessVersions, packageDir: string | null, exists: (path: string) => boolean = existsSync): string | undefined {
  if (!versions.electron || !packageDir) return undefined;
  const candidate = join(packageDir, electronBuildDir(versions.electron), BINDING_FILE);
  return exists(candidate) ? candidate : undefined;
}

function driverPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
  } catch {
    return null;
  }
}

let cached: { nativeBinding?: string } | undefined;

/** Options to pass to every `new Database(...)` of this process. */
export function driverOptions(): { nativeBinding?: string } {
  if (!cached) {
    const nativeBinding = nativeBindingFor(process.versions, process.versions.electron ? driverPackageDir() : null);
    cached = nativeBinding ? { nativeBinding } : {};
  }
  return cached;
}
