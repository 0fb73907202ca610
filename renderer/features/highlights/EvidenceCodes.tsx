import { useId } from 'react';
import type { TaggableType } from '../../../src/shared/schemas/code';
import { ItemCodes } from './ItemCodes';

interface EvidenceCodesProps {
  itemType: Exclude<TaggableType, 'article' | 'highlight' | 'case'>;
  /** The saved record's id, or null while it is new (codes need a saved record). */
  itemId: string | null;
}

/** A form's "Codes" row for an evidence record (figure, quote, account, actor, incident): its chips and the picker, or a hint until it is saved. */
export function EvidenceCodes({ itemType, itemId }: EvidenceCodesProps) {
  const labelId = useId();
  return (
    <div className="field evidence-codes" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="field-label">
        Codes
      </span>
      {itemId ? (
        <ItemCodes itemType={itemType} itemId={itemId} labelledBy={labelId} label={`Add a code to this ${itemType}`} emptyText="No codes yet" testId={`${itemType}-codes`} />
      ) : (
        <p className="field-hint">Save first, then add codes.</p>
      )}
    </div>
  );
}
