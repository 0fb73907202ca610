import type { Case } from '../../../src/shared/schemas/case';
import { plural } from '../../lib/format';
import { ExportButton } from '../export/ExportButton';
import { MemoList } from '../memos/MemoList';
import './cases.css';

interface CaseInspectorSectionProps {
  selectedCase: Case;
  onEdit: (c: Case) => void;
  onDelete: (c: Case) => void;
}

/** Inspector: the case the library is filtered by, with its description and memos. */
export function CaseInspectorSection({ selectedCase, onEdit, onDelete }: CaseInspectorSectionProps) {
  return (
    <section className="inspector-section" aria-labelledby="case-section-heading">
      <h3 id="case-section-heading" className="inspector-section-title">
        Case
      </h3>
      <div className="case-summary">
        <p className="case-summary-title" dir="auto">
          {selectedCase.title}
        </p>
        <p className="case-summary-meta">{plural(selectedCase.articleCount, 'article')}</p>
        {selectedCase.description ? (
          <p className="case-summary-description" dir="auto">
            {selectedCase.description}
          </p>
        ) : (
          <p className="case-summary-empty">No description yet.</p>
        )}
        <div className="case-summary-actions">
          <button type="button" className="btn btn-small" onClick={() => onEdit(selectedCase)}>
            Edit case…
          </button>
          <ExportButton context={{ selectedCase }} prefer="case" ariaLabel={`Export the case “${selectedCase.title}”`} />
          <button type="button" className="btn btn-small" onClick={() => onDelete(selectedCase)}>
            Delete case…
          </button>
        </div>
      </div>
      <h4 className="inspector-subtitle" id="case-memos-heading">
        Memos on this case
      </h4>
      <MemoList key={selectedCase.id} targetType="case" targetId={selectedCase.id} label="Memos on this case" />
    </section>
  );
}
