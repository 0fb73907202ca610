import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/api/errors';
import type { CodebookDocument } from '../../src/shared/schemas/code';
import { exportCodebookJson, parseCodebookJson } from '../../src/node/interop/codebook-json';

const SAMPLE = readFileSync(join(__dirname, '..', 'fixtures', 'qdc', 'sample-codebook.json'), 'utf8');
const sample = (): CodebookDocument => JSON.parse(SAMPLE) as CodebookDocument;
const A = '7d5c1f2e-3a4b-4c6d-8e9f-0a1b2c3d4e5f';
const B = '8e6d2a3f-4b5c-4d7e-9f0a-1b2c3d4e5f60';
const C = '9f7e3b40-5c6d-4e8f-a01b-2c3d4e5f6071';
const GONE = 'a08f4c51-6d7e-4f90-b12c-3d4e5f607182';

function code(id: string, name: string, parentId: string | null = null): Record<string, unknown> {
  return { id, parentId, name, color: '#336699', description: { definition: '', whenToUse: '', whenNotToUse: '', example: '' }, shortcut: null, isCodable: true, sortOrder: 0 };
}
const file = (codes: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'fieldnotes-codebook', version: 1, name: 'Test', codes, ...extra });

function refusal(text: string): AppError {
  try {
    parseCodebookJson(text);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid_input');
    return error as AppError;
  }
  throw new Error('expected parseCodebookJson to refuse the file');
}

describe('exportCodebookJson', () => {
  it('writes pretty JSON with a fixed key order and a final newline', () => {
    const text = exportCodebookJson(sample());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "fieldnotes-codebook",');
    const first = JSON.parse(text).codes[0];
    expect(Object.keys(first)).toEqual(['id', 'parentId', 'name', 'color', 'description', 'shortcut', 'isCodable', 'sortOrder']);
    expect(Object.keys(first.description)).toEqual(['definition', 'whenToUse', 'whenNotToUse', 'example']);
  });

  it('gives the same text whatever order the keys were in', () => {
    const doc = sample();
    const scrambled = JSON.parse(JSON.stringify(doc, (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    )) as CodebookDocument;
    expect(Object.keys(scrambled)[0]).toBe('codes');
    expect(exportCodebookJson(scrambled)).toBe(exportCodebookJson(doc));
  });

  it('matches the stored sample byte for byte', () => {
    expect(exportCodebookJson(sample())).toBe(SAMPLE);
  });
});

describe('parseCodebookJson', () => {
  it('round trip is lossless (deep equal), Arabic, categories, all parts and shortcuts included', () => {
    const doc = sample();
    expect(doc.codes.filter((c) => !c.isCodable).length).toBeGreaterThan(2);
    expect(doc.codes.some((c) => /[\u0600-\u06ff]/.test(c.name))).toBe(true);
    const { doc: back, problems } = parseCodebookJson(exportCodebookJson(doc));
    expect(problems).toEqual([]);
    expect(back).toEqual(doc);
  });

  it('fills defaults and normalises #RGB colours', () => {
    const { doc } = parseCodebookJson(file([{ id: A, parentId: null, name: 'Short', color: '#ABC', description: {} }]));
    expect(doc.codes[0]).toEqual({ ...code(A, 'Short'), color: '#aabbcc' });
  });

  it('accepts a byte order mark', () => {
    expect(parseCodebookJson(`\uFEFF${file([code(A, 'A')])}`).doc.codes).toHaveLength(1);
  });

  it('refuses text that is not JSON, or JSON that is not a codebook', () => {
    expect(refusal('{ "format": ').message).toMatch(/^The codebook file is not valid JSON: /);
    expect(refusal('[1, 2]').message).toMatch(/not a Fieldnotes codebook file/);
    expect(refusal(JSON.stringify({ format: 'something-else' })).message).toMatch(/not a Fieldnotes codebook file/);
  });

  it('turns schema problems into one message with the paths, and lists them as issues', () => {
    const error = refusal(file([{ ...code(A, ''), color: 'red', shortcut: 'F1' }], { version: 2 }));
    expect(error.message).toMatch(/^The codebook file is not valid: /);
    expect(error.message).toContain('version');
    expect(error.message).toContain('(and 1 more)');
    expect(error.issues?.map((i) => i.path)).toEqual(['version', 'codes.0.name', 'codes.0.color', 'codes.0.shortcut']);
    expect(error.issues?.find((i) => i.path === 'codes.0.color')?.message).toBe('must be a hex colour such as #c0392b');
  });

  it('moves codes whose parent is not in the file to the top level, with a note', () => {
    const { doc, problems } = parseCodebookJson(file([code(A, 'Kept'), code(B, 'Lost child', GONE)]));
    expect(doc.codes[1].parentId).toBeNull();
    expect(problems).toEqual(['The parent of “Lost child” is not in the file; the code was moved to the top level.']);
  });

  it('refuses a hierarchy with a loop, including a code that is its own parent', () => {
    expect(refusal(file([code(A, 'A', C), code(B, 'B', A), code(C, 'C', B)])).message).toMatch(/“A” is inside itself/);
    expect(refusal(file([code(A, 'Self', A)])).message).toMatch(/“Self” is inside itself/);
  });

  it('refuses two codes with the same id', () => {
    expect(refusal(file([code(A, 'One'), code(A, 'Two')])).message).toBe(`The codebook file is not valid: the codes “One” and “Two” have the same id (${A}).`);
  });

  it('renames sibling codes whose names differ only in case, and leaves cousins alone', () => {
    const { doc, problems } = parseCodebookJson(file([code(A, 'Harm'), code(B, 'Fear', A), code(C, 'fear', A), code(GONE, 'Fear')]));
    expect(doc.codes.map((c) => c.name)).toEqual(['Harm', 'Fear', 'fear (2)', 'Fear']);
    expect(problems).toEqual(['“fear” has the same name as another code under “Harm”; it was renamed “fear (2)”.']);
  });
});
