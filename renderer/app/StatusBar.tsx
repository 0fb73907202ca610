import type { ReactNode } from 'react';
import { formatCount } from '../lib/format';
import type { WorkspaceInfo } from './useWorkspaceInfo';

interface StatusBarProps {
  info: WorkspaceInfo | null;
  infoError: string | null;
  /** Progress of a long action with its Cancel (features/importing): the status bar has room for it. */
  progress?: ReactNode;
  /** The backup state, a button that opens the backups (features/backups). */
  backup?: ReactNode;
}

/** Bottom line: where the workspace is, how many articles it holds, import progress, its backup state, and that nothing goes online. */
export function StatusBar({ info, infoError, progress, backup }: StatusBarProps) {
  return (
    <footer className="statusbar">
      <span className="statusbar-item statusbar-workspace" title={info?.databasePath ?? undefined}>
        <span className="statusbar-label">Workspace</span>{' '}
        {infoError ? <span className="statusbar-error">unavailable ({infoError})</span> : <span className="mono">{info?.dataDir ?? '…'}</span>}
      </span>
      <span className="statusbar-item statusbar-count" data-testid="article-count">
        {info ? `${formatCount(info.articleCount)} ${info.articleCount === 1 ? 'article' : 'articles'}` : ''}
      </span>
      {progress}
      <span className="statusbar-spacer" />
      {backup}
      {info && <span className="statusbar-item statusbar-version">Fieldnotes {info.appVersion}</span>}
      <span className="statusbar-item statusbar-offline">
        <span className="statusbar-dot" aria-hidden="true" />
        Offline: no network access
      </span>
    </footer>
  );
}
