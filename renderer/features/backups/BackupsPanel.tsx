import { useEffect, useState } from 'react';
import { DialogHeader } from '../../ui/dialog/DialogHeader';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import { BackupTable } from './BackupTable';
import type { Backup } from './backupWords';
import { CheckReport } from './CheckReport';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { useBackupActions } from './useBackupActions';
import { useBackupList } from './useBackupList';
import { useWorkspaceStatus } from './useWorkspaceStatus';
import { WorkspaceNotices } from './WorkspaceNotices';

interface BackupsPanelProps {
  /** The workspace folder; its "backups" folder holds the copies. */
  dataDir: string | null;
  /** Run the workspace check as soon as the panel opens (the palette's "Check workspace"). */
  checkOnOpen: boolean;
  onClose: () => void;
  onRestored: (backup: Backup) => void;
}

/** The body of the backups dialog: Back up now, Check workspace, the list, and Restore… per backup. */
export function BackupsPanel({ dataDir, checkOnOpen, onClose, onRestored }: BackupsPanelProps) {
  const list = useBackupList();
  const actions = useBackupActions();
  const status = useWorkspaceStatus();
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const { runCheck } = actions;

  useEffect(() => {
    if (checkOnOpen) void runCheck();
  }, [checkOnOpen, runCheck]);

  return (
    <div className="dialog-form backups-body">
      <DialogHeader
        titleId="backups-title"
        title="Backups"
        subtitle={
          <>
            Each backup is a complete copy of the workspace, checked before it counts.
            {dataDir && (
              <>
                {' '}
                They are kept in the “backups” folder of <span className="mono backups-folder">{dataDir}</span>.
              </>
            )}
          </>
        }
      />
      <WorkspaceNotices status={status} />
      <div className="backups-actions" role="group" aria-label="Backup actions">
        <button type="button" className="btn btn-primary" disabled={actions.creating} onClick={() => void actions.create()}>
          {actions.creating ? 'Backing up…' : 'Back up now'}
        </button>
        <button type="button" className="btn" disabled={actions.check.kind === 'checking'} onClick={() => void runCheck()}>
          {actions.check.kind === 'checking' ? 'Checking…' : 'Check workspace'}
        </button>
      </div>
      <div className="check-region" role="status" aria-live="polite" aria-label="Workspace check">
        <CheckReport check={actions.check} />
      </div>
      {list.error ? (
        <ProblemAlert problem={`The backups could not be listed: ${list.error}`} />
      ) : list.loaded && list.backups.length === 0 ? (
        <p className="backups-empty">No backups yet. “Back up now” makes the first one.</p>
      ) : (
        <BackupTable backups={list.backups} now={list.now} disabled={actions.creating} onRestore={setRestoring} />
      )}
      <footer className="dialog-footer">
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </footer>
      <RestoreBackupDialog target={restoring} onClose={() => setRestoring(null)} onRestore={actions.restore} onRestored={onRestored} />
    </div>
  );
}
