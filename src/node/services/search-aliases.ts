import { normalizeAlias } from '../../shared/domain/aliases';
import { nameFormOf, normalizeForSearch } from '../../shared/domain/normalize';
import { withForms, type MatchOptions, type ParsedQuery, type SearchTerm } from '../../shared/domain/search-query';
import { cachedStatement } from '../db/statements';
import type { ServiceContext } from './context';

/** A name as alias matching compares it: alias normalisation, then each Latin word folded. */
const nameKey = (text: string) =>
  normalizeAlias(text)
    .split(' ')
    .filter(Boolean)
    .map((w) => (/\p{Script=Latin}/u.test(w) ? nameFormOf(w) : w));

/**
 * Whether query words name an actor spelling: all of it, or a run of its words that is either the
 * last word (a family name: "Sharaa" in "Ahmad al-Sharaa") or at least two words ("المرصد السوري").
 * A lone first name ("Ahmad") does not.
 */
function names(query: string[], spelling: string[]): boolean {
  if (!query.length || query.length > spelling.length) return false;
  for (let i = 0; i + query.length <= spelling.length; i++) {
    if (query.every((w, j) => spelling[i + j] === w) && (query.length === spelling.length || query.length >= 2 || i + query.length === spelling.length)) return true;
  }
  return false;
}

interface Spelling {
  actor: string;
  text: string;
  key: string[];
}

function spellings(ctx: ServiceContext): Spelling[] {
  const rows = cachedStatement(
    ctx.db,
    `SELECT a.id AS actor, a.name AS text FROM actors a WHERE a.deleted_at IS NULL
     UNION ALL SELECT x.actor_id, x.alias FROM actor_aliases x JOIN actors a ON a.id = x.actor_id WHERE a.deleted_at IS NULL`,
  ).all() as { actor: string; text: string }[];
  return rows.map((r) => ({ ...r, key: nameKey(r.text) }));
}

export interface AliasExpansion {
  /** The query's OR-groups, with the other spellings of a named actor added to the group naming it. */
  groups: SearchTerm[][];
  /** Spellings ORed with the whole query, when the query's words together name an actor. */
  alternatives: SearchTerm[];
  /** Every spelling added, as registered ("also searched: …"). */
  alsoSearched: string[];
}

/**
 * When a query word, the query's words together, or an "exact phrase" that is a whole name or
 * alias match a name or alias of a registered actor, the actor's other names and aliases are searched too (each a plain term with
 * its stems and spellings, as the options allow).
 */
export function expandAliases(ctx: ServiceContext, parsed: ParsedQuery, options: MatchOptions): AliasExpansion {
  const all = spellings(ctx);
  const also = new Map<string, SearchTerm>();
  const othersOf = (words: string[], whole = false): SearchTerm[] => {
    const actors = new Set(all.filter((s) => (whole ? s.key.join(' ') === words.join(' ') : names(words, s.key))).map((s) => s.actor));
    const out: SearchTerm[] = [];
    for (const s of all) {
      if (!actors.has(s.actor) || s.key.join(' ') === words.join(' ')) continue;
      const term = also.get(s.text) ?? withForms({ text: normalizeForSearch(s.text).trim(), prefix: false, phrase: false }, options);
      also.set(s.text, term);
      out.push(term);
    }
    return out;
  };
  const single = (g: SearchTerm[]) => g.length === 1 && !g[0].prefix;
  // An "exact phrase" reaches other spellings only when it is a whole name or alias.
  const groups = parsed.groups.map((g) => (single(g) ? [...g, ...othersOf(nameKey(g[0].text), g[0].phrase)] : g));
  const whole = parsed.groups.length > 1 && parsed.groups.every(single) ? othersOf(parsed.groups.flatMap((g) => nameKey(g[0].text))) : [];
  return { groups, alternatives: whole, alsoSearched: [...also.keys()] };
}
