import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodePointText } from '../../src/shared/domain/code-points';
import type { Highlight } from '../../src/shared/schemas/highlight';
import type { CodeWithCounts } from '../../src/shared/schemas/code';
import { searchIndexProblems } from '../../src/node/safety/integrity';
import { databaseFingerprint, importFixture as importFixtureVia, ok, spanOf, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.remove());

const call = <T = any>(method: string, input: unknown) => ok<T>(t.registry, method, input);

const importFixture = (name: string) => importFixtureVia(t.registry, name);

const span = spanOf;

async function newCode(name: string, extra: Record<string, unknown> = {}) {
  return call('codes.create', { name, color: '#2a9d8f', ...extra });
}

describe('highlights', () => {
  it('store both selectors, carry codes and a memo, and may overlap', async () => {
    const article = await importFixture('syria-coast-2025-03.txt');
    const alawite = await newCode('Alawite (test)');
    const killing = await newCode('Killing (test)');
    const a = await call<Highlight>('highlights.create', { articleId: article.id, ...span(article.text, '745 mostly Alawite civilians'), codeIds: [alawite.id], memo: 'SOHR figure' });
    expect(a).toMatchObject({ exact: '745 mostly Alawite civilians', status: 'anchored', memo: 'SOHR figure', codeIds: [alawite.id] });
    expect([...a.prefix]).toHaveLength(32);
    expect([...a.suffix]).toHaveLength(32);
    const b = await call<Highlight>('highlights.create', { articleId: article.id, ...span(article.text, 'Alawite civilians'), codeIds: [killing.id] });
    const list = await call('highlights.list', { articleId: article.id });
    expect(list.highlights.map((h: Highlight) => h.id).sort()).toEqual([a.id, b.id].sort());
    const withMemo = await call<Highlight>('highlights.setMemo', { id: b.id, memo: 'overlaps the SOHR figure' });
    expect(withMemo.memo).toBe('overlaps the SOHR figure');
  });

  it('highlight the right characters of the Arabic sample', async () => {
    const article = await importFixture('synthetic-arabic-brief.txt');
    const phrase = '«دخلوا البيوت وسألوا عن الطائفة قبل إطلاق النار»';
    const h = await call<Highlight>('highlights.create', { articleId: article.id, ...span(article.text, phrase) });
    expect(h.exact).toBe(phrase);
    expect(new CodePointText(article.text).slice(h.start, h.end)).toBe(phrase);
  });

  it('refuse a span outside the text or empty, writing nothing', async () => {
    const article = await importFixture('synthetic-monitor-bulletin.txt');
    const before = databaseFingerprint(t.ws);
    const n = [...article.text].length;
    for (const input of [
      { articleId: article.id, start: 0, end: n + 1 },
      { articleId: article.id, start: 5, end: 5 },
      { articleId: article.id, start: 9, end: 3 },
      { articleId: article.id, start: -1, end: 3 },
      { articleId: crypto.randomUUID(), start: 0, end: 3 },
    ]) {
      const r = await t.registry.call('highlights.create', input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
    }
    expect(databaseFingerprint(t.ws)).toBe(before);
  });
});

describe('correcting a reading text re-anchors every highlight', () => {
  it('survives edits before, inside and after; an ambiguous edit makes an orphan', async () => {
    const article = await importFixture('synthetic-monitor-bulletin.txt');
    const text: string = article.text;
    const mk = (phrase: string) => call<Highlight>('highlights.create', { articleId: article.id, ...span(text, phrase) });
    const gravedigger = await mk('We buried them without washing the bodies');
    const family = await mk('seventeen members of one family were killed');
    const governor = await mk('order has been restored');
    const hotline = await mk('0800 555 0199');

    const corrected = text
      .replace('Weekly civilian harm bulletin', 'Weekly civilian-harm bulletin (corrected)') // before everything
      .replace('seventeen members of one family were killed', 'seventeen members of a single family were killed') // inside
      .replace('Hotline: 0800 555 0199.', 'Contact line withdrawn.'); // the highlighted text is gone
    const report = await call('articles.correctText', { id: article.id, text: corrected, reason: 'Typos fixed against the printed bulletin' });
    expect(report).toEqual({ anchored: 2, review: 1, orphaned: 1 });

    const after = new Map<string, Highlight>((await call('highlights.list', { articleId: article.id })).highlights.map((h: Highlight) => [h.id, h]));
    const textNow = (h: Highlight) => new CodePointText(corrected).slice(h.start, h.end);
    expect(after.get(gravedigger.id)).toMatchObject({ status: 'anchored', exact: 'We buried them without washing the bodies' });
    expect(textNow(after.get(gravedigger.id)!)).toBe('We buried them without washing the bodies');
    expect(textNow(after.get(governor.id)!)).toBe('order has been restored');
    expect(after.get(family.id)).toMatchObject({ status: 'review', exact: 'seventeen members of a single family were killed', previousExact: 'seventeen members of one family were killed' });
    expect(after.get(hotline.id)).toMatchObject({ status: 'orphaned', exact: '0800 555 0199' });

    const review = await call('highlights.review', { articleId: article.id });
    expect(review.highlights.map((h: Highlight) => h.id).sort()).toEqual([family.id, hotline.id].sort());
    await call('highlights.confirm', { id: family.id });
    const reattached = await call<Highlight>('highlights.reattach', { id: hotline.id, ...span(corrected, 'Contact line withdrawn') });
    expect(reattached).toMatchObject({ status: 'anchored', exact: 'Contact line withdrawn' });
    expect((await call('highlights.review', {})).highlights).toEqual([]);
  });

  it('records the correction and keeps the original file untouched', async () => {
    const article = await importFixture('synthetic-monitor-bulletin.txt');
    await call('articles.correctText', { id: article.id, text: article.text.replace('Tel Hasan', 'Tall Hasan'), reason: 'spelling' });
    const again = await call('articles.get', { id: article.id });
    expect(again.text).toContain('Tall Hasan');
    expect(again.original.sha256).toBe(article.original.sha256);
    const stored = t.ws.db.prepare('SELECT data FROM originals WHERE sha256 = ?').pluck().get(article.original.sha256) as Buffer;
    expect(stored.toString('utf8')).toContain('Tel Hasan');
    expect(t.ws.db.prepare('SELECT reason FROM article_revisions').pluck().all()).toEqual(['spelling']);
    expect(() => t.ws.db.prepare("UPDATE articles SET text = 'silently changed' WHERE id = ?").run(article.id)).toThrow(/recorded correction/);
  });
});

describe('a selection made on a stale copy of the text', () => {
  it('is refused, changing nothing, when the text it saw is no longer there', async () => {
    const article = await importFixture('synthetic-monitor-bulletin.txt');
    const at = span(article.text, 'order has been restored');
    const h = await call('highlights.create', { articleId: article.id, ...at, exact: 'order has been restored' });
    expect(h.exact).toBe('order has been restored');
    const before = databaseFingerprint(t.ws);
    const stale = await t.registry.call('highlights.create', { articleId: article.id, ...at, exact: 'order has been restored!' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(stale.ok ? '' : stale.error.message).toMatch(/changed since the passage was selected/);
    expect(await t.registry.call('highlights.reattach', { id: h.id, ...at, exact: 'something else' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(databaseFingerprint(t.ws)).toBe(before);
  });
});

describe('undoing a correction', () => {
  it('puts back the text, the revision and every anchor, and redo applies it again', async () => {
    const article = await importFixture('synthetic-monitor-bulletin.txt');
    const text: string = article.text;
    await call('highlights.create', { articleId: article.id, ...span(text, 'seventeen members of one family were killed'), memo: 'family' });
    await call('highlights.create', { articleId: article.id, ...span(text, 'order has been restored') });
    const state = () => {
      const rows = (sql: string) => JSON.stringify(t.ws.db.prepare(sql).all());
      return [
        rows('SELECT id, text, char_count, updated_at FROM articles'),
        rows('SELECT id, start_pos, end_pos, exact, prefix, suffix, status, previous_exact, updated_at FROM highlights ORDER BY id'),
        rows('SELECT id, old_text, new_text FROM article_revisions'),
      ].join('\n');
    };
    const before = state();
    const corrected = `Editor's note: checked against the printed copy.\n\n${text.replace('seventeen members of one family were killed', 'seventeen members of a single family were killed')}`;
    await call('articles.correctText', { id: article.id, text: corrected, reason: 'Checked against print' });
    const after = state();
    expect(after).not.toBe(before);
    expect((await call('undo.status', {})).undoLabel).toMatch(/^Correct the text of /);

    await call('undo.undo', {});
    expect(state()).toBe(before);
    expect((await call('articles.get', { id: article.id })).text).toBe(text);
    expect((await call('search.query', { query: '"printed copy"' })).total).toBe(0);
    await call('undo.redo', {});
    expect(state()).toBe(after);
    expect((await call('search.query', { query: '"printed copy"' })).total).toBe(1);
    expect(searchIndexProblems(t.ws.db)).toEqual([]);
    // Without a recorded correction the text still cannot change, nor go back to an earlier text.
    expect(() => t.ws.db.prepare('UPDATE articles SET text = ? WHERE id = ?').run('silently changed', article.id)).toThrow(/recorded correction/);
    await call('undo.undo', {});
    expect(() => t.ws.db.prepare('UPDATE articles SET text = ? WHERE id = ?').run(corrected, article.id)).toThrow(/recorded correction/);
  });
});

describe('codebook', () => {
  it('keeps names unique among siblings, any colour, and refuses a move under itself', async () => {
    const parent = await newCode('Pattern (test)', { isCodable: false, color: '#ABC' });
    expect(parent.color).toBe('#aabbcc');
    const child = await newCode('Revenge', { parentId: parent.id });
    await newCode('Revenge'); // same name at another level is fine
    const clash = await t.registry.call('codes.create', { name: 'revenge', color: '#000000', parentId: parent.id });
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('unique among siblings') } });
    const cycle = await t.registry.call('codes.move', { id: parent.id, parentId: child.id });
    expect(cycle).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const renamed = await call('codes.update', { id: child.id, patch: { name: 'Revenge or retaliation', color: '#123456', description: { definition: 'Killing framed as payback.' } } });
    expect(renamed).toMatchObject({ name: 'Revenge or retaliation', color: '#123456', description: { definition: 'Killing framed as payback.', whenToUse: '' } });
    const category = await t.registry.call('tags.apply', { codeId: parent.id, itemType: 'article', itemId: (await importFixture('synthetic-monitor-bulletin.txt')).id });
    expect(category).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('category') } });
  });

  it('merge combines uses; delete moves or removes them as asked', async () => {
    const article = await importFixture('syria-coast-2025-03.txt');
    const a = await newCode('Killed A');
    const b = await newCode('Killed B');
    const c = await newCode('Killed C');
    const h1 = await call<Highlight>('highlights.create', { articleId: article.id, ...span(article.text, 'Over 1,000 individuals'), codeIds: [a.id] });
    const h2 = await call<Highlight>('highlights.create', { articleId: article.id, ...span(article.text, '745 mostly Alawite civilians'), codeIds: [a.id, b.id] });
    await call('tags.apply', { codeId: b.id, itemType: 'article', itemId: article.id });
    await call('codes.merge', { sourceId: a.id, targetId: b.id });
    const codes = (await call('codes.list', {})).codes as CodeWithCounts[];
    expect(codes.find((x) => x.id === a.id)).toBeUndefined();
    expect(codes.find((x) => x.id === b.id)).toMatchObject({ uses: 3, documents: 1 });
    expect((await call('tags.of', { itemType: 'highlight', itemId: h1.id })).codeIds).toEqual([b.id]);
    expect((await call('tags.of', { itemType: 'highlight', itemId: h2.id })).codeIds).toEqual([b.id]);

    expect(await call('codes.delete', { id: b.id, usesTo: c.id })).toEqual({ movedUses: 3, removedUses: 0 });
    expect(((await call('codes.list', {})).codes as CodeWithCounts[]).find((x) => x.id === c.id)).toMatchObject({ uses: 3 });
    expect(await call('codes.delete', { id: c.id, usesTo: null })).toEqual({ movedUses: 0, removedUses: 3 });
    expect((await call('tags.of', { itemType: 'highlight', itemId: h2.id })).codeIds).toEqual([]);
  });

  it('seeds the default "Sectarian dimensions" codebook once, with descriptions and shortcut keys', async () => {
    const codes = (await call('codes.list', {})).codes as CodeWithCounts[];
    const byName = (n: string) => codes.find((c) => c.name === n);
    expect(byName('Identity of those targeted')).toMatchObject({ isCodable: false, parentId: null });
    expect(byName('Alawite')).toMatchObject({ isCodable: true, parentId: byName('Identity of those targeted')!.id });
    for (const name of ['Killed for identity', 'Collective punishment', 'Former-regime loyalists', 'Extrajudicial killing', 'Denial of services']) expect(byName(name), name).toBeDefined();
    for (const code of codes) {
      expect(code.description.definition.length, code.name).toBeGreaterThan(20);
      expect(code.description.whenNotToUse.length, code.name).toBeGreaterThan(10);
    }
    t.ws.close();
    const { openWorkspace } = await import('../../src/node/workspace');
    const reopened = openWorkspace({ dataDir: t.dir });
    expect(reopened.db.prepare('SELECT count(*) FROM codes').pluck().get()).toBe(codes.length);
    reopened.close();
  });
});

