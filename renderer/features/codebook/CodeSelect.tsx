import type { CodeWithCounts } from '../../../src/shared/schemas/code';
import { codeOptions } from './codeTree';

interface CodeSelectProps {
  id: string;
  codes: readonly CodeWithCounts[];
  value: string;
  onChange: (value: string) => void;
  /** Codes that may not be chosen (a code and its own sub-codes). */
  exclude?: ReadonlySet<string>;
  /** A first option with the value '' (for example "Top level"); none when omitted. */
  emptyLabel?: string;
  /** Leave out categories (codes that cannot be applied). */
  codableOnly?: boolean;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** A native select of codes in tree order, indented by level: keyboard and screen-reader friendly. */
export function CodeSelect({ id, codes, value, onChange, exclude, emptyLabel, codableOnly, ...aria }: CodeSelectProps) {
  const options = codeOptions(codes, exclude).filter((o) => !codableOnly || o.isCodable);
  return (
    <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)} {...aria}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {`${'\u2003'.repeat(o.depth)}${o.label}${o.isCodable ? '' : ' (category)'}`}
        </option>
      ))}
    </select>
  );
}
