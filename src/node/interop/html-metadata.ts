/** Reads title, publisher, author, date and canonical URL from a saved page's <head> and JSON-LD. */
export interface PageMetadata {
  title: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  sourceUrl: string | null;
}

type Doc = { querySelector(s: string): Element | null; querySelectorAll(s: string): ArrayLike<Element> };

function meta(doc: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

function jsonLd(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      const parsed: unknown = JSON.parse(scripts[i].textContent ?? '');
      const items = Array.isArray(parsed) ? parsed : [parsed];
      for (const item of items) {
        if (item && typeof item === 'object') {
          const graph = (item as Record<string, unknown>)['@graph'];
          if (Array.isArray(graph)) out.push(...graph.filter((g) => g && typeof g === 'object'));
          else out.push(item as Record<string, unknown>);
        }
      }
    } catch {
      // A broken JSON-LD block is ignored; the other metadata sources still apply.
    }
  }
  return out;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || null;
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
    return ((value as { name: string }).name).trim() || null;
  }
  return null;
}

/** Normalises a date found in a page to YYYY-MM-DD, or a UTC ISO timestamp when it carries a time. */
export function normalizePageDate(raw: string | null): string | null {
  if (!raw) return null;
  const value = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  return /\d{1,2}:\d{2}/.test(value) ? new Date(ms).toISOString() : new Date(ms).toISOString().slice(0, 10);
}

/** An absolute http(s) URL, normalised; anything else (javascript:, file:, data:, relative, garbage) is null. */
export function httpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** "Headline | Publisher" and "Headline - Publisher" lose the publisher suffix. */
function stripSiteSuffix(title: string, publisher: string | null): string {
  if (!publisher) return title;
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
    if (title.endsWith(sep + publisher)) return title.slice(0, -(sep.length + publisher.length)).trim();
  }
  return title;
}

export function readPageMetadata(doc: Doc): PageMetadata {
  const ld = jsonLd(doc);
  const ldArticle = ld.find((item) => /Article|Posting|Report/i.test(String(item['@type'] ?? ''))) ?? {};
  const publisher = meta(doc, 'og:site_name', 'publisher', 'application-name') ?? nameOf(ldArticle.publisher);
  const rawTitle =
    meta(doc, 'og:title', 'twitter:title') ??
    nameOf(ldArticle.headline) ??
    doc.querySelector('title')?.textContent?.trim() ??
    doc.querySelector('h1')?.textContent?.trim() ??
    null;
  const timeEl = doc.querySelector('article time[datetime], time[pubdate], time[datetime]');
  return {
    title: rawTitle ? stripSiteSuffix(rawTitle.replace(/\s+/g, ' '), publisher) : null,
    publisher,
    author: meta(doc, 'author', 'article:author', 'dc.creator', 'byl') ?? nameOf(ldArticle.author),
    publishedAt: normalizePageDate(
      meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dcterms.created') ??
        nameOf(ldArticle.datePublished) ??
        timeEl?.getAttribute('datetime') ??
        null,
    ),
    sourceUrl: httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? httpUrl(meta(doc, 'og:url')),
  };
}
