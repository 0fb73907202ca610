import { reportedPhrase } from '../../../shared/domain/figures';
import { indexDataset, provenanceRows, words } from '../../../shared/domain/export-text';
import type { ExportDataset } from '../../../shared/schemas/export';
import { citeHtml, esc, htmlText, paragraphs, reconciliationCharts, sourceAnchor, STYLE } from './html-parts';
import type { ExportFormat } from './types';

/** Nothing may be fetched: no script, no font, no image, no frame (the report is read offline, as a file). */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const section = (id: string, title: string, body: string) => (body ? `<section id="${id}">\n<h2 dir="auto">${esc(title)}</h2>\n${body}\n</section>` : '');

function reconciliationTable(d: ExportDataset): string {
  const r = d.reconciliation;
  if (!r.rows.length) return '';
  const head = `<tr><th>Outcome</th><th>Group</th>${r.reporters.map((p) => `<th dir="auto">${esc(p.name)}</th>`).join('')}</tr>`;
  const body = r.rows
    .map((row) => {
      const cells = r.reporters.map((p) => {
        const c = row.cells.find((x) => x.reporterId === p.id);
        if (!c) return '<td></td>';
        const earlier = c.timeline.length ? `<div class="meta">earlier: ${c.timeline.map((b) => `<a href="#figure-${b.id}">${esc(b.range)}</a> (${esc(b.asOf)})`).join(', ')}</div>` : '';
        return `<td dir="auto"><a href="#figure-${c.latest.id}"><strong>${esc(c.latest.range)}</strong></a> <span class="meta">as of ${esc(c.latest.asOf)}</span><div>“${esc(c.latest.wording)}”</div>${earlier}</td>`;
      });
      return `<tr><td dir="auto">${esc(words(row.outcome))}</td><td dir="auto">${esc(words(row.group))}</td>${cells.join('')}</tr>`;
    })
    .join('\n');
  const flags = r.flags.map((f) => `<li dir="auto" class="flag">${esc(f.explanation)}</li>`).join('');
  return `<p dir="auto">Each reporter’s figures side by side, in their own words. Figures of different reporters are never added up.</p>
<table><thead>${head}</thead><tbody>${body}</tbody></table>${flags ? `<ul>${flags}</ul>` : ''}
${reconciliationCharts(d)}`;
}

