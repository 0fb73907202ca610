import { AlignmentType, Document, Footer, Header, Packer, PageBreak, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { countInWords, groupLabel, reportedPhrase } from '../../../shared/domain/figures';
import { exportFileName, type ExportDataset, type ExportText } from '../../../shared/schemas/export';
import { citationDate } from '../citation';
import { PROFILE_RULES } from '../profiles';
import { citationParagraph, field, heading, para, swatch, table, textParagraph } from './docx-blocks';

const words = (value: string) => value.replace(/_/g, ' ');
const plain = (text: string): ExportText => [{ text, redaction: null }];
const when = <T>(items: T[], section: () => FileChild[]): FileChild[] => (items.length ? section() : []);

function titlePage(d: ExportDataset): FileChild[] {
  const caseTitles = d.cases.map((c) => c.title);
  return [
    new Paragraph({ spacing: { before: 2400 } }),
    heading(d.title, 1),
    para('Analyst memo', { size: 32 }),
    ...field('Case', caseTitles.length ? caseTitles.join('; ') : null),
    ...field('Scope', d.scope.kind === 'all' ? 'the whole workspace' : d.scope.kind === 'articles' ? `${d.scope.articleIds.length} chosen articles` : d.scope.kind === 'code' ? 'one code and its coded segments' : 'one case'),
    ...field('Profile', PROFILE_RULES[d.profile].label),
    ...field('Date', citationDate(d.generatedAt.slice(0, 10))),
    para(d.profileNotice, { italics: true }),
    ...field('Withheld by this profile', d.withheld.summary.join('; ') || 'nothing'),
    ...field('File', exportFileName(d.fileStem, d.profile, 'docx')),
    para(`Made by ${d.generator}.`, { size: 18, color: '555555' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** Reporters side by side, one row per outcome and group: each cell is that reporter's latest figure, its qualifier in words. Never summed. */
function figuresSection(d: ExportDataset): FileChild[] {
  const r = d.reconciliation;
  const rows = r.rows.map((row) => [
    `${words(row.outcome)}, ${groupLabel(row.group)}`,
    ...r.reporters.map((rep) => {
      const c = row.cells.find((x) => x.reporterId === rep.id);
      if (!c) return '—';
      const f = c.latest;
      return [para(countInWords(f), { bold: true }), para(`“${f.wording}”`), para(`as of ${citationDate(f.asOf)}`, { size: 18 })];
    }),
  ]);
  const flags = r.flags.map((f) => para(`${f.reporterName}: ${f.explanation}`));
  return [
    heading('Casualty figures', 1),
    para('Each reporter’s latest figure, side by side. The figures are claims of different reporters: they are compared, never added up.', { italics: true }),
    table(['Outcome and group', ...r.reporters.map((rep) => rep.name)], rows),
    ...(flags.length ? [heading('Consistency checks that failed', 3), ...flags] : []),
    heading('Every figure', 2),
    ...d.figures.flatMap((f) => [
      textParagraph(plain(`${f.reporterName}: ${countInWords(f)} ${words(f.outcome)} (${groupLabel(f.group)}), ${reportedPhrase(f.reportedDate, citationDate)}${f.asOfDate ? `, as of ${citationDate(f.asOfDate)}` : ''}`), { style: { bold: true } }),
      ...(f.passage ? [textParagraph(f.passage, { indent: true })] : [textParagraph(plain(`“${f.wording}”`), { indent: true })]),
      ...field('Identity', f.identity ? `${f.identity}${f.identityBasis ? ` (${words(f.identityBasis)})` : ''}` : null),
      ...field('Scope', [f.scopePlace, f.scopePeriodStart && `from ${f.scopePeriodStart}`, f.scopePeriodEnd && `to ${f.scopePeriodEnd}`].filter(Boolean).join(', ')),
      ...field('Counting method', words(f.countingMethod)),
      ...field('Memo', f.memo),
      citationParagraph(f.citation.text),
    ]),
  ];
}

function quotesSection(d: ExportDataset): FileChild[] {
  return [
    heading('Quotes', 1),
    ...d.quotes.flatMap((q) => [
      textParagraph(q.text, { indent: true, style: { italics: false } }),
      ...field('Speaker', [q.speakerName, q.speakerDescriptor, q.speakerRole].filter(Boolean).join(', ') || 'not named'),
      ...field('Translation', q.translation),
      ...field('Said', [words(q.mode), citationDate(q.date)].filter(Boolean).join(', ')),
      ...field('Context', q.context),
      ...field('Memo', q.memo),
      citationParagraph(q.citation.text),
    ]),
  ];
}

function accountsSection(d: ExportDataset): FileChild[] {
  const byWitness = d.witnesses.filter((w) => d.accounts.some((a) => a.witnessId === w.id));
  return [
    heading('Eyewitness accounts', 1),
    ...byWitness.flatMap((w) => [
      heading(w.code, 2),
      ...field('Witness', w.description),
      ...field('Consent', w.consent.map((c) => `${words(c.purpose)}: ${c.state}`).join('; ')),
      ...(w.identity ? [...field('Name', w.identity.name), ...field('Contact', w.identity.contact), ...field('Exact place', w.identity.exactPlace)] : []),
      ...d.accounts
        .filter((a) => a.witnessId === w.id)
        .flatMap((a) => [
          heading(`${a.witnessCode}, account${a.interviewDate ? ` of ${citationDate(a.interviewDate)}` : ''}`, 3),
          ...field('Relation to the events', words(a.relation)),
          ...field('Incident', [citationDate(a.incidentDate), a.incidentPlace].filter(Boolean).join(', ')),
          ...field('Location', a.locationCoarse),
          ...field('Interviewer', a.interviewer),
          ...field('Interpreter', a.interpreter),
          textParagraph(a.narrative, { indent: true }),
          ...(a.translation.length && a.translation.some((p) => p.text) ? [textParagraph(a.translation, { indent: true, label: 'Translation' })] : []),
          ...field('Reliability', a.reliabilityNote),
          ...field('Memo', a.memo),
        ]),
    ]),
  ];
}

function segmentsSection(d: ExportDataset): FileChild[] {
  const codes = d.codes.filter((c) => d.segments.some((s) => s.codeIds.includes(c.id)));
  const uncoded = d.segments.filter((s) => s.codeIds.length === 0);
  const segment = (s: ExportDataset['segments'][number]) => [textParagraph(s.passage, { indent: true }), ...field('Memo', s.memo), citationParagraph(s.citation.text)];
  return [
    heading('Coded segments', 1),
    ...codes.flatMap((c) => [
      new Paragraph({ heading: 'Heading2', children: [swatch(c.color), new TextRun({ text: ` ${c.path}` })] }),
      para(`Code colour ${c.color}`, { size: 18, color: '555555' }),
      ...d.segments.filter((s) => s.codeIds.includes(c.id)).flatMap(segment),
    ]),
    ...(uncoded.length ? [heading('Highlights without a code', 2), ...uncoded.flatMap(segment)] : []),
  ];
}

function memosSection(d: ExportDataset): FileChild[] {
  const target = (m: ExportDataset['memos'][number]) =>
    m.targetType === 'case' ? `case “${d.cases.find((c) => c.id === m.targetId)?.title ?? ''}”` : `article “${d.articles.find((a) => a.id === m.targetId)?.title ?? ''}”`;
  const notes = d.articles.filter((a) => a.notes);
  return [
    heading('Memos', 1),
    ...d.memos.flatMap((m) => [para(`On the ${target(m)}, ${m.visibility}, ${citationDate(m.updatedAt.slice(0, 10))}`, { bold: true }), textParagraph(m.text, { indent: true })]),
    ...notes.flatMap((a) => [para(`Notes on the article “${a.title}”`, { bold: true }), textParagraph(plain(a.notes ?? ''), { indent: true })]),
  ];
}

function incidentsSection(d: ExportDataset): FileChild[] {
  return [
    heading('Incidents', 1),
    table(
      ['Incident', 'When', 'Where', 'Status'],
      d.incidents.map((i) => [
        [para(i.title, { bold: true }), ...(i.description ? [para(i.description)] : []), ...field('Memo', i.memo)],
        [i.start, i.end].filter(Boolean).join(' to '),
        [i.placeNameEn, i.placeNameAr, i.admin2, i.admin1].filter(Boolean).join(', '),
        words(i.status),
      ]),
    ),
  ];
}

/** The sources with provenance: who published them, when, where, and the SHA-256 of the original bytes with the time they were captured. */
function sourcesSection(d: ExportDataset): FileChild[] {
  return [
    heading('Sources', 1),
    table(
      ['Source', 'Publisher', 'Date', 'URL', 'SHA-256 of the original', 'Captured'],
      d.articles.map((a) => [
        [para(a.title), ...(a.original.shareable ? [] : [para('Original kept back by this profile', { italics: true, size: 16 })])],
        a.publisher ?? '',
        citationDate(a.publishedAt) ?? '',
        a.sourceUrl ?? '',
        [para(a.original.sha256, { size: 14, font: 'DejaVu Sans Mono' })],
        a.original.capturedAt,
      ]),
    ),
  ];
}

/** The reading text of every source, after redaction, so the memo holds every passage it cites in context. */
function textsSection(d: ExportDataset): FileChild[] {
  return [
    heading('Source texts', 1),
    ...d.articles.flatMap((a) => [
      heading(a.title, 2),
      // One paragraph per paragraph of the text, each with its own direction; redacted spans marked or replaced as the profile says.
      ...splitParagraphs(a.text).map((parts) => textParagraph(parts)),
    ]),
  ];
}

/** An exported text cut at its blank lines into paragraphs (redaction marks kept on their pieces). */
function splitParagraphs(parts: ExportText): ExportText[] {
  const out: ExportText[] = [[]];
  for (const part of parts) {
    const pieces = part.text.split(/\n\s*\n/);
    pieces.forEach((piece, i) => {
      if (i > 0) out.push([]);
      if (piece) out[out.length - 1].push({ ...part, text: piece.replace(/\n/g, ' ') });
    });
  }
  return out.filter((p) => p.length > 0);
}

/** The analyst memo: title page, figures, quotes, accounts, coded segments, memos, incidents, sources, the source texts; the profile in every page's header and footer. */
export async function renderDocx(d: ExportDataset): Promise<Uint8Array> {
  const notice = new Header({ children: [para(d.profileNotice, { size: 16, color: '555555' })] });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: 16, color: '555555', children: [`${d.title} · Profile: ${d.profile} · page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
  const body: FileChild[] = [
    ...titlePage(d),
    ...when(d.figures, () => figuresSection(d)),
    ...when(d.quotes, () => quotesSection(d)),
    ...when(d.accounts, () => accountsSection(d)),
    ...when(d.segments, () => segmentsSection(d)),
    ...(d.memos.length || d.articles.some((a) => a.notes) ? memosSection(d) : []),
    ...when(d.incidents, () => incidentsSection(d)),
    ...when(d.articles, () => sourcesSection(d)),
    ...when(d.articles, () => textsSection(d)),
  ];
  const doc = new Document({
    title: d.title,
    description: d.profileNotice,
    creator: d.generator,
    styles: { default: { document: { run: { font: 'DejaVu Sans', size: 21 } } } },
    sections: [{ headers: { default: notice, first: notice }, footers: { default: footer, first: footer }, children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
