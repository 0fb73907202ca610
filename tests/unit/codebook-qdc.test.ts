import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/api/errors';
import type { CodebookDocument } from '../../src/shared/schemas/code';
import { packDescription, parseCodebookJson, unpackDescription } from '../../src/node/interop/codebook-json';
import {
  DEFAULT_CODE_COLOURS,
  exportCodebookQdc,
  parseCodebookQdc,
} from '../../src/node/interop/codebook-qdc';

const FIXTURES = join(__dirname, '..', 'fixtures', 'qdc');
const XSD = resolve(__dirname, '..', '..', '..', 'shared', 'specs', 'refi-qda', 'Codebook-v1.0.xsd');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const sample = (): CodebookDocument => parseCodebookJson(fixture('sample-codebook.json')).doc;
const byName = (doc: CodebookDocument, name: string) => doc.codes.find((c) => c.name === name)!;
const empty = { definition: '', whenToUse: '', whenNotToUse: '', example: '' };

function validator(): { ok: boolean; reason: string } {
  if (!existsSync(XSD)) return { ok: false, reason: `schema not found at ${XSD}` };
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return probe.error ? { ok: false, reason: 'xmllint is not installed' } : { ok: true, reason: '' };
}
const xsd = validator();
const tmp = mkdtempSync(join(tmpdir(), 'fieldnotes-qdc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function xmllint(xml: string): { status: number | null; output: string } {
  const file = join(tmp, `codebook-${Math.random().toString(36).slice(2)}.qdc`);
  writeFileSync(file, xml, 'utf8');
  const run = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function expectInvalid(action: () => unknown, message: RegExp): void {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe('invalid_input');
  expect((caught as AppError).message).toMatch(message);
}

/** A codebook with one code; `overrides` changes that code. */
function single(overrides: Partial<CodebookDocument['codes'][number]>, name = 'One code'): CodebookDocument {
  const code = { id: '7d5c1f2e-3a4b-4c6d-8e9f-0a1b2c3d4e5f', parentId: null, name: 'Code', color: '#336699', description: empty, shortcut: null, isCodable: true, sortOrder: 0 };
  return { format: 'fieldnotes-codebook', version: 1, name, codes: [{ ...code, ...overrides }] };
}

describe('exportCodebookQdc', () => {
  it('writes a REFI-QDA codebook with nested codes in sortOrder', () => {
    const xml = exportCodebookQdc(sample());
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n/);
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Fieldnotes 0.1.0">');
    expect(xml).toContain('<Code guid="486cbfc8-912b-4789-aa5a-c2947865d1a4" name="Actors" isCodable="false" color="#7f7f7f">');
    expect(xml.indexOf('name="Government forces"')).toBeLessThan(xml.indexOf('name="Militias"'));
    expect(xml).toMatch(/name="Armed groups"[^]*name="Militias"[^]*<\/Code>\s*<\/Code>\s*<Code [^>]*name="Civilians"/);
  });

  it('exports a definition-only description as just that text', () => {
    const xml = exportCodebookQdc(sample());
    expect(xml).toContain('<Description>Physical harm short of death.\n\nShortcut key: i</Description>');
    expect(xml).toContain('<Description>Organised groups carrying weapons.</Description>');
  });

  it('escapes markup and drops characters XML 1.0 forbids', () => {
    const doc = single({ name: 'A & B <"x">\ttab\nline', description: { ...empty, definition: 'bell\u0007 & <b> ]]> \r\n' } });
    const xml = exportCodebookQdc(doc);
    expect(xml).toContain('name="A &amp; B &lt;&quot;x&quot;&gt;&#9;tab&#10;line"');
    expect(xml).toContain('<Description>bell &amp; &lt;b&gt; ]]&gt; &#13;\n</Description>');
    expect(xml).not.toContain('\u0007');
    expect(parseCodebookQdc(xml).doc.codes[0].description.definition).toBe('bell & <b> ]]> \r\n');
  });

  it('refuses an empty codebook and a hierarchy with a loop', () => {
    expectInvalid(() => exportCodebookQdc({ ...single({}), codes: [] }), /no codes/);
    const a = single({}).codes[0];
    const b = { ...a, id: '8e6d2a3f-4b5c-4d7e-9f0a-1b2c3d4e5f60', name: 'B', parentId: a.id };
    expectInvalid(() => exportCodebookQdc({ ...single({}), codes: [{ ...a, parentId: b.id }, b] }), /loop/);
  });

  it.skipIf(!xsd.ok)(`validates against Codebook-v1.0.xsd with xmllint${xsd.ok ? '' : ` (SKIPPED: ${xsd.reason})`}`, () => {
    const tricky = single({ name: 'ctl\u0001 & "q" \n', color: '#ABC', shortcut: 'z', description: { definition: 'When to use:', whenToUse: '\u000b', whenNotToUse: 'x', example: '' } });
    for (const xml of [exportCodebookQdc(sample()), exportCodebookQdc(tricky)]) {
      const result = xmllint(xml);
      expect(result.output).toMatch(/validates/);
      expect(result.status).toBe(0);
    }
  });
});

describe('round trip JSON -> .qdc -> JSON', () => {
  it('is lossless for the sample codebook (already in document order)', () => {
    const doc = sample();
    expect(doc.codes).toHaveLength(17);
    const back = parseCodebookQdc(exportCodebookQdc(doc));
    expect(back.problems).toEqual([]);
    expect(back.doc).toEqual(doc);
  });

  it('renumbers sortOrder 0..n-1 per parent in document order, and nothing else changes', () => {
    const doc = sample();
    const shuffled: CodebookDocument = { ...doc, codes: [...doc.codes].reverse().map((c) => ({ ...c, sortOrder: c.sortOrder * 10 + 5 })) };
    expect(parseCodebookQdc(exportCodebookQdc(shuffled)).doc).toEqual(doc);
  });

  it('keeps every description part and shortcut through tricky text', () => {
    const cases: [CodebookDocument['codes'][number]['description'], string | null][] = [
      [{ definition: 'Only a definition', whenToUse: '', whenNotToUse: '', example: '' }, null],
      [{ definition: '', whenToUse: 'only when', whenNotToUse: '', example: '' }, null],
      [{ definition: '', whenToUse: '', whenNotToUse: '', example: '' }, '7'],
      [{ definition: 'Shortcut key: a', whenToUse: '', whenNotToUse: '', example: '' }, null],
      [{ definition: 'a\n\nWhen to use:\nb', whenToUse: '\\When to use:', whenNotToUse: '\\\\Example:\n', example: '\n' }, 'q'],
      [{ definition: '\n', whenToUse: ' ', whenNotToUse: 'Example: inline is fine', example: 'Shortcut key: b' }, null],
      [{ definition: 'تعريف\r\nسطر', whenToUse: 'عندما', whenNotToUse: 'ليس عندما', example: 'مثال: "نص"' }, 'x'],
    ];
    for (const [description, shortcut] of cases) {
      const doc = single({ description, shortcut });
      expect(parseCodebookQdc(exportCodebookQdc(doc)).doc).toEqual(doc);
    }
  });

  it('survives random mixes of headings, backslashes and blank lines', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const atoms = ['When to use:', 'When not to use:', 'Example:', 'Shortcut key: c', '\\', '\\Example:', '', 'text', 'ن', ' '];
    const text = () => Array.from({ length: Math.floor(random() * 5) }, () => atoms[Math.floor(random() * atoms.length)]).join('\n');
    for (let i = 0; i < 300; i++) {
      const description = { definition: text(), whenToUse: text(), whenNotToUse: text(), example: text() };
      const shortcut = random() < 0.5 ? 'c' : null;
      expect(unpackDescription(packDescription(description, shortcut))).toEqual({ description, shortcut });
    }
  });

  it('reads the sections of a description written by hand', () => {
    const text = 'Looting.\nWhen to use:\nReported by residents.\n\nExample:\nShops emptied.';
    expect(unpackDescription(text).description).toEqual({ definition: 'Looting.', whenToUse: 'Reported by residents.', whenNotToUse: '', example: 'Shops emptied.' });
  });

  it('keeps the codebook name', () => {
    const doc = single({}, 'Coast & “hills” <2025> ?>');
    expect(parseCodebookQdc(exportCodebookQdc(doc)).doc.name).toBe('Coast & “hills” <2025> ?>');
  });
});

