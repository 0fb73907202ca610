import type { FigureBrief, FigureGroup, Outcome } from '../../../src/shared/schemas/figure';
import { countInWords, asOfWords, formatDay, GROUP_LABEL } from './figureWords';
import { TimelineChart } from './TimelineChart';

interface CellTimelineProps {
  reporterName: string;
  outcome: Outcome;
  group: FigureGroup;
  /** The reporter's figures for this outcome and group, oldest first; the last is the latest. */
  figures: FigureBrief[];
  onEdit: (figureId: string) => void;
  onOpenArticle: (articleId: string) => void;
  onClose: () => void;
}

/** One cell opened: the reporter's timeline for an outcome and group, as a list and a chart. */
export function CellTimeline({ reporterName, outcome, group, figures, onEdit, onOpenArticle, onClose }: CellTimelineProps) {
  const what = `${outcome} · ${GROUP_LABEL[group].toLowerCase()}`;
  return (
    <section className="recon-panel cell-timeline" aria-labelledby="cell-timeline-heading">
      <header className="recon-panel-header">
        <h3 id="cell-timeline-heading" className="recon-panel-title">
          <span dir="auto">{reporterName}</span>: {what}
        </h3>
        <button type="button" className="btn btn-small btn-quiet" onClick={onClose} aria-label="Close the timeline">
          Close
        </button>
      </header>
      <ol className="fig-timeline-list" aria-label={`${reporterName}’s figures, oldest first`}>
        {figures.map((f, i) => (
          <li key={f.id} className={i === figures.length - 1 ? 'fig-timeline-item is-latest' : 'fig-timeline-item'}>
            <span className="fig-timeline-date">{asOfWords(f.asOf)}</span>
            <span className="fig-timeline-count num">{countInWords(f)}</span>
            <span className="fig-timeline-wording" dir="auto">
              {f.wording ? `“${f.wording}”` : ''} {f.reportedDate ? `reported ${formatDay(f.reportedDate)}` : 'the source gives no date'}
              {f.identity ? ` · ${f.identity}` : ''}
              {f.updatesId ? ' · updates an earlier figure' : ''}
              {i === figures.length - 1 ? ' · latest' : ''}
            </span>
            <span className="fig-timeline-actions">
              <button type="button" className="btn btn-small" onClick={() => onEdit(f.id)}>
                Edit
              </button>
              {f.articleId && (
                <button type="button" className="btn btn-small" onClick={() => onOpenArticle(f.articleId!)}>
                  Article
                </button>
              )}
            </span>
          </li>
        ))}
      </ol>
      {figures.some((f) => !f.undated) && <TimelineChart figures={figures} reporterName={reporterName} what={what} />}
    </section>
  );
}
