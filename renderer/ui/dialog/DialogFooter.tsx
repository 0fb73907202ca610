interface DialogFooterProps {
  busy: boolean;
  onCancel: () => void;
  /** Cancel takes the focus on opening: for actions that are not lightly taken back. */
  cancelFirst?: boolean;
  /** The action button's words, and its words while the action runs ("Deleting…"). */
  confirmLabel: string;
  busyLabel: string;
  tone?: 'primary' | 'danger';
  /** The action cannot run yet (nothing chosen, still counting). */
  disabled?: boolean;
}

/** Cancel, then the action; the action submits the dialog's form. */
export function DialogFooter({ busy, onCancel, cancelFirst = false, confirmLabel, busyLabel, tone = 'primary', disabled = false }: DialogFooterProps) {
  return (
    <footer className="dialog-footer">
      <button type="button" className="btn" onClick={onCancel} disabled={busy} autoFocus={cancelFirst}>
        Cancel
      </button>
      <button type="submit" className={`btn btn-${tone}`} disabled={busy || disabled}>
        {busy ? busyLabel : confirmLabel}
      </button>
    </footer>
  );
}
