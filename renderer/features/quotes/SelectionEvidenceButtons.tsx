import { useSelectionEvidence } from './useSelectionEvidence';

/**
 * The selection bar's evidence actions: Figure (a casualty figure from the selected wording) and
 * Quote (the selected words as a quote). Both close the bar; their dialogs take the focus.
 */
export function SelectionEvidenceButtons({ onDone }: { onDone: () => void }) {
  const { figure, quote, available } = useSelectionEvidence();
  return (
    <>
      <button
        type="button"
        className="btn btn-small selection-bar-button"
        disabled={!available}
        title="Record a casualty figure from the selected wording"
        onClick={() => {
          figure();
          onDone();
        }}
      >
        Figure
      </button>
      <button
        type="button"
        className="btn btn-small selection-bar-button"
        disabled={!available}
        title="Record the selected words as a quote"
        onClick={() => {
          void quote();
          onDone();
        }}
      >
        Quote
      </button>
    </>
  );
}
