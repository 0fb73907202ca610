import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/node/cli/main';
import { progressLine } from '../../src/node/cli/progress';
import { buildLeakCase } from '../helpers/leak-case';
import { tempWorkspace } from '../helpers/workspace';

/** Standard error as a terminal (isTTY) or as a pipe, recording what is written to it. */
const stderr = (isTTY: boolean) => {
  const written: string[] = [];
  return { isTTY, write: (text: string) => written.push(text), written };
};
const io = (progress: ReturnType<typeof stderr>) => {
  const out: string[] = [];
  const err: string[] = [];
  return { out: (l: string) => out.push(l), err: (l: string) => err.push(l), progress, lines: { out, err } };
};

let t: ReturnType<typeof tempWorkspace>;
let caseId: string;
beforeAll(async () => {
  t = tempWorkspace();
  ({ caseId } = await buildLeakCase(t.registry));
  t.ws.close();
});
afterAll(() => t.remove());

describe('progress of long CLI commands', () => {
  it('is one line rewritten in place on a terminal, cleared at the end; nothing at all on a pipe', () => {
    const tty = stderr(true);
    const line = progressLine(tty);
    line.update('Exporting docx: rendering, 10 of 40 records');
    line.update('Exporting docx: writing the file');
    line.done();
    expect(tty.written).toEqual(['\rExporting docx: rendering, 10 of 40 records\x1b[K', '\rExporting docx: writing the file\x1b[K', '\r\x1b[K']);
    const pipe = stderr(false);
    progressLine(pipe).update('x');
    progressLine(undefined).update('x');
    expect(pipe.written).toEqual([]);
  });

  it('export shows progress on a terminal stderr only, and its --json output is the same either way', async () => {
    const outputs: string[] = [];
    for (const isTTY of [true, false]) {
      const out = join(t.dir, `split-${isTTY}.team.md.zip`);
      const run = io(stderr(isTTY));
      expect(await main(['--data', t.dir, 'export', '--format', 'md', '--split', '--case', caseId, '--out', out, '--json'], run)).toBe(0);
      expect(run.lines.out).toHaveLength(1);
      expect(run.lines.err).toEqual([]);
      const result = JSON.parse(run.lines.out[0]);
      expect(Object.keys(result).sort()).toEqual(['bytes', 'fileName', 'mediaType', 'path', 'sha256', 'withheld']);
      expect(result.fileName).toBe('leak-test-march-2025.team.md.zip');
      outputs.push(JSON.stringify({ ...result, path: null }));
      if (isTTY) {
        expect(run.progress.written[0]).toBe('\rExporting mdzip…\x1b[K');
        expect(run.progress.written.at(-1)).toBe('\r\x1b[K');
      } else expect(run.progress.written).toEqual([]);
      const files = Object.keys(unzipSync(new Uint8Array(readFileSync(out))));
      expect(files[0]).toBe('index.md');
      expect(files.filter((f) => f.startsWith('articles/') && f.endsWith('.md')).length).toBeGreaterThan(0);
    }
    expect(new Set(outputs.map((o) => JSON.parse(o).withheld.summary.join()))).toHaveProperty('size', 1);
  });

  it('--split goes with --format md only (a usage error otherwise)', async () => {
    const run = io(stderr(false));
    expect(await main(['--data', t.dir, 'export', '--format', 'docx', '--split', '--case', caseId, '--out', join(t.dir, 'x.docx')], run)).toBe(2);
    expect(run.lines.err.at(-1)).toMatch(/--split goes with --format md/);
  });

  it('an import of many files says which file it reads, on a terminal; one JSON line per file on stdout as before', async () => {
    const files = [1, 2].map((i) => {
      const path = join(t.dir, `note-${i}.txt`);
      writeFileSync(path, `Progress note ${i}: the village was shelled at dawn.`);
      return path;
    });
    const run = io(stderr(true));
    expect(await main(['--data', t.dir, 'import', ...files], run)).toBe(0);
    expect(run.lines.out.map((l) => JSON.parse(l).file)).toEqual(files);
    expect(run.progress.written.filter((w) => w.startsWith('\rImporting'))).toEqual(['\rImporting 1 of 2: note-1.txt\x1b[K', '\rImporting 2 of 2: note-2.txt\x1b[K']);
    expect(run.progress.written.join('')).not.toContain('{');
  });
});
