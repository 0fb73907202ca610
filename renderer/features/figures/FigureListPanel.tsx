import { useMemo, useState } from 'react';
import { OUTCOMES } from '../../../src/shared/domain/figures';
import type { Case } from '../../../src/shared/schemas/case';
import type { Outcome } from '../../../src/shared/schemas/figure';
import { useClient } from '../../api/ClientContext';
import { plural } from '../../lib/format';
import { useReportData } from '../reports/useReportData';
import { useDataVersion } from '../undo/dataVersion';
import { openFigureDialog } from './figureDialogStore';
import { FiguresTable } from './FiguresTable';
import { countInWords, OUTCOME_LABEL } from './figureWords';
import { useArticleTitles } from './useArticleTitles';
import { useUndoableDelete } from './useUndoableDelete';
import './evidenceLists.css';

interface FigureListPanelProps {
  cases: readonly Case[];
  caseId: string | null;
  onOpenArticle: (articleId: string) => void;
}

/** Every figure, filtered by case, article, reporter and outcome, sortable, each editable and deletable. */
export function FigureListPanel({ cases, caseId, onOpenArticle }: FigureListPanelProps) {
  const client = useClient();
  const dataVersion = useDataVersion();
  const articles = useArticleTitles();
  const remove = useUndoableDelete('figures.delete');
  const [filter, setFilter] = useState({ caseId: caseId ?? '', articleId: '', reporterId: '', outcome: '' as Outcome | '' });
  const query = { ...(filter.caseId && { caseId: filter.caseId }), ...(filter.articleId && { articleId: filter.articleId }) };
  const result = useReportData(`l:${JSON.stringify(query)}:${dataVersion}`, () => client.call('figures.list', query));
  const all = useMemo(() => result.data?.figures ?? [], [result.data]);
  const reporters = useMemo(() => [...new Map(all.map((f) => [f.reporterId, f.reporterName])).entries()].sort((a, b) => a[1].localeCompare(b[1])), [all]);
  const shown = all.filter((f) => (!filter.reporterId || f.reporterId === filter.reporterId) && (!filter.outcome || f.outcome === filter.outcome));
  const titles = useMemo(() => new Map(articles.map((a) => [a.id, a.title])), [articles]);

  const select = (id: string, label: string, value: string, onChange: (v: string) => void, options: [string, string][], all: string) => (
    <div className="ev-filter">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="report-block">
      <div className="ev-filters" role="group" aria-label="Filter figures">
        {select('figures-filter-case', 'Case', filter.caseId, (v) => setFilter((f) => ({ ...f, caseId: v })), cases.map((c) => [c.id, c.title]), 'All cases')}
        {select('figures-filter-article', 'Article', filter.articleId, (v) => setFilter((f) => ({ ...f, articleId: v })), articles.map((a) => [a.id, a.title]), 'All articles')}
        {select('figures-filter-reporter', 'Reporter', filter.reporterId, (v) => setFilter((f) => ({ ...f, reporterId: v })), reporters, 'All reporters')}
        {select('figures-filter-outcome', 'Outcome', filter.outcome, (v) => setFilter((f) => ({ ...f, outcome: v as Outcome | '' })), OUTCOMES.map((o) => [o, OUTCOME_LABEL[o]]), 'All outcomes')}
      </div>
      {result.error ? (
        <p className="field-error" role="alert">
          The figures could not be read: {result.error}
        </p>
      ) : shown.length === 0 ? (
        result.data && (
          <p className="report-empty">
            {all.length === 0 ? 'No figures here yet. Select a number in an article and choose Figure in the bar under it.' : 'No figure matches these filters.'}
          </p>
        )
      ) : (
        <>
          <p className="report-note" role="status">
            {plural(shown.length, 'figure')}
            {shown.length < all.length ? ` of ${all.length}` : ''}. Each is one reporter’s claim; counts are never added across reporters.
          </p>
          <FiguresTable
            figures={shown}
            articleTitles={titles}
            onEdit={(figure) => openFigureDialog({ kind: 'edit', figure })}
            onDelete={(f) => void remove(f.id, `${f.reporterName}, ${f.outcome}: ${countInWords(f)}`)}
            onOpenArticle={onOpenArticle}
          />
        </>
      )}
    </div>
  );
}
