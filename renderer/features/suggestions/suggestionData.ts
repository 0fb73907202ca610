import type { MethodOutput } from '../../../src/shared/api/contract';
import type { Actor } from '../../../src/shared/schemas/actor';
import type { Client } from '../../api/client';
import { errorMessage } from '../../api/errorMessage';

export type Suggestion = MethodOutput<'suggest.article'>['suggestions'][number];

/** What the reader and the list show for one article, loaded once for both. */
export interface SuggestionData {
  articleId: string;
  /** Article, vague option and data version this answers. */
  requestKey: string;
  /** Offered suggestions, minus those already recorded (figure or quote on that text, actor linked). */
  suggestions: Suggestion[];
  /** The actor registry, by name: reporters to choose and the names of mentioned actors. */
  actors: Actor[];
  /** The registered actor each reporter the text names resolves to (as accepting resolves it), or null. */
  reporters: Record<string, { id: string; name: string } | null>;
  error: string | null;
}

type Span = { start: number; end: number };
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Suggestions whose record already exists: a figure or quote on overlapping text, or the actor linked to the article. */
function withoutRecorded(
  articleId: string,
  suggestions: Suggestion[],
  figures: MethodOutput<'figures.list'>['figures'],
  quotes: MethodOutput<'quotes.list'>['quotes'],
  links: MethodOutput<'links.list'>['links'],
): Suggestion[] {
  const spans = (records: { selector: Span | null; anchorStatus: string | null }[]) =>
    records.filter((r) => r.selector && r.anchorStatus !== 'orphaned').map((r) => r.selector as Span);
  const figureSpans = spans(figures);
  const quoteSpans = spans(quotes);
  const linked = new Set(
    links.flatMap((l) => (l.fromType === 'actor' && l.toType === 'article' && l.toId === articleId ? [l.fromId] : l.toType === 'actor' && l.fromType === 'article' && l.fromId === articleId ? [l.toId] : [])),
  );
  return suggestions.filter((s) => {
    if (s.kind === 'figure') return !figureSpans.some((r) => overlaps(r, s));
    if (s.kind === 'quote') return !quoteSpans.some((r) => overlaps(r, s));
    return !linked.has(s.actorId);
  });
}

async function load(client: Client, articleId: string, vague: boolean): Promise<Omit<SuggestionData, 'requestKey'>> {
  const [offered, figures, quotes, links, actors] = await Promise.all([
    client.call('suggest.article', { articleId, vague }),
    client.call('figures.list', { articleId }),
    client.call('quotes.list', { articleId }),
    client.call('links.list', { type: 'article', id: articleId }),
    client.call('actors.list', {}),
  ]);
  const suggestions = withoutRecorded(articleId, offered.suggestions, figures.figures, quotes.quotes, links.links);
  const names = [...new Set(suggestions.flatMap((s) => (s.kind === 'figure' && s.reported_by ? [s.reported_by] : [])))];
  const matches = await Promise.all(names.map((name) => client.call('actors.match', { name }).then((r) => r.matches[0]?.actor ?? null)));
  const reporters = Object.fromEntries(names.map((name, i) => [name, matches[i] ? { id: matches[i].id, name: matches[i].name } : null]));
  return { articleId, suggestions, actors: actors.actors, reporters, error: null };
}

let snapshot: SuggestionData | null = null;
let inflight: string | null = null;
const listeners = new Set<() => void>();
const emit = () => [...listeners].forEach((l) => l());

/** Items hidden at once by an action, until a list asked for after it arrives (or the action fails). */
let hidden = new Map<string, number>();
let sequence = 0;

export function hideSuggestions(keys: readonly string[]): void {
  sequence += 1;
  hidden = new Map(hidden);
  for (const key of keys) hidden.set(key, sequence);
  emit();
}

export function unhideSuggestions(keys: readonly string[]): void {
  hidden = new Map(hidden);
  for (const key of keys) hidden.delete(key);
  emit();
}

export function hiddenSuggestions(): ReadonlyMap<string, number> {
  return hidden;
}

/** Asks for the article's suggestions unless this very request is loaded or on its way. */
export function requestSuggestions(client: Client, articleId: string, vague: boolean, dataVersion: number): void {
  const requestKey = `${articleId}|${vague}|${dataVersion}`;
  if (requestKey === inflight || requestKey === snapshot?.requestKey) return;
  inflight = requestKey;
  const startedAt = sequence;
  load(client, articleId, vague)
    .then((data) => {
      if (inflight !== requestKey) return;
      snapshot = { ...data, requestKey };
      hidden = new Map([...hidden].filter(([, at]) => at > startedAt));
    })
    .catch((error: unknown) => {
      if (inflight !== requestKey) return;
      const same = snapshot?.articleId === articleId ? snapshot : null;
      snapshot = { articleId, requestKey, suggestions: same?.suggestions ?? [], actors: same?.actors ?? [], reporters: same?.reporters ?? {}, error: errorMessage(error) };
    })
    .finally(() => {
      if (inflight !== requestKey) return;
      inflight = null;
      emit();
    });
}

export function getSuggestionData(): SuggestionData | null {
  return snapshot;
}

export function subscribeSuggestionData(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