describe('undo and redo across the workspace', () => {
  it('reverse highlight, code and tag actions in order, and redo them', async () => {
    const article = await importFixture('syria-coast-2025-03.txt');
    const code = await newCode('Undo me');
    const h = await call<Highlight>('highlights.create', { articleId: article.id, ...span(article.text, '148 pro-Assad fighters'), codeIds: [code.id] });
    await call('codes.update', { id: code.id, patch: { name: 'Renamed' } });
    await call('highlights.delete', { id: h.id });
    expect(await call('undo.status', {})).toMatchObject({ canUndo: true, undoLabel: expect.stringContaining('Delete highlight'), canRedo: false });

    const snapshots: string[] = [];
    for (let i = 0; i < 3; i++) {
      snapshots.push(databaseFingerprint(t.ws));
      await call('undo.undo', {});
    }
    expect((await call('highlights.list', { articleId: article.id })).highlights).toEqual([]);
    expect(((await call('codes.list', {})).codes as CodeWithCounts[]).find((c) => c.id === code.id)?.name).toBe('Undo me');
    await call('undo.undo', {});
    expect(((await call('codes.list', {})).codes as CodeWithCounts[]).find((c) => c.id === code.id)).toBeUndefined();

    await call('undo.redo', {});
    for (let i = 2; i >= 0; i--) {
      await call('undo.redo', {});
      expect(databaseFingerprintWithoutUndo()).toBe(stripUndo(snapshots[i]));
    }
    expect(await call('undo.status', {})).toMatchObject({ canRedo: false });
    expect(searchIndexProblems(t.ws.db)).toEqual([]);
    // A new action clears the redo stack.
    await call('undo.undo', {});
    await newCode('Fresh action');
    expect(await call('undo.status', {})).toMatchObject({ canRedo: false, undoLabel: 'Create code “Fresh action”' });
  });
});

