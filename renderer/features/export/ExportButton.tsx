import { openExportFor, type ScopeContext } from './exportDialogStore';

interface ExportButtonProps {
  context: ScopeContext;
  /** The scope chosen first ("case", "article", "listed", "code"). */
  prefer?: string;
  label?: string;
  /** What is exported, for screen readers ("Export the case"). */
  ariaLabel?: string;
}

/** "Export…": opens the Export dialog on what this place of the app shows. */
export function ExportButton({ context, prefer, label = 'Export…', ariaLabel }: ExportButtonProps) {
  return (
    <button type="button" className="btn btn-small" aria-label={ariaLabel} onClick={() => openExportFor(context, prefer)}>
      {label}
    </button>
  );
}
