import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../src/shared/domain/extract/numbers';
import { splitSentences } from '../../src/shared/domain/extract/sentences';
import { tokenize } from '../../src/shared/domain/extract/tokens';

const { cases, not_numbers } = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'extract', 'numbers.json'), 'utf8')) as {
  cases: [string, number | null][];
  not_numbers: string[];
};

function read(text: string) {
  const tokens = tokenize(text);
  const n = readNumber(tokens, 0, tokens.length);
  return n && { text: text.slice(tokens[n.t0].start, tokens[n.t1 - 1].end), value: n.vague ? null : n.value };
}

describe('numbers', () => {
  for (const [text, value] of cases) {
    it(`${text} = ${value ?? 'vague'}`, () => expect(read(text)).toEqual({ text, value }));
  }
  for (const text of not_numbers) {
    it(`"${text}" is not a number on its own`, () => expect(read(text)).toBeNull());
  }

  it('a number ends where the words stop being number words', () => {
    expect(read('seventeen members of one family')).toEqual({ text: 'seventeen', value: 17 });
    expect(read('خمسة أطفال')).toEqual({ text: 'خمسة', value: 5 });
    expect(read('1,000.')).toEqual({ text: '1,000', value: 1000 });
  });
});

describe('sentences', () => {
  const split = (text: string) => splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

  it('split at terminal punctuation, not after abbreviations, initials or decimals', () => {
    expect(split('Dr. Smith said 1.5 million fled. Gen. A. Khaled agreed! Was it true? Yes.')).toEqual([
      'Dr. Smith said 1.5 million fled.',
      'Gen. A. Khaled agreed!',
      'Was it true?',
      'Yes.',
    ]);
  });

  it('keep closing quote marks with their sentence and split Arabic at ؟ and .', () => {
    expect(split('He said "we left." Then it rained. هل عادوا؟ لا.')).toEqual(['He said "we left."', 'Then it rained.', 'هل عادوا؟', 'لا.']);
  });

  it('treat a line break as a boundary, except a soft wrap inside a long line', () => {
    const wrapped = 'The monitor said that at least 212 civilians had been killed in the\nshelling of the district.\nHeading\nNext line.';
    expect(split(wrapped)).toEqual(['The monitor said that at least 212 civilians had been killed in the\nshelling of the district.', 'Heading', 'Next line.']);
  });
});
