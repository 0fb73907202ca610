import type { KeyboardEvent } from 'react';
import { REPORT_PANEL_ID, reportTabId, reportTabs, type ReportKind } from './reportTypes';

/** The three reports as ARIA tabs: Left/Right (and Home/End) move between them. */
export function ReportTabs({ active, onChoose }: { active: ReportKind; onChoose: (kind: ReportKind) => void }) {

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = reportTabs.findIndex((t) => t.kind === active);
    const last = reportTabs.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onChoose(reportTabs[next].kind);
    requestAnimationFrame(() => document.getElementById(reportTabId(reportTabs[next].kind))?.focus());
  }

  return (
    <div className="report-tabs" role="tablist" aria-label="Reports" onKeyDown={onKeyDown}>
      {reportTabs.map(({ kind, label }) => (
        <button
          key={kind}
          id={reportTabId(kind)}
          type="button"
          role="tab"
          className="report-tab"
          aria-selected={kind === active}
          aria-controls={REPORT_PANEL_ID}
          tabIndex={kind === active ? 0 : -1}
          onClick={() => onChoose(kind)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
