export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

export interface NoticeInput {
  tone: NoticeTone;
  /** What happened, in one short sentence. */
  title: string;
  /** What to do about it, or the server's own words. */
  detail?: string;
  action?: { label: string; run: () => void };
}

export interface Notice extends NoticeInput {
  id: number;
}

/** How long a notice stays before it leaves by itself; errors stay until dismissed. */
export const noticeLifetimeMs: Record<NoticeTone, number | null> = {
  info: 6000,
  success: 6000,
  warning: 12000,
  error: null,
};
