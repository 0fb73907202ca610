import { useCallback, useMemo, useState } from 'react';
import type { BackupsDialogMode } from '../backups/BackupsDialog';
import { useBackupCommands } from '../backups/useBackupCommands';
import type { Command } from '../palette/commandTypes';
import { useArticleDeletion, type ArticleRef } from './useArticleDeletion';
import { useTrashCommands } from './useTrashCommands';

interface SafetyOptions {
  /** The library list as shown (the selection moves on after a delete). */
  items: readonly ArticleRef[];
  /** The selected article, if any. */
  article: ArticleRef | null;
  onSelect: (id: string | null) => void;
  showTrash: () => void;
}

/** Trash and backups for the app: the delete confirmation, the backups dialog, and their palette commands. */
export function useSafety({ items, article, onSelect, showTrash }: SafetyOptions) {
  const deletion = useArticleDeletion({ items, onSelect });
  const [backupsMode, setBackupsMode] = useState<BackupsDialogMode | null>(null);
  const trashCommands = useTrashCommands({ article, requestDelete: deletion.request, openTrash: showTrash });
  const backupCommands = useBackupCommands(setBackupsMode);
  const commands: Command[] = useMemo(() => [...trashCommands, ...backupCommands], [trashCommands, backupCommands]);
  return {
    deletion,
    backupsMode,
    openBackups: useCallback(() => setBackupsMode('list'), []),
    closeBackups: useCallback(() => setBackupsMode(null), []),
    commands,
  };
}

export type Safety = ReturnType<typeof useSafety>;
