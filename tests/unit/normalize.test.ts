import { describe, expect, it } from 'vitest';
import type { AppError } from '../../src/shared/api/errors';
import { normalizeForSearch, normalizeWithOffsets } from '../../src/shared/domain/normalize';
import { parseSearchQuery } from '../../src/shared/domain/search-query';
import { locateFirst, snippetAround, termPattern } from '../../src/shared/domain/match-locate';

describe('search normalisation (English and Arabic)', () => {
  const same: [string, string][] = [
    ['قُتِلَ', 'قتل'], // tashkeel removed
    ['مدنياً', 'مدنيا'], // tanween
    ['مـــدنـي', 'مدني'], // tatweel
    ['أحمد', 'احمد'], // hamza above
    ['إسلام', 'اسلام'], // hamza below
    ['آمن', 'امن'], // madda
    ['ٱلله', 'الله'], // wasla
    ['مصطفى', 'مصطفي'], // alef maqsura
    ['مكتبة', 'مكتبه'], // taa marbuta
    ['٤٥', '45'], // Arabic-Indic digits
    ['۱۲', '12'], // Extended Arabic-Indic digits
    ['ﻻ', 'لا'], // presentation form (NFKC)
    ['Café', 'cafe'],
    ['ÉCOLE', 'ecole'],
    ['ﬁle', 'file'],
    ['Ａｌａｗｉｔｅ', 'alawite'], // full-width
  ];
  for (const [input, expected] of same) {
    it(`${input} -> ${expected}`, () => expect(normalizeForSearch(input)).toBe(expected));
  }

  it('keeps the original offset of every normalised character', () => {
    const text = 'قُتل ما لا يقل عن ٤٥ مدنياً';
    const { normalized, origin } = normalizeWithOffsets(text);
    expect(normalized).toBe(normalizeForSearch(text));
    const at = normalized.indexOf('45');
    expect(text.slice(origin[at], origin[at + 2])).toBe('٤٥');
  });
});

const EXACT = { stems: false, spellings: false };

describe('search query syntax', () => {
  const exact = EXACT;
  it('quotes every term so input is never FTS5 syntax', () => {
    expect(parseSearchQuery('Alawite civilians', exact).fts).toBe('body : "alawite" AND body : "civilians"');
    expect(parseSearchQuery('"security forces" -fighters', exact).fts).toBe('(body : "security forces") NOT body : "fighters"');
    expect(parseSearchQuery('Alaw* OR Druze killed', exact).fts).toBe('(body : "alaw"* OR body : "druze") AND body : "killed"');
    expect(parseSearchQuery('NEAR(a b) col:x', exact).fts).toBe('body : "near(a" AND body : "b)" AND body : "col:x"');
    expect(parseSearchQuery('أحمد الشَّرع', exact).fts).toBe('body : "احمد" AND body : "الشرع"');
  });

  it('lets a plain word match its stem and its name spelling, and keeps phrases, prefixes and exclusions on the exact form', () => {
    expect(parseSearchQuery('Killings').fts).toBe('(body : "killings" OR stem : "kill" OR name : "kilings")');
    expect(parseSearchQuery('والقتلى').fts).toBe('(body : "والقتلي" OR stem : "قتل" OR stem : "بقتل" OR stem : "لقتل" OR stem : "كقتل" OR stem : "فقتل")');
    expect(parseSearchQuery('al-Sharaa').fts).toBe('(body : "al-sharaa" OR stem : "al sharaa" OR name : "shara")');
    expect(parseSearchQuery('al Shara').fts).toBe('(body : "shara" OR stem : "shara" OR name : "shara")');
    expect(parseSearchQuery('al Shara', exact).fts).toBe('body : "al" AND body : "shara"');
    expect(parseSearchQuery('"revenge killings" kill* -killed').fts).toBe('(body : "revenge killings" AND body : "kill"*) NOT body : "killed"');
    expect(parseSearchQuery('"killed"').fts).toBe('body : "killed"');
  });

  it('explains bad syntax: what to change, and where', () => {
    expect(() => parseSearchQuery('Alawite "revenge attacks')).toThrow(/^The quote opened before 'revenge' is never closed/);
    expect(() => parseSearchQuery('-only -excluded')).toThrow(/cannot only exclude/);
    expect(() => parseSearchQuery('OR alawite')).toThrow(/OR needs a word on each side/);
    expect(() => parseSearchQuery('alawite OR')).toThrow(/OR needs a word on each side/);
    expect(() => parseSearchQuery('alawite AND OR druze')).toThrow(/^AND OR: OR needs a word on each side/);
    expect(() => parseSearchQuery('alawite OR -druze')).toThrow(/OR cannot join an excluded word \(-druze\)/);
    expect(() => parseSearchQuery('ab"c')).toThrow(/The quote in 'ab"c' is inside a word/);
    expect(() => parseSearchQuery('   ')).toThrow(/Type a word/);
    try {
      parseSearchQuery('killed "revenge');
    } catch (error) {
      expect((error as AppError).issues).toEqual([{ path: 'query', message: 'at character 8' }]);
    }
  });
});

