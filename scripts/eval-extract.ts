// Scores the extraction engine against a hand-made answer key:
//   npx tsx scripts/eval-extract.ts [KEY.json] [--vague]      (default tests/fixtures/labels.json)
// For each document beside the key it imports the reading text as the app does, runs `suggest`
// and prints precision, recall and F1 for figures and quotes, per document and overall, and the
// number of figure suggestions on numbers that must not be figures. Exits 1 below the target.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatForFile } from '../src/node/interop';
import { CodePointText } from '../src/shared/domain/code-points';
import { suggest, type FigureSuggestion, type QuoteSuggestion } from '../src/shared/domain/extract';
import { normalizeReadingText } from '../src/shared/domain/text';

export const TARGET = { precision: 0.9, recall: 0.9, onNotFigures: 0 };

interface LabelledFigure { text: string; value?: number; min?: number; max?: number; status?: string }
interface LabelledQuote { text: string; speaker: string }
interface LabelledDocument {
  file: string;
  figures?: LabelledFigure[];
  optional?: { text: string }[];
  not_figures?: string[];
  quotes?: LabelledQuote[];
}

export interface Score { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export interface DocumentScore {
  file: string;
  figures: Score;
  quotes: Score;
  onNotFigures: number;
  /** Human-readable problems: misses, false positives, labels not found in the text. */
  notes: string[];
}
export interface Evaluation { documents: DocumentScore[]; figures: Score; quotes: Score; onNotFigures: number }

interface Span { start: number; end: number }

export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** The reading text of a document, imported as the app imports it (HTML pages keep the article only). */
export async function readingText(path: string): Promise<string> {
  const bytes = new Uint8Array(readFileSync(path));
  const doc = await formatForFile(basename(path)).extract(bytes, basename(path));
  return normalizeReadingText(doc.text);
}

/** Every occurrence of `needle` in the text, as code point spans. */
function spansOf(cps: CodePointText, needle: string): Span[] {
  const out: Span[] = [];
  for (let i = cps.text.indexOf(needle); i >= 0 && needle; i = cps.text.indexOf(needle, i + 1)) {
    out.push({ start: cps.toCodePoint(i), end: cps.toCodePoint(i + needle.length) });
  }
  return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const sameSpeaker = (a: string, b: string) => {
  const x = a.toLowerCase().trim();
  const y = b.toLowerCase().trim();
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};
const sameFigure = (s: FigureSuggestion, l: LabelledFigure) =>
  s.status === l.status && (l.value !== undefined ? s.value === l.value : s.min === l.min && s.max === l.max);

export function scoreDocument(file: string, text: string, labels: LabelledDocument, vague: boolean): DocumentScore {
  const cps = new CodePointText(text);
  const notes: string[] = [];
  const suggestions = suggest(text, { vague });
  const figures = suggestions.filter((s): s is FigureSuggestion => s.kind === 'figure');
  const quotes = suggestions.filter((s): s is QuoteSuggestion => s.kind === 'quote');
  const locate = (t: string) => {
    const spans = spansOf(cps, t);
    if (!spans.length) notes.push(`label not found in the text: "${t}"`);
    return spans;
  };
  const optional = (labels.optional ?? []).flatMap((o) => spansOf(cps, o.text));
  const forbidden = (labels.not_figures ?? []).flatMap((t) => spansOf(cps, t));

  const figureLabels = (labels.figures ?? []).map((l) => ({ label: l, span: locate(l.text)[0], matched: false }));
  let tp = 0;
  let fp = 0;
  let onNotFigures = 0;
  for (const s of figures) {
    if (forbidden.some((f) => overlaps(f, s))) {
      onNotFigures++;
      fp++;
      notes.push(`figure on a not-figure: "${s.text}"`);
      continue;
    }
    const hit = figureLabels.find((l) => !l.matched && l.span && overlaps(l.span, s) && sameFigure(s, l.label));
    if (hit) {
      hit.matched = true;
      tp++;
    } else if (!optional.some((o) => overlaps(o, s))) {
      fp++;
      notes.push(`false figure: "${s.text}" ${JSON.stringify({ value: s.value, min: s.min, max: s.max, status: s.status })}`);
    }
  }
  for (const l of figureLabels) if (!l.matched) notes.push(`missed figure: "${l.label.text}"`);
  const figureScore = score(tp, fp, figureLabels.filter((l) => !l.matched).length);

  const quoteLabels = (labels.quotes ?? []).map((l) => ({ label: l, span: locate(l.text)[0], matched: false }));
  let qtp = 0;
  let qfp = 0;
  for (const s of quotes) {
    const hit = quoteLabels.find((l) => !l.matched && l.span && overlaps(l.span, s) && s.speaker !== undefined && sameSpeaker(s.speaker, l.label.speaker));
    if (hit) {
      hit.matched = true;
      qtp++;
    } else {
      qfp++;
      notes.push(`false quote: "${s.text}" (speaker: ${s.speaker ?? 'none'})`);
    }
  }
  for (const l of quoteLabels) if (!l.matched) notes.push(`missed quote: "${l.label.text}" (${l.label.speaker})`);
  const quoteScore = score(qtp, qfp, quoteLabels.filter((l) => !l.matched).length);
  return { file, figures: figureScore, quotes: quoteScore, onNotFigures, notes };
}

export async function evaluate(keyPath: string, options: { vague?: boolean } = {}): Promise<Evaluation> {
  const key = JSON.parse(readFileSync(keyPath, 'utf8')) as { documents: LabelledDocument[] };
  const documents: DocumentScore[] = [];
  for (const labels of key.documents) {
    const text = await readingText(join(dirname(keyPath), labels.file));
    documents.push(scoreDocument(labels.file, text, labels, options.vague ?? false));
  }
  const sum = (pick: (d: DocumentScore) => Score) =>
    score(
      documents.reduce((n, d) => n + pick(d).tp, 0),
      documents.reduce((n, d) => n + pick(d).fp, 0),
      documents.reduce((n, d) => n + pick(d).fn, 0),
    );
  return { documents, figures: sum((d) => d.figures), quotes: sum((d) => d.quotes), onNotFigures: documents.reduce((n, d) => n + d.onNotFigures, 0) };
}

export function meetsTarget(e: Evaluation): boolean {
  const ok = (s: Score) => s.precision >= TARGET.precision && s.recall >= TARGET.recall;
  return ok(e.figures) && ok(e.quotes) && e.onNotFigures <= TARGET.onNotFigures;
}

function row(name: string, s: Score): string {
  const f = (x: number) => x.toFixed(2).padStart(5);
  return `  ${name.padEnd(8)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const keyPath = resolve(args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/labels.json');
  const vague = args.includes('--vague');
  const e = await evaluate(keyPath, { vague });
  console.log(`Extraction against ${keyPath}${vague ? ' (vague quantities on)' : ''}\n`);
  for (const d of e.documents) {
    console.log(d.file);
    console.log(row('figures', d.figures));
    console.log(row('quotes', d.quotes));
    console.log(`  on not_figures: ${d.onNotFigures}`);
    for (const n of d.notes) console.log(`    - ${n}`);
  }
  console.log('\nOverall');
  console.log(row('figures', e.figures));
  console.log(row('quotes', e.quotes));
  console.log(`  on not_figures: ${e.onNotFigures}`);
  const ok = meetsTarget(e);
  console.log(`\nTarget: precision and recall >= ${TARGET.precision} for figures and quotes, 0 on not_figures: ${ok ? 'met' : 'NOT met'}`);
  if (!ok) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
