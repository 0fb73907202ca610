import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_FILE_VERSION, CaseFile, caseFileJsonSchema } from '../../src/shared/schemas/casefile';
import { bagFiles } from '../helpers/casefile-bags';
import { buildDemoEvidence } from '../helpers/export-case';
import { ok, tempDir, tempWorkspace } from '../helpers/workspace';

/** The Library of Congress's reference validator, in ../shared beside the project folder. */
const BAGIT_PY = join(__dirname, '..', '..', '..', 'shared', 'tools', 'bagit', 'bagit.py');

let t: ReturnType<typeof tempWorkspace>;
let out: ReturnType<typeof tempDir>;
let zipPath: string;
let bagDir: string;
let zip: Uint8Array;
let caseId: string;

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean);

beforeAll(async () => {
  t = tempWorkspace();
  out = tempDir();
  ({ caseId } = await buildDemoEvidence(t.registry));
  zipPath = join(out.dir, 'coastal.internal.fieldnotes.zip');
  const r = await ok(t.registry, 'casefile.export', { scope: { kind: 'case', caseId }, profile: 'internal', organization: 'Coastal Documentation Group', path: zipPath });
  expect(r.fileName).toBe('coastal-killings-march-2025.internal.fieldnotes.zip');
  zip = readFileSync(zipPath);
  execFileSync('unzip', ['-q', zipPath, '-d', join(out.dir, 'unzipped')]);
  bagDir = join(out.dir, 'unzipped', 'coastal-killings-march-2025.internal.fieldnotes');
}, 120_000);
afterAll(() => {
  t.remove();
  out.remove();
});

