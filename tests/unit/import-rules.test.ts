import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx|mts)$/.test(name)) out.push(full);
  }
  return out;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s(?:[^'"]*?\sfrom\s)?\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module specifier a file imports (static, dynamic, re-export, require). */
export function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
}

const rel = (f: string) => relative(ROOT, f).split('\\').join('/');
const isBuiltin = (s: string) => s.startsWith('node:') || builtinModules.includes(s.split('/')[0]);
const packageOf = (s: string) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]);
function resolvesInto(file: string, spec: string, folder: string): boolean {
  return spec.startsWith('.') && rel(resolve(dirname(file), spec)).startsWith(folder);
}

function violations(files: string[], rule: (file: string, spec: string) => string | null): string[] {
  return files.flatMap((f) => importsOf(f).map((s) => rule(f, s)).filter((v): v is string => v !== null).map((v) => `${rel(f)}: ${v}`));
}

const src = sourceFiles(join(ROOT, 'src'));
const shared = src.filter((f) => rel(f).startsWith('src/shared/'));
const renderer = sourceFiles(join(ROOT, 'renderer'));
const electron = sourceFiles(join(ROOT, 'electron'));

describe('import rules', () => {
  it('the scanner sees every kind of import', () => {
    expect(importsOf(join(ROOT, 'src/node/db/open.ts'))).toContain('better-sqlite3');
    expect(importsOf(join(ROOT, 'src/node/interop/pdf.ts'))).toContain('pdfjs-dist/legacy/build/pdf.mjs');
    expect(src.length).toBeGreaterThan(10);
  });

  it('src imports neither electron nor react', () => {
    expect(violations(src, (_f, s) => (['electron', 'react', 'react-dom'].includes(packageOf(s)) ? `imports ${s}` : null))).toEqual([]);
  });

  it('src/shared is isomorphic: no Node built-ins and nothing from src/node', () => {
    expect(violations(shared, (f, s) => (isBuiltin(s) ? `imports Node built-in ${s}` : resolvesInto(f, s, 'src/node') ? `imports ${s}` : null))).toEqual([]);
  });

  it('the renderer imports only src/shared (and browser packages), never src/node, electron or Node', () => {
    expect(
      violations(renderer, (f, s) => {
        if (isBuiltin(s)) return `imports Node built-in ${s}`;
        if (packageOf(s) === 'electron' || packageOf(s) === 'better-sqlite3') return `imports ${s}`;
        if (s.startsWith('.') && !resolvesInto(f, s, 'renderer/') && !resolvesInto(f, s, 'src/shared/')) return `imports ${s} outside renderer/ and src/shared/`;
        return null;
      }),
    ).toEqual([]);
  });

  it('better-sqlite3 is imported in exactly one module', () => {
    const importers = [...src, ...renderer, ...electron].filter((f) => importsOf(f).some((s) => packageOf(s) === 'better-sqlite3')).map(rel);
    expect(importers).toEqual(['src/node/db/open.ts']);
  });

  it('src has no circular imports', () => {
    const graph = new Map<string, string[]>();
    const candidates = (base: string) => [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
    for (const f of src) {
      const deps = importsOf(f)
        .filter((s) => s.startsWith('.'))
        .map((s) => candidates(resolve(dirname(f), s)).find((c) => src.includes(c)))
        .filter((x): x is string => Boolean(x));
      graph.set(f, deps);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(f)), f].map(rel).join(' -> '));
        return;
      }
      state.set(f, 'visiting');
      for (const d of graph.get(f) ?? []) visit(d, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of src) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('no file in src, renderer or electron is a monolith (over 400 lines)', () => {
    const long = [...src, ...renderer, ...electron].filter((f) => readFileSync(f, 'utf8').split('\n').length > 400).map(rel);
    expect(long).toEqual([]);
  });
});
