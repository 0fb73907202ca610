import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildExportDataset } from '../../src/node/export/dataset';
import { historyOf } from '../../src/node/services/history';
import { ExportDataset, exportFileName, plainText } from '../../src/shared/schemas/export';
import { buildLeakCase, LEAK } from '../helpers/leak-case';
import { failed, ok, spanOf, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.remove());
const call = <T = any>(method: string, input: unknown) => ok<T>(t.registry, method, input);

describe('the export data set', () => {
  it('counts what each profile withholds, in words', async () => {
    const { caseId } = await buildLeakCase(t.registry);
    const scope = { kind: 'case', caseId } as const;
    expect(buildExportDataset(t.ws.ctx, scope, 'internal').withheld.summary).toEqual([]);
    expect(buildExportDataset(t.ws.ctx, scope, 'team').withheld.summary).toEqual(['3 witness identities', '1 account without consent to share with the team', '1 private memo']);
    expect(buildExportDataset(t.ws.ctx, scope, 'public').withheld.summary).toEqual([
      '3 witness identities',
      '2 accounts without consent to publish',
      '3 memos not marked public',
      '1 redacted span',
      '1 interviewer name',
      '1 exact location',
      '1 original of a redacted article',
    ]);
  });

  it('keeps redacted spans marked for the team and replaces them for the public, in the text, the segment, the quote and the citation', async () => {
    const { caseId } = await buildLeakCase(t.registry);
    const team = buildExportDataset(t.ws.ctx, { kind: 'case', caseId }, 'team');
    expect(team.articles[0].text.filter((p) => p.redaction)).toEqual([{ text: LEAK.redacted, redaction: { reason: 'names a relative', withheld: false } }]);
    expect(team.segments[0].passage.filter((p) => p.redaction)).toEqual([{ text: LEAK.redacted, redaction: { reason: 'names a relative', withheld: false } }]);
    const pub = buildExportDataset(t.ws.ctx, { kind: 'case', caseId }, 'public');
    expect(plainText(pub.segments[0].passage)).toBe('Witnesses said the man who led them was [redacted: names a relative], a neighbour.');
    expect(pub.segments[0].selector.exact).toBe(plainText(pub.segments[0].passage));
    expect(plainText(pub.quotes[0].text)).toBe('they came for [withheld] too.');
    // The same words elsewhere (not marked) are scrubbed from the public export too.
    expect(plainText(pub.articles[0].text)).toContain('they came for [withheld] too.');
    expect(pub.articles[0].original.shareable).toBe(false);
    expect(team.articles[0].original.shareable).toBe(true);
    expect(pub.segments[0].citation.text).toMatch(/^The Observatory, “Killings in the village”, 9 March 2025, chars \d+–\d+, sha256 [0-9a-f]{8}…$/);
    expect(pub.accounts.map((a) => [a.interviewer, a.incidentPlace])).toEqual([[null, 'Tartus governorate']]);
    expect(team.accounts.map((a) => a.interviewer)).toEqual([LEAK.interviewerTeam, LEAK.interviewerPublished]);
    expect(pub.witnesses.map((w) => w.code)).toEqual(['W-0003']);
    expect(team.witnesses.every((w) => w.identity === null)).toBe(true);
    expect(ExportDataset.parse(pub)).toEqual(pub);
  });

  it('gives identities only to the internal profile, and records that they were read', async () => {
    const { caseId } = await buildLeakCase(t.registry);
    const internal = buildExportDataset(t.ws.ctx, { kind: 'case', caseId }, 'internal');
    expect(internal.witnesses.map((w) => w.identity?.name)).toEqual([LEAK.name1, LEAK.name2, LEAK.name3]);
    expect(historyOf(t.ws.ctx, 'witness', internal.witnesses[0].id).map((h) => h.action)).toContain('identity viewed');
    const preview = buildExportDataset(t.ws.ctx, { kind: 'case', caseId }, 'internal', { readIdentities: false });
    expect(preview.witnesses.every((w) => w.identity === null)).toBe(true);
  });

  it('exports the demo case: its articles with provenance, a file name saying the profile', async () => {
    const { caseId } = await call('demo.load', {});
    const d = buildExportDataset(t.ws.ctx, { kind: 'case', caseId }, 'team');
    expect(d.articles.length).toBeGreaterThan(1);
    expect(d.articles.every((a) => /^[0-9a-f]{64}$/.test(a.original.sha256) && plainText(a.text).length > 0)).toBe(true);
    expect(d.title).toBe('Coastal killings, March 2025');
    expect(exportFileName(d.fileStem, d.profile, 'md')).toBe('coastal-killings-march-2025.team.md');
    expect(d.profileNotice).toMatch(/^Profile: team\./);
  });

  it('covers a set of articles, a code with its coded segments, and the whole workspace', async () => {
    const { caseId, articleId } = await buildLeakCase(t.registry);
    const codes = await call('codes.list', {});
    const code = codes.codes.find((c: { isCodable: boolean }) => c.isCodable);
    const other = (await call('articles.importText', { text: 'Another report about the village.', title: 'Other' })).article;
    const h = await call('highlights.create', { articleId: other.id, ...spanOf('Another report about the village.', 'the village'), codeIds: [code.id] });
    const byCode = buildExportDataset(t.ws.ctx, { kind: 'code', codeId: code.id, includeChildren: true }, 'team');
    expect(byCode.segments.map((s) => s.id)).toEqual([h.id]);
    expect(byCode.articles.map((a) => a.id)).toEqual([other.id]);
    expect(byCode.codes.map((c) => c.id)).toContain(code.id);
    const byArticles = buildExportDataset(t.ws.ctx, { kind: 'articles', articleIds: [articleId] }, 'team');
    expect(byArticles.figures).toHaveLength(1);
    expect(byArticles.accounts).toEqual([]);
    const all = buildExportDataset(t.ws.ctx, { kind: 'all' }, 'team');
    expect(all.articles.map((a) => a.id).sort()).toEqual([articleId, other.id].sort());
    expect(all.cases.map((c) => c.id)).toEqual([caseId]);
    expect(all.figures[0].range).toBe('1,001+');
  });
});

