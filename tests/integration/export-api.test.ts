import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLeakCase, LEAK } from '../helpers/leak-case';
import { failed, ok, tempDir, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
let out: ReturnType<typeof tempDir>;
let scope: { kind: 'case'; caseId: string };
beforeAll(async () => {
  t = tempWorkspace();
  out = tempDir();
  scope = { kind: 'case', caseId: (await buildLeakCase(t.registry)).caseId };
});
afterAll(() => {
  t.remove();
  out.remove();
});

describe('export through the API', () => {
  it('previews what the profile withholds, counted, and the file name of each format (team by default)', async () => {
    const preview = await ok(t.registry, 'export.preview', { scope, format: 'docx' });
    expect(preview.profileNotice).toMatch(/^Profile: team\./);
    expect(preview.withheld.summary).toEqual(['3 witness identities', '1 account without consent to share with the team', '1 private memo']);
    expect(preview.fileName).toBe('leak-test-march-2025.team.docx');
    const { formats } = await ok(t.registry, 'export.formats', {});
    expect(formats.map((f: { id: string }) => f.id)).toEqual(expect.arrayContaining(['json', 'docx']));
    const pub = await ok(t.registry, 'export.preview', { scope, profile: 'public' });
    expect(pub.withheld.summary).toContain('3 witness identities');
    expect(pub.withheld.redactedSpans).toBeGreaterThan(0);
    expect(JSON.stringify(preview)).not.toContain(LEAK.name1);
  });

  it('gives the file as bytes with their SHA-256', async () => {
    const file = await ok(t.registry, 'export.render', { scope, profile: 'team', format: 'json' });
    const bytes = Buffer.from(file.dataBase64, 'base64');
    expect(file).toMatchObject({ fileName: 'leak-test-march-2025.team.json', mediaType: 'application/json' });
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    expect(JSON.parse(bytes.toString('utf8')).profile).toBe('team');
  });

  it('saves to a chosen path through a temporary name, and refuses paths it cannot write', async () => {
    const path = join(out.dir, 'memo.team.docx');
    const jobId = randomUUID();
    const saved = await ok(t.registry, 'export.run', { scope, format: 'docx', path, jobId });
    expect(saved).toMatchObject({ path, fileName: 'leak-test-march-2025.team.docx' });
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(saved.sha256);
    expect(await ok(t.registry, 'export.progress', { jobId })).toMatchObject({ stage: 'done' });
    expect(readdirSync(out.dir)).toEqual(['memo.team.docx']);
    expect((await failed(t.registry, 'export.run', { scope, format: 'docx', path: 'relative.docx' })).message).toMatch(/must be absolute/);
    expect((await failed(t.registry, 'export.run', { scope, format: 'docx', path: join(out.dir, 'missing', 'x.docx') })).message).toMatch(/does not exist/);
    expect((await failed(t.registry, 'export.run', { scope, format: 'nope', path: join(out.dir, 'x.nope') })).code).toBe('invalid_input');
    expect(readdirSync(out.dir)).toEqual(['memo.team.docx']);
  });

  it('stops a cancelled export before it writes anything', async () => {
    const path = join(out.dir, 'cancelled.team.docx');
    const jobId = randomUUID();
    const running = t.registry.call('export.run', { scope, format: 'docx', path, jobId });
    expect(await ok(t.registry, 'export.cancel', { jobId })).toEqual({ cancelled: true });
    const result = await running;
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'The export was cancelled; nothing was written.' } });
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(out.dir)).toEqual(['memo.team.docx']);
    expect(await ok(t.registry, 'export.progress', { jobId })).toMatchObject({ stage: 'cancelled' });
    const early = randomUUID();
    await ok(t.registry, 'export.cancel', { jobId: early });
    expect((await failed(t.registry, 'export.render', { scope, format: 'json', jobId: early })).code).toBe('cancelled');
  });
});
