import type { Notice } from './noticeTypes';

const toneLabel: Record<Notice['tone'], string> = {
  info: 'Note',
  success: 'Done',
  warning: 'Warning',
  error: 'Error',
};

export function NoticeItem({ notice, onDismiss }: { notice: Notice; onDismiss: (id: number) => void }) {
  return (
    <div className={`notice notice-${notice.tone}`}>
      <span className="notice-marker" aria-hidden="true" />
      <div className="notice-body">
        <p className="notice-title">
          <span className="visually-hidden">{toneLabel[notice.tone]}: </span>
          {notice.title}
        </p>
        {notice.detail && <p className="notice-detail">{notice.detail}</p>}
        {notice.action && (
          <button
            type="button"
            className="btn btn-small notice-action"
            onClick={() => {
              notice.action?.run();
              onDismiss(notice.id);
            }}
          >
            {notice.action.label}
          </button>
        )}
      </div>
      <button
        type="button"
        className="btn btn-quiet btn-small btn-icon notice-close"
        aria-label="Dismiss notification"
        onClick={() => onDismiss(notice.id)}
      >
        ×
      </button>
    </div>
  );
}
