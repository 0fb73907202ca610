import { useSyncExternalStore } from 'react';

/**
 * A one-slot request that any component can make and one host answers: "open the figure dialog
 * for this selection". Used so the reader's selection bar, the lists and the palette can open the
 * same dialog without passing callbacks through the app.
 */
export function createRequestStore<T>() {
  let current: T | null = null;
  const listeners = new Set<() => void>();
  const set = (next: T | null) => {
    current = next;
    for (const listener of [...listeners]) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  const get = () => current;
  return {
    open: (request: T) => set(request),
    close: () => set(null),
    useRequest: (): T | null => useSyncExternalStore(subscribe, get, get),
  };
}
