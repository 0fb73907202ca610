import type { Citation, ExportDataset, ExportText } from '../../../shared/schemas/export';
import { words } from '../../../shared/domain/export-text';

/** Escapes text for HTML content and attribute values. */
export const esc = (s: string | number | null | undefined): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A text with its redactions: kept ones struck through with the reason, withheld ones as "[redacted: reason]". */
export function htmlText(parts: ExportText): string {
  return parts
    .map((p) => {
      if (!p.redaction) return esc(p.text);
      if (p.redaction.withheld) return `<span class="redacted">${esc(p.text)}</span>`;
      return `<del class="redacted" title="Redacted: ${esc(p.redaction.reason)}">${esc(p.text)}</del><span class="reason"> (redacted: ${esc(p.redaction.reason)})</span>`;
    })
    .join('');
}

/** Paragraphs of a text (blank lines separate them), each with dir="auto" so Arabic reads right to left. */
export function paragraphs(parts: ExportText): string {
  return htmlText(parts)
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p dir="auto">${p.replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

export const sourceAnchor = (articleId: string) => `source-${articleId}`;

/** The citation with a link to the source's section of the report. */
export const citeHtml = (c: Citation) =>
  c.articleId ? `<cite><a href="#${sourceAnchor(c.articleId)}">${esc(c.text)}</a></cite>` : `<cite>${esc(c.text)}</cite>`;

/**
 * One range chart per row of the reconciliation (outcome and group): each reporter's latest
 * figure as a bar from its lower to its upper bound (an arrow when the source gives no upper
 * bound), on one scale. Reporters side by side, never added up. The sources are named under it.
 */
export function reconciliationCharts(d: ExportDataset): string {
  const figures = new Map(d.figures.map((f) => [f.id, f]));
  const reporters = new Map(d.reconciliation.reporters.map((r) => [r.id, r.name]));
  return d.reconciliation.rows
    .map((row) => {
      const bars = row.cells.map((c) => ({ name: reporters.get(c.reporterId) ?? '', b: c.latest }));
      const top = Math.max(1, ...bars.map(({ b }) => Math.max(b.min ?? 0, b.max ?? 0)));
      const scale = top * 1.15;
      const width = 640;
      const left = 170;
      const barHeight = 22;
      const x = (n: number) => left + ((width - left - 20) * n) / scale;
      const rows = bars
        .map(({ name, b }, i) => {
          const y = 10 + i * (barHeight + 10);
          const lo = b.min ?? 0;
          const hi = b.max ?? scale;
          const open = b.max === null;
          return [
            `<text x="${left - 8}" y="${y + 15}" text-anchor="end" class="label">${esc(name)}</text>`,
            `<rect x="${x(lo).toFixed(1)}" y="${y}" width="${Math.max(2, x(hi) - x(lo)).toFixed(1)}" height="${barHeight}" class="${open ? 'bar open' : 'bar'}"><title>${esc(`${name}: ${b.range} (${b.wording})`)}</title></rect>`,
            open ? `<path d="M${(x(hi) - 2).toFixed(1)} ${y} l10 ${barHeight / 2} l-10 ${barHeight / 2} z" class="arrow"/>` : '',
            `<text x="${(x(lo) + 4).toFixed(1)}" y="${y + 15}" class="value">${esc(b.range)}</text>`,
          ].join('');
        })
        .join('\n');
      const height = 20 + bars.length * (barHeight + 10);
      const title = `${words(row.outcome)}, ${words(row.group)}`;
      const sources = row.cells
        .map((c) => figures.get(c.latest.id))
        .filter((f) => f !== undefined)
        .map((f) => `<li dir="auto"><a href="#figure-${f.id}">${esc(f.reporterName)}</a>: ${citeHtml(f.citation)}</li>`)
        .join('');
      return `<figure class="chart">
<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">${rows}</svg>
<figcaption dir="auto">${esc(title)}: latest figure of each reporter, side by side (never added up).</figcaption>
<ul class="sources">${sources}</ul>
</figure>`;
    })
    .join('\n');
}

export const STYLE = `
:root { color-scheme: light; --ink: #1d232a; --muted: #5b6570; --rule: #d5dbe1; --accent: #7a3b2e; }
* { box-sizing: border-box; }
body { font: 15px/1.55 "Noto Sans", "Segoe UI", "Noto Naskh Arabic", "Geeza Pro", Tahoma, sans-serif; color: var(--ink); margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
header.report { border-bottom: 3px solid var(--accent); margin-bottom: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .3rem; } h2 { border-bottom: 1px solid var(--rule); margin-top: 2.2rem; } h3 { margin-bottom: .2rem; }
.profile { font-weight: 600; color: var(--accent); } .muted, cite, figcaption, .meta { color: var(--muted); font-size: .9em; }
nav ol { columns: 2; }
table { border-collapse: collapse; width: 100%; margin: .8rem 0; } th, td { border: 1px solid var(--rule); padding: .35rem .5rem; text-align: start; vertical-align: top; }
th { background: #f3f5f7; }
blockquote { margin: .6rem 0; padding: .3rem .9rem; border-inline-start: 4px solid var(--rule); background: #fafbfc; }
del.redacted { text-decoration: line-through; text-decoration-thickness: 2px; background: #fde8e8; }
span.redacted { background: #1d232a; color: #fff; padding: 0 .25em; border-radius: 2px; } .reason { color: #a33; font-size: .85em; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-inline-end: .35em; vertical-align: baseline; }
.chart svg { max-width: 100%; height: auto; } .chart .bar { fill: #b5654f; } .chart .bar.open { fill: #d9a18f; } .chart .arrow { fill: #d9a18f; }
.chart text { font: 12px sans-serif; fill: var(--ink); } .chart ul.sources { font-size: .85em; }
.flag { color: #a33; }
section.source { border-top: 1px solid var(--rule); padding-top: .5rem; }
footer { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: .5rem; color: var(--muted); font-size: .85em; }
@media print {
  @page { margin: 16mm 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; } blockquote, figure, table, tr { break-inside: avoid; }
  span.redacted { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;
