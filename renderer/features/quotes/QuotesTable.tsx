import { useMemo, useState } from 'react';
import type { Quote } from '../../../src/shared/schemas/evidence';
import { languageBadge } from '../../lib/format';
import { formatDay } from '../figures/figureWords';
import { shortQuote } from '../highlights/textSpan';
import { nextSort, SortableHeader, type SortDirection } from '../reports/SortableHeader';

type Column = 'text' | 'speaker' | 'mode' | 'article';

interface QuotesTableProps {
  quotes: Quote[];
  articleTitles: ReadonlyMap<string, string>;
  onEdit: (quote: Quote) => void;
  onDelete: (quote: Quote) => void;
  onOpenArticle: (articleId: string) => void;
}

export const speakerOf = (q: Quote) => q.speakerName ?? (q.speakerDescriptor || 'Unknown speaker');

function compare(a: Quote, b: Quote, column: Column, titles: ReadonlyMap<string, string>): number {
  switch (column) {
    case 'text':
      return a.text.localeCompare(b.text);
    case 'speaker':
      return speakerOf(a).localeCompare(speakerOf(b));
    case 'mode':
      return a.mode.localeCompare(b.mode) || (a.date ?? '').localeCompare(b.date ?? '');
    case 'article':
      return (titles.get(a.articleId ?? '') ?? '').localeCompare(titles.get(b.articleId ?? '') ?? '');
  }
}

/** Quotes in view: sortable columns; the words with language and translation, the speaker and role, edit and delete per row. */
export function QuotesTable({ quotes, articleTitles, onEdit, onDelete, onOpenArticle }: QuotesTableProps) {
  const [sort, setSort] = useState<{ column: Column; direction: SortDirection } | null>(null);
  const shown = useMemo(() => {
    if (!sort) return quotes;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...quotes].sort((a, b) => sign * compare(a, b, sort.column, articleTitles));
  }, [quotes, sort, articleTitles]);
  // Until a column is chosen: text order within each article, as the API gives them (no column marked).
  const current = sort ?? { column: '' as Column, direction: 'ascending' as SortDirection };
  const onSort = (column: Column) => setSort((s) => nextSort(s, column, 'ascending'));

  return (
    <div className="report-table-scroll" tabIndex={0} role="region" aria-labelledby="quotes-caption">
      <table className="report-table quotes-table">
        <caption id="quotes-caption" className="visually-hidden">
          Quotes
        </caption>
        <thead>
          <tr>
            <SortableHeader column="text" label="Quote" sort={current} onSort={onSort} />
            <SortableHeader column="speaker" label="Speaker" sort={current} onSort={onSort} />
            <SortableHeader column="mode" label="Quoted" sort={current} onSort={onSort} />
            <SortableHeader column="article" label="Source" sort={current} onSort={onSort} />
            <th scope="col" className="ev-plain-head ev-actions-cell">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((q) => (
            <tr key={q.id}>
              <td className="ev-wrap quote-cell">
                <span className="quote-language" title={`Language: ${q.language}`}>
                  {languageBadge(q.language)}
                </span>{' '}
                <q dir="auto" lang={q.language}>
                  {q.text}
                </q>
                {q.translation && (
                  <span className="quote-translation" dir="auto">
                    {q.translation}
                  </span>
                )}
              </td>
              <td className="ev-wrap">
                <span dir="auto">{speakerOf(q)}</span>
                {q.speakerRole && <span className="ev-note" dir="auto">, {q.speakerRole}</span>}
              </td>
              <td>
                {q.mode === 'direct' ? 'Direct' : 'Relayed'}
                {q.date && <span className="ev-sub">{formatDay(q.date)}</span>}
              </td>
              <td className="ev-wrap ev-source">
                {q.articleId ? (
                  <button type="button" className="ev-link" dir="auto" title={articleTitles.get(q.articleId)} onClick={() => onOpenArticle(q.articleId!)}>
                    {shortQuote(articleTitles.get(q.articleId) ?? 'Open article', 36)}
                  </button>
                ) : (
                  <span className="ev-note">typed (interview)</span>
                )}
              </td>
              <td className="ev-actions-cell">
                <div className="ev-row-actions">
                  <button type="button" className="btn btn-small" aria-label={`Edit quote “${shortQuote(q.text, 40)}”`} onClick={() => onEdit(q)}>
                    Edit
                  </button>
                  <button type="button" className="btn btn-small" aria-label={`Delete quote “${shortQuote(q.text, 40)}”`} onClick={() => onDelete(q)}>
                    Delete
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