describe('parseCodebookQdc: vendor files', () => {
  it('ATLAS.ti: braces and upper-case guids, upper-case and short colours, entities', () => {
    const { doc, problems } = parseCodebookQdc(fixture('atlas-ti.qdc'));
    expect(problems).toEqual([]);
    expect(doc.name).toBe('Codebook from ATLAS.ti 23.2.1');
    expect(doc.codes.map((c) => [c.id, c.color])).toEqual([
      ['5f0c7e1a-3b2d-4c8e-9a6f-1d2e3f4a5b6c', '#1f77b4'],
      ['0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9', '#aec7e8'],
      ['9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', '#ff8800'],
      ['3c4d5e6f-7a8b-4c9d-ae0f-1a2b3c4d5e6f', '#d62728'],
    ]);
    expect(byName(doc, 'Evacuation orders').parentId).toBe('5f0c7e1a-3b2d-4c8e-9a6f-1d2e3f4a5b6c');
    expect(byName(doc, 'Checkpoints & arrests').description.definition).toBe('Stops, searches and detentions at checkpoints.\nIncludes <temporary> checkpoints.');
    expect(byName(doc, 'حصار').sortOrder).toBe(2);
  });

  it('NVivo: prefixed namespace, nested categories, palette colours by order and inheritance', () => {
    const { doc, problems } = parseCodebookQdc(fixture('nvivo.qdc'));
    expect(problems).toEqual(['4 codes had no colour and got one from the Fieldnotes palette.']);
    expect(doc.codes.map((c) => [c.name, c.isCodable, c.color, c.sortOrder])).toEqual([
      ['Actors', false, '#7f7f7f', 0],
      ['Armed groups', false, '#7f7f7f', 0],
      ['Government forces', true, '#8c564b', 0],
      ['Militias', true, '#7f7f7f', 1],
      ['Civilians', true, '#17becf', 1],
      ['Harm', false, DEFAULT_CODE_COLOURS[1], 1],
      ['Injury', true, DEFAULT_CODE_COLOURS[1], 0],
    ]);
    expect(byName(doc, 'Government forces').parentId).toBe(byName(doc, 'Armed groups').id);
  });

  it('MAXQDA: CDATA descriptions, Arabic names, code sets kept as categories', () => {
    const { doc, problems } = parseCodebookQdc(fixture('maxqda.qdc'));
    expect(problems).toEqual([
      'The code set “Round 1 codes” was kept as the category “Round 1 codes” (not applicable) holding its 2 codes.',
      'The code set “Arabic terms” was kept as the category “Arabic terms” (not applicable); 1 code of the set already under another code stayed there and is named in its definition.',
    ]);
    const round1 = byName(doc, 'Round 1 codes');
    expect([round1.isCodable, round1.id, round1.description.definition]).toEqual([false, '5d9c2a6b-84f7-4ead-b15b-6c4a9f3e1d7a', 'Codes used in the first coding round.']);
    expect([byName(doc, 'Sectarian framing').parentId, byName(doc, 'Eyewitness').parentId]).toEqual([round1.id, round1.id]);
    expect(byName(doc, 'Arabic terms').description.definition).toBe('Code set “Arabic terms” from the imported file. Also in this set: “خطاب طائفي”.');
    expect(byName(doc, 'Sectarian framing').description.definition).toBe('Language that frames the event by religious identity.\nQuotes like "they & their kind" count.');
    expect(byName(doc, 'خطاب طائفي').parentId).toBe('2a6f9d3e-51c4-4b7a-9e28-3f1d6c0b8a47');
  });

  it('names a codebook in an older namespace, and reads it the same', () => {
    const old = fixture('taguette.qdc').replace(/xmlns="[^"]*"/, 'xmlns="urn:QDA-XML:codebook:0:4"');
    expect(old).toContain('0:4');
    const { doc, problems } = parseCodebookQdc(old);
    expect(problems[0]).toBe('The file uses the namespace “urn:QDA-XML:codebook:0:4” (an older or other version of REFI-QDA), not urn:QDA-XML:codebook:1.0; it was read as version 1.0.');
    expect(doc.codes).toEqual(parseCodebookQdc(fixture('taguette.qdc')).doc.codes);
  });

  it('QualCoder: no namespace, 0/1 and missing isCodable, extra attributes and elements', () => {
    const { doc, problems } = parseCodebookQdc(fixture('qualcoder.qdc'));
    expect(doc.codes.map((c) => [c.name, c.isCodable])).toEqual([['Harm', false], ['Killing', true], ['Injury', true]]);
    expect(byName(doc, 'Killing').description).toEqual({
      definition: 'Death of one or more people.',
      whenToUse: 'Deaths confirmed by at least one source.',
      whenNotToUse: '',
      example: '“Three men were shot at the checkpoint.”',
    });
    expect(problems).toEqual([
      'The “catid” attribute of codes is not read by Fieldnotes; it was ignored.',
      'The “cid” attribute of codes is not read by Fieldnotes; it was ignored.',
      "The file's <Memo> elements are not read by Fieldnotes; they were ignored.",
      '1 code did not say whether it can be applied (isCodable); it was made applicable.',
    ]);
  });

  it('Taguette: minimal codes without colours or descriptions', () => {
    const { doc, problems } = parseCodebookQdc(fixture('taguette.qdc'));
    expect(problems).toEqual(['3 codes had no colour and got one from the Fieldnotes palette.']);
    expect(doc.codes.map((c) => c.color)).toEqual(DEFAULT_CODE_COLOURS.slice(0, 3));
    expect(doc.codes.every((c) => c.parentId === null && c.isCodable && c.shortcut === null)).toBe(true);
    expect(doc.codes[0].description).toEqual(empty);
  });

  it('a .qde project: reads the codebook inside and names the rest as not imported', () => {
    const { doc, problems } = parseCodebookQdc(fixture('project.qde'));
    expect(doc.name).toBe('Coastal events 2025');
    expect(doc.codes.map((c) => c.name)).toEqual(['Violence', 'Shooting', 'Place']);
    expect(problems).toEqual(['This is a whole project file (.qde): only its codebook was imported, not its sources, coding, cases or notes.']);
  });

  it('repairs duplicate and invalid guids, name clashes, empty names and bad colours', () => {
    const { doc, problems } = parseCodebookQdc(fixture('problems.qdc'));
    expect(doc.codes.map((c) => c.name)).toEqual(['Arrests', 'Detention', 'arrests (2)', 'Torture', 'Orphaned subcode', 'No identifier', 'Tagged']);
    expect(new Set(doc.codes.map((c) => c.id)).size).toBe(7);
    expect(byName(doc, 'Arrests').id).toBe('4d2b135a-7380-4b1a-8cfb-5b39e2816a03');
    expect(byName(doc, 'Detention').id).not.toBe('4d2b135a-7380-4b1a-8cfb-5b39e2816a03');
    expect(byName(doc, 'Orphaned subcode').parentId).toBeNull();
    expect(byName(doc, 'arrests (2)').color).toBe(DEFAULT_CODE_COLOURS[2]);
    expect(byName(doc, 'No identifier').color).toBe('#aabbcc');
    expect(problems).toEqual([
      'The “createdBy” attribute of the codebook is not read by Fieldnotes; it was ignored.',
      '“arrests” has a colour Fieldnotes cannot read (“red”); it was given one from the palette.',
      '“Torture” has a colour Fieldnotes cannot read (“#12345”); it was given one from the palette.',
      '“Torture” has an unreadable isCodable value (“yes”); it was made applicable.',
      'A code without a name at the top level was skipped; its subcodes were kept one level up.',
      'The “weight” attribute of codes is not read by Fieldnotes; it was ignored.',
      "The file's <Memo> elements are not read by Fieldnotes; they were ignored.",
      "The file's <Notes> elements are not read by Fieldnotes; they were ignored.",
      '“Detention” has the same identifier as “Arrests”; it was kept as a separate code with a new identifier.',
      '“Torture” has an identifier Fieldnotes cannot read (“not-a-guid”); it was given a new one.',
      '1 code had no identifier and got a new one.',
      '“arrests” has the same name as another code at the top level; it was renamed “arrests (2)”.',
    ]);
  });

  it('gives the same new ids when the same file is imported again', () => {
    const first = parseCodebookQdc(fixture('problems.qdc')).doc.codes.map((c) => c.id);
    expect(parseCodebookQdc(fixture('problems.qdc')).doc.codes.map((c) => c.id)).toEqual(first);
  });

  it('accepts a BOM, CRLF line ends and a DOCTYPE without entities', () => {
    const xml = '\uFEFF<?xml version="1.0"?>\r\n<!DOCTYPE CodeBook>\r\n<CodeBook><Codes><Code guid="{7D5C1F2E-3A4B-4C6D-8E9F-0A1B2C3D4E5F}" name="A" isCodable="true" color="#fff">\r\n<Description>x\r\ny</Description></Code></Codes></CodeBook>';
    const { doc } = parseCodebookQdc(xml);
    expect(doc.codes[0]).toMatchObject({ id: '7d5c1f2e-3a4b-4c6d-8e9f-0a1b2c3d4e5f', color: '#ffffff', description: { definition: 'x\ny' } });
  });
});

