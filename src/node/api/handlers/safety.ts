import { join } from 'node:path';
import type { historyMethods, safetyMethods } from '../../../shared/api/methods/safety';
import { backupDir, createBackup, freeBackupSpace, listBackups, spareBackups, type BackupInfo } from '../../safety/backups';
import type { Workspace } from '../../workspace';
import { checkDatabase } from '../../safety/integrity';
import { historyOf, localUser, setLocalUser } from '../../services/history';
import { articleDeleteImpact, deleteArticle, emptyTrash, listTrash, restoreFromTrash } from '../../services/trash';
import type { HandlersFor } from './types';

/** The start-up notices, with what deleting old automatic backups would free. */
function workspaceStatus(ws: Workspace) {
  const { readOnly, backupFailed, recovered } = ws.notices;
  const automaticBackupBytes = spareBackups(ws.dataDir).reduce((sum, b) => sum + b.bytes, 0);
  return { readOnly, recovered, backupFailed: backupFailed && { ...backupFailed, automaticBackupBytes } };
}

const publicBackup = ({ file, reason, createdAt, bytes }: BackupInfo) => ({ file, reason, createdAt, bytes });

export const safetyHandlers: HandlersFor<keyof typeof safetyMethods | keyof typeof historyMethods> = {
  'articles.deleteImpact': (input, ws) => articleDeleteImpact(ws.ctx, input.id),
  'articles.delete': (input, ws) => deleteArticle(ws.ctx, input.id),
  'trash.list': (_input, ws) => ({ items: listTrash(ws.ctx) }),
  'trash.restore': (input, ws) => restoreFromTrash(ws.ctx, input.type, input.id),
  'trash.empty': (input, ws) => emptyTrash(ws.ctx, input.olderThanDays),
  'backups.list': (_input, ws) => ({ backups: listBackups(ws.dataDir).map(publicBackup) }),
  'backups.create': (_input, ws) => publicBackup(createBackup(ws.db, ws.dataDir, 'manual')),
  'backups.restore': (input, ws) => ws.restore(join(backupDir(ws.dataDir), input.file)),
  'workspace.status': (_input, ws) => workspaceStatus(ws),
  'backups.freeSpace': (_input, ws) => freeBackupSpace(ws.dataDir),
  'workspace.check': (_input, ws) => checkDatabase(ws.db),
  'history.of': (input, ws) => ({ entries: historyOf(ws.ctx, input.itemType, input.itemId) }),
  'settings.get': (_input, ws) => ({ localUser: localUser(ws.ctx) }),
  'settings.update': (input, ws) => ({ localUser: setLocalUser(ws.ctx, input.localUser) }),
};
