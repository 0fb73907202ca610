import type { Notice } from './noticeTypes';
import { NoticeItem } from './NoticeItem';
import './notices.css';

/**
 * Two live regions that exist from the start, so screen readers announce what is added:
 * errors assertively, everything else politely.
 */
export function NoticeList({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  const errors = notices.filter((n) => n.tone === 'error');
  const others = notices.filter((n) => n.tone !== 'error');
  return (
    <div className="notice-stack" role="region" aria-label="Notifications">
      <div role="status" aria-live="polite" className="notice-region">
        {others.map((n) => (
          <NoticeItem key={n.id} notice={n} onDismiss={onDismiss} />
        ))}
      </div>
      <div role="alert" aria-live="assertive" className="notice-region">
        {errors.map((n) => (
          <NoticeItem key={n.id} notice={n} onDismiss={onDismiss} />
        ))}
      </div>
    </div>
  );
}
