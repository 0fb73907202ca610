import { spawnSync } from 'node:child_process';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { methodNames } from '../../src/shared/api/contract';
import { createRegistry } from '../../src/node/api/registry';
import { openWorkspace } from '../../src/node/workspace';
import { makeLongHtml } from '../helpers/make-documents';
import { FIXTURES, tempDir } from '../helpers/workspace';

const ROOT = join(__dirname, '..', '..');
let d: ReturnType<typeof tempDir>;
beforeEach(() => {
  d = tempDir();
});
afterEach(() => d.remove());

/** Runs the real `fieldnotes` command, as `npx fieldnotes` does. */
function fieldnotes(...args: string[]) {
  return fieldnotesWith({}, ...args);
}
function fieldnotesWith(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'fieldnotes.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FIELDNOTES_DATA: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each test spawns several CLI processes, and each import starts a parse worker: generous limits for a loaded machine.
describe('fieldnotes CLI', { timeout: 180_000 }, () => {
  it('imports files, printing one JSON object per file, and reports duplicates', () => {
    const files = ['syria-coast-2025-03.txt', 'synthetic-news-page.html', 'synthetic-arabic-brief.txt'].map((f) => join(FIXTURES, f));
    const first = fieldnotes('--data', d.dir, 'import', ...files);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const rows = first.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['duplicate', 'file', 'id', 'inTrash', 'sha256', 'title']);
      expect(row.duplicate).toBe(false);
      expect(row.inTrash).toBe(false);
      expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(rows[1].title).toBe('Families search for the missing after raids on coastal villages');
    const again = fieldnotes('--data', d.dir, 'import', files[1]);
    expect(JSON.parse(again.stdout)).toMatchObject({ id: rows[1].id, duplicate: true });

    const list = fieldnotes('--data', d.dir, 'list', '--json');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).map((a: { id: string }) => a.id).sort()).toEqual(rows.map((r) => r.id).sort());

    const show = fieldnotes('--data', d.dir, 'show', rows[1].id, '--json');
    expect(JSON.parse(show.stdout)).toMatchObject({ id: rows[1].id, publisher: 'Sample Herald', original: { fileName: 'synthetic-news-page.html' } });
    const human = fieldnotes('--data', d.dir, 'show', rows[1].id);
    expect(human.stdout).toContain(`sha256:     ${rows[1].sha256}`);
  });

  it('says when a file is already in the trash, with the command that restores it', async () => {
    const file = join(FIXTURES, 'synthetic-monitor-bulletin.txt');
    const { id, title } = JSON.parse(fieldnotes('--data', d.dir, 'import', file).stdout);
    const ws = openWorkspace({ dataDir: d.dir });
    try {
      expect((await createRegistry(ws).call('articles.delete', { id })).ok).toBe(true);
    } finally {
      ws.close();
    }
    const again = fieldnotes('--data', d.dir, 'import', file);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ id, duplicate: true, inTrash: true });
    expect(again.stderr).toBe(
      `fieldnotes: synthetic-monitor-bulletin.txt is already in the trash as “${title}”; nothing was imported. Restore it with: fieldnotes --data ${d.dir} trash restore ${id}\n`,
    );
    const restored = fieldnotes('--data', d.dir, 'trash', 'restore', id);
    expect(restored).toMatchObject({ code: 0, stderr: '' });
    expect(restored.stdout).toBe(`Restored article ${id} from the trash.\n`);
    expect(JSON.parse(fieldnotes('--data', d.dir, 'show', id, '--json').stdout)).toMatchObject({ id, title });
    expect(fieldnotes('--data', d.dir, 'trash', 'restore', id)).toMatchObject({ code: 1, stdout: '' });
  });

  it('reads each file in a worker with a time limit: a file that takes too long is stopped, the next one is imported', () => {
    const slow = join(d.dir, 'long.html');
    writeFileSync(slow, makeLongHtml(8_000));
    const r = fieldnotesWith({ FIELDNOTES_IMPORT_TIME_LIMIT: '0.5' }, '--data', d.dir, 'import', slow, join(FIXTURES, 'syria-coast-2025-03.txt'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('fieldnotes: long.html took longer than 0.5 s to read and was stopped; nothing was imported.\n');
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ file: join(FIXTURES, 'syria-coast-2025-03.txt'), duplicate: false });
    expect(JSON.parse(fieldnotes('--data', d.dir, 'list', '--json').stdout)).toHaveLength(1);
  });

  it('exits non-zero with one line on stderr for bad input', () => {
    const huge = join(d.dir, 'huge.txt');
    writeFileSync(huge, 'a');
    truncateSync(huge, 100 * 1024 * 1024); // a sparse 100 MB file
    const refused = fieldnotes('--data', d.dir, 'import', huge);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^fieldnotes: .*huge\.txt is 100\.0 MB; the import limit is 50 MB\. Nothing was imported\.\n$/);
    const garbage = join(d.dir, 'garbage.txt');
    writeFileSync(garbage, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]));
    const cases: string[][] = [
      ['--data', d.dir, 'import', join(d.dir, 'missing.txt')],
      ['--data', d.dir, 'import', join(FIXTURES, 'labels.json')],
      ['--data', d.dir, 'import', garbage],
      ['--data', d.dir, 'import'],
      ['--data', d.dir, 'show', 'not-a-uuid'],
      ['--data', d.dir, 'show', crypto.randomUUID()],
      ['--data', d.dir, 'frobnicate'],
      ['--data', d.dir, '--port', 'abc', 'list'],
      ['--no-such-option'],
    ];
    for (const args of cases) {
      const r = fieldnotes(...args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stdout, args.join(' ')).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines, args.join(' ')).toHaveLength(1);
      expect(lines[0]).toMatch(/^fieldnotes: /);
    }
    expect(JSON.parse(fieldnotes('--data', d.dir, 'list', '--json').stdout)).toEqual([]);
  });

  it('describes its methods as JSON Schema', () => {
    const r = fieldnotes('methods', '--json');
    expect(r.code).toBe(0);
    const methods = JSON.parse(r.stdout);
    expect(methods.map((m: { name: string }) => m.name)).toEqual(methodNames);
    for (const m of methods) {
      expect(m.input.$schema).toMatch(/json-schema/);
      expect(m.output.$schema).toMatch(/json-schema/);
    }
  });

  it('lists, exports and imports the codebook', () => {
    const tree = fieldnotes('--data', d.dir, 'codes');
    expect(tree.code).toBe(0);
    expect(tree.stdout).toMatch(/^Identity of those targeted .*category$/m);
    expect(tree.stdout).toMatch(/^ {2}Alawite \[1\] +#[0-9a-f]{6} +0 uses in 0 documents$/m);
    const json = JSON.parse(fieldnotes('--data', d.dir, 'codes', '--json').stdout);
    expect(json.length).toBeGreaterThan(25);

    const qdc = join(d.dir, 'book.qdc');
    const exported = fieldnotes('--data', d.dir, 'codes', 'export', '--format', 'qdc', '--out', qdc);
    expect(exported.code).toBe(0);
    expect(readFileSync(qdc, 'utf8')).toContain('urn:QDA-XML:codebook:1.0');
    const other = join(d.dir, 'other');
    const imported = fieldnotes('--data', other, 'codes', 'import', join(FIXTURES, 'qdc', 'taguette.qdc'));
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ created: expect.any(Number), updated: expect.any(Number), problems: expect.any(Array) });
    const back = fieldnotes('--data', other, 'codes', 'import', qdc);
    expect(JSON.parse(back.stdout)).toMatchObject({ created: 0, updated: json.length, problems: [] });

    for (const args of [['codes', 'export', '--format', 'pdf', '--out', qdc], ['codes', 'export'], ['codes', 'import'], ['codes', 'import', join(d.dir, 'nope.qdc')], ['codes', 'frob']]) {
      const r = fieldnotes('--data', d.dir, ...args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('searches with the same results as the app', () => {
    fieldnotes('--data', d.dir, 'import', join(FIXTURES, 'syria-coast-2025-03.txt'), join(FIXTURES, 'synthetic-arabic-brief.txt'));
    const r = fieldnotes('--data', d.dir, 'search', 'Alawite OR مدنياً', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['article', 'end', 'id', 'snippet', 'start', 'title', 'type']);
    expect(rows.every((row: { type: string; start: number }) => row.type === 'article' && row.start >= 0)).toBe(true);
    const human = fieldnotes('--data', d.dir, 'search', 'alawite');
    expect(human.stdout).toMatch(/\[Alawite\]/);
    const bad = fieldnotes('--data', d.dir, 'search', '"unbalanced');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^fieldnotes: .*is never closed/);
  });

  it('backs up, checks, reindexes and restores', () => {
    fieldnotes('--data', d.dir, 'import', join(FIXTURES, 'syria-coast-2025-03.txt'));
    const backup = JSON.parse(fieldnotes('--data', d.dir, 'backup', '--json').stdout);
    expect(backup.file).toMatch(/^workspace-.*-manual\.sqlite$/);
    const check = fieldnotes('--data', d.dir, 'check');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('The workspace is sound.');
    expect(fieldnotes('--data', d.dir, 'reindex').stdout).toMatch(/rebuilt: 1 records/);
    fieldnotes('--data', d.dir, 'import', join(FIXTURES, 'synthetic-monitor-bulletin.txt'));
    expect(JSON.parse(fieldnotes('--data', d.dir, 'list', '--json').stdout)).toHaveLength(2);
    const restored = fieldnotes('--data', d.dir, 'restore', join(d.dir, 'backups', backup.file));
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/previous database was kept/);
    expect(JSON.parse(fieldnotes('--data', d.dir, 'list', '--json').stdout)).toHaveLength(1);
    const bad = fieldnotes('--data', d.dir, 'restore', join(FIXTURES, 'labels.json'));
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^fieldnotes: .*not a sound database/);
  });
});
