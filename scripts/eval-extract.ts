// Scores the extraction engine against a hand-made answer key:
//   npx tsx scripts/eval-extract.ts [KEY.json | CORPUS_DIR ...] [--vague]
// (default tests/fixtures/extract-eval: its dev/ and test/ splits, each scored apart).
// For each document beside the key it imports the reading text as the app does, runs `suggest`
// and prints precision, recall and F1 for figures and quotes, per document, per genre, per language
// and overall, each miss and false suggestion, and the number of figure suggestions on numbers that
// must not be figures. A figure counts when its value (or range), status and qualifier match the
// label. Exits 1 when a key is below the target.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatForFile } from '../src/node/interop';
import { CodePointText } from '../src/shared/domain/code-points';
import { suggest, type FigureSuggestion, type QuoteSuggestion } from '../src/shared/domain/extract';
import { normalizeReadingText } from '../src/shared/domain/text';

export const TARGET = { precision: 0.9, recall: 0.9, onNotFigures: 0 };

interface LabelledFigure { text: string; value?: number; min?: number; max?: number; status?: string; qualifier?: string }
interface LabelledQuote { text: string; speaker: string }
interface LabelledDocument {
  file: string;
  genre?: string;
  language?: string;
  figures?: LabelledFigure[];
  optional?: { text: string }[];
  not_figures?: string[];
  quotes?: LabelledQuote[];
}

export interface Score { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export interface DocumentScore {
  file: string;
  genre?: string;
  language?: string;
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
  s.status === l.status &&
  (l.qualifier === undefined || s.qualifier === l.qualifier) &&
  (l.value !== undefined ? s.value === l.value : s.min === l.min && s.max === l.max);

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
      notes.push(`false figure: "${s.text}" ${JSON.stringify({ value: s.value, min: s.min, max: s.max, qualifier: s.qualifier, status: s.status })}`);
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
  return { file, genre: labels.genre, language: labels.language, figures: figureScore, quotes: quoteScore, onNotFigures, notes };
}

export async function evaluate(keyPath: string, options: { vague?: boolean } = {}): Promise<Evaluation> {
  const key = JSON.parse(readFileSync(keyPath, 'utf8')) as { documents: LabelledDocument[] };
  const documents: DocumentScore[] = [];
  for (const labels of key.documents) {
    const text = await readingText(join(dirname(keyPath), labels.file));
    documents.push(scoreDocument(labels.file, text, labels, options.vague ?? false));
  }
  return summarize(documents);
}

/** Totals over a set of scored documents. */
export function summarize(documents: DocumentScore[]): Evaluation {
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

/** The keys to score for a path: a labels.json file, or a corpus folder with dev/ and test/ splits. */
export function keysFor(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const splits = ['dev', 'test'].map((s) => join(path, s, 'labels.json')).filter((k) => existsSync(k));
  return splits.length ? splits : [join(path, 'labels.json')];
}

/** Documents grouped by genre and by language, each group summarized. */
export function breakdown(e: Evaluation): { name: string; evaluation: Evaluation }[] {
  const groups = new Map<string, DocumentScore[]>();
  for (const d of e.documents) {
    for (const name of [d.genre && `genre ${d.genre}`, d.language && `language ${d.language}`]) {
      if (name) groups.set(name, [...(groups.get(name) ?? []), d]);
    }
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, docs]) => ({ name, evaluation: summarize(docs) }));
}

function printTotals(e: Evaluation, indent = ''): void {
  console.log(indent + row('figures', e.figures));
  console.log(indent + row('quotes', e.quotes));
  console.log(`${indent}  on not_figures: ${e.onNotFigures}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const paths = args.filter((a) => !a.startsWith('--'));
  const vague = args.includes('--vague');
  const keys = (paths.length ? paths : ['tests/fixtures/extract-eval']).flatMap((p) => keysFor(resolve(p)));
  const results: { key: string; ok: boolean; e: Evaluation }[] = [];
  for (const keyPath of keys) {
    const e = await evaluate(keyPath, { vague });
    console.log(`\n=== Extraction against ${keyPath}${vague ? ' (vague quantities on)' : ''}\n`);
    for (const d of e.documents) {
      console.log(`${d.file}${d.genre ? ` [${d.genre}, ${d.language}]` : ''}`);
      printTotals({ ...d, documents: [d] });
      for (const n of d.notes) console.log(`    - ${n}`);
    }
    const groups = breakdown(e);
    if (groups.length) console.log('\nBy genre and language');
    for (const g of groups) {
      console.log(`${g.name} (${g.evaluation.documents.length} documents)`);
      printTotals(g.evaluation);
    }
    console.log('\nOverall');
    printTotals(e);
    results.push({ key: keyPath, ok: meetsTarget(e), e });
  }
  console.log(`\nTarget: precision and recall >= ${TARGET.precision} for figures and quotes, 0 on not_figures`);
  const f = (x: number) => x.toFixed(2);
  for (const r of results) {
    console.log(`  ${r.ok ? 'met    ' : 'NOT met'}  ${r.key}  figures P ${f(r.e.figures.precision)} R ${f(r.e.figures.recall)}, quotes P ${f(r.e.quotes.precision)} R ${f(r.e.quotes.recall)}, on not_figures ${r.e.onNotFigures}`);
  }
  if (results.some((r) => !r.ok)) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
