interface ProblemAlertProps {
  /** What went wrong, in words; nothing is shown without it. */
  problem: string | null | undefined;
  id?: string;
  className?: string;
}

/** A failure message that screen readers announce as it appears. */
export function ProblemAlert({ problem, id, className }: ProblemAlertProps) {
  if (!problem) return null;
  return (
    <p id={id} className={className ? `field-error ${className}` : 'field-error'} role="alert">
      {problem}
    </p>
  );
}
