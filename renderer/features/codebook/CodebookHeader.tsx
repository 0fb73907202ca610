import { useRef } from 'react';
import { plural } from '../../lib/format';

interface CodebookHeaderProps {
  codeCount: number;
  categoryCount: number;
  canAddSubcode: boolean;
  busy: 'export' | 'import' | null;
  onNewCode: () => void;
  onNewSubcode: () => void;
  onImport: (file: File) => void;
  onExport: (format: 'qdc' | 'json') => void;
}

/** The codebook view's title line: how many codes, and the create, import and export actions. */
export function CodebookHeader(props: CodebookHeaderProps) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <header className="view-header view-header-spread">
      <div className="view-heading">
        <h2 id="codebook-heading" className="view-title">
          Codebook
        </h2>
        <p className="view-summary">
          {plural(props.codeCount, 'code')} in {plural(props.categoryCount, 'category', 'categories')}
        </p>
      </div>
      <div className="codebook-actions" role="group" aria-label="Codebook actions">
        <button type="button" className="btn btn-small" onClick={props.onNewCode}>
          New code
        </button>
        <button type="button" className="btn btn-small" onClick={props.onNewSubcode} disabled={!props.canAddSubcode}>
          New sub-code
        </button>
        <span className="codebook-actions-gap" />
        <button type="button" className="btn btn-small" disabled={props.busy === 'import'} onClick={() => fileRef.current?.click()}>
          {props.busy === 'import' ? 'Importing…' : 'Import…'}
        </button>
        <button type="button" className="btn btn-small" disabled={props.busy === 'export'} onClick={() => props.onExport('qdc')}>
          Export .qdc
        </button>
        <button type="button" className="btn btn-small" disabled={props.busy === 'export'} onClick={() => props.onExport('json')}>
          Export .json
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".qdc,.qde,.xml,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="codebook-import-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) props.onImport(file);
          }}
        />
      </div>
    </header>
  );
}
