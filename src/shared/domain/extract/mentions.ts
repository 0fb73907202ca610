import type { ActorNames } from './schema';
import { keyOf, type Token } from './tokens';

/**
 * Mentions of known actors through their names and aliases, compared word by word under the
 * shared normalisation, plus the variation of transliterated Arabic names: hyphens and spaces
 * alike, the article (al-/el-/as-/ash-... and ال, with و/ب/ل/ف/ك written onto it in Arabic),
 * doubled letters (Saadi = Sadi, Hassan = Hasan), apostrophes for ʿayn/hamza (Sa'adi) and the
 * possessive ’s. "Hassan al-Saadi" matches "Hasan al Sadi", "حسن السعدي" matches "والسعدي".
 */
export interface RawMention {
  start: number;
  end: number;
  actorId: string;
}

interface Unit {
  start: number;
  end: number;
  /** Latin: one key; Arabic: every reading of the clitics written onto the word. */
  keys: string[];
  /** A transliterated article ("al" in al-Saadi), skipped when matching. */
  article: boolean;
}

const LATIN_ARTICLES = new Set(['al', 'el']);
const ASSIMILATED = new Set(['as', 'ash', 'ad', 'adh', 'an', 'ar', 'at', 'ath', 'az', 'es', 'ed', 'en', 'er', 'et', 'ez', 'ul']);
const JOIN = /^[\s\-\u2010]{0,3}$/;
const PART = /[^\-\u2010'’ʿʾ`\s]+/g;

const latinCache = new Map<string, string>();
function latinKey(part: string): string {
  let key = latinCache.get(part);
  if (key === undefined) {
    key = keyOf(part).replace(/(.)\1+/g, '$1');
    if (latinCache.size > 50_000) latinCache.clear();
    latinCache.set(part, key);
  }
  return key;
}
const arabicCache = new Map<string, string[]>();
const SIMPLE = /^[\p{L}\p{M}\p{N}]+$/u;

/** Readings of an Arabic word: itself and without و/ف, ب/ل/ك and the article; "+" marks the article. */
function arabicKeys(key: string, name: boolean): string[] {
  const out = new Set<string>();
  const read = (k: string) => {
    if (k.startsWith('ال') && k.length > 3) out.add(`+${k.slice(2)}`);
    else if (k.startsWith('لل') && k.length > 3 && !name) out.add(`+${k.slice(2)}`);
    else out.add(k);
  };
  read(key);
  if (name) return [...out];
  const rest = /^[وف]/.test(key) && key.length > 2 ? key.slice(1) : key;
  if (rest !== key) read(rest);
  if (/^[بلك]/.test(rest) && rest.length > 2) read(rest.slice(1));
  return [...out];
}

function unitsOf(words: readonly Token[] | { raw: string; start: number; arabic: boolean }[], name: boolean): Unit[] {
  const units: Unit[] = [];
  for (const w of words) {
    if ('type' in w && w.type !== 'word') continue;
    if (w.arabic) {
      const key = keyOf(w.raw);
      let keys = name ? undefined : arabicCache.get(key);
      if (!keys) {
        keys = arabicKeys(key, name);
        if (!name) {
          if (arabicCache.size > 50_000) arabicCache.clear();
          arabicCache.set(key, keys);
        }
      }
      units.push({ start: w.start, end: w.start + w.raw.length, keys, article: false });
      continue;
    }
    if (SIMPLE.test(w.raw)) {
      const key = latinKey(w.raw);
      units.push({ start: w.start, end: w.start + w.raw.length, keys: [key], article: LATIN_ARTICLES.has(key) });
      continue;
    }
    const raw = w.raw.replace(/['’]s$/i, (m) => ' '.repeat(m.length));
    const parts = [...raw.matchAll(PART)].filter((m) => m[0].trim());
    // apostrophes for ʿayn or hamza inside a name join its parts: Sa'adi -> sadi
    const joined: { text: string; index: number; end: number; hyphen: boolean }[] = [];
    for (const m of parts) {
      const prev = joined[joined.length - 1];
      const sep = prev ? raw.slice(prev.end, m.index) : '';
      if (prev && /^['’ʿʾ`]+$/.test(sep)) {
        prev.text += m[0];
        prev.end = m.index! + m[0].length;
      } else joined.push({ text: m[0].trim(), index: m.index!, end: m.index! + m[0].length, hyphen: prev ? /[-\u2010]/.test(sep) : false });
    }
    joined.forEach((p, k) => {
      const key = latinKey(p.text);
      const beforeHyphen = k + 1 < joined.length && joined[k + 1].hyphen;
      const article = LATIN_ARTICLES.has(key) || (beforeHyphen && ASSIMILATED.has(key));
      units.push({ start: w.start + p.index, end: w.start + p.end, keys: [key], article });
    });
  }
  return units;
}

function nameUnits(name: string): Unit[] {
  const words = [...name.matchAll(/[\p{L}\p{M}\p{N}'’ʿʾ`\-\u2010]+/gu)].map((m) => ({ raw: m[0], start: m.index!, arabic: /[\u0600-\u06ff]/.test(m[0]) }));
  return unitsOf(words, true).filter((u) => !u.article);
}

export function findMentions(text: string, tokens: readonly Token[], actors: readonly ActorNames[]): RawMention[] {
  const index = new Map<string, { actorId: string; keys: string[] }[]>();
  for (const actor of actors) {
    for (const name of actor.names) {
      const units = nameUnits(name);
      if (!units.length || units.map((u) => u.keys[0]).join('').replace(/^\+/, '').length < 2) continue;
      const keys = units.map((u) => u.keys[0]);
      const list = index.get(keys[0]) ?? [];
      list.push({ actorId: actor.id, keys });
      index.set(keys[0], list);
    }
  }
  if (!index.size) return [];
  const units = unitsOf(tokens, false);
  const out: RawMention[] = [];
  for (let i = 0; i < units.length; i++) {
    if (units[i].article) continue;
    let best: { end: number; actorId: string; last: number } | null = null;
    for (const key of units[i].keys) {
      for (const cand of index.get(key) ?? []) {
        let p = i + 1;
        let ok = true;
        for (let k = 1; k < cand.keys.length && ok; k++) {
          while (p < units.length && units[p].article) p++;
          ok = p < units.length && units[p].keys.includes(cand.keys[k]) && JOIN.test(text.slice(units[p - 1].end, units[p].start));
          p++;
        }
        if (ok && (!best || units[p - 1].end > best.end)) best = { end: units[p - 1].end, actorId: cand.actorId, last: p - 1 };
      }
    }
    if (!best) continue;
    const before = units[i - 1];
    const start = before?.article && units[i].start - before.end <= 1 ? before.start : units[i].start;
    out.push({ start, end: best.end, actorId: best.actorId });
    i = best.last;
  }
  return out;
}
