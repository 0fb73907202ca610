import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggest, type FigureSuggestion } from '../../src/shared/domain/extract';

const FIXTURES = join(__dirname, '..', 'fixtures', 'extract');
interface ExpectedFigure extends Partial<Omit<FigureSuggestion, 'kind' | 'start' | 'end'>> {
  text: string;
}
interface FigureCase {
  rule: string;
  text: string;
  figures?: ExpectedFigure[];
  vague?: number;
}
const load = (name: string) => (JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as { cases: FigureCase[] }).cases;
const figuresIn = (text: string, vague = false) => suggest(text, { vague }).filter((s): s is FigureSuggestion => s.kind === 'figure');

/** The fields a researcher records, in a stable shape for comparison. */
function shape(f: Partial<FigureSuggestion>, withReporter: boolean) {
  return {
    text: f.text,
    value: f.value,
    min: f.min,
    max: f.max,
    qualifier: f.qualifier,
    status: f.status,
    group: f.group,
    ...(withReporter ? { reported_by: f.reported_by } : {}),
  };
}

for (const file of ['figures-en.json', 'figures-ar.json']) {
  describe(`figures (${file})`, () => {
    for (const c of load(file)) {
      it(c.rule, () => {
        const found = figuresIn(c.text);
        const expected = c.figures ?? [];
        expect(found.map((f, i) => shape(f, expected[i]?.reported_by !== undefined))).toEqual(expected.map((e) => shape(e, e.reported_by !== undefined)));
        // positions are code points of the text and cover exactly the suggested text
        const cps = [...c.text];
        for (const f of found) expect(cps.slice(f.start, f.end).join('')).toBe(f.text);
      });
    }
  });
}

describe('not figures', () => {
  for (const c of load('not-figures.json')) {
    it(c.rule, () => {
      expect(figuresIn(c.text).map((f) => f.text)).toEqual([]);
      if (c.vague) {
        const vague = figuresIn(c.text, true);
        expect(vague).toHaveLength(c.vague);
        for (const f of vague) {
          expect(f.qualifier).toBe('vague');
          expect(f.value ?? f.min ?? f.max).toBeUndefined();
        }
      }
    });
  }
});

describe('vague quantities', () => {
  it('are suggested only with the option, with qualifier "vague" and no number', () => {
    const text = 'Dozens of civilians were killed and hundreds of people fled.';
    expect(figuresIn(text)).toEqual([]);
    expect(figuresIn(text, true).map((f) => [f.text, f.qualifier, f.status, f.group])).toEqual([
      ['Dozens of civilians', 'vague', 'killed', 'civilians'],
      ['hundreds of people', 'vague', 'displaced', 'total'],
    ]);
  });

  it('in Arabic', () => {
    expect(figuresIn('قتل عشرات المدنيين في القصف.', true).map((f) => [f.text, f.qualifier, f.status, f.group])).toEqual([
      ['عشرات المدنيين', 'vague', 'killed', 'civilians'],
    ]);
  });

  it('"N of them" is a part of the figure before it', () => {
    const [, part] = figuresIn('A further 340 people were wounded, dozens of them critically.', true);
    expect([part.text, part.qualifier, part.status]).toEqual(['dozens of them', 'vague', 'injured']);
  });
});
