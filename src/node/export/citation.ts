import type { Citation } from '../../shared/schemas/export';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-03-09" or an ISO date-time -> "9 March 2025"; anything else as given. */
export function citationDate(date: string | null): string | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date);
  if (!m) return date;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return date;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

export interface CitedSource {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  sha256: string;
}

/** One citation, worded the same way in every format: "SOHR, “Title”, 9 March 2025, chars 203–265, sha256 3f2a91c0…". */
export function citationOf(source: CitedSource | null, span: { start: number; end: number } | null, fallback: string): Citation {
  if (!source) return { articleId: null, publisher: null, title: '', date: null, start: null, end: null, sha256: null, text: fallback };
  const date = citationDate(source.publishedAt);
  const parts = [source.publisher, `“${source.title}”`, date, span ? `chars ${span.start}–${span.end}` : null, `sha256 ${source.sha256.slice(0, 8)}…`];
  return {
    articleId: source.id,
    publisher: source.publisher,
    title: source.title,
    date: source.publishedAt,
    start: span?.start ?? null,
    end: span?.end ?? null,
    sha256: source.sha256,
    text: parts.filter(Boolean).join(', '),
  };
}
