import type { ReactNode } from 'react';
import { useModalDialog } from './useModalDialog';

interface ModalDialogProps {
  open: boolean;
  /** The id of the dialog's visible title. */
  labelledBy?: string;
  /** The dialog's name when it shows no title. */
  label?: string;
  describedBy?: string;
  /** Its width and look: "dialog-narrow", "dialog-wide" or the feature's own class. */
  className: string;
  /** While true, Escape does not close it (an action is still running). */
  lockEscape?: boolean;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A native modal <dialog>: focus stays inside and goes back where it was, Escape closes, the page
 * behind is inert. Its content exists only while it is open, so each opening starts afresh.
 */
export function ModalDialog({ open, labelledBy, label, describedBy, className, lockEscape = false, onClose, children }: ModalDialogProps) {
  const dialogRef = useModalDialog(open);
  return (
    <dialog
      ref={dialogRef}
      className={`dialog ${className}`}
      aria-labelledby={labelledBy}
      aria-label={label}
      aria-describedby={describedBy}
      onClose={onClose}
      onCancel={lockEscape ? (event) => event.preventDefault() : undefined}
    >
      {open && children}
    </dialog>
  );
}
