import { CONTEXT_LENGTH } from '../../../shared/domain/anchoring';
import { CodePointText } from '../../../shared/domain/code-points';
import { codePointLength } from '../../../shared/domain/text';
import type { TextSelector } from '../../../shared/schemas/highlight';
import type { QdaSelection } from './model';

/**
 * Where each selection of a source's plain text is. Positions are code points; a CRLF line end is
 * counted as two by some tools (the file's code points, as the standard reads) and as one by others
 * (ATLAS.ti). Which one a file uses is decided by checking the coded text: selections whose name is
 * their text (NVivo, MAXQDA, Fieldnotes write it so) must match, and positions must not fall inside
 * a CRLF pair or past the end. The result is in LF text, for the anchoring to place in the article.
 */

export type LineEnds = 'lf' | 'crlf-twice' | 'crlf-once';

export interface Located {
  selection: QdaSelection;
  /** null: the positions are outside the text or empty. */
  selector: TextSelector | null;
}

const LF = (s: string) => s.replace(/\r\n?/g, '\n');
const squash = (s: string) => LF(s).replace(/\s+/g, ' ');

/** Does the selection's name read as the text it covers (whole, or cut short with an ellipsis)? */
function nameMatches(name: string, covered: string): boolean {
  const n = squash(name).trim();
  if (!n) return false;
  const c = squash(covered);
  const cut = /(…|\.\.\.)$/.exec(n);
  return cut ? c.startsWith(n.slice(0, -cut[0].length).trimEnd()) : c === n;
}

interface Candidate { ends: LineEnds; text: CodePointText; matches: number; impossible: number }

function judge(ends: LineEnds, raw: string, selections: readonly QdaSelection[]): Candidate {
  const text = new CodePointText(ends === 'crlf-once' ? raw.replace(/\r\n/g, '\n') : raw);
  let matches = 0;
  let impossible = 0;
  for (const s of selections) {
    if (s.start < 0 || s.end > text.length || s.start >= s.end) {
      impossible++;
      continue;
    }
    if (ends === 'crlf-twice' && [s.start, s.end].some((p) => p > 0 && text.slice(p - 1, p) === '\r' && text.slice(p, p + 1) === '\n')) impossible++;
    if (nameMatches(s.name, text.slice(s.start, s.end))) matches++;
  }
  return { ends, text, matches, impossible };
}

function selectorIn(c: Candidate, s: QdaSelection): TextSelector | null {
  if (s.start < 0 || s.end > c.text.length || s.start >= s.end) return null;
  const before = LF(c.text.slice(0, s.start));
  const exact = LF(c.text.slice(s.start, s.end));
  if (!exact.trim()) return null;
  const start = codePointLength(before);
  const prefix = [...before].slice(-CONTEXT_LENGTH).join('');
  const suffix = [...LF(c.text.slice(s.end, s.end + CONTEXT_LENGTH + 1))].slice(0, CONTEXT_LENGTH).join('');
  return { start, end: start + codePointLength(exact), exact, prefix, suffix };
}

export function locateSelections(raw: string, selections: readonly QdaSelection[]): { ends: LineEnds; located: Located[] } {
  const candidates = raw.includes('\r\n') ? [judge('crlf-twice', raw, selections), judge('crlf-once', raw, selections)] : [judge('lf', raw, selections)];
  const best = [...candidates].sort((a, b) => b.matches - a.matches || a.impossible - b.impossible)[0];
  const located = selections.map((s) => {
    // A selection whose name is its text under the other counting (a file mixing both) is read that way.
    const own = nameMatches(s.name, best.text.slice(Math.max(0, s.start), Math.max(0, s.end))) ? best : (candidates.find((c) => c !== best && nameMatches(s.name, c.text.slice(Math.max(0, s.start), Math.max(0, s.end)))) ?? best);
    return { selection: s, selector: selectorIn(own, s) };
  });
  return { ends: best.ends, located };
}
