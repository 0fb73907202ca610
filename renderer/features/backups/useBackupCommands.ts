import { useMemo } from 'react';
import type { Command } from '../palette/commandTypes';
import type { BackupsDialogMode } from './BackupsDialog';
import { useBackupActions } from './useBackupActions';

/** Palette commands: the backups dialog, a backup right now, and the workspace check. */
export function useBackupCommands(openBackups: (mode: BackupsDialogMode) => void): Command[] {
  const { create, creating } = useBackupActions();
  return useMemo(
    () => [
      { id: 'backups', label: 'Backups…', keywords: 'restore copy safety snapshot recover', run: () => openBackups('list') },
      { id: 'backup-now', label: 'Back up now', keywords: 'backup copy save snapshot safety', disabled: creating, run: () => void create() },
      { id: 'workspace-check', label: 'Check workspace', keywords: 'integrity verify database health foreign keys search index', run: () => openBackups('check') },
    ],
    [openBackups, create, creating],
  );
}
