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

/**
 * Normalises a date found in a page to YYYY-MM-DD, or an ISO timestamp when it carries a time. A
 * timestamp with its own offset keeps it (2025-03-10T01:30:00+03:00 stays 10 March, local time);
 * other forms become UTC.
 */
export function normalizePageDate(raw: string | null): string | null {
  if (!raw) return null;
  const value = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const local = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d{1,3})?)?\s*([+-]\d{2}):?(\d{2})$/.exec(value);
  if (local && !Number.isNaN(Date.parse(`${local[1]}T${local[2]}${local[3] ?? ':00'}${local[4]}:${local[5]}`))) {
    return `${local[1]}T${local[2]}${local[3] ?? ':00'}${local[4]}:${local[5]}`;
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  return /\d{1,2}:\d{2}/.test(value) ? new Date(ms).toISOString() : new Date(ms).toISOString().slice(0, 10);
}

/** Query parameters that only track who clicked where (campaigns, ad clicks, newsletters). */
const TRACKING = /^(utm_\w+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|igshid|_ga|_gl|ocid|cmpid|ncid|ref_src|s_cid|mkt_tok|oly_enc_id|oly_anon_id|vero_id|__twitter_impression)$/i;

/**
 * An absolute http(s) URL, normalised, without tracking parameters (utm_*, fbclid, gclid, ...);
 * anything else (javascript:, file:, data:, relative, garbage) is null.
 */
export function httpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
    return url.toString();
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