function stripUndo(fingerprint: string): string {
  return fingerprint
    .split('\n')
    // Undo bookkeeping and the append-only history differ by design; FTS5 segments differ in layout, not content.
    .filter((l) => !/^(undo_|fts_|history:)/.test(l))
    .join('\n');
}
function databaseFingerprintWithoutUndo(): string {
  return stripUndo(databaseFingerprint(t.ws));
}

describe('cases, memos, retrieval and reports', () => {
  it('group articles, filter the library, retrieve coded segments and count codes', async () => {
    const coast = await importFixture('syria-coast-2025-03.txt');
    const bulletin = await importFixture('synthetic-monitor-bulletin.txt');
    const kase = await call('cases.create', { title: 'Coastal killings, March 2025' });
    await call('cases.addArticles', { caseId: kase.id, articleIds: [coast.id] });
    const other = await call('cases.create', { title: 'Northern governorate' });
    await call('cases.addArticles', { caseId: other.id, articleIds: [coast.id, bulletin.id] });
    expect((await call('articles.list', { caseId: kase.id })).items.map((a: { id: string }) => a.id)).toEqual([coast.id]);
    expect((await call('cases.ofArticle', { articleId: coast.id })).caseIds.sort()).toEqual([kase.id, other.id].sort());

    const memo = await call('memos.create', { targetType: 'case', targetId: kase.id, text: 'Compare SOHR with SNHR.' });
    await call('memos.create', { targetType: 'article', targetId: coast.id, text: 'Published 9 March.' });
    expect((await call('memos.list', { targetType: 'case', targetId: kase.id })).memos.map((m: { id: string }) => m.id)).toEqual([memo.id]);

    const parent = await newCode('Identity (test)', { isCodable: false });
    const alawite = await newCode('Alawite (test)', { parentId: parent.id });
    const killing = await newCode('Killing (test)');
    await call('highlights.create', { articleId: coast.id, ...span(coast.text, '745 mostly Alawite civilians'), codeIds: [alawite.id, killing.id] });
    await call('highlights.create', { articleId: coast.id, ...span(coast.text, 'mostly Alawite'), codeIds: [alawite.id] });
    await call('highlights.create', { articleId: bulletin.id, ...span(bulletin.text, 'killing of at least 212 civilians'), codeIds: [killing.id] });

    const segments = (await call('retrieve.segments', { codeId: parent.id, includeChildren: true })).segments;
    expect(segments.map((s: { exact: string }) => s.exact).sort()).toEqual(['745 mostly Alawite civilians', 'mostly Alawite']);
    expect(segments[0].before.length).toBeGreaterThan(0);
    expect(segments[0].articleTitle).toBe(coast.title);
    expect((await call('retrieve.segments', { codeId: parent.id, includeChildren: false })).segments).toEqual([]);
    expect((await call('retrieve.segments', { codeId: killing.id, caseId: kase.id })).segments).toHaveLength(1);

    const all = (await call('reports.codeFrequency', {})).rows;
    expect(all.find((r: { codeId: string }) => r.codeId === killing.id)).toMatchObject({ uses: 2, documents: 2, path: 'Killing (test)' });
    expect(all.find((r: { codeId: string }) => r.codeId === alawite.id)).toMatchObject({ uses: 2, documents: 1, path: 'Identity (test) › Alawite (test)' });
    const inCase = (await call('reports.codeFrequency', { caseId: kase.id })).rows;
    expect(inCase.find((r: { codeId: string }) => r.codeId === killing.id)).toMatchObject({ uses: 1, documents: 1 });

    const co = await call('reports.cooccurrence', { caseId: kase.id });
    const i = co.codes.findIndex((c: { id: string }) => c.id === alawite.id);
    const j = co.codes.findIndex((c: { id: string }) => c.id === killing.id);
    // Same highlight (1) + overlapping highlights "mostly Alawite" (Alawite) x "745 ..." (Killing) (1).
    expect(co.matrix[i][j]).toBe(2);
    expect(co.matrix[j][i]).toBe(2);
    expect(co.matrix[i][i]).toBe(2);
  });
});

describe('history of a highlight', () => {
  it('records every change with the local user and the values before and after', async () => {
    const article = await importFixture('syria-coast-2025-03.txt');
    await call('settings.update', { localUser: 'Analyst A' });
    const code = await newCode('History code');
    const h = await call<Highlight>('highlights.create', { articleId: article.id, ...span(article.text, 'Latakia'), codeIds: [code.id] });
    await call('highlights.setMemo', { id: h.id, memo: 'first reading' });
    await call('tags.remove', { codeId: code.id, itemType: 'highlight', itemId: h.id });
    await call('highlights.delete', { id: h.id });
    await call('undo.undo', {});
    const { entries } = await call('history.of', { itemType: 'highlight', itemId: h.id });
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['create', 'code added', 'update', 'code removed', 'trash', 'restore']);
    expect(entries.every((e: { user: string }) => e.user === 'Analyst A')).toBe(true);
    expect(entries[2]).toMatchObject({ before: { memo: '' }, after: { memo: 'first reading' } });
    expect(entries[1].after).toMatchObject({ code: 'History code' });
    expect((await call('settings.get', {})).localUser).toBe('Analyst A');
  });
});
