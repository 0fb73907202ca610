import { useMemo, useState } from 'react';
import { normalizeForSearch } from '../../../src/shared/domain/normalize';
import type { Case } from '../../../src/shared/schemas/case';
import { useClient } from '../../api/ClientContext';
import { plural } from '../../lib/format';
import { useArticleTitles } from '../figures/useArticleTitles';
import { useUndoableDelete } from '../figures/useUndoableDelete';
import { shortQuote } from '../highlights/textSpan';
import { useReportData } from '../reports/useReportData';
import { useDataVersion } from '../undo/dataVersion';
import { openQuoteDialog } from './quoteDialogStore';
import { QuotesTable, speakerOf } from './QuotesTable';
import '../reports/reports.css';
import '../figures/evidenceLists.css';
import './quotes.css';

interface QuotesViewProps {
  caseId: string | null;
  cases: readonly Case[];
  onOpenArticle: (articleId: string) => void;
}

type Filter = { caseId: string; articleId: string; speaker: string; mode: '' | 'direct' | 'relayed'; words: string };

/** The "Quotes" centre view: every quote, filtered by case, article, speaker, mode and words; typed quotes recorded here. */
export function QuotesView({ caseId, cases, onOpenArticle }: QuotesViewProps) {
  const client = useClient();
  const dataVersion = useDataVersion();
  const articles = useArticleTitles();
  const remove = useUndoableDelete('quotes.delete');
  const [filter, setFilter] = useState<Filter>({ caseId: caseId ?? '', articleId: '', speaker: '', mode: '', words: '' });
  const query = { ...(filter.caseId && { caseId: filter.caseId }), ...(filter.articleId && { articleId: filter.articleId }) };
  const result = useReportData(`q:${JSON.stringify(query)}:${dataVersion}`, () => client.call('quotes.list', query));
  const all = useMemo(() => result.data?.quotes ?? [], [result.data]);
  const speakers = useMemo(() => [...new Set(all.map(speakerOf))].sort((a, b) => a.localeCompare(b)), [all]);
  const titles = useMemo(() => new Map(articles.map((a) => [a.id, a.title])), [articles]);
  const words = normalizeForSearch(filter.words.trim());
  const shown = all.filter(
    (q) =>
      (!filter.speaker || speakerOf(q) === filter.speaker) &&
      (!filter.mode || q.mode === filter.mode) &&
      (!words || normalizeForSearch(`${q.text} ${q.translation} ${q.context} ${speakerOf(q)} ${q.speakerRole}`).includes(words)),
  );
  const change = <K extends keyof Filter>(key: K) => (value: Filter[K]) => setFilter((f) => ({ ...f, [key]: value }));

  const select = <K extends keyof Filter>(key: K, label: string, options: [string, string][], allLabel: string) => (
    <div className="ev-filter">
      <label className="field-label" htmlFor={`quotes-filter-${key}`}>
        {label}
      </label>
      <select id={`quotes-filter-${key}`} className="input" value={filter[key]} onChange={(e) => change(key)(e.target.value as Filter[K])}>
        <option value="">{allLabel}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="pane view quotes-view" aria-label="Quotes view">
      <header className="view-header">
        <h2 id="quotes-heading" className="view-title">
          Quotes
        </h2>
        <button type="button" className="btn quotes-new" onClick={() => openQuoteDialog({ kind: 'typed', caseId: filter.caseId || null })}>
          New typed quote…
        </button>
      </header>
      <div className="reports-body quotes-body">
        <div className="report-block">
          <div className="ev-filters" role="group" aria-label="Filter quotes">
            <div className="ev-filter">
              <label className="field-label" htmlFor="quotes-filter-words">
                Words
              </label>
              <input id="quotes-filter-words" className="input" type="search" dir="auto" value={filter.words} onChange={(e) => change('words')(e.target.value)} />
            </div>
            {select('caseId', 'Case', cases.map((c) => [c.id, c.title]), 'All cases')}
            {select('articleId', 'Article', articles.map((a) => [a.id, a.title]), 'All articles')}
            {select('speaker', 'Speaker', speakers.map((s) => [s, s]), 'All speakers')}
            {select('mode', 'Quoted', [['direct', 'Direct'], ['relayed', 'Relayed']], 'Direct or relayed')}
          </div>
          {result.error ? (
            <p className="field-error" role="alert">
              The quotes could not be read: {result.error}
            </p>
          ) : shown.length === 0 ? (
            result.data && (
              <p className="report-empty">
                {all.length === 0 ? 'No quotes here yet. Select words in an article and choose Quote in the bar under it, or record a typed quote.' : 'No quote matches these filters.'}
              </p>
            )
          ) : (
            <>
              <p className="report-note" role="status">
                {plural(shown.length, 'quote')}
                {shown.length < all.length ? ` of ${all.length}` : ''}.
              </p>
              <QuotesTable
                quotes={shown}
                articleTitles={titles}
                onEdit={(quote) => openQuoteDialog({ kind: 'edit', quote })}
                onDelete={(q) => void remove(q.id, `“${shortQuote(q.text, 40)}”`)}
                onOpenArticle={onOpenArticle}
              />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
