import { formatTimestamp } from '../../lib/format';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { BackupsDialog } from '../backups/BackupsDialog';
import type { Backup } from '../backups/backupWords';
import { DeleteArticleDialog } from './DeleteArticleDialog';
import type { Safety } from './useSafety';

interface SafetyDialogsProps {
  safety: Safety;
  /** The workspace folder, named in the backups dialog. */
  dataDir: string | null;
  /** After a backup was restored: everything on screen starts again from the restored workspace. */
  onBackupRestored: () => void;
}

/** The trash and backup dialogs, mounted once for the whole app. */
export function SafetyDialogs({ safety, dataDir, onBackupRestored }: SafetyDialogsProps) {
  const { notify } = useNotices();
  const { deletion } = safety;

  function restored(backup: Backup) {
    safety.closeBackups();
    onBackupRestored();
    notify({
      tone: 'success',
      title: `Restored the backup of ${formatTimestamp(backup.createdAt)}.`,
      detail: 'The workspace as it was just before is kept as a backup (“Before a restore”) in the backups list.',
    });
  }

  return (
    <>
      <DeleteArticleDialog target={deletion.target} onClose={deletion.close} onDeleted={deletion.onDeleted} />
      <BackupsDialog mode={safety.backupsMode} dataDir={dataDir} onClose={safety.closeBackups} onRestored={restored} />
    </>
  );
}
