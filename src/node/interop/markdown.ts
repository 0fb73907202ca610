import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import type { ExtractedDocument, ImportFormat } from './document';
import { decodeText } from './decode-text';
import { httpUrl, normalizePageDate } from './html-metadata';
import { altTextAsCaptions, blockText, parseFragment } from './html-text';

/** CommonMark with tables; inline HTML is parsed (inertly) so that only its text remains. */
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** Never part of the reading text, as in web pages. */
const DROPPED = 'script, style, noscript, template, iframe, object, embed, img, picture, video, audio, svg, canvas, form, input, select, textarea, link, meta';

/**
 * Markdown: rendered by a CommonMark parser (markdown-it), then read as text: the words and
 * paragraphs stay, the markup goes (heading marks and setext underlines, emphasis, link targets
 * and reference definitions, table pipes, inline HTML). YAML front matter gives metadata.
 */
export const markdownFormat: ImportFormat = {
  kind: 'markdown',
  extensions: ['.md', '.markdown'],
  mediaType: 'text/markdown',
  async extract(bytes, fileName) {
    const { text, encoding } = decodeText(bytes, fileName);
    return { ...markdownToDocument(text), encoding };
  },
};

/** YAML front matter as string fields; a block that is not a YAML mapping gives nothing. */
function frontMatter(yaml: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = parseYaml(yaml, { maxAliasCount: 10, uniqueKeys: false });
  } catch {
    return {};
  }
  const out: Record<string, string> = {};
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return out;
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof value === 'string' || typeof value === 'number') out[key.toLowerCase()] = String(value).trim();
    else if (value instanceof Date && !Number.isNaN(value.getTime())) out[key.toLowerCase()] = value.toISOString().slice(0, 10);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[key.toLowerCase()] = value.join(', ');
  }
  return out;
}

export function markdownToDocument(source: string): ExtractedDocument {
  let body = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let meta: Record<string, string> = {};
  const front = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(body);
  if (front) {
    meta = frontMatter(front[1]);
    body = body.slice(front[0].length);
  }
  const tokens = markdown.parse(body, {});
  const headingAt = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  const heading = headingAt >= 0 ? tokens[headingAt + 1]?.content.trim() : null;
  const document = parseFragment(markdown.renderer.render(tokens, markdown.options, {}));
  altTextAsCaptions(document.body as unknown as Element);
  for (const el of Array.from(document.querySelectorAll(DROPPED))) el.remove();
  return {
    text: blockText(document.body),
    title: meta.title || heading || null,
    author: meta.author || null,
    publisher: meta.publisher || meta.source || null,
    publishedAt: normalizePageDate(meta.date ?? null),
    sourceUrl: httpUrl(meta.url), // only http(s): a javascript: or file: link is dropped, as in HTML
  };
}