/** The HTML report: one self-contained file (inline CSS, no script, nothing fetched), readable on screen and in print. */
export function renderHtml(d: ExportDataset): string {
  const ix = indexDataset(d);
  const figures = d.figures
    .map(
      (f) => `<li id="figure-${f.id}" dir="auto"><strong>${esc(f.reporterName)}</strong>: ${esc(f.range || f.wording)} ${esc(words(f.outcome))} (${esc(words(f.group))}), ${esc(reportedPhrase(f.reportedDate))}${f.asOfDate ? `, as of ${esc(f.asOfDate)}` : ''}${f.identity ? `, identity: ${esc(f.identity)}` : ''}.
<blockquote dir="auto">${f.passage ? htmlText(f.passage) : esc(f.wording)}</blockquote>${citeHtml(f.citation)}${f.memo ? `<p dir="auto" class="meta">Memo: ${esc(f.memo)}</p>` : ''}</li>`,
    )
    .join('\n');
  const quotes = d.quotes
    .map((q) => {
      const speaker = [q.speakerName ?? q.speakerDescriptor, q.speakerRole].filter(Boolean).join(', ') || 'unnamed speaker';
      return `<div id="quote-${q.id}"><blockquote dir="auto" lang="${esc(q.language)}">${htmlText(q.text)}</blockquote>${q.translation ? `<p dir="auto" class="meta">${esc(q.translation)}</p>` : ''}<p dir="auto">${esc(speaker)} (${esc(q.mode)}${q.date ? `, ${esc(q.date)}` : ''}) ${citeHtml(q.citation)}</p>${q.memo ? `<p dir="auto" class="meta">Memo: ${esc(q.memo)}</p>` : ''}</div>`;
    })
    .join('\n');
  const accounts = d.accounts
    .map((a) => {
      const meta = [`${a.witnessCode}, ${words(a.relation)}`, a.interviewDate && `interviewed ${a.interviewDate}`, a.interviewer && `by ${a.interviewer}`, a.interpreter && `interpreter ${a.interpreter}`, a.locationCoarse, a.incidentPlace !== a.locationCoarse && a.incidentPlace, a.incidentDate && `incident ${a.incidentDate}`];
      const codes = a.codeIds.length ? `<p dir="auto" class="meta">Codes: ${esc(ix.codeNames(a.codeIds).join('; '))}</p>` : '';
      return `<article id="account-${a.id}"><h3 dir="auto">${esc(meta.filter(Boolean).join(' · '))}</h3><blockquote lang="${esc(a.language)}">${paragraphs(a.narrative)}</blockquote>${a.translation.length ? `<blockquote>${paragraphs(a.translation)}</blockquote>` : ''}${codes}${a.reliabilityNote ? `<p dir="auto" class="meta">Reliability: ${esc(a.reliabilityNote)}</p>` : ''}${a.memo ? `<p dir="auto" class="meta">Memo: ${esc(a.memo)}</p>` : ''}</article>`;
    })
    .join('\n');
  const byCode = d.codes
    .map((c) => {
      const segs = d.segments.filter((s) => s.codeIds.includes(c.id));
      if (!segs.length) return '';
      return `<h3 dir="auto"><span class="swatch" style="background:${esc(c.color)}"></span>${esc(c.path)}</h3>${segs
        .map((s) => `<div id="segment-${s.id}-${c.id}"><blockquote dir="auto" style="border-color:${esc(c.color)}">${htmlText(s.passage)}</blockquote><p dir="auto">${citeHtml(s.citation)}</p>${s.memo ? `<p dir="auto" class="meta">Memo: ${esc(s.memo)}</p>` : ''}</div>`)
        .join('\n')}`;
    })
    .join('\n');
  const uncoded = d.segments.filter((s) => s.codeIds.length === 0);
  const uncodedHtml = uncoded.length ? `<h3 dir="auto">Highlights without a code</h3>${uncoded.map((s) => `<blockquote dir="auto">${htmlText(s.passage)}</blockquote><p dir="auto">${citeHtml(s.citation)}</p>${s.memo ? `<p dir="auto" class="meta">Memo: ${esc(s.memo)}</p>` : ''}`).join('\n')}` : '';
  const memos = d.memos
    .map((m) => {
      const on = m.targetType === 'case' ? ix.cases.get(m.targetId)?.title : ix.articles.get(m.targetId)?.title;
      return `<div class="memo"><p dir="auto" class="meta">Memo on ${esc(on ?? m.targetType)} (${esc(m.visibility)}, ${esc(m.updatedAt.slice(0, 10))})</p>${paragraphs(m.text)}</div>`;
    })
    .join('\n');
  const witnesses = d.witnesses.length
    ? `<table><thead><tr><th>Witness</th><th>Description</th><th>Consent given</th>${d.profile === 'internal' ? '<th>Identity</th>' : ''}</tr></thead><tbody>${d.witnesses
        .map(
          (w) =>
            `<tr><td dir="auto">${esc(w.code)}</td><td dir="auto">${esc(w.description)}</td><td dir="auto">${esc(w.consent.filter((c) => c.state === 'given').map((c) => words(c.purpose)).join(', ') || 'none recorded')}</td>${d.profile === 'internal' ? `<td dir="auto">${w.identity ? esc(`${w.identity.name} · ${w.identity.contact} · ${w.identity.exactPlace}`) : ''}</td>` : ''}</tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  const incidents = d.incidents
    .map((i) => `<li dir="auto"><strong>${esc(i.title)}</strong> ${esc([i.start, i.placeNameEn, i.placeNameAr, i.admin1, i.status].filter(Boolean).join(' · '))}${i.description ? `<p dir="auto">${esc(i.description)}</p>` : ''}${i.memo ? `<p dir="auto" class="meta">Memo: ${esc(i.memo)}</p>` : ''}</li>`)
    .join('\n');
  const actors = d.actors.map((a) => `<li dir="auto"><strong>${esc(a.name)}</strong> (${esc(words(a.type))})${a.aliases.length ? `: ${esc(a.aliases.map((x) => x.alias).join(', '))}` : ''}</li>`).join('\n');
  const sources = d.articles
    .map((a) => {
      const table = provenanceRows(a).map(([k, v]) => `<tr><th>${k}</th><td dir="auto">${k === 'SHA-256' || k === 'URL' ? `<code>${esc(v)}</code>` : esc(v)}</td></tr>`).join('');
      return `<section class="source" id="${sourceAnchor(a.id)}" lang="${esc(a.language)}"><h3 dir="auto">${esc(a.title)}</h3><table>${table}</table>${paragraphs(a.text)}</section>`;
    })
    .join('\n');
  const withheld = d.withheld.summary.length ? `<p dir="auto">Withheld from this export: ${esc(d.withheld.summary.join(', '))}.</p>` : '';
  const parts: [string, string, string][] = [
    ['reconciliation', 'Casualty figures: reconciliation', reconciliationTable(d)],
    ['figures', 'Casualty figures', figures && `<ul>${figures}</ul>`],
    ['quotes', 'Quotes', quotes],
    ['accounts', 'Eyewitness accounts', accounts],
    ['segments', 'Coded segments', byCode + uncodedHtml],
    ['memos', 'Memos', memos],
    ['witnesses', 'Witnesses', witnesses],
    ['incidents', 'Incidents', incidents && `<ul>${incidents}</ul>`],
    ['actors', 'Actors', actors && `<ul>${actors}</ul>`],
    ['sources', 'Sources', sources],
  ];
  const present = parts.filter(([, , body]) => body);
  const description = d.cases.map((c) => c.description && `<p dir="auto">${esc(c.description)}</p>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(d.generator)}">
<title>${esc(d.title)} (${esc(d.profile)})</title>
<style>${STYLE}</style>
</head>
<body>
<header class="report">
<h1 dir="auto">${esc(d.title)}</h1>
<p dir="auto" class="profile">${esc(d.profileNotice)}</p>
${withheld}
<p dir="auto" class="meta">${esc(d.generator)}, ${esc(d.generatedAt)}</p>
${description}
</header>
<nav><ol>${present.map(([id, title]) => `<li><a href="#${id}">${esc(title)}</a></li>`).join('')}</ol></nav>
<main>
${present.map(([id, title, body]) => section(id, title, body)).join('\n')}
</main>
<footer><p dir="auto">${esc(d.profileNotice)}</p></footer>
</body>
</html>
`;
}

export const htmlFormat: ExportFormat = {
  id: 'html',
  label: 'HTML report',
  extension: 'html',
  mediaType: 'text/html; charset=utf-8',
  container: 'text',
  async render(dataset) {
    return new TextEncoder().encode(renderHtml(dataset));
  },
};
