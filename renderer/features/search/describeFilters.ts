import { formatPublicationDate } from '../../lib/format';
import { RECORD_TYPES, TYPE_LABELS, type SearchFilterState } from './searchQuery';

interface Names {
  code: (id: string) => string | undefined;
  case: (id: string) => string | undefined;
}

/** The filters in words, one phrase each ("Arabic", "coded “Alawite” or a sub-code"); empty when none narrow. */
export function describeFilters(f: SearchFilterState, names: Names): string[] {
  const out: string[] = [];
  if (f.types.length > 0 && f.types.length < RECORD_TYPES.length) {
    const list = (types: readonly (typeof RECORD_TYPES)[number][]) => {
      const words = types.map((t) => TYPE_LABELS[t].many.toLowerCase());
      return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0];
    };
    const left = RECORD_TYPES.filter((t) => !f.types.includes(t));
    // Whichever is shorter: "only articles and memos", or "all but cases".
    out.push(left.length < f.types.length ? `all but ${list(left)}` : `only ${list(f.types)}`);
  }
  if (f.codeId) out.push(`coded “${names.code(f.codeId) ?? 'a code no longer in the codebook'}”${f.includeChildCodes ? ' or a sub-code' : ''}`);
  if (f.caseId) out.push(`in the case “${names.case(f.caseId) ?? 'a deleted case'}”`);
  if (f.language) out.push(f.language === 'ar' ? 'Arabic' : 'English');
  if (f.from && f.to) out.push(`published ${formatPublicationDate(f.from)} to ${formatPublicationDate(f.to)}`);
  else if (f.from) out.push(`published on or after ${formatPublicationDate(f.from)}`);
  else if (f.to) out.push(`published on or before ${formatPublicationDate(f.to)}`);
  return out;
}
