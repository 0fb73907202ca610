import { FigureDialog } from '../features/figures/FigureDialog';
import { QuoteDialog } from '../features/quotes/QuoteDialog';
import { DuplicateEvidenceDialog } from '../features/recorded/DuplicateEvidenceDialog';

/** The figure and quote dialogs, opened from the reader's selection bar, the lists and the palette. */
export function EvidenceDialogs() {
  return (
    <>
      <FigureDialog />
      <QuoteDialog />
      <DuplicateEvidenceDialog />
    </>
  );
}