describe('redactions', () => {
  it('are created, changed and removed through the API, undoably and in the history', async () => {
    const { article } = await call('articles.importText', { text: 'The man who led them was Abu Karam.', title: 'R' });
    const span = spanOf('The man who led them was Abu Karam.', 'Abu Karam');
    expect((await failed(t.registry, 'redactions.create', { targetType: 'article', targetId: article.id, ...span, exact: 'Abu Karim', reason: 'x' })).code).toBe('conflict');
    expect((await failed(t.registry, 'redactions.create', { targetType: 'article', targetId: article.id, ...span, reason: '  ' })).code).toBe('invalid_input');
    const r = await call('redactions.create', { targetType: 'article', targetId: article.id, ...span, exact: 'Abu Karam', reason: 'names a relative' });
    expect(r).toMatchObject({ exact: 'Abu Karam', reason: 'names a relative' });
    await call('redactions.update', { id: r.id, reason: 'location' });
    expect((await call('redactions.list', { targetType: 'article', targetId: article.id })).redactions.map((x: { reason: string }) => x.reason)).toEqual(['location']);
    await call('undo.undo', {});
    expect((await call('redactions.list', { targetType: 'article', targetId: article.id })).redactions.map((x: { reason: string }) => x.reason)).toEqual(['names a relative']);
    await call('redactions.delete', { id: r.id });
    expect((await call('redactions.list', { targetType: 'article', targetId: article.id })).redactions).toEqual([]);
    await call('undo.undo', {});
    expect((await call('redactions.list', { targetType: 'article', targetId: article.id })).redactions).toHaveLength(1);
    expect(historyOf(t.ws.ctx, 'redaction', r.id).map((h) => h.action)).toEqual(['create', 'update', 'update', 'trash', 'restore']);
  });

  it('go for good when the trash is emptied: deleted ones, and those of a purged article', async () => {
    const text = 'The man who led them was Abu Karam, from Baniyas.';
    const { article } = await call('articles.importText', { text, title: 'P' });
    const kept = await call('redactions.create', { targetType: 'article', targetId: article.id, ...spanOf(text, 'Abu Karam'), reason: 'names a relative' });
    const dropped = await call('redactions.create', { targetType: 'article', targetId: article.id, ...spanOf(text, 'Baniyas'), reason: 'location' });
    await call('redactions.delete', { id: dropped.id });
    const count = (id: string) => t.ws.db.prepare('SELECT count(*) FROM redactions WHERE id = ?').pluck().get(id);
    await call('trash.empty', {});
    expect([count(kept.id), count(dropped.id)]).toEqual([1, 0]);
    await call('articles.delete', { id: article.id });
    await call('trash.empty', {});
    expect(count(kept.id)).toBe(0);
  });

  it('carry over from an article to the text of a quote taken from the redacted span', async () => {
    const text = 'A resident said: "they came for Abu Karam too."';
    const { article } = await call('articles.importText', { text, title: 'Q' });
    await call('redactions.create', { targetType: 'article', targetId: article.id, ...spanOf(text, 'Abu Karam'), reason: 'names a relative' });
    await call('quotes.createFromSelection', { articleId: article.id, ...spanOf(text, 'they came for Abu Karam too.'), language: 'en', speakerDescriptor: 'a resident' });
    const team = buildExportDataset(t.ws.ctx, { kind: 'articles', articleIds: [article.id] }, 'team');
    expect(team.quotes[0].text).toEqual([
      { text: 'they came for ', redaction: null },
      { text: 'Abu Karam', redaction: { reason: 'names a relative', withheld: false } },
      { text: ' too.', redaction: null },
    ]);
  });

  it('fail closed: after a correction moves the words, they are redacted wherever they now stand', async () => {
    const text = 'The man who led them was Abu Karam.';
    const { article } = await call('articles.importText', { text, title: 'R' });
    await call('redactions.create', { targetType: 'article', targetId: article.id, ...spanOf(text, 'Abu Karam'), reason: 'names a relative' });
    await call('articles.correctText', { id: article.id, text: 'Witnesses said the man who led them was Abu Karam.', reason: 'missing words' });
    const d = buildExportDataset(t.ws.ctx, { kind: 'articles', articleIds: [article.id] }, 'public');
    expect(plainText(d.articles[0].text)).toBe('Witnesses said the man who led them was [redacted: names a relative].');
  });

  it('set the visibility of memos (team by default), undoably', async () => {
    const kase = await call('cases.create', { title: 'C' });
    const memo = await call('memos.create', { targetType: 'case', targetId: kase.id, text: 'note' });
    expect(memo.visibility).toBe('team');
    expect((await call('memos.setVisibility', { id: memo.id, visibility: 'private' })).visibility).toBe('private');
    await call('undo.undo', {});
    expect((await call('memos.list', { targetType: 'case', targetId: kase.id })).memos[0].visibility).toBe('team');
  });
});
