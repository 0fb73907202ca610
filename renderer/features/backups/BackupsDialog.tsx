import { ModalDialog } from '../../ui/dialog/ModalDialog';
import { BackupsPanel } from './BackupsPanel';
import type { Backup } from './backupWords';
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
  return (
    <ModalDialog open={mode !== null} className="backups-dialog" labelledBy="backups-title" onClose={onClose}>
      <BackupsPanel dataDir={dataDir} checkOnOpen={mode === 'check'} onClose={onClose} onRestored={onRestored} />
    </ModalDialog>
  );
}
