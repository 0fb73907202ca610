import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/node/cli/main';
import { tamper } from '../helpers/casefile-bags';
import { buildLeakCase } from '../helpers/leak-case';
import { ok, tempDir, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
let out: ReturnType<typeof tempDir>;
let zip: Uint8Array;
let good: string;

/** `fieldnotes verify FILE` in this process, without --data: verify opens no workspace. */
async function verify(path: string, ...extra: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await main(['verify', path, ...extra], { out: (l) => lines.push(l), err: (l) => errors.push(l) });
  return { code, out: lines.join('\n'), err: errors.join('\n') };
}

const write = (name: string, bytes: Uint8Array) => {
  const path = join(out.dir, name);
  writeFileSync(path, bytes);
  return path;
};

beforeAll(async () => {
  t = tempWorkspace();
  out = tempDir();
  const { caseId } = await buildLeakCase(t.registry);
  zip = Buffer.from((await ok(t.registry, 'casefile.render', { scope: { kind: 'case', caseId }, profile: 'team' })).dataBase64, 'base64');
  good = write('good.team.fieldnotes.zip', zip);
}, 120_000);
afterAll(() => {
  t.remove();
  out.remove();
});

describe('fieldnotes verify FILE', () => {
  it('exits 0 for a complete and valid case file, needing no workspace', async () => {
    const r = await verify(good);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^good\.team\.fieldnotes\.zip is a complete and valid case file: \d+ files, \d+ bytes, every one matching its SHA-256 \(profile team, made by Fieldnotes [\d.]+ on \d{4}-\d\d-\d\d\)\.$/);
    const json = await verify(good, '--json');
    expect(JSON.parse(json.out)).toMatchObject({ valid: true, problems: [] });
  });

  it('exits 1 naming a file altered', async () => {
    const r = await verify(write('altered.zip', tamper(zip, (f) => (f['data/report.md'] = strToU8('changed')))));
    expect(r.code).toBe(1);
    expect(r.out).toContain('data/report.md was altered: its SHA-256 does not match manifest-sha256.txt');
    // Payload-Oxum counts the bytes, so the changed size is named too
    expect(r.out).toMatch(/Payload-Oxum/);
  });

  it('exits 1 naming a file added, in the payload or beside it', async () => {
    const r = await verify(write('added.zip', tamper(zip, (f) => {
      f['data/extra.txt'] = strToU8('slipped in');
      f['notes.txt'] = strToU8('beside the payload');
    })));
    expect(r.code).toBe(1);
    expect(r.out).toContain('data/extra.txt was added: it is not in manifest-sha256.txt');
    expect(r.out).toContain('notes.txt was added: it is not in tagmanifest-sha256.txt');
  });

  it('exits 1 naming a file removed, a payload file or a tag file', async () => {
    const r = await verify(write('removed.zip', tamper(zip, (f) => {
      delete f['data/case.json'];
      delete f['bag-info.txt'];
    })));
    expect(r.code).toBe(1);
    expect(r.out).toContain('data/case.json was removed: manifest-sha256.txt lists it but the bag does not hold it');
    expect(r.out).toContain('bag-info.txt was removed: tagmanifest-sha256.txt lists it but the bag does not hold it');
  });

  it('names each problem once in --json, with its kind and path', async () => {
    const r = await verify(write('two.zip', tamper(zip, (f) => {
      f['data/report.html'] = strToU8('x');
      delete f['data/report.md'];
    })), '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.valid).toBe(false);
    expect(report.problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'altered', path: 'data/report.html' }),
      expect.objectContaining({ kind: 'removed', path: 'data/report.md' }),
    ]));
  });

  it('exits 1 with one sentence for a file that is not a zip, and for a missing file', async () => {
    const r = await verify(write('not.zip', strToU8('plain text, not a zip')));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/not\.zip is damaged or is not a zip archive/);
    const missing = await verify(join(out.dir, 'nope.zip'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no such file/);
  });

  it('documents itself in --help and the command list', async () => {
    const lines: string[] = [];
    expect(await main(['verify', '--help'], { out: (l) => lines.push(l), err: () => {} })).toBe(0);
    expect(lines.join('\n')).toMatch(/fieldnotes verify FILE \[--json\]/);
    const all: string[] = [];
    await main(['--help'], { out: (l) => all.push(l), err: () => {} });
    expect(all.join('\n')).toMatch(/verify FILE/);
    expect(all.join('\n')).toMatch(/casefile export/);
  });
});

describe('fieldnotes casefile export', () => {
  it('writes a case file that verifies', async () => {
    const caseId = (await ok(t.registry, 'cases.list', {})).cases[0].id;
    t.ws.close();
    const path = join(out.dir, 'cli.public.fieldnotes.zip');
    const lines: string[] = [];
    const code = await main(['--data', t.dir, 'casefile', 'export', '--case', caseId, '--profile', 'public', '--out', path], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    expect(code, lines.join('\n')).toBe(0);
    expect(lines[0]).toMatch(/^Wrote .*cli\.public\.fieldnotes\.zip \(\d+ files in the bag, \d+ bytes, sha256 [0-9a-f]{64}\)\.$/);
    expect(lines[1]).toMatch(/^Withheld: 3 witness identities/);
    expect((await verify(path)).code).toBe(0);
  });
});
