import { reportedPhrase } from '../../../shared/domain/figures';
import { indexDataset, provenanceRows, words } from '../../../shared/domain/export-text';
import type { Citation, ExportDataset, ExportText } from '../../../shared/schemas/export';
import type { ExportFormat } from './types';

/**
 * Characters escaped so that text from the workspace is never read as Markdown syntax (CommonMark
 * lets any ASCII punctuation be escaped with a backslash); a line's first character is escaped too
 * when it could open a block (a list, a heading, a quote, a numbered item).
 */
const INLINE = /[\\`*_[\]<>#|~&!]/g;
const escapeInline = (text: string) => text.replace(/\r\n?/g, '\n').replace(INLINE, (c) => `\\${c}`);
/** Line starts that would open a block: leading spaces (four make a code block), list markers, numbered items, setext underlines. */
const blockSafe = (text: string) =>
  text
    .split('\n')
    .map((line) =>
      line
        .trimStart()
        .replace(/^[-+=]/, (c) => `\\${c}`)
        .replace(/^(\d+)([.)])/, (_m, n, c) => `${n}\\${c}`),
    )
    .join('\n');

export const escapeMd = (text: string): string => blockSafe(escapeInline(text));

/** A text with its redactions: kept ones struck through (<del>, with the reason), withheld ones as "[redacted: reason]". */
export function mdText(parts: ExportText): string {
  return blockSafe(
    parts
      .map((p) => (p.redaction && !p.redaction.withheld ? `<del>${escapeInline(p.text)}</del> (redacted: ${escapeInline(p.redaction.reason)})` : escapeInline(p.text)))
      .join(''),
  );
}

/** A block quote of any text (every line prefixed; empty lines kept inside the quote). */
const quoteBlock = (text: string) => text.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
const yamlString = (s: string | null) => (s === null ? 'null' : JSON.stringify(s));
const cite = (c: Citation) => `— ${escapeMd(c.text)}${c.articleId ? ` ([source](#source-${c.articleId}))` : ''}`;

/** YAML front matter: the export's own fields, then `extra` (an article's metadata, in the one-file-per-article export). */
function frontMatter(d: ExportDataset, extra: [string, string | null][]): string {
  return [
    '---',
    `title: ${yamlString(d.title)}`,
    `profile: ${d.profile}`,
    `profile_notice: ${yamlString(d.profileNotice)}`,
    `generated: ${d.generatedAt}`,
    `generator: ${yamlString(d.generator)}`,
    `scope: ${d.scope.kind}`,
    `withheld: [${d.withheld.summary.map(yamlString).join(', ')}]`,
    ...extra.map(([key, value]) => `${key}: ${yamlString(value)}`),
    '---',
  ].join('\n');
}

/** Markdown notes: one file for the export (a case, articles, a code, the workspace), CommonMark with YAML front matter. */
export function renderMarkdown(d: ExportDataset, front: [string, string | null][] = [], after: string[] = []): string {
  const ix = indexDataset(d);
  const out: string[] = [frontMatter(d, front), `# ${escapeMd(d.title)}`, `*${escapeMd(d.profileNotice)}*`, ...after];
  if (d.withheld.summary.length) out.push(`Withheld from this export: ${escapeMd(d.withheld.summary.join(', '))}.`);
  for (const c of d.cases) if (c.description) out.push(`## Case: ${escapeMd(c.title)}`, escapeMd(c.description));
  if (d.memos.length) {
    out.push('## Memos');
    for (const m of d.memos) {
      const on = m.targetType === 'case' ? ix.cases.get(m.targetId)?.title : ix.articles.get(m.targetId)?.title;
      out.push(`**Memo on ${escapeMd(on ?? m.targetType)}** (${m.visibility}, ${m.updatedAt.slice(0, 10)})`, mdText(m.text));
    }
  }
  if (d.figures.length) {
    out.push('## Casualty figures', 'Each figure is a claim by its reporter; figures of different reporters are never added up.');
    for (const f of d.figures) {
      out.push(
        `- **${escapeMd(f.reporterName)}**: ${escapeMd(f.range || f.wording)} ${words(f.outcome)} (${words(f.group)}), ${reportedPhrase(f.reportedDate)}${f.asOfDate ? `, as of ${f.asOfDate}` : ''}. “${escapeMd(f.wording)}” ${cite(f.citation)}`,
      );
    }
    for (const flag of d.reconciliation.flags) out.push(`- Check: ${escapeMd(flag.explanation)}`);
  }
  if (d.quotes.length) {
    out.push('## Quotes');
    for (const q of d.quotes) {
      const speaker = q.speakerName ?? q.speakerDescriptor ?? 'unnamed speaker';
      out.push(quoteBlock(mdText(q.text)), `${escapeMd(speaker)}${q.speakerRole ? `, ${escapeMd(q.speakerRole)}` : ''} (${q.mode}) ${cite(q.citation)}`);
      if (q.translation) out.push(quoteBlock(escapeMd(q.translation)));
    }
  }
  if (d.accounts.length) {
    out.push('## Eyewitness accounts');
    for (const a of d.accounts) {
      const meta = [`${a.witnessCode}, ${words(a.relation)}`, a.interviewDate && `interviewed ${a.interviewDate}`, a.interviewer && `by ${a.interviewer}`, a.locationCoarse, a.incidentPlace !== a.locationCoarse && a.incidentPlace];
      out.push(`### ${escapeMd(meta.filter(Boolean).join(', '))}`, quoteBlock(mdText(a.narrative)));
      if (a.translation.length) out.push(quoteBlock(mdText(a.translation)));
      if (a.codeIds.length) out.push(`Codes: ${escapeMd(ix.codeNames(a.codeIds).join('; '))}`);
      if (a.memo) out.push(`Memo: ${escapeMd(a.memo)}`);
    }
  }
  if (d.segments.length) {
    out.push('## Coded segments');
    for (const s of d.segments) {
      out.push(quoteBlock(mdText(s.passage)), `Codes: ${escapeMd(ix.codeNames(s.codeIds).join('; ') || 'none')} ${cite(s.citation)}`);
      if (s.memo) out.push(`Memo: ${escapeMd(s.memo)}`);
    }
  }
  if (d.witnesses.length) {
    out.push('## Witnesses');
    for (const w of d.witnesses) {
      const consent = w.consent.filter((c) => c.state === 'given').map((c) => words(c.purpose));
      out.push(`- **${escapeMd(w.code)}** ${escapeMd(w.description)}; consent: ${escapeMd(consent.join(', ') || 'none recorded')}${w.identity ? `; identity: ${escapeMd(`${w.identity.name}, ${w.identity.contact}, ${w.identity.exactPlace}`)}` : ''}`);
    }
  }
  if (d.incidents.length) {
    out.push('## Incidents');
    for (const i of d.incidents) out.push(`- **${escapeMd(i.title)}** ${escapeMd([i.start, i.placeNameEn, i.placeNameAr, i.status].filter(Boolean).join(', '))}${i.memo ? `. Memo: ${escapeMd(i.memo)}` : ''}`);
  }
  if (d.articles.length) out.push('## Sources');
  for (const a of d.articles) {
    out.push(`### <a id="source-${a.id}"></a>${escapeMd(a.title)}`);
    out.push(provenanceRows(a).map(([k, v]) => `- ${k}: ${escapeMd(v)}`).join('\n'));
    out.push(mdText(a.text).split(/\n{2,}/).join('\n\n'));
  }
  out.push('---', `*${escapeMd(d.profileNotice)} ${escapeMd(d.generator)}, ${d.generatedAt}.*`);
  return `${out.join('\n\n')}\n`;
}

export const mdFormat: ExportFormat = {
  id: 'md',
  label: 'Markdown notes',
  extension: 'md',
  mediaType: 'text/markdown; charset=utf-8',
  container: 'text',
  async render(dataset) {
    return new TextEncoder().encode(renderMarkdown(dataset));
  },
};
