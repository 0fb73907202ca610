import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggest, type QuoteSuggestion } from '../../src/shared/domain/extract';

const FIXTURES = join(__dirname, '..', 'fixtures', 'extract');
const { cases } = JSON.parse(readFileSync(join(FIXTURES, 'quotes.json'), 'utf8')) as {
  cases: { rule: string; text: string; quotes: { text: string; speaker?: string }[] }[];
};
const quotesIn = (text: string) => suggest(text).filter((s): s is QuoteSuggestion => s.kind === 'quote');

describe('quotes', () => {
  for (const c of cases) {
    it(c.rule, () => {
      const found = quotesIn(c.text);
      expect(found.map((q) => ({ text: q.text, speaker: q.speaker }))).toEqual(c.quotes.map((q) => ({ text: q.text, speaker: q.speaker })));
      const cps = [...c.text];
      for (const q of found) expect(cps.slice(q.start, q.end).join('')).toBe(q.text);
    });
  }

  it('a quotation running over paragraphs gives one quote per paragraph, with its speaker', () => {
    const text = 'A farmer from the valley told us:\n\n“The shelling began at night and did not stop.\n\n“In the morning we left with nothing.”';
    const found = quotesIn(text);
    expect(found.map((q) => q.text)).toEqual(['The shelling began at night and did not stop.', 'In the morning we left with nothing.']);
  });

  it('an unclosed mark is not a quote', () => {
    expect(quotesIn('He said "we will return and rebuild everything that was destroyed here.')).toEqual([]);
  });
});
