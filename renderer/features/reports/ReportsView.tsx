import { useMemo, useState } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import { useClient } from '../../api/ClientContext';
import { useCodeList } from '../codebook/useCodeList';
import { useDataVersion } from '../undo/dataVersion';
import { CooccurrenceMatrix } from './CooccurrenceMatrix';
import { FrequencyTable } from './FrequencyTable';
import { ReportTabs } from './ReportTabs';
import { REPORT_PANEL_ID, rememberedReport, reportTabId, type ReportKind } from './reportTypes';
import { SegmentsReport } from './SegmentsReport';
import { useReportData } from './useReportData';
import './reports.css';

interface ReportsViewProps {
  /** Goes up when the library changes outside the data version (imports, the demo). */
  version: number;
  /** The case the library is filtered by; the reports cover the same articles. */
  caseId: string | null;
  cases: readonly Case[];
  onSelectCase: (caseId: string | null) => void;
  onOpenArticle: (articleId: string, highlightId: string) => void;
}

/** Retrieval and reports over the coded highlights of all articles or one case. */
export function ReportsView({ version, caseId, cases, onSelectCase, onOpenArticle }: ReportsViewProps) {
  const client = useClient();
  const { codes } = useCodeList();
  const dataVersion = useDataVersion();
  const stamp = `${caseId}:${version}:${dataVersion}`;
  const [kind, setKind] = useState<ReportKind>(rememberedReport.kind);
  const [codeId, setCodeId] = useState<string | null>(rememberedReport.codeId);
  const [includeChildren, setIncludeChildren] = useState(rememberedReport.includeChildren);
  const scope = caseId ? { caseId } : {};
  const currentCase = cases.find((c) => c.id === caseId);
  const scopeLabel = currentCase ? `“${currentCase.title}”` : 'all articles';
  const colours = useMemo(() => new Map(codes.map((c) => [c.id, c.color])), [codes]);
  // Until a code is chosen, the segments of the most used one.
  const mostUsed = codes.filter((c) => c.isCodable && c.uses > 0).sort((a, b) => b.uses - a.uses)[0]?.id ?? null;
  const segmentsCodeId = codeId ?? mostUsed;

  const frequency = useReportData(kind === 'frequency' ? `f:${stamp}` : null, () => client.call('reports.codeFrequency', scope));
  const cooccurrence = useReportData(kind === 'cooccurrence' ? `c:${stamp}` : null, () => client.call('reports.cooccurrence', scope));
  const segments = useReportData(kind === 'segments' && segmentsCodeId ? `s:${segmentsCodeId}:${includeChildren}:${stamp}` : null, () =>
    client.call('retrieve.segments', { codeId: segmentsCodeId!, includeChildren, ...scope }).then((r) => r.segments),
  );

  const choose = (next: ReportKind) => setKind((rememberedReport.kind = next));
  const chooseCode = (id: string | null) => setCodeId((rememberedReport.codeId = id));
  const showSegments = (id: string) => {
    chooseCode(id);
    choose('segments');
  };

  const failed = kind === 'frequency' ? frequency.error : kind === 'cooccurrence' ? cooccurrence.error : null;
  return (
    <section className="pane view" aria-labelledby="reports-heading">
      <header className="view-header">
        <h2 id="reports-heading" className="view-title">
          Reports
        </h2>
        <ReportTabs active={kind} onChoose={choose} />
        <div className="reports-scope">
          <label htmlFor="reports-case" className="field-label">
            Report on
          </label>
          <select id="reports-case" className="input" value={caseId ?? ''} onChange={(e) => onSelectCase(e.target.value || null)}>
            <option value="">All articles</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                Case: {c.title}
              </option>
            ))}
          </select>
        </div>
      </header>
      <div id={REPORT_PANEL_ID} className="reports-body" role="tabpanel" aria-labelledby={reportTabId(kind)} aria-busy={frequency.loading || cooccurrence.loading || segments.loading}>
        {failed ? (
          <p className="field-error" role="alert">
            The report could not be made: {failed}
          </p>
        ) : kind === 'frequency' ? (
          frequency.data && <FrequencyTable rows={frequency.data.rows} colours={colours} scopeLabel={scopeLabel} onShowSegments={showSegments} />
        ) : kind === 'cooccurrence' ? (
          cooccurrence.data && <CooccurrenceMatrix data={cooccurrence.data} scopeLabel={scopeLabel} />
        ) : (
          <SegmentsReport
            codes={codes}
            codeId={segmentsCodeId}
            includeChildren={includeChildren}
            result={segments}
            scopeLabel={scopeLabel}
            onCodeChange={chooseCode}
            onIncludeChildrenChange={(v) => setIncludeChildren((rememberedReport.includeChildren = v))}
            onOpen={onOpenArticle}
          />
        )}
      </div>
    </section>
  );
}
