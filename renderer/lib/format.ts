import type { ImportKind } from '../../src/shared/schemas/article';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const longDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const momentFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const numberFormat = new Intl.NumberFormat('en-US');

/**
 * A publication date as the source gave it. Only the calendar day is shown, read from the
 * string itself, so "2025-03-10T23:30:00+03:00" stays 10 March wherever the reader sits.
 */
export function formatPublicationDate(value: string | null, style: 'short' | 'long' = 'short'): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return value;
  return (style === 'long' ? longDayFormat : dayFormat).format(date);
}

/** An app timestamp (UTC ISO) in the reader's local time. */
export function formatTimestamp(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : momentFormat.format(date);
}

export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** "842 KB", "12.4 MB": short, for a table column (the exact bytes go in a tooltip). */
export function compactBytes(bytes: number): string {
  if (bytes < 1024) return `${formatCount(bytes)} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** "12.4 MB (13,002,342 bytes)": the short size and the exact one. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatCount(bytes)} bytes`;
  return `${compactBytes(bytes)} (${formatCount(bytes)} bytes)`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "ar" -> "Arabic"; unknown tags come back as they are. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The short badge text: the primary subtag, upper case ("AR", "EN"). */
export function languageBadge(tag: string): string {
  return (tag.split('-')[0] || tag).toUpperCase();
}

export const importKindLabel: Record<ImportKind, string> = {
  pasted: 'Pasted text',
  text: 'Plain text file',
  markdown: 'Markdown file',
  html: 'Web page (HTML)',
  pdf: 'PDF document',
  docx: 'Word document (DOCX)',
};
