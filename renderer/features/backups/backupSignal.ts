import { useSyncExternalStore } from 'react';

/**
 * "The backups changed" (one was made or restored): the status bar and the backups dialog list
 * them again. Like the data version (features/undo/dataVersion.ts), but backups are files beside
 * the workspace, not workspace data, so making one does not reload every view.
 */
let version = 0;
const listeners = new Set<() => void>();

export function bumpBackupsVersion(): void {
  version += 1;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const current = () => version;

export function useBackupsVersion(): number {
  return useSyncExternalStore(subscribe, current, current);
}
