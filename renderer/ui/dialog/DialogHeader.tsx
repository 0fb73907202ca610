import type { ReactNode } from 'react';

interface DialogHeaderProps {
  /** The id the dialog's aria-labelledby points to. */
  titleId: string;
  title: ReactNode;
  subtitle?: ReactNode;
}

/** A dialog's title and the quieter line under it. */
export function DialogHeader({ titleId, title, subtitle }: DialogHeaderProps) {
  return (
    <header className="dialog-header">
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {subtitle && <p className="dialog-subtitle">{subtitle}</p>}
    </header>
  );
}
