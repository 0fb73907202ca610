import { useMemo, useState } from 'react';
import { GROUPS } from '../../../src/shared/domain/figures';
import type { Figure } from '../../../src/shared/schemas/figure';
import { shortQuote } from '../highlights/textSpan';
import { nextSort, SortableHeader, type SortDirection } from '../reports/SortableHeader';
import { countInWords, formatDay, GROUP_LABEL, OUTCOME_LABEL } from './figureWords';

type Column = 'reporter' | 'outcome' | 'count' | 'asOf' | 'article';

interface FiguresTableProps {
  figures: Figure[];
  articleTitles: ReadonlyMap<string, string>;
  onEdit: (figure: Figure) => void;
  onDelete: (figure: Figure) => void;
  onOpenArticle: (articleId: string) => void;
}

const asOf = (f: Figure) => f.asOfDate ?? f.reportedDate;

function compare(a: Figure, b: Figure, column: Column, titles: ReadonlyMap<string, string>): number {
  switch (column) {
    case 'reporter':
      return a.reporterName.localeCompare(b.reporterName);
    case 'outcome':
      return a.outcome.localeCompare(b.outcome) || GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group);
    case 'count':
      return (a.min ?? a.max ?? 0) - (b.min ?? b.max ?? 0) || (a.max ?? Infinity) - (b.max ?? Infinity);
    case 'asOf':
      return asOf(a).localeCompare(asOf(b)) || a.reportedDate.localeCompare(b.reportedDate);
    case 'article':
      return (titles.get(a.articleId ?? '') ?? '').localeCompare(titles.get(b.articleId ?? '') ?? '');
  }
}

/** Every figure in view: sortable columns, counts right-aligned with their qualifier in words, edit and delete per row. */
export function FiguresTable({ figures, articleTitles, onEdit, onDelete, onOpenArticle }: FiguresTableProps) {
  const [sort, setSort] = useState<{ column: Column; direction: SortDirection }>({ column: 'asOf', direction: 'ascending' });
  const shown = useMemo(() => {
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...figures].sort((a, b) => sign * compare(a, b, sort.column, articleTitles) || asOf(a).localeCompare(asOf(b)) || a.createdAt.localeCompare(b.createdAt));
  }, [figures, sort, articleTitles]);
  const onSort = (column: Column) => setSort((s) => nextSort(s, column, column === 'count' ? 'descending' : 'ascending'));

  return (
    <div className="report-table-scroll" tabIndex={0} role="region" aria-labelledby="figures-list-caption">
      <table className="report-table figures-table">
        <caption id="figures-list-caption" className="visually-hidden">
          Figures
        </caption>
        <thead>
          <tr>
            <SortableHeader column="reporter" label="Reporter" sort={sort} onSort={onSort} />
            <SortableHeader column="outcome" label="Counted" sort={sort} onSort={onSort} />
            <SortableHeader column="count" label="Count" sort={sort} numeric onSort={onSort} />
            <SortableHeader column="asOf" label="As of" sort={sort} onSort={onSort} />
            <SortableHeader column="article" label="Wording and source" sort={sort} onSort={onSort} />
            <th scope="col" className="ev-plain-head ev-actions-cell">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => {
            const title = f.articleId ? articleTitles.get(f.articleId) : undefined;
            const name = `${f.reporterName}, ${f.outcome}, ${GROUP_LABEL[f.group].toLowerCase()}: ${countInWords(f)}`;
            return (
              <tr key={f.id}>
                <th scope="row" dir="auto">
                  {f.reporterName}
                </th>
                <td className="ev-wrap">
                  {OUTCOME_LABEL[f.outcome]} · {GROUP_LABEL[f.group].toLowerCase()}
                  {f.identity && <span className="ev-note"> · {f.identity}</span>}
                </td>
                <td className="num">{countInWords(f)}</td>
                <td>
                  {asOf(f) ? formatDay(asOf(f)) : 'undated'}
                  <span className="ev-sub">{!asOf(f) ? 'no date in the source' : f.asOfDate ? (f.reportedDate ? `reported ${formatDay(f.reportedDate)}` : 'as-of date only') : 'date reported'}</span>
                </td>
                <td className="ev-wrap">
                  <span dir="auto">{f.wording ? `“${f.wording}”` : ''}</span>
                  <span className="ev-sub">
                    {f.articleId ? (
                      <button type="button" className="ev-link" dir="auto" title={title} onClick={() => onOpenArticle(f.articleId!)}>
                        {shortQuote(title ?? 'Open article', 40)}
                      </button>
                    ) : (
                      'typed'
                    )}
                  </span>
                </td>
                <td className="ev-actions-cell">
                  <div className="ev-row-actions">
                    <button type="button" className="btn btn-small" aria-label={`Edit figure ${name}`} onClick={() => onEdit(f)}>
                      Edit
                    </button>
                    <button type="button" className="btn btn-small" aria-label={`Delete figure ${name}`} onClick={() => onDelete(f)}>
                      Delete
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
