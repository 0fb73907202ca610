import type { Code, CodeWithCounts } from '../../../src/shared/schemas/code';
import type { CSSProperties } from 'react';
import { plural } from '../../lib/format';
import { pickerColour, type CodeDraft } from './codeDraft';

interface CodeEditorHeaderProps {
  titleId: string;
  code: CodeWithCounts | null;
  parent: Code | null;
  draft: CodeDraft;
}

/** The form's heading: the code's swatch and name, and how much it is used. */
export function CodeEditorHeader({ titleId, code, parent, draft }: CodeEditorHeaderProps) {
  const colour = pickerColour(draft.color) ?? code?.color ?? 'transparent';
  return (
    <header className="code-editor-header">
      <span className={draft.category ? 'code-swatch code-swatch-large is-category' : 'code-swatch code-swatch-large'} style={{ '--swatch': colour } as CSSProperties} aria-hidden="true" />
      <div className="code-editor-heading">
        <h3 id={titleId} className="code-editor-title" dir="auto">
          {code ? code.name : parent ? `New sub-code of “${parent.name}”` : 'New code'}
        </h3>
        <p className="code-editor-meta">
          {code
            ? code.isCodable
              ? `Used ${plural(code.uses, 'time')} in ${plural(code.documents, 'document')}`
              : 'Category: groups codes, not applied to text'
            : 'Fill in at least the name; the description helps others apply it the same way.'}
        </p>
      </div>
    </header>
  );
}
