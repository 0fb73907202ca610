import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, meetsTarget, TARGET } from '../../scripts/eval-extract';

// The held-out split of the evaluation corpus (tests/fixtures/extract-eval/test): rules are tuned on
// dev/ only, so this measures how the extractor does on documents it was not tuned on. The issue's
// target is TARGET (0.9); until it is reached, REACHED holds the level measured on test/ so that a
// later change cannot quietly lose precision or recall. Raise REACHED when a change improves it.
const TEST_KEY = join(__dirname, '..', 'fixtures', 'extract-eval', 'test', 'labels.json');
// Measured on test/ (31 documents) after the dev-tuned rules: figures P 67/67, R 67/77; quotes 16/16.
const REACHED = { figures: { precision: 1, recall: 0.87 }, quotes: { precision: 1, recall: 1 } };
const DEV_KEY = join(__dirname, '..', 'fixtures', 'extract-eval', 'dev', 'labels.json');

describe('extraction on the held-out test split', () => {
  it('keeps at least the level reached (value, qualifier and status must all match), and none on not_figures', async () => {
    const e = await evaluate(TEST_KEY);
    const report = e.documents.map((d) => `${d.file}: ${d.notes.join('; ') || 'ok'}`).join('\n');
    expect(e.documents.length).toBeGreaterThanOrEqual(31);
    expect(e.onNotFigures, report).toBe(TARGET.onNotFigures);
    for (const kind of ['figures', 'quotes'] as const) {
      const floor = REACHED[kind];
      expect(e[kind].precision, `${kind} precision\n${report}`).toBeGreaterThanOrEqual(Math.min(floor.precision, TARGET.precision));
      expect(e[kind].recall, `${kind} recall\n${report}`).toBeGreaterThanOrEqual(Math.min(floor.recall, TARGET.recall));
    }
  });
});

describe('extraction on the dev split it was tuned on', () => {
  it('meets the target in full', async () => {
    const e = await evaluate(DEV_KEY);
    const report = e.documents.map((d) => `${d.file}: ${d.notes.join('; ') || 'ok'}`).join('\n');
    expect(meetsTarget(e), report).toBe(true);
  });
});
