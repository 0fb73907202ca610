import type { FormEvent, ReactNode } from 'react';
import { ProblemAlert } from '../form/ProblemAlert';
import { DialogFooter } from './DialogFooter';
import { DialogHeader } from './DialogHeader';
import { ModalDialog } from './ModalDialog';

interface ConfirmDialogProps {
  open: boolean;
  titleId: string;
  title: ReactNode;
  subtitle?: ReactNode;
  /** The id of the text that says what the action does. */
  describedBy?: string;
  /** Its width: "dialog-narrow", "dialog-wide" or the feature's own class. */
  className: string;
  busy: boolean;
  /** Why the action failed, shown above the buttons. */
  problem?: string | null;
  confirmLabel: string;
  busyLabel: string;
  tone?: 'primary' | 'danger';
  /** The action cannot run yet. */
  disabled?: boolean;
  /** Cancel takes the focus on opening. */
  cancelFirst?: boolean;
  /** While true, Escape does not close it. */
  lockEscape?: boolean;
  /** Other buttons in place of Cancel and the action (for example a lone Close once done). */
  footer?: ReactNode;
  onConfirm: () => void;
  /** Cancel, Escape, or closed from outside. */
  onClose: () => void;
  children?: ReactNode;
}

/**
 * A modal dialog around one action: its title, what the action does (children), why it failed if
 * it did, then Cancel and the action. The body is a form, so Enter in a field confirms.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, titleId, describedBy, className, busy, lockEscape, onClose } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onConfirm();
  };
  return (
    <ModalDialog open={open} labelledBy={titleId} describedBy={describedBy} className={className} lockEscape={lockEscape} onClose={onClose}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        <DialogHeader titleId={titleId} title={props.title} subtitle={props.subtitle} />
        {props.children}
        <ProblemAlert problem={props.problem} />
        {props.footer ?? (
          <DialogFooter
            busy={busy}
            onCancel={onClose}
            cancelFirst={props.cancelFirst}
            confirmLabel={props.confirmLabel}
            busyLabel={props.busyLabel}
            tone={props.tone}
            disabled={props.disabled}
          />
        )}
      </form>
    </ModalDialog>
  );
}
