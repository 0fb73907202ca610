import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Suggestion, Suggestions, SuggestOptions, suggest } from '../../src/shared/domain/extract';

/** Module specifiers a file imports (static, re-export, dynamic). */
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\s(?:[^'"]*?\sfrom\s)?\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
const DIR = join(__dirname, '..', '..', 'src', 'shared', 'domain', 'extract');
const SAMPLE = [
  'On 12 May, monitors documented the killing of at least 52 civilians, including 14 children, according to the CRM.',
  '"We left before dawn and took nothing," a teacher from the old quarter told researchers. Governor Hassan al Saadi spoke.',
  'قُتل ما لا يقل عن ٢٠ مدنياً، بينهم ٦ أطفال، ونزح العشرات. وقال مسؤول محلي: «لن نسمح بتكرار ما حدث في القرية».',
].join('\n\n');
const ACTORS = [{ id: 'saadi', names: ['Hassan al-Saadi', 'السعدي'] }, { id: 'crm', names: ['CRM'] }];

describe('the extraction engine', () => {
  it('returns suggestions that validate against the exported zod schemas', () => {
    const out = suggest(SAMPLE, { actors: ACTORS, vague: true });
    expect(Suggestions.parse(out)).toEqual(out);
    expect(new Set(out.map((s) => s.kind))).toEqual(new Set(['figure', 'quote', 'mention']));
    expect(SuggestOptions.parse({ actors: ACTORS, vague: true })).toEqual({ actors: ACTORS, vague: true });
    expect(() => Suggestion.parse({ kind: 'figure', start: 0, end: 1, text: 'x', qualifier: 'roughly', status: 'killed', group: 'total' })).toThrow();
  });

  it('is deterministic and ordered by position', () => {
    const a = suggest(SAMPLE, { actors: ACTORS, vague: true });
    expect(suggest(SAMPLE, { actors: ACTORS, vague: true })).toEqual(a);
    expect(a.map((s) => s.start)).toEqual([...a.map((s) => s.start)].sort((x, y) => x - y));
  });

  it('gives positions in code points, also after characters outside the BMP', () => {
    const text = '𝐍𝐞𝐰𝐬 🕊️ — At least 12 civilians were killed. “We lost everything,” said a farmer.';
    const cps = [...text];
    const out = suggest(text);
    expect(out.map((s) => s.text)).toEqual(['At least 12 civilians', 'We lost everything,']);
    for (const s of out) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
  });

  it('handles empty, blank and punctuation-only text', () => {
    for (const t of ['', '   ', '\n\n', '"', '«»', '...', '12', 'ـ']) expect(suggest(t, { actors: ACTORS, vague: true })).toEqual([]);
  });

  it('copes with Windows line endings and a byte-order mark', () => {
    const out = suggest('\uFEFFAt least 12 civilians were killed.\r\n\r\n"We lost everything, everything we had," said a farmer.\r\n');
    expect(out.map((s) => [s.kind, s.text])).toEqual([
      ['figure', 'At least 12 civilians'],
      ['quote', 'We lost everything, everything we had,'],
    ]);
  });

  it('is pure and isomorphic: no Node built-ins, nothing outside src/shared; small modules', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      for (const spec of importsOf(join(DIR, f))) {
        expect(spec.startsWith('.') || spec === 'zod', `${f} imports ${spec}`).toBe(true);
        expect(spec.startsWith('../../') || spec.startsWith('node:'), `${f} imports ${spec}`).toBe(false);
      }
      expect(readFileSync(join(DIR, f), 'utf8').split('\n').length, f).toBeLessThan(300);
    }
  });
});