describe('a case file is a BagIt bag (RFC 8493)', () => {
  it('unzips to exactly one folder, the bag', () => {
    expect(readdirSync(join(out.dir, 'unzipped'))).toEqual(['coastal-killings-march-2025.internal.fieldnotes']);
    expect(readdirSync(bagDir).sort()).toEqual(['bag-info.txt', 'bagit.txt', 'data', 'manifest-sha256.txt', 'tagmanifest-sha256.txt']);
  });

  it.skipIf(!existsSync(BAGIT_PY))('passes the Library of Congress validator (bagit.py --validate; skipped when ../shared/tools/bagit is absent)', () => {
    const run = spawnSync('python3', [BAGIT_PY, '--validate', bagDir], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/is valid/);
  });

  it('checks with sha256sum -c in the bag folder, payload and tag manifests', () => {
    for (const manifest of ['manifest-sha256.txt', 'tagmanifest-sha256.txt']) {
      const run = spawnSync('sha256sum', ['-c', '--strict', manifest], { cwd: bagDir, encoding: 'utf8' });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).not.toMatch(/FAILED/);
    }
  });

  it('follows the rules itself: bagit.txt, every payload file listed exactly once with its hash, Payload-Oxum, tag manifest', () => {
    expect(readFileSync(join(bagDir, 'bagit.txt'), 'utf8')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const payload = files(join(bagDir, 'data')).map((p) => relative(bagDir, p)).sort();
    const listed = lines(join(bagDir, 'manifest-sha256.txt')).map((l) => /^([0-9a-f]{64}) {2}(data\/.+)$/.exec(l)!);
    expect(listed.every(Boolean)).toBe(true);
    expect(listed.map((m) => m[2]).sort()).toEqual(payload);
    expect(new Set(listed.map((m) => m[2])).size).toBe(listed.length);
    for (const m of listed) expect(sha256(join(bagDir, m[2])), m[2]).toBe(m[1]);
    const info = readFileSync(join(bagDir, 'bag-info.txt'), 'utf8');
    const octets = payload.reduce((n, p) => n + statSync(join(bagDir, p)).size, 0);
    expect(info).toContain(`Payload-Oxum: ${octets}.${payload.length}\n`);
    for (const label of ['Bagging-Date', 'External-Description', 'Fieldnotes-Version', 'Fieldnotes-Format', 'Fieldnotes-Profile', 'Fieldnotes-Exporter']) expect(info).toMatch(new RegExp(`^${label}: \\S`, 'm'));
    expect(info).toContain('Source-Organization: Coastal Documentation Group\n');
    expect(info).toContain('Fieldnotes-Profile: internal\n');
    expect(info).toContain(`Fieldnotes-Version: ${CASE_FILE_VERSION}\n`);
    expect(info.split('\n').filter(Boolean).every((l) => /^[A-Za-z-]+: .+$/.test(l))).toBe(true);
    const tags = lines(join(bagDir, 'tagmanifest-sha256.txt')).map((l) => l.split('  ')[1]).sort();
    expect(tags).toEqual(['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt']);
  });

  it('holds case.json, its schema, originals named by their SHA-256, reports, tables and the codebook', () => {
    const payload = files(join(bagDir, 'data')).map((p) => relative(join(bagDir, 'data'), p));
    expect(payload).toEqual(expect.arrayContaining(['case.json', 'case.schema.json', 'report.html', 'report.md', 'codebook.qdc', 'tables/coded_segments.csv', 'tables/figures.csv']));
    const originals = payload.filter((p) => p.startsWith('originals/'));
    expect(originals.length).toBeGreaterThan(0);
    for (const p of originals) expect(`originals/${sha256(join(bagDir, 'data', p))}`).toBe(p.replace(/\.[a-z0-9]+$/, ''));
    expect(JSON.parse(readFileSync(join(bagDir, 'data', 'case.schema.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(caseFileJsonSchema())));
    const xml = spawnSync('xmllint', ['--noout', join(bagDir, 'data', 'codebook.qdc')], { encoding: 'utf8' });
    expect(xml.status, xml.stderr).toBe(0);
  });

  it('case.json holds every kind of record, each with an id, and validates against the schema', () => {
    const json = JSON.parse(readFileSync(join(bagDir, 'data', 'case.json'), 'utf8'));
    const c = CaseFile.parse(json);
    expect(c.version).toBe(CASE_FILE_VERSION);
    for (const kind of ['articles', 'highlights', 'codes', 'cases', 'memos', 'figures', 'quotes', 'actors', 'witnesses', 'accounts', 'history'] as const) {
      expect(c[kind].length, kind).toBeGreaterThan(0);
      for (const r of c[kind]) expect(r.id, kind).toBeTruthy();
    }
    expect(c.highlights[0].selector).toMatchObject({ start: expect.any(Number), end: expect.any(Number), exact: expect.any(String), prefix: expect.any(String) });
    expect(c.articles[0].text.map((p) => p.text).join('').length).toBeGreaterThan(100);
    expect(c.witnesses[0]).toMatchObject({ code: expect.any(String), consent: expect.any(Array) });
    expect(CaseFile.safeParse({ ...json, articles: [{ ...json.articles[0], rev: '2-3f2a91c0' }] }).success).toBe(true);
    expect(CaseFile.safeParse({ ...json, articles: [{ ...json.articles[0], rev: 'two' }] }).success).toBe(false);
  });

  it('is the same bytes in the zip as on disk after unzip (the zip holds the bag and nothing else)', () => {
    const { base, files: inZip } = bagFiles(zip);
    expect(base).toBe('coastal-killings-march-2025.internal.fieldnotes');
    for (const [p, b] of Object.entries(inZip)) expect(Buffer.compare(Buffer.from(b), readFileSync(join(bagDir, p))), p).toBe(0);
  });

  it('verifies as complete and valid through the API, from a path and from bytes', async () => {
    const byPath = await ok(t.registry, 'casefile.verify', { path: zipPath });
    expect(byPath).toMatchObject({ valid: true, problems: [] });
    const byBytes = await ok(t.registry, 'casefile.verify', { fileName: 'x.zip', dataBase64: Buffer.from(zip).toString('base64') });
    expect(byBytes).toMatchObject({ valid: true, fileName: 'x.zip' });
    expect(byBytes.info['Fieldnotes-Profile']).toBe('internal');
  });

  it('writes nothing when the export fails (a folder that does not exist)', async () => {
    const r = await t.registry.call('casefile.export', { scope: { kind: 'case', caseId }, path: join(out.dir, 'missing', 'x.zip') });
    expect(r.ok).toBe(false);
    expect(readdirSync(out.dir).filter((f) => f.includes('partial'))).toEqual([]);
  });
});
