import type { Suggestion } from './suggestionData';

export type SuggestionKind = Suggestion['kind'];
export const KINDS: readonly SuggestionKind[] = ['figure', 'quote', 'mention'];

/** Who a figure would be recorded as reported by, and why. */
export type ReporterChoice =
  | { source: 'text'; name: string }
  | { source: 'chosen'; name: string; named?: string }
  | { source: 'missing'; named?: string };

/** One line of the list: a figure, a quote, or an actor with every mention of it. */
export interface SuggestionItem {
  /** The first suggestion's key: stable while the text is unchanged. */
  id: string;
  kind: SuggestionKind;
  /** The suggestion shown (for a mention: the first mention). */
  suggestion: Suggestion;
  /** Every key the item stands for (dismissing dismisses them all). */
  keys: string[];
  /** What accepting sends: one key (an actor is linked to the article once). */
  acceptKey: string;
  /** Where its text is, in code points: one span, or every mention. */
  spans: { start: number; end: number }[];
  /** Figures only. */
  reporter?: ReporterChoice;
  /** Mentions only: the actor's registered name. */
  actorName?: string;
}

export interface ItemContext {
  reporters: Record<string, { id: string; name: string } | null>;
  chosenReporter: { id: string; name: string } | null;
  actorNames: ReadonlyMap<string, string>;
}

function reporterFor(s: Extract<Suggestion, { kind: 'figure' }>, ctx: ItemContext): ReporterChoice {
  const named = s.reported_by;
  const match = named ? ctx.reporters[named] : null;
  if (match) return { source: 'text', name: match.name };
  if (ctx.chosenReporter) return { source: 'chosen', name: ctx.chosenReporter.name, named };
  return { source: 'missing', named };
}

/** The list's items, figures then quotes then mentions, each in text order: one per figure and quote, one per mentioned actor. */
export function buildItems(suggestions: readonly Suggestion[], hidden: ReadonlyMap<string, number>, ctx: ItemContext): SuggestionItem[] {
  const items: SuggestionItem[] = [];
  const byActor = new Map<string, SuggestionItem>();
  const sorted = [...suggestions].filter((s) => !hidden.has(s.key)).sort((a, b) => a.start - b.start || a.end - b.end);
  for (const s of sorted) {
    const span = { start: s.start, end: s.end };
    if (s.kind === 'mention') {
      const item = byActor.get(s.actorId);
      if (item) {
        item.keys.push(s.key);
        item.spans.push(span);
        continue;
      }
      const created: SuggestionItem = { id: s.key, kind: 'mention', suggestion: s, keys: [s.key], acceptKey: s.key, spans: [span], actorName: ctx.actorNames.get(s.actorId) ?? s.text };
      byActor.set(s.actorId, created);
      items.push(created);
    } else {
      items.push({ id: s.key, kind: s.kind, suggestion: s, keys: [s.key], acceptKey: s.key, spans: [span], reporter: s.kind === 'figure' ? reporterFor(s, ctx) : undefined });
    }
  }
  return KINDS.flatMap((kind) => items.filter((i) => i.kind === kind));
}

/** The item whose text covers a code point (the shortest, when they nest). */
export function itemAt(items: readonly SuggestionItem[], at: number): SuggestionItem | null {
  let best: { item: SuggestionItem; length: number } | null = null;
  for (const item of items) {
    for (const span of item.spans) {
      if (span.start <= at && at < span.end && (!best || span.end - span.start < best.length)) best = { item, length: span.end - span.start };
    }
  }
  return best?.item ?? null;
}
