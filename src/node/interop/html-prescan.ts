/**
 * A linear, non-recursive pass over HTML markup that counts elements and the deepest nesting the
 * parser (htmlparser2, under linkedom) will build, so that a hostile page is refused before any
 * recursive code sees it. It follows htmlparser2's rules where they change the depth: void
 * elements, raw-text elements, tags closed implicitly by the next one, end tags that close every
 * element above their match, and "/>" closing only inside <svg>/<math>.
 */

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const FOREIGN = new Set(['svg', 'math']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const CLOSED_BY: Record<string, string[]> = {
  tr: ['tr', 'th', 'td'], th: ['th'], td: ['thead', 'th', 'td'], body: ['head', 'link', 'script'], li: ['li'],
  select: FORM, input: FORM, output: FORM, button: FORM, datalist: FORM, textarea: FORM,
  option: ['option'], optgroup: ['optgroup', 'option'], dd: ['dd', 'dt'], dt: ['dd', 'dt'], rt: ['rt', 'rp'], rp: ['rt', 'rp'],
  tbody: ['thead', 'tbody'], tfoot: ['thead', 'tbody'],
};
for (const tag of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul']) CLOSED_BY[tag] = P;

export interface HtmlShape {
  elements: number;
  depth: number;
  /** Set when the scan stopped early because a limit was passed. */
  exceeded: 'depth' | 'elements' | null;
}

const TAG_NAME = /[A-Za-z][^\s/>]*/y;

/** Index just past the ">" that ends the tag starting at `from` (quoted attribute values may hold ">"). */
function tagEnd(src: string, from: number): number {
  let quote = '';
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '>') return i + 1;
    else if ((c === '"' || c === "'") && /=\s*$/.test(src.slice(Math.max(from, i - 8), i))) quote = c;
  }
  return src.length;
}

export function scanHtml(src: string, limits: { depth: number; elements: number }): HtmlShape {
  const stack: string[] = [];
  const onStack = new Map<string, number>();
  const foreign: boolean[] = [false];
  let elements = 0;
  let depth = 0;
  const push = (name: string) => {
    stack.push(name);
    onStack.set(name, (onStack.get(name) ?? 0) + 1);
    depth = Math.max(depth, stack.length);
  };
  const pop = () => {
    const name = stack.pop()!;
    onStack.set(name, onStack.get(name)! - 1);
    return name;
  };
  for (let i = src.indexOf('<'); i >= 0 && i < src.length; i = src.indexOf('<', i)) {
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      i = end < 0 ? src.length : end + 3;
      continue;
    }
    const next = src[i + 1];
    if (next === '!' || next === '?') {
      const end = src.indexOf('>', i);
      i = end < 0 ? src.length : end + 1;
      continue;
    }
    const closing = next === '/';
    TAG_NAME.lastIndex = i + (closing ? 2 : 1);
    const m = TAG_NAME.exec(src);
    if (!m) {
      i++;
      continue;
    }
    const name = m[0].toLowerCase();
    const end = tagEnd(src, TAG_NAME.lastIndex);
    i = end;
    if (closing) {
      if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
      if (!VOID.has(name) && (onStack.get(name) ?? 0) > 0) while (pop() !== name);
      continue;
    }
    elements++;
    const closes = CLOSED_BY[name];
    if (closes) while (stack.length && closes.includes(stack[stack.length - 1])) pop();
    const selfClosing = src[end - 2] === '/' && foreign[foreign.length - 1];
    if (!VOID.has(name) && !selfClosing) {
      push(name);
      if (FOREIGN.has(name)) foreign.push(true);
      else if (INTEGRATION.has(name)) foreign.push(false);
    }
    if (depth > limits.depth) return { elements, depth, exceeded: 'depth' };
    if (elements > limits.elements) return { elements, depth, exceeded: 'elements' };
    if (RAW_TEXT.has(name) && src[end - 2] !== '/') {
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = end;
      const found = close.exec(src);
      i = found ? found.index : src.length;
    }
  }
  return { elements, depth, exceeded: null };
}
