import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli-run';
import { fixtureQdpx } from '../helpers/qdpx-fixture';
import { tempDir } from '../helpers/workspace';

const ROOT = join(__dirname, '..', '..');
let d: ReturnType<typeof tempDir>;
beforeEach(() => {
  d = tempDir();
});
afterEach(() => d.remove());

const run = runCli;

describe('fieldnotes import-project, export --format qdpx, codes import FILE.qdpx', { timeout: 120_000 }, () => {
  it('imports a project and prints the report, then exports the case as .qdpx and imports it elsewhere', async () => {
    const file = join(d.dir, 'nvivo.qdpx');
    writeFileSync(file, fixtureQdpx('nvivo'));
    const data = join(d.dir, 'a');
    const text = await run('--data', data, 'import-project', file);
    expect(text.err).toEqual([]);
    expect(text.code).toBe(0);
    expect(text.out.join('\n')).toMatch(/^Imported “Baniyas interviews”: 1 sources as articles, 2 codings placed, 0 in the review list, .*\nNothing was left out\.$/);
    const caseId = /\(case ([0-9a-f-]{36})\)/.exec(text.out[0])![1];

    const out = join(d.dir, 'baniyas.qdpx');
    const exported = await run('--data', data, 'export', '--format', 'qdpx', '--case', caseId, '--profile', 'team', '--out', out, '--json');
    expect(exported.code).toBe(0);
    expect(Object.keys(unzipSync(readFileSync(out))).sort()).toEqual(expect.arrayContaining(['project.qde']));

    const again = await run('--data', join(d.dir, 'b'), 'import-project', out, '--json');
    expect(again.code).toBe(0);
    const report = JSON.parse(again.out[0]);
    expect([report.articles, report.highlights, report.review, report.orphaned]).toEqual([1, 2, 0, 0]);
  });

  it('codes import given a .qdpx reads the codebook of its project', async () => {
    const file = join(d.dir, 'maxqda.qdpx');
    writeFileSync(file, fixtureQdpx('maxqda'));
    const r = await run('--data', d.dir, 'codes', 'import', file);
    expect(r.err).toEqual([]);
    const report = JSON.parse(r.out[0]);
    expect(report.created).toBe(3);
    expect(report.problems).toContain('This is a whole project file (.qde): only its codebook was imported, not its sources, coding, cases or notes.');
  });

  it('refuses a file that is not a project in one sentence, exit 1 or 2', async () => {
    const file = join(d.dir, 'notes.qdpx');
    writeFileSync(file, 'just text');
    const r = await run('--data', d.dir, 'import-project', file);
    expect(r.code).not.toBe(0);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([expect.stringMatching(/^fieldnotes: notes\.qdpx is damaged or is not a zip archive/)]);
  });

  it('is listed in the usage and runs as the real command', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'fieldnotes.mjs'), 'import-project', '--help'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FIELDNOTES_DATA: '' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: fieldnotes \[--data DIR\] import-project FILE\.qdpx/);
  });
});