describe('locating matches in the original text', () => {
  it('finds a normalised term inside diacritics, digits and case variants', () => {
    const text = 'قُتل ما لا يقل عن ٤٥ مدنياً في هجوم';
    const at = locateFirst(text, parseSearchQuery('مدنيا').positive)!;
    expect(text.slice(at.start, at.end)).toBe('مدنياً');
    const digits = locateFirst(text, parseSearchQuery('45').positive)!;
    expect(text.slice(digits.start, digits.end)).toBe('٤٥');
  });

  it('respects word boundaries unless the term is a prefix', () => {
    const text = 'The Alawites and an Alawite village.';
    const exact = locateFirst(text, parseSearchQuery('alawite', EXACT).positive)!;
    expect(text.slice(exact.start, exact.end)).toBe('Alawite');
    expect(exact.start).toBe(text.indexOf('Alawite village'));
    const stemmed = snippetAround(text, parseSearchQuery('alawite').positive);
    expect(stemmed.filter((p) => p.match).map((p) => p.text)).toEqual(['Alawites', 'Alawite']);
    const parts = snippetAround(text, parseSearchQuery('alaw*').positive);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Alawites', 'Alawite']);
  });

  it('finds the leftmost match that starts a word, in any mix of scripts, marks and punctuation', () => {
    // Reference: the same pattern with the word-boundary check where it used to be, in front (the
    // engine then tries it at every position), so only the placement of the check is compared.
    const reference = (text: string, query: string) => {
      const term = parseSearchQuery(query, EXACT).positive[0];
      const source = termPattern(term).source;
      const moved = source.replace(/\(\?<!\[\\p\{L\}\\p\{N\}\]\[.*?\]\)/u, '');
      expect(moved).not.toBe(source);
      const m = new RegExp(`(?<![\\p{L}\\p{N}])${moved}`, 'u').exec(text);
      return m ? { start: m.index, end: m.index + m[0].length } : null;
    };
    const alphabet = ['a', 'l', 'A', 'é', ' ', '-', '(', '1', '٤', 'ا', 'أ', 'ل', 'ُ', 'ـ', 'ة', 'ه', '😀', '\u0301'];
    let seed = 1;
    const next = () => (seed = (Math.imul(seed, 48271) >>> 0) % 2147483647);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 4 + (next() % 30) }, () => alphabet[next() % alphabet.length]).join('');
      for (const query of ['al', 'ala*', 'ال', 'اله', '"la 1"', '4', 'é']) {
        expect(locateFirst(text, parseSearchQuery(query, EXACT).positive), `${query} in ${JSON.stringify(text)}`).toEqual(reference(text, query));
      }
    }
    expect(locateFirst('xalawite (Alawite)', parseSearchQuery('alawite').positive)).toEqual({ start: 10, end: 17 });
  });
});

