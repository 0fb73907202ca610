import { compactBytes, formatCount, formatTimestamp } from '../../lib/format';
import { reasonLabel, timeAgo, type Backup } from './backupWords';

interface BackupTableProps {
  backups: Backup[];
  now: number;
  disabled: boolean;
  onRestore: (backup: Backup) => void;
}

/** The backups, newest first: when, why, how big, and "Restore…". */
export function BackupTable({ backups, now, disabled, onRestore }: BackupTableProps) {
  return (
    <div className="table-scroll backup-scroll">
      <table className="data-table backup-table" aria-label="Backups, newest first">
        <thead>
          <tr>
            <th scope="col">Made</th>
            <th scope="col">Reason</th>
            <th scope="col" className="num">
              Size
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => (
            <tr key={backup.file}>
              <th scope="row" className="backup-made">
                <time dateTime={backup.createdAt} title={backup.file}>
                  {formatTimestamp(backup.createdAt)}
                </time>
                <span className="backup-ago">{timeAgo(backup.createdAt, now)}</span>
              </th>
              <td className="backup-reason">{reasonLabel[backup.reason]}</td>
              <td className="num backup-size" title={`${formatCount(backup.bytes)} bytes`}>
                {compactBytes(backup.bytes)}
              </td>
              <td className="backup-action">
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={disabled}
                  aria-label={`Restore the backup of ${formatTimestamp(backup.createdAt)}…`}
                  onClick={() => onRestore(backup)}
                >
                  Restore…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
