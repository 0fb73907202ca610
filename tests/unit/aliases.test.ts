import { describe, expect, it } from 'vitest';
import { aliasMatch, normalizeAlias } from '../../src/shared/domain/aliases';

describe('normalizeAlias', () => {
  it('folds case, hyphens and the al-/el- article in Latin transliterations', () => {
    expect(normalizeAlias('Ahmad al-Sharaa')).toBe('ahmad sharaa');
    expect(normalizeAlias('Ahmad Al Sharaa')).toBe('ahmad sharaa');
    expect(normalizeAlias('AHMAD EL-SHARAA')).toBe('ahmad sharaa');
    expect(normalizeAlias('Ahmed al-Sharaa')).toBe('ahmed sharaa');
    expect(normalizeAlias('al Shara')).toBe('shara');
    expect(normalizeAlias('al-Shara')).toBe('shara');
    expect(normalizeAlias('  Ahmad   al–Sharaa ')).toBe('ahmad sharaa'); // en dash, extra spaces
    expect(normalizeAlias('Salah ad-Din')).toBe('salah din'); // assimilated article
  });

  it('leaves words that merely start with "al" alone', () => {
    expect(normalizeAlias('Alawite')).toBe('alawite');
    expect(normalizeAlias('Aleppo')).toBe('aleppo');
    expect(normalizeAlias('Ali Mamlouk')).toBe('ali mamlouk');
  });

  it('drops the Arabic article ال and folds Arabic orthographic variants and tashkeel', () => {
    expect(normalizeAlias('أحمد الشرع')).toBe('احمد شرع');
    expect(normalizeAlias('احمد الشرع')).toBe('احمد شرع');
    expect(normalizeAlias('أَحْمَد الشَّرَع')).toBe('احمد شرع');
    expect(normalizeAlias('المرصد السوري لحقوق الإنسان')).toBe(normalizeAlias('المرصد السوري لحقوق الانسان'));
    expect(normalizeAlias('الشبكة السورية لحقوق الإنسان')).toBe(normalizeAlias('الشبكه السوريه لحقوق الانسان')); // ة / ه
  });

  it('removes dots and apostrophes inside names and turns other punctuation into spaces', () => {
    expect(normalizeAlias('S.O.H.R.')).toBe('sohr');
    expect(normalizeAlias('SOHR')).toBe('sohr');
    expect(normalizeAlias("Sha'ra")).toBe('shara');
    expect(normalizeAlias('Syrian Observatory for Human Rights (SOHR)')).toBe('syrian observatory for human rights sohr');
    expect(normalizeAlias('al-')).toBe('');
    expect(normalizeAlias('---')).toBe('');
  });
});

describe('aliasMatch', () => {
  it('matches the registered variants of a name exactly, in any script', () => {
    expect(aliasMatch('Ahmed Al Sharaa', 'Ahmed al-Sharaa')).toBe('exact');
    expect(aliasMatch('AL SHARA', 'al Shara')).toBe('exact');
    expect(aliasMatch('احمد الشرع', 'أحمد الشرع')).toBe('exact');
    expect(aliasMatch('s.o.h.r', 'SOHR')).toBe('exact');
    expect(aliasMatch('syrian observatory for human rights', 'Syrian Observatory for Human Rights')).toBe('exact');
    expect(aliasMatch('المرصد السوري لحقوق الانسان', 'المرصد السوري لحقوق الإنسان')).toBe('exact');
  });

  it('matches partially when every word of the query is a word of the alias', () => {
    expect(aliasMatch('Sharaa', 'Ahmad al-Sharaa')).toBe('partial');
    expect(aliasMatch('الشرع', 'أحمد الشرع')).toBe('partial');
    expect(aliasMatch('Assad', 'Ahmad al-Sharaa')).toBeNull();
    expect(aliasMatch('al', 'Ahmad al-Sharaa')).toBeNull(); // normalises to nothing
  });
});
