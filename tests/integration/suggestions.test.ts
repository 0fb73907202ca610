import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFingerprint, importFixture, ok, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.remove());
const call = <T = any>(method: string, input: unknown) => ok<T>(t.registry, method, input);

describe('suggestions', () => {
  it('suggests figures and quotes of a sample article, and mentions of registered actors', async () => {
    const article = await importFixture(t.registry, 'syria-coast-2025-03.txt');
    const sohr = await call('actors.create', { name: 'Syrian Observatory for Human Rights', type: 'organisation', aliases: [{ alias: 'SOHR' }] });
    const { suggestions } = await call('suggest.article', { articleId: article.id });
    const figures = suggestions.filter((s: { kind: string }) => s.kind === 'figure');
    expect(figures.map((f: { value?: number }) => f.value)).toEqual(expect.arrayContaining([1000, 745, 125, 148]));
    expect(suggestions.some((s: { kind: string }) => s.kind === 'quote')).toBe(true);
    const mentions = suggestions.filter((s: { kind: string }) => s.kind === 'mention');
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((m: { actorId: string }) => m.actorId === sohr.id)).toBe(true);
    for (const s of suggestions) expect([...article.text].slice(s.start, s.end).join('')).toBe(s.text);
  });

  it('accepts suggestions as anchored, pre-filled records, all at once, and remembers dismissals', async () => {
    const article = await importFixture(t.registry, 'syria-coast-2025-03.txt');
    const sohr = await call('actors.create', { name: 'SOHR', type: 'organisation', aliases: [{ alias: 'Syrian Observatory for Human Rights' }] });
    const { suggestions } = await call('suggest.article', { articleId: article.id });
    const f745 = suggestions.find((s: { kind: string; value?: number }) => s.kind === 'figure' && s.value === 745);
    const f125 = suggestions.find((s: { kind: string; value?: number }) => s.kind === 'figure' && s.value === 125);
    const quote = suggestions.find((s: { kind: string }) => s.kind === 'quote');
    const { created } = await call('suggest.accept', { articleId: article.id, keys: [f745.key, f125.key, quote.key], reporterId: sohr.id });
    expect(created.map((c: { kind: string }) => c.kind)).toEqual(['figure', 'figure', 'quote']);
    const figures = (await call('figures.list', { articleId: article.id })).figures;
    expect(figures).toHaveLength(2);
    expect(figures.map((f: { reporterId: string }) => f.reporterId)).toEqual([sohr.id, sohr.id]);
    expect(figures.find((f: { wording: string }) => f.wording === f745.text)).toMatchObject({ outcome: 'killed', group: 'civilians', qualifier: 'exact', min: 745, max: 745 });
    const quotes = (await call('quotes.list', { articleId: article.id })).quotes;
    expect(quotes).toHaveLength(1);
    await call('undo.undo', {});
    expect((await call('figures.list', { articleId: article.id })).figures).toHaveLength(0);

    const other = suggestions.find((s: { kind: string; value?: number }) => s.kind === 'figure' && s.value === 148);
    await call('suggest.dismiss', { articleId: article.id, keys: [other.key] });
    const after = (await call('suggest.article', { articleId: article.id })).suggestions;
    expect(after.find((s: { key: string }) => s.key === other.key)).toBeUndefined();
    expect(await t.registry.call('suggest.accept', { articleId: article.id, keys: [other.key], reporterId: sohr.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await call('suggest.restore', { articleId: article.id });
    expect((await call('suggest.article', { articleId: article.id })).suggestions.find((s: { key: string }) => s.key === other.key)).toBeDefined();
  });

  it('records figures of an undated article without a date (never today) and says how many', async () => {
    const article = await importFixture(t.registry, 'syria-coast-2025-03.txt');
    expect(article.publishedAt).toBeNull();
    const sohr = await call('actors.create', { name: 'SOHR', type: 'organisation', aliases: [{ alias: 'Syrian Observatory for Human Rights' }] });
    const { suggestions } = await call('suggest.article', { articleId: article.id });
    const f745 = suggestions.find((s: { kind: string; value?: number }) => s.kind === 'figure' && s.value === 745);
    const quote = suggestions.find((s: { kind: string }) => s.kind === 'quote');
    const accepted = await call('suggest.accept', { articleId: article.id, keys: [f745.key, quote.key], reporterId: sohr.id });
    expect(accepted.undated).toBe(1);
    const [figure] = (await call('figures.list', { articleId: article.id })).figures;
    expect(figure).toMatchObject({ reportedDate: '', asOfDate: null });
    const dated = await call('figures.create', {
      reporterId: sohr.id, reportedDate: '2025-03-09', outcome: 'killed', group: 'civilians', count: { qualifier: 'exact', value: 973 },
    });
    const reconciliation = await call('figures.reconcile', {});
    const cell = reconciliation.rows.find((r: { group: string }) => r.group === 'civilians').cells[0];
    expect(cell.latest).toMatchObject({ id: dated.id, undated: false });
    expect(cell.timeline).toMatchObject([{ id: figure.id, undated: true }]);
  });

  it('asks who reported a figure when the text does not say, and writes nothing', async () => {
    const article = await importFixture(t.registry, 'synthetic-news-page.html');
    const { suggestions } = await call('suggest.article', { articleId: article.id });
    const figure = suggestions.find((s: { kind: string }) => s.kind === 'figure');
    const before = databaseFingerprint(t.ws);
    const r = await t.registry.call('suggest.accept', { articleId: article.id, keys: [figure.key] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/Say who reported/) } });
    expect(databaseFingerprint(t.ws)).toBe(before);
  });
});

describe('evidence follows its article', () => {
  it('figures and quotes are re-anchored on a correction, and go to the trash and back with the article', async () => {
    const article = await importFixture(t.registry, 'syria-coast-2025-03.txt');
    const sohr = await call('actors.create', { name: 'SOHR', type: 'organisation' });
    const { suggestions } = await call('suggest.article', { articleId: article.id });
    const keys = suggestions.filter((s: { kind: string }) => s.kind !== 'mention').map((s: { key: string }) => s.key);
    await call('suggest.accept', { articleId: article.id, keys, reporterId: sohr.id });
    const figures = (await call('figures.list', { articleId: article.id })).figures.length;
    const quotes = (await call('quotes.list', { articleId: article.id })).quotes.length;
    const report = await call('articles.correctText', { id: article.id, text: `Corrected heading.\n\n${article.text}`, reason: 'added heading' });
    expect(report).toEqual({ anchored: figures + quotes, review: 0, orphaned: 0 });
    const moved = (await call('figures.list', { articleId: article.id })).figures[0];
    const text = (await call('articles.get', { id: article.id })).text;
    expect([...text].slice(moved.selector.start, moved.selector.end).join('')).toBe(moved.selector.exact);

    expect(await call('articles.deleteImpact', { id: article.id })).toMatchObject({ figures, quotes });
    await call('articles.delete', { id: article.id });
    expect((await call('figures.list', {})).figures).toHaveLength(0);
    expect((await call('trash.list', {})).items.map((i: { type: string }) => i.type)).toEqual(['article']);
    await call('trash.restore', { type: 'article', id: article.id });
    expect((await call('figures.list', { articleId: article.id })).figures).toHaveLength(figures);
    const entries = (await call('history.of', { itemType: 'figure', itemId: moved.id })).entries;
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'trash', 'restore']);
  });
});
