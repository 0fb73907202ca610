import type { Client } from '../../api/client';

/**
 * Takes back the dismissal of `keys`. The API restores an article's dismissals all at once, so this
 * restores them, then dismisses again every one that was dismissed before except `keys`.
 * Returns how many of `keys` are offered again.
 */
export async function undoDismiss(client: Client, articleId: string, keys: readonly string[]): Promise<number> {
  const before = new Set((await client.call('suggest.article', { articleId, vague: true })).suggestions.map((s) => s.key));
  await client.call('suggest.restore', { articleId });
  const after = (await client.call('suggest.article', { articleId, vague: true })).suggestions.map((s) => s.key);
  const undone = new Set(keys);
  const again = after.filter((key) => !before.has(key) && !undone.has(key));
  if (again.length > 0) await client.call('suggest.dismiss', { articleId, keys: again });
  return after.filter((key) => undone.has(key)).length;
}
