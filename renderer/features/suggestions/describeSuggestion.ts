import { formatCount } from '../../lib/format';
import type { Suggestion } from './suggestionData';
import type { ReporterChoice, SuggestionItem, SuggestionKind } from './suggestionItems';

type FigureSuggestion = Extract<Suggestion, { kind: 'figure' }>;

export const kindLabel: Record<SuggestionKind, { one: string; many: string }> = {
  figure: { one: 'Figure', many: 'Figures' },
  quote: { one: 'Quote', many: 'Quotes' },
  mention: { one: 'Mention', many: 'Mentions' },
};

export const qualifierLabel: Record<FigureSuggestion['qualifier'], string> = {
  exact: 'exact',
  at_least: 'at least',
  over: 'over',
  about: 'about',
  up_to: 'up to',
  range: 'range',
  vague: 'vague',
};

const groupLabel: Record<FigureSuggestion['group'], string> = {
  total: 'people',
  civilians: 'civilians',
  children: 'children',
  women: 'women',
  security_forces: 'security forces',
  fighters: 'fighters',
  medical_workers: 'medical workers',
  journalists: 'journalists',
  family: 'family members',
  unspecified: 'people',
};

/** The number as recorded: "745", "1,000", "100–200", or "no number" for a vague quantity. */
export function figureCount(s: FigureSuggestion): string {
  if (s.qualifier === 'range' && s.min !== undefined && s.max !== undefined) return `${formatCount(s.min)}–${formatCount(s.max)}`;
  const n = s.value ?? s.min;
  return n === undefined ? 'no number' : formatCount(n);
}

/** "745 civilians killed" */
export function figureWhat(s: FigureSuggestion): string {
  return `${figureCount(s)} ${groupLabel[s.group]} ${s.status}`;
}

/** A name or quote in its own direction (first strong isolate), so Arabic inside English never garbles. */
const isolate = (text: string) => `\u2068${text}\u2069`;

export function reporterText(reporter: ReporterChoice | undefined): string {
  if (!reporter || reporter.source === 'missing') return reporter?.named ? `names “${isolate(reporter.named)}” (not registered): choose a reporter` : 'no reporter named: choose one';
  return `reported by ${reporter.name}`;
}

/** What accepting would record, in one line: "Figure: 745 civilians killed, exact, reported by SOHR". */
export function describeItem(item: SuggestionItem): string {
  const s = item.suggestion;
  if (s.kind === 'figure') return `Figure: ${figureWhat(s)}, ${qualifierLabel[s.qualifier]}, ${reporterText(item.reporter)}`;
  if (s.kind === 'quote') return `Quote: “${isolate(s.text.replace(/[,.;:]$/, ''))}”, ${s.speaker ? `speaker ${isolate(s.speaker)}` : 'speaker not named'}`;
  const n = item.spans.length;
  return `Mention: ${item.actorName ?? s.text}, ${n === 1 ? 'once' : `${n} times`}: link the actor to this article`;
}
