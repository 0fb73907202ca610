import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBuildDir as scriptDir } from '../../scripts/native-abi.mjs';
import { BINDING_FILE, electronBuildDir, nativeBindingFor } from '../../src/node/db/native-binding';

const pkg = '/app/node_modules/better-sqlite3';
const node = { node: '20.20.2' } as NodeJS.ProcessVersions;
const electron = { node: '22.20.0', electron: '45.3.4' } as NodeJS.ProcessVersions;

describe('the SQLite driver build for the running process', () => {
  it('uses the driver’s own build under Node, whatever else is on disk', () => {
    expect(nativeBindingFor(node, pkg, () => true)).toBeUndefined();
  });

  it('uses Electron’s side-by-side build under Electron when it exists', () => {
    const wanted = join(pkg, 'build', 'electron-45.3.4', BINDING_FILE);
    expect(nativeBindingFor(electron, pkg, (p) => p === wanted)).toBe(wanted);
  });

  it('falls back to the driver’s own build under Electron without one (the packaged app)', () => {
    expect(nativeBindingFor(electron, pkg, () => false)).toBeUndefined();
    expect(nativeBindingFor(electron, null, () => true)).toBeUndefined();
  });

  it('looks where scripts/native-abi.mjs puts Electron’s build', () => {
    expect(electronBuildDir('45.3.4')).toBe(scriptDir('45.3.4'));
  });
});
