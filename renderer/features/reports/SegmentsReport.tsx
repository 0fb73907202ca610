import { useMemo } from 'react';
import type { CodeWithCounts } from '../../../src/shared/schemas/code';
import type { CodedSegment } from '../../../src/shared/schemas/highlight';
import { plural } from '../../lib/format';
import { CodeSelect } from '../codebook/CodeSelect';
import { SegmentCard } from './SegmentCard';
import type { ReportData } from './useReportData';

interface SegmentsReportProps {
  codes: readonly CodeWithCounts[];
  codeId: string | null;
  includeChildren: boolean;
  result: ReportData<CodedSegment[]>;
  scopeLabel: string;
  onCodeChange: (codeId: string | null) => void;
  onIncludeChildrenChange: (include: boolean) => void;
  onOpen: (articleId: string, highlightId: string) => void;
}

/** Retrieval: every passage coded with a code (and its sub-codes, if asked), read in context. */
export function SegmentsReport({ codes, codeId, includeChildren, result, scopeLabel, onCodeChange, onIncludeChildrenChange, onOpen }: SegmentsReportProps) {
  const codesById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const code = codeId ? codesById.get(codeId) : undefined;
  const segments = result.data ?? [];
  return (
    <div className="report-block">
      <div className="report-toolbar segments-toolbar">
        <div className="field segments-code">
          <label className="field-label" htmlFor="segments-code">
            Code
          </label>
          <CodeSelect id="segments-code" codes={codes} value={codeId ?? ''} emptyLabel="Choose a code…" onChange={(value) => onCodeChange(value || null)} />
        </div>
        <label className="choice">
          <input type="checkbox" checked={includeChildren} onChange={(e) => onIncludeChildrenChange(e.target.checked)} />
          <span>Include sub-codes</span>
        </label>
      </div>
      {!code ? (
        <p className="report-empty">Choose a code to read every passage coded with it.</p>
      ) : result.error ? (
        <p className="field-error" role="alert">
          The segments could not be read: {result.error}
        </p>
      ) : (
        <>
          <p className="report-note" aria-live="polite">
            {result.loading && !result.data ? 'Reading…' : `${plural(segments.length, 'segment')} coded “${code.name}”${includeChildren ? ' or a sub-code' : ''} in ${scopeLabel}.`}
          </p>
          {segments.length > 0 && (
            <ol className="segments" aria-label={`Segments coded ${code.name}`}>
              {segments.map((s) => (
                <SegmentCard key={s.highlightId} segment={s} colour={code.color} codesById={codesById} onOpen={onOpen} />
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
