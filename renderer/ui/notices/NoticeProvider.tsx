import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { NoticeList } from './NoticeList';
import { noticeLifetimeMs, type Notice, type NoticeInput } from './noticeTypes';

interface NoticeApi {
  notify(notice: NoticeInput): number;
  dismiss(id: number): void;
}

const NoticeContext = createContext<NoticeApi | null>(null);
const MAX_VISIBLE = 5;

/** Holds the toasts; anything below it can call useNotices().notify(…). */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, number>());

  const dismiss = useCallback((id: number) => {
    const timer = timers.current.get(id);
    if (timer !== undefined) window.clearTimeout(timer);
    timers.current.delete(id);
    setNotices((list) => list.filter((n) => n.id !== id));
  }, []);

  const notify = useCallback(
    (input: NoticeInput) => {
      const id = nextId.current++;
      setNotices((list) => [...list, { ...input, id }].slice(-MAX_VISIBLE));
      const lifetime = noticeLifetimeMs[input.tone];
      if (lifetime !== null) timers.current.set(id, window.setTimeout(() => dismiss(id), lifetime));
      return id;
    },
    [dismiss],
  );

  const api = useMemo(() => ({ notify, dismiss }), [notify, dismiss]);

  return (
    <NoticeContext.Provider value={api}>
      {children}
      <NoticeList notices={notices} onDismiss={dismiss} />
    </NoticeContext.Provider>
  );
}

export function useNotices(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotices() needs a <NoticeProvider> above it.');
  return api;
}
