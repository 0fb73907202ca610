import { useSyncExternalStore } from 'react';

/**
 * The app-wide "data changed" counter.
 *
 * Any view that shows workspace data (highlights, codes, cases, memos, reports, …) reads
 * `useDataVersion()` and lists the number among its fetch effect's dependencies, so it asks the
 * core again whenever the number moves:
 *
 *   const dataVersion = useDataVersion();
 *   useEffect(() => { client.call('codes.list', {}).then(setCodes); }, [client, dataVersion]);
 *
 * Whoever changes workspace data calls `bumpDataVersion()` afterwards; `useMutate()` (./useMutate)
 * does it for you. Undo and redo bump it too, so after Ctrl+Z every subscribed view is current.
 * Outside React, `subscribeDataVersion(listener)` returns an unsubscribe function.
 */
let version = 0;
const listeners = new Set<() => void>();

export function bumpDataVersion(): void {
  version += 1;
  for (const listener of [...listeners]) listener();
}

export function getDataVersion(): number {
  return version;
}

export function subscribeDataVersion(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The current data version; the component re-renders when it changes. */
export function useDataVersion(): number {
  return useSyncExternalStore(subscribeDataVersion, getDataVersion, getDataVersion);
}
