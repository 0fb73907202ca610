import type { ExportArticle, ExportDataset, ExportText } from '../schemas/export';

/**
 * An exported text for formats without styling (CSV, spreadsheet cells): a redacted span the
 * profile keeps is written "[redacted (reason): words]"; one it withholds is already
 * "[redacted: reason]".
 */
export function markedText(parts: ExportText): string {
  return parts.map((p) => (p.redaction && !p.redaction.withheld ? `[redacted (${p.redaction.reason}): ${p.text}]` : p.text)).join('');
}

/** Lookups every renderer needs: records by id, code names, the article a citation points at. */
export function indexDataset(d: ExportDataset) {
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));
  return {
    articles: byId(d.articles),
    codes: byId(d.codes),
    cases: byId(d.cases),
    witnesses: byId(d.witnesses),
    actors: byId(d.actors),
    codeNames: (ids: string[]) => ids.map((id) => d.codes.find((c) => c.id === id)?.path ?? id),
  };
}

/** "killed", "security_forces" -> "security forces". */
export const words = (value: string) => value.replace(/_/g, ' ');

/** The provenance of a source as label/value rows (empty values left out), the same in every report. */
export function provenanceRows(a: ExportArticle): [string, string][] {
  const rows: [string, string | null][] = [
    ['Publisher', a.publisher],
    ['Author', a.author],
    ['Published', a.publishedAt],
    ['URL', a.sourceUrl],
    ['Original', `${a.original.fileName ?? 'pasted text'}, ${a.original.mediaType}, ${a.original.byteSize} bytes${a.original.shareable ? '' : ' (kept back: this text carries redactions)'}`],
    ['SHA-256', a.original.sha256],
    ['Captured', a.original.capturedAt],
    ['Grade', a.grading?.grade ?? null],
    ['Notes', a.notes || null],
  ];
  return rows.filter((r): r is [string, string] => Boolean(r[1]));
}
