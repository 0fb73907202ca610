import { useModalDialog } from '../importing/useModalDialog';
import { BackupsPanel } from './BackupsPanel';
import type { Backup } from './backupWords';
import '../cases/dialog-form.css';
import './backups.css';

export type BackupsDialogMode = 'list' | 'check';

interface BackupsDialogProps {
  /** Closed when null; "check" runs the workspace check on opening. */
  mode: BackupsDialogMode | null;
  dataDir: string | null;
  onClose: () => void;
  onRestored: (backup: Backup) => void;
}

/** The backups dialog (palette, status bar): the list, Back up now, Restore… and Check workspace. */
export function BackupsDialog({ mode, dataDir, onClose, onRestored }: BackupsDialogProps) {
  const dialogRef = useModalDialog(mode !== null);
  return (
    <dialog ref={dialogRef} className="dialog backups-dialog" aria-labelledby="backups-title" onClose={onClose}>
      {mode && <BackupsPanel dataDir={dataDir} checkOnOpen={mode === 'check'} onClose={onClose} onRestored={onRestored} />}
    </dialog>
  );
}
