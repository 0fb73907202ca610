import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reanchor, selectorFor } from '../../src/shared/domain/anchoring';
import { CodePointText } from '../../src/shared/domain/code-points';
import { codePointLength, normalizeReadingText } from '../../src/shared/domain/text';

const TEXT =
  'Over 1,000 individuals have been killed in the coastal region. According to the monitor, 745 mostly Alawite civilians were among the dead. ' +
  'Security forces lost 125 members, and 148 fighters loyal to the former government were killed.';

function at(text: string, phrase: string) {
  const t = new CodePointText(text);
  const u16 = text.indexOf(phrase);
  const start = t.toCodePoint(u16);
  return selectorFor(t, start, start + [...phrase].length);
}

describe('selectors', () => {
  it('store position in code points and the quote with 32 code points of context', () => {
    const s = at(TEXT, '745 mostly Alawite civilians');
    expect(s.exact).toBe('745 mostly Alawite civilians');
    expect([...s.prefix]).toHaveLength(32);
    expect([...s.suffix]).toHaveLength(32);
    expect(TEXT.slice(s.start, s.end)).toBe(s.exact); // ASCII: code points = UTF-16 units
  });

  it('count code points, not UTF-16 units, beyond the BMP', () => {
    const text = 'Emoji 😀😀 then Alawite.';
    const s = at(text, 'Alawite');
    expect(s.start).toBe(text.indexOf('Alawite') - 2);
    expect(new CodePointText(text).slice(s.start, s.end)).toBe('Alawite');
  });

  it('refuse an empty or out-of-range selection', () => {
    expect(() => selectorFor(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => selectorFor(TEXT, -1, 3)).toThrow(RangeError);
    expect(() => selectorFor(TEXT, 0, 10_000)).toThrow(RangeError);
  });
});

describe('re-anchoring after a correction of the reading text', () => {
  const s = at(TEXT, '745 mostly Alawite civilians');

  it('keeps the position when nothing moved', () => {
    expect(reanchor(TEXT, s)).toMatchObject({ status: 'anchored', method: 'position', selector: { start: s.start, end: s.end } });
  });

  it('follows the quote when text before it was edited', () => {
    const edited = TEXT.replace('Over 1,000 individuals', 'More than one thousand people');
    const r = reanchor(edited, s);
    expect(r).toMatchObject({ status: 'anchored', method: 'quote' });
    expect(edited.slice(r.selector.start, r.selector.end)).toBe('745 mostly Alawite civilians');
  });

  it('keeps its place when text after it was edited', () => {
    const edited = TEXT.replace('148 fighters', 'one hundred and forty-eight fighters');
    const r = reanchor(edited, s);
    expect(r).toMatchObject({ status: 'anchored', selector: { start: s.start, end: s.end, exact: s.exact } });
  });

  it('re-anchors an edit inside the highlight by its context, flagged for review, never silently', () => {
    const edited = TEXT.replace('745 mostly Alawite civilians', '745 mainly Alawite civilians');
    const r = reanchor(edited, s);
    expect(r.status).toBe('review');
    expect(r.method).toBe('context');
    expect(edited.slice(r.selector.start, r.selector.end)).toBe('745 mainly Alawite civilians');
  });

  it('makes an orphan when the highlighted text is gone', () => {
    const edited = TEXT.replace('According to the monitor, 745 mostly Alawite civilians were among the dead. ', '');
    expect(reanchor(edited, s)).toMatchObject({ status: 'orphaned', method: 'none', selector: s });
  });

  it('makes an orphan, never a wrong anchor, when an edit leaves several equally good places', () => {
    const text = 'The men were killed. The women were killed. The children were killed.';
    const h = at(text, 'killed');
    // The whole sentence with the highlight is rewritten, and "killed" remains twice with unrelated context.
    const edited = 'Villagers said the men were killed. Later the women were killed.';
    const r = reanchor(edited, h);
    expect(r.status).toBe('orphaned');
  });

  it('when a sentence is duplicated by an edit, anchors only where the original context is intact', () => {
    const text = 'Intro line here. A family of five was killed in the raid on the village. End of report.';
    const h = at(text, 'killed');
    const edited = 'A new and longer opening. A family of five was killed in the raid on the village. Intro line here. A family of five was killed in the raid on the village. End of report.';
    const r = reanchor(edited, h);
    expect(r.status).toBe('anchored');
    expect(edited.slice(r.selector.start - h.prefix.length, r.selector.end + h.suffix.length)).toBe(h.prefix + h.exact + h.suffix);
  });

  it('never anchors on a lone occurrence with foreign context', () => {
    const text = 'Witnesses described how gunmen killed the shopkeeper outside his home near the square.';
    const h = at(text, 'killed');
    const edited = 'Witnesses described the raid. In a different town, a soldier was killed yesterday at dawn by a sniper.';
    expect(reanchor(edited, h).status).toBe('orphaned');
  });
});

describe('Arabic text', () => {
  const raw = readFileSync(join(__dirname, '..', 'fixtures', 'synthetic-arabic-brief.txt'), 'utf8');
  const text = normalizeReadingText(raw);

  it('highlights the right characters (code points, with diacritics)', () => {
    const phrase = 'ما لا يقل عن ٤٥ مدنياً';
    const s = at(text, phrase);
    expect(s.start).toBe([...text.slice(0, text.indexOf(phrase))].length);
    expect(new CodePointText(text).slice(s.start, s.end)).toBe(phrase);
    expect(s.exact).toBe(phrase);
  });

  it('re-anchors an Arabic quote after an edit before it', () => {
    const phrase = '«دخلوا البيوت وسألوا عن الطائفة قبل إطلاق النار»';
    const s = at(text, phrase);
    const edited = text.replace('في ريف حماة', 'في ريف محافظة حماة');
    const r = reanchor(edited, s);
    expect(r.status).toBe('anchored');
    expect(new CodePointText(edited).slice(r.selector.start, r.selector.end)).toBe(phrase);
  });
});

describe('codePointLength', () => {
  it('counts code points, a surrogate pair as one and a lone surrogate as one', () => {
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('قُتل 45')).toBe([...'قُتل 45'].length);
    expect(codePointLength('a😀b👩🏽')).toBe(5);
    expect(codePointLength('\uD800x\uDC00')).toBe(3);
    expect(codePointLength('😀'.repeat(1000) + 'x')).toBe(1001);
  });
});
