import { strToU8, Zip, ZipPassThrough, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/api/errors';
import { CASE_FILE_LIMITS, readCaseFile } from '../../src/node/casefile';
import { bagFiles, editCaseJson, rebag, tamper } from '../helpers/casefile-bags';
import { buildLeakCase } from '../helpers/leak-case';
import { ok, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
let zip: Uint8Array;
let base: string;

beforeAll(async () => {
  t = tempWorkspace();
  const { caseId } = await buildLeakCase(t.registry);
  zip = Buffer.from((await ok(t.registry, 'casefile.render', { scope: { kind: 'case', caseId }, profile: 'internal' })).dataBase64, 'base64');
  base = bagFiles(zip).base;
}, 120_000);
afterAll(() => t.remove());

/** The one sentence a refusal gives (and that it is one: no second sentence after it). */
function refusal(bytes: Uint8Array, limits = CASE_FILE_LIMITS): string {
  try {
    readCaseFile(bytes, { fileName: 'hostile.zip', limits });
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const message = (error as AppError).message;
    expect(message.split(/(?<=[.!?])\s+(?=[A-Z])/), message).toHaveLength(1);
    return message;
  }
  throw new Error('the case file was read');
}

/** A valid bag's entries plus one more, zipped raw. */
const withEntry = (name: string, data: Uint8Array, attrs: { os?: number; attrs?: number } = {}) => {
  const { files } = bagFiles(zip);
  return zipSync({ ...Object.fromEntries(Object.entries(files).map(([p, b]) => [`${base}/${p}`, b])), [name]: [data, attrs] });
};

describe('readCaseFile reads a sound case file', () => {
  it('returns case.json, the originals by SHA-256 and the bag info', () => {
    const c = readCaseFile(zip);
    expect(c.base).toBe(base);
    expect(c.caseFile.articles.length).toBeGreaterThan(0);
    expect(c.originals.has(c.caseFile.articles[0].original.sha256)).toBe(true);
    expect(c.info['Fieldnotes-Profile']).toBe('internal');
  });
});

describe('readCaseFile refuses a hostile case file with one clear sentence', () => {
  it('a path escaping the folder (zip slip)', () => {
    expect(refusal(withEntry(`${base}/data/../../evil.sh`, strToU8('rm -rf ~')))).toMatch(/^hostile\.zip holds a path that escapes its folder \(.*evil\.sh\); a case file never does/);
  });

  it('an absolute path, Unix or Windows', () => {
    expect(refusal(withEntry('/etc/cron.d/evil', strToU8('x')))).toMatch(/holds an absolute path \(\/etc\/cron\.d\/evil\)/);
    expect(refusal(withEntry('C:/Windows/evil.dll', strToU8('x')))).toMatch(/holds an absolute path \(C:\/Windows\/evil\.dll\)/);
  });

  it('a symbolic link', () => {
    const link = withEntry(`${base}/data/originals/link`, strToU8('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 });
    expect(refusal(link)).toMatch(/holds a symbolic link \(.*data\/originals\/link\)/);
  });

  it('the same path twice', () => {
    const chunks: Uint8Array[] = [];
    const z = new Zip((err, chunk) => {
      if (err) throw err;
      chunks.push(chunk);
    });
    for (const [p, b] of Object.entries(bagFiles(zip).files)) {
      const entry = new ZipPassThrough(`${base}/${p}`);
      z.add(entry);
      entry.push(b, true);
    }
    const dup = new ZipPassThrough(`${base}/data/case.json`);
    z.add(dup);
    dup.push(strToU8('{}'), true);
    z.end();
    expect(refusal(Buffer.concat(chunks))).toMatch(/holds the same path twice \(.*data\/case\.json\)/);
  });

  it('a zip bomb: compression ratio, size of one file, size of the whole', () => {
    const zeros = rebag(zip, (p) => (p['data/zeros.bin'] = new Uint8Array(8 * 1024 * 1024)));
    expect(refusal(zeros)).toMatch(/holds a file \(.*zeros\.bin\) compressed more than 200 to 1 \(it may be a "zip bomb"\)/);
    expect(refusal(zip, { ...CASE_FILE_LIMITS, entryBytes: 4096 })).toMatch(/holds a file \(.*\) that unpacks to more than 0 MB \(it may be a "zip bomb"\)/);
    expect(refusal(zip, { ...CASE_FILE_LIMITS, totalBytes: 64 * 1024 })).toMatch(/would unpack to more than 0 MB \(it may be a "zip bomb"\)/);
    expect(refusal(zip, { ...CASE_FILE_LIMITS, entries: 5 })).toMatch(/contains \d+ files; a case file has fewer than 5/);
  });

  it('a manifest that does not match', () => {
    expect(refusal(tamper(zip, (f) => (f['data/report.md'] = strToU8('rewritten'))))).toMatch(/^hostile\.zip was refused and nothing was read: data\/report\.md was altered: its SHA-256 does not match manifest-sha256\.txt \(and 1 more problem; "fieldnotes verify" lists them\)\.$/);
  });

  it('a case.json that fails the schema', () => {
    const bad = rebag(zip, editCaseJson((j) => (j.articles[0].id = 'not-an-id')));
    expect(refusal(bad)).toMatch(/data\/case\.json does not follow the case-file schema \(articles\.0\.id: /);
  });

  it('a newer format version, in case.json or in bag-info.txt', () => {
    expect(refusal(rebag(zip, editCaseJson((j) => (j.version = 2))))).toMatch(/it was made by a newer Fieldnotes \(case-file format version 2; this one reads version 1\): update Fieldnotes to open it\.$/);
    expect(refusal(rebag(zip, () => {}, { 'Fieldnotes-Version': '3' }))).toMatch(/made by a newer Fieldnotes \(case-file format version 3;/);
  });

  it('an original whose bytes do not match its name', () => {
    const swapped = rebag(zip, (p) => {
      const name = Object.keys(p).find((k) => k.startsWith('data/originals/'))!;
      p[name] = strToU8('other bytes under the same name');
    });
    expect(refusal(swapped)).toMatch(/data\/originals\/[0-9a-f]{64}\.txt: the bytes of this original do not match its name, which must be their SHA-256/);
  });

  it('a zip that is not one bag folder', () => {
    expect(refusal(zipSync({ 'bagit.txt': strToU8('BagIt-Version: 1.0\n') }))).toMatch(/the zip must hold exactly one folder, the bag, and nothing beside it/);
  });
});
