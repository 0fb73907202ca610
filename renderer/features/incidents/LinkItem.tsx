import type { ShownLink } from './useLinks';
import { relationLabel, typeLabel } from './linkTargets';

interface LinkItemProps {
  shown: ShownLink;
  /** "this incident", "this account". */
  selfName: string;
  busy: boolean;
  onRemove: (shown: ShownLink) => void;
}

/** One link as a sentence: "This incident corroborates Account W-0001, …", or the other way round. */
export function LinkItem({ shown, selfName, busy, onRemove }: LinkItemProps) {
  const { link, outgoing, otherType, otherLabel } = shown;
  const other = (
    <>
      <span className="link-type">{typeLabel[otherType]}</span> <bdi className="link-other">{otherLabel}</bdi>
    </>
  );
  const sentence = `${outgoing ? `This ${selfName}` : `${typeLabel[otherType]} ${otherLabel}`} ${relationLabel[link.relation]} ${outgoing ? `${typeLabel[otherType]} ${otherLabel}` : `this ${selfName}`}`;
  return (
    <li className={`link-item link-${link.relation}`}>
      <span className="link-relation" aria-hidden="true">
        {link.relation === 'corroborates' ? '✓' : link.relation === 'contradicts' ? '≠' : '↔'}
      </span>
      <span className="link-sentence">
        {outgoing ? (
          <>
            This {selfName} <strong>{relationLabel[link.relation]}</strong> {other}
          </>
        ) : (
          <>
            {other} <strong>{relationLabel[link.relation]}</strong> this {selfName}
          </>
        )}
        {link.note && <span className="link-note" dir="auto">{link.note}</span>}
      </span>
      <button type="button" className="btn btn-quiet btn-small" disabled={busy} aria-label={`Remove link: ${sentence}`} onClick={() => onRemove(shown)}>
        Remove
      </button>
    </li>
  );
}
