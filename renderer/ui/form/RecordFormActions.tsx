import { modKey } from '../../lib/platform';

interface RecordFormActionsProps {
  busy: boolean;
  dirty: boolean;
  /** A stored record (Save and Revert) rather than a new one (`createLabel` and Cancel). */
  editing: boolean;
  /** Some field has a message. */
  invalid: boolean;
  savedAt: string | null;
  saveLabel?: string;
  createLabel?: string;
  onRevert: () => void;
  onCancel?: () => void;
  /** The block's class: its row is `${block}-actions`, its status `${block}-status`. */
  block?: string;
}

/** A record form's submit button, Revert (or Cancel), and a status line that says what state the form is in. */
export function RecordFormActions({ busy, dirty, editing, invalid, savedAt, saveLabel = 'Save', createLabel, onRevert, onCancel, block = 'record-form' }: RecordFormActionsProps) {
  return (
    <div className={`${block}-actions`}>
      <button type="submit" className="btn btn-primary" disabled={busy || !dirty}>
        {busy ? 'Saving…' : editing ? saveLabel : createLabel}
      </button>
      {editing ? (
        <button type="button" className="btn" disabled={busy || !dirty} onClick={onRevert}>
          Revert
        </button>
      ) : (
        <button type="button" className="btn" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      )}
      <span className={`${block}-status`} role="status">
        {invalid ? <span className="field-error">Not saved: see the marked field.</span> : editing && dirty ? `Unsaved changes · ${modKey}+S saves` : savedAt ? `Saved at ${savedAt}` : ''}
      </span>
    </div>
  );
}
