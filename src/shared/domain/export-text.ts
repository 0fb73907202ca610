import type { ExportDataset, ExportText } from '../schemas/export';

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