describe('parseCodebookQdc: files it refuses', () => {
  it.each([
    ['an unclosed element', '<CodeBook><Codes><Code guid="x" name="A" isCodable="true"></Codes></CodeBook>', /not well-formed XML: <\/Codes> closes <Code>/],
    ['a missing end tag', '<CodeBook><Codes>', /not well-formed XML: <Codes> is never closed \(line 1\)/],
    ['two top elements', '<CodeBook/>\n<CodeBook/>', /not well-formed XML: there is more than one top element \(line 2\)/],
    ['text outside the root', '<CodeBook/>trailing', /text outside the top element/],
    ['plain text', 'This is not XML at all', /text outside the top element/],
    ['an empty file', '', /contains no element/],
    ['a bare ampersand', '<CodeBook><Codes><Code name="A & B"/></Codes></CodeBook>', /a bare “&”/],
    ['an HTML entity', '<CodeBook><Codes><Code name="A&nbsp;B"/></Codes></CodeBook>', /the entity “&nbsp;” is not defined/],
    ['a forbidden character reference', '<CodeBook><Codes><Code name="A&#1;"/></Codes></CodeBook>', /character reference “&#1;”/],
    ['an unquoted attribute', '<CodeBook><Codes><Code name=A/></Codes></CodeBook>', /a broken tag “<Code name=A\/>/],
    ['a repeated attribute', '<CodeBook><Codes><Code name="A" name="B"/></Codes></CodeBook>', /attribute “name” appears twice/],
    ['an unclosed comment', '<CodeBook><!-- note </CodeBook>', /a comment is never closed/],
    ['a bad reference in the name instruction', '<?fieldnotes codebook-name="&#99999999;"?><CodeBook/>', /character reference “&#99999999;”/],
  ])('refuses %s as malformed XML', (_label, xml, message) => {
    expectInvalid(() => parseCodebookQdc(xml), message);
  });

  it('refuses entity declarations (no external entities are ever read)', () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE CodeBook [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<CodeBook><Codes><Code guid="7d5c1f2e-3a4b-4c6d-8e9f-0a1b2c3d4e5f" name="&secret;" isCodable="true"/></Codes></CodeBook>';
    expectInvalid(() => parseCodebookQdc(xxe), /declares XML entities/);
    expectInvalid(() => parseCodebookQdc('<!DOCTYPE a [<!ENTITY x "y">'), /declares XML entities/);
  });

  it('refuses a file without codes or with another root element', () => {
    expectInvalid(() => parseCodebookQdc('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>'), /^The codebook file contains no codes\.$/);
    expectInvalid(() => parseCodebookQdc('<CodeBook><Codes><Code name=" " isCodable="true"/></Codes></CodeBook>'), /contains no codes/);
    expectInvalid(() => parseCodebookQdc('<Project name="p"><Sources/></Project>'), /contains no codes/);
    expectInvalid(() => parseCodebookQdc('<html><body>hi</body></html>'), /not a REFI-QDA codebook: its top element is <html>/);
  });
});
