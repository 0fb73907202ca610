import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, meetsTarget, score, scoreDocument, TARGET } from '../../scripts/eval-extract';

// The same scoring as `npx tsx scripts/eval-extract.ts`, on the copy of the answer key in tests/fixtures.
const KEY = join(__dirname, '..', 'fixtures', 'labels.json');

describe('extraction against the answer key', () => {
  for (const vague of [false, true]) {
    it(`meets the target${vague ? ' with vague quantities on' : ''}: P and R >= ${TARGET.precision} for figures and quotes, none on not_figures`, async () => {
      const e = await evaluate(KEY, { vague });
      const report = e.documents.map((d) => `${d.file}: ${d.notes.join('; ') || 'ok'}`).join('\n');
      expect(e.documents.length).toBeGreaterThanOrEqual(4);
      expect(e.onNotFigures, report).toBe(0);
      expect(e.figures.precision, report).toBeGreaterThanOrEqual(TARGET.precision);
      expect(e.figures.recall, report).toBeGreaterThanOrEqual(TARGET.recall);
      expect(e.quotes.precision, report).toBeGreaterThanOrEqual(TARGET.precision);
      expect(e.quotes.recall, report).toBeGreaterThanOrEqual(TARGET.recall);
      expect(meetsTarget(e)).toBe(true);
    });
  }
});

describe('the scoring itself', () => {
  const text = 'At least 12 civilians were killed on 5 June. "We lost everything," said a farmer from the valley.';

  it('counts a figure on its span, value and status; a quote on its span and speaker', () => {
    const d = scoreDocument('t', text, {
      file: 't',
      figures: [{ text: '12 civilians', value: 12, status: 'killed' }],
      not_figures: ['5 June'],
      quotes: [{ text: 'We lost everything,', speaker: 'A farmer' }],
    }, false);
    expect([d.figures.tp, d.figures.fp, d.figures.fn, d.quotes.tp, d.onNotFigures]).toEqual([1, 0, 0, 1, 0]);
  });

  it('a wrong value or status is a false positive and a miss; a figure on a not-figure is counted', () => {
    const d = scoreDocument('t', text, {
      file: 't',
      figures: [{ text: '12 civilians', value: 13, status: 'killed' }],
      not_figures: ['12 civilians'],
      quotes: [{ text: 'We lost everything,', speaker: 'the mayor' }],
    }, false);
    expect([d.figures.tp, d.figures.fp, d.figures.fn, d.onNotFigures]).toEqual([0, 1, 1, 1]);
    expect([d.quotes.tp, d.quotes.fp, d.quotes.fn]).toEqual([0, 1, 1]);
  });

  it('optional figures neither help nor hurt', () => {
    const d = scoreDocument('t', text, { file: 't', figures: [], optional: [{ text: 'At least 12 civilians' }] }, false);
    expect([d.figures.tp, d.figures.fp, d.figures.fn]).toEqual([0, 0, 0]);
  });

  it('precision and recall are 1 when there is nothing to find and nothing found', () => {
    expect(score(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(score(1, 1, 0)).toMatchObject({ precision: 0.5, recall: 1 });
  });
});
