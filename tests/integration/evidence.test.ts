import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodePointText } from '../../src/shared/domain/code-points';
import { historyOf } from '../../src/node/services/history';
import { reanchorEvidence } from '../../src/node/services/evidence-anchors';
import { failed, FIXTURES, ok, spanOf, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.remove());

const call = <T = any>(method: string, input: unknown) => ok<T>(t.registry, method, input);
const fail = (method: string, input: unknown) => failed(t.registry, method, input);
const span = spanOf;

/** The sample article, its case, SOHR and SNHR, and SOHR's four figures from the article. */
async function sohrExample() {
  const imported = await call('articles.importFile', { fileName: 'coast.txt', dataBase64: readFileSync(join(FIXTURES, 'syria-coast-2025-03.txt')).toString('base64') });
  const article = await call('articles.get', { id: imported.article.id });
  const kase = await call('cases.create', { title: 'Coastal killings, March 2025' });
  await call('cases.addArticles', { caseId: kase.id, articleIds: [article.id] });
  const sohr = await call('actors.create', { name: 'Syrian Observatory for Human Rights', type: 'organisation', aliases: ['SOHR'] });
  const snhr = await call('actors.create', { name: 'Syrian Network for Human Rights', type: 'organisation', aliases: ['SNHR'] });
  const base = { articleId: article.id, reporterId: sohr.id, reportedDate: '2025-03-08', outcome: 'killed' };
  const total = await call('figures.create', { ...base, ...span(article.text, 'over 1,000 people'), group: 'total', wording: 'over 1,000' });
  const civilians = await call('figures.create', {
    ...base,
    ...span(article.text, '745 mostly Alawite civilians'),
    group: 'civilians',
    identity: 'Alawite (mostly)',
    identityBasis: 'reported_by_source',
    countingMethod: 'estimate',
  });
  const security = await call('figures.create', { ...base, ...span(article.text, '125 members of the government’s security forces'), group: 'security_forces' });
  const fighters = await call('figures.create', { ...base, ...span(article.text, '148 pro-Assad fighters'), group: 'fighters' });
  return { article, kase, sohr, snhr, total, civilians, security, fighters };
}

describe('casualty figures as claims', () => {
  it('records figures from spans, with the qualifier read from the wording and the same anchoring as highlights', async () => {
    const { article, total, civilians, kase } = await sohrExample();
    expect(total).toMatchObject({ qualifier: 'over', min: 1001, max: null, wording: 'over 1,000', group: 'total', reporterName: 'Syrian Observatory for Human Rights', anchorStatus: 'anchored' });
    expect(total.selector.exact).toBe('over 1,000 people');
    expect(new CodePointText(article.text).slice(total.selector.start, total.selector.end)).toBe(total.selector.exact);
    expect(civilians).toMatchObject({ qualifier: 'exact', min: 745, max: 745, identity: 'Alawite (mostly)', identityBasis: 'reported_by_source', countingMethod: 'estimate' });
    expect((await call('figures.list', { caseId: kase.id })).figures).toHaveLength(4);
    expect((await call('figures.list', { articleId: article.id })).figures).toHaveLength(4);
    const typed = await call('figures.create', { reporterId: total.reporterId, reportedDate: '2025-03-12', outcome: 'missing', group: 'civilians', count: { qualifier: 'about', value: 30 }, caseId: kase.id, scopePlace: 'Baniyas' });
    expect(typed).toMatchObject({ selector: null, articleId: null, anchorStatus: null, min: 30, max: 30, qualifier: 'about' });
    expect((await call('figures.list', { caseId: kase.id })).figures).toHaveLength(5);
  });

  it('refuses a figure or quote selected on a stale copy of the text, changing nothing', async () => {
    const { article, sohr } = await sohrExample();
    const at = span(article.text, '148 pro-Assad fighters');
    const figures = (await call('figures.list', {})).figures.length;
    const stale = await t.registry.call('figures.create', { articleId: article.id, ...at, exact: '149 pro-Assad fighters', reporterId: sohr.id, reportedDate: '2025-03-08', outcome: 'killed', group: 'fighters' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const quote = await t.registry.call('quotes.createFromSelection', { articleId: article.id, ...span(article.text, '“unforgivable mistake”'), exact: '“unforgivable”' });
    expect(quote).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await call('figures.list', {})).figures).toHaveLength(figures);
    expect((await call('quotes.list', {})).quotes).toHaveLength(0);
    const fresh = await call('figures.create', { articleId: article.id, ...at, exact: '148 pro-Assad fighters', reporterId: sohr.id, reportedDate: '2025-03-08', outcome: 'killed', group: 'fighters' });
    expect(fresh.selector.exact).toBe('148 pro-Assad fighters');
  });

  it('reproduces the SOHR consistency check: consistent with “over 1,000”, flagged against an exact 1,000', async () => {
    const { kase, total } = await sohrExample();
    const consistent = await call('figures.reconcile', { caseId: kase.id });
    expect(consistent.flags).toEqual([]);
    expect(consistent.checks).toHaveLength(1);
    expect(consistent.checks[0].explanation).toContain('civilians 745 + security forces 125 + fighters 148 = 1,018, consistent with its total “over 1,000”');

    await call('figures.update', { id: total.id, patch: { count: { qualifier: 'exact', value: 1000 }, wording: '1,000' } });
    const flagged = await call('figures.reconcile', { caseId: kase.id });
    expect(flagged.flags).toHaveLength(1);
    expect(flagged.flags[0]).toMatchObject({ kind: 'breakdown_exceeds_total', ok: false, severity: 'inconsistent', outcome: 'killed', asOf: '2025-03-08' });
    expect(flagged.flags[0].explanation).toMatch(/= 1,018, more than its total .*1,000.*at most 1,000/);
  });

  it('makes cross-reporter sums impossible through the API, and sums a reporter’s exclusive groups', async () => {
    const { snhr, civilians, security, fighters, total } = await sohrExample();
    const snhrFighters = await call('figures.create', { reporterId: snhr.id, reportedDate: '2025-03-08', outcome: 'killed', group: 'other', count: { qualifier: 'exact', value: 12 } });
    const refused = await fail('figures.sum', { ids: [civilians.id, snhrFighters.id] });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/different reporters are never added together/);
    expect((await fail('figures.sum', { ids: [civilians.id, total.id] })).code).toBe('conflict');
    expect((await fail('figures.sum', { ids: [civilians.id, civilians.id] })).code).toBe('invalid_input');
    expect(await call('figures.sum', { ids: [civilians.id, security.id, fighters.id] })).toMatchObject({ min: 1018, max: 1018, range: '1,018', asOf: '2025-03-08' });
  });

  it('shows SOHR’s civilian count rising across days as a timeline, with each figure updating the one before', async () => {
    const { kase, sohr, snhr, civilians } = await sohrExample();
    const day = (asOfDate: string, count: object, updatesId?: string) =>
      call('figures.create', { reporterId: sohr.id, reportedDate: asOfDate, asOfDate, outcome: 'killed', group: 'civilians', count, caseId: kase.id, updatesId });
    const first = await day('2025-03-07', { qualifier: 'at_least', value: 311 });
    await call('figures.update', { id: civilians.id, patch: { updatesId: first.id } });
    const third = await day('2025-03-09', { qualifier: 'exact', value: 973 }, civilians.id);
    await call('figures.create', { reporterId: snhr.id, reportedDate: '2025-03-11', asOfDate: '2025-03-10', outcome: 'killed', group: 'civilians', count: { qualifier: 'at_least', value: 803 }, caseId: kase.id });
    const r = await call('figures.reconcile', { caseId: kase.id });
    expect(r.reporters.map((p: { name: string }) => p.name)).toEqual(['Syrian Network for Human Rights', 'Syrian Observatory for Human Rights']);
    const row = r.rows.find((x: { group: string }) => x.group === 'civilians');
    const cell = row.cells.find((c: { reporterId: string }) => c.reporterId === sohr.id);
    expect(cell.latest).toMatchObject({ id: third.id, range: '973', asOf: '2025-03-09', updatesId: civilians.id });
    expect(cell.timeline.map((f: { asOf: string; range: string }) => `${f.asOf} ${f.range}`)).toEqual(['2025-03-07 311+', '2025-03-08 745']);
    expect(row.cells.find((c: { reporterId: string }) => c.reporterId === snhr.id).latest.range).toBe('803+');

    const snhrFigure = (await call('figures.list', { reporterId: snhr.id })).figures[0];
    const crossUpdate = await fail('figures.update', { id: third.id, patch: { updatesId: snhrFigure.id } });
    expect(crossUpdate.code).toBe('conflict');
    expect(crossUpdate.message).toMatch(/only update an earlier figure of the same reporter/);
    expect((await fail('figures.update', { id: first.id, patch: { updatesId: third.id } })).message).toMatch(/circle/);
  });

  it('undoes and redoes figure edits, and records their history', async () => {
    const { total } = await sohrExample();
    await call('settings.update', { localUser: 'analyst-3' });
    await call('figures.update', { id: total.id, patch: { count: { qualifier: 'at_least', value: 1000 }, scopePlace: 'Latakia and Tartus' } });
    expect((await call('undo.status', {})).undoLabel).toMatch(/^Edit figure/);
    expect(await call('undo.undo', {})).toEqual({ undone: expect.stringMatching(/^Edit figure/) });
    expect(await call('figures.get', { id: total.id })).toMatchObject({ qualifier: 'over', min: 1001, scopePlace: '' });
    await call('undo.redo', {});
    expect(await call('figures.get', { id: total.id })).toMatchObject({ qualifier: 'at_least', min: 1000, scopePlace: 'Latakia and Tartus' });
    await call('figures.delete', { id: total.id });
    expect((await fail('figures.get', { id: total.id })).code).toBe('not_found');
    await call('undo.undo', {});
    expect((await call('figures.get', { id: total.id })).id).toBe(total.id);

    const history = historyOf(t.ws.ctx, 'figure', total.id);
    expect(history.map((h) => h.action)).toEqual(['create', 'update', 'update', 'update', 'trash', 'restore']);
    expect(history[1]).toMatchObject({ user: 'analyst-3', before: { qualifier: 'over', min: 1001 }, after: { qualifier: 'at_least', min: 1000, scopePlace: 'Latakia and Tartus' } });
  });

  it('rejects malformed figures with field-level messages', async () => {
    const { article, sohr } = await sohrExample();
    const base = { reporterId: sohr.id, reportedDate: '2025-03-08', outcome: 'killed', group: 'total' };
    const cases: [object, string][] = [
      [{ ...base, count: { qualifier: 'over' } }, 'count.value'],
      [{ ...base, count: { qualifier: 'range', min: 10, max: 5 } }, 'count.max'],
      [{ ...base, count: { qualifier: 'exact', value: -1 } }, 'count.value'],
      [{ ...base, count: { qualifier: 'exact', value: 5 }, identity: 'Alawite' }, 'identityBasis'],
      [{ ...base, count: { qualifier: 'exact', value: 5 }, articleId: article.id, start: 4 }, 'end'],
      [{ ...base, count: { qualifier: 'exact', value: 5 }, start: 4, end: 9 }, 'articleId'],
      [{ ...base, count: { qualifier: 'exact', value: 5 }, asOfDate: '2025-03-09' }, 'asOfDate'],
      [{ ...base, count: { qualifier: 'exact', value: 5 }, scopePeriodStart: '2025-03-09', scopePeriodEnd: '2025-03-06' }, 'scopePeriodEnd'],
      [{ ...base, reportedDate: '2025-02-30', count: { qualifier: 'exact', value: 5 } }, 'reportedDate'],
      [{ ...base, group: 'everyone', count: { qualifier: 'exact', value: 5 } }, 'group'],
      [{ ...base }, 'count'],
    ];
    for (const [input, path] of cases) {
      const e = await fail('figures.create', input);
      expect(e.code, JSON.stringify(input)).toBe('invalid_input');
      expect(e.issues?.map((i) => i.path), JSON.stringify(input)).toContain(path);
    }
    const noNumber = await fail('figures.create', { ...base, wording: 'many people' });
    expect(noNumber).toMatchObject({ code: 'invalid_input', issues: [{ path: 'count' }] });
    expect((await fail('figures.create', { ...base, articleId: article.id, start: 0, end: 999_999, count: { qualifier: 'exact', value: 5 } })).code).toBe('invalid_input');
    expect((await fail('figures.create', { ...base, reporterId: crypto.randomUUID(), count: { qualifier: 'exact', value: 5 } })).code).toBe('not_found');
    expect(await call('figures.readWording', { wording: 'ما لا يقل عن ٤٥' })).toEqual({ count: { qualifier: 'at_least', value: 45 } });
  });

  it('re-anchors figures and quotes when the article text is corrected', async () => {
    const { article, total } = await sohrExample();
    const q = await call('quotes.createFromSelection', { articleId: article.id, ...span(article.text, '“unforgivable mistake”') });
    await call('articles.correctText', { id: article.id, text: `Update: figures revised.\n\n${article.text}`, reason: 'added editor note' });
    const corrected = (await call('articles.get', { id: article.id })).text;
    expect(reanchorEvidence(t.ws.ctx, article.id, corrected)).toEqual({ anchored: 5, review: 0, orphaned: 0 });
    const moved = await call('figures.get', { id: total.id });
    expect(new CodePointText(corrected).slice(moved.selector.start, moved.selector.end)).toBe('over 1,000 people');
    expect((await call('quotes.get', { id: q.id })).selector.start).toBeGreaterThan(q.selector.start);
  });

  it('sends the figures and grading of an article to the trash with it, and purges them with it', async () => {
    const { article, total } = await sohrExample();
    await call('grading.set', { articleId: article.id, reliability: 'B', credibility: 2, connection: 'media_report' });
    expect(await call('articles.delete', { id: article.id })).toMatchObject({ figures: 4 });
    await call('trash.empty', {});
    expect(await t.registry.call('figures.get', { id: total.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(t.ws.db.prepare('SELECT count(*) FROM article_gradings').pluck().get()).toBe(0);
  });

  it('prints the reconciliation from the command line', async () => {
    const { kase } = await sohrExample();
    t.ws.close();
    const run = (...args: string[]) => spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'fieldnotes.mjs'), '--data', t.dir, ...args], { encoding: 'utf8', env: { ...process.env, FIELDNOTES_DATA: '' } });
    const json = run('figures', '--case', kase.id, '--json');
    expect(json.stderr).toBe('');
    expect(json.status).toBe(0);
    const table = JSON.parse(json.stdout);
    expect(table.rows.map((r: { group: string }) => r.group)).toEqual(['total', 'civilians', 'security_forces', 'fighters']);
    expect(table.flags).toEqual([]);
    const text = run('figures', '--case', kase.id);
    expect(text.stdout).toContain('killed total');
    expect(text.stdout).toContain('1,001+ @2025-03-08');
    expect(run('figures', '--case', 'nope').status).toBe(2);
  });
});

describe('source grading', () => {
  it('grades an article on the Admiralty scale, undoably', async () => {
    const { article } = await sohrExample();
    expect(await call('grading.get', { articleId: article.id })).toMatchObject({ reliability: null, credibility: null, grade: null });
    const g = await call('grading.set', { articleId: article.id, reliability: 'B', credibility: 2, connection: 'media_report', note: 'relays SOHR' });
    expect(g).toMatchObject({ grade: 'B2', connection: 'media_report', note: 'relays SOHR' });
    await call('grading.set', { articleId: article.id, reliability: 'C', credibility: 3, connection: 'relayed' });
    await call('undo.undo', {});
    expect((await call('grading.get', { articleId: article.id })).grade).toBe('B2');
    for (const bad of [{ reliability: 'G' }, { credibility: 7 }, { credibility: 0 }, { connection: 'rumour' }]) {
      expect((await fail('grading.set', { articleId: article.id, reliability: 'A', credibility: 1, connection: 'eyewitness', ...bad })).code).toBe('invalid_input');
    }
  });
});

describe('quotes', () => {
  it('creates a quote from a selection, pre-filled: no quote marks, the article’s language, direct, the speaker named nearby', async () => {
    const { article, kase } = await sohrExample();
    const sharaa = await call('actors.create', { name: 'Ahmad al-Sharaa', type: 'person', aliases: ['Ahmed al-Sharaa', 'al Shara', 'أحمد الشرع'] });
    const q = await call('quotes.createFromSelection', { articleId: article.id, ...span(article.text, '“unforgivable mistake”'), speakerRole: 'interim president' });
    expect(q).toMatchObject({ text: 'unforgivable mistake', language: 'en', mode: 'direct', speakerId: sharaa.id, speakerName: 'Ahmad al-Sharaa', speakerRole: 'interim president' });
    expect(q.selector.exact).toBe('unforgivable mistake');
    const anonymous = await call('quotes.createFromSelection', {
      articleId: article.id,
      ...span(article.text, '“They’re going after us just because we’re Alawite,”'),
      speakerDescriptor: 'an Alawite individual from Damascus',
    });
    expect(anonymous).toMatchObject({ text: 'They’re going after us just because we’re Alawite', speakerId: null, speakerDescriptor: 'an Alawite individual from Damascus', mode: 'direct' });
    const relayed = await call('quotes.createFromSelection', { articleId: article.id, ...span(article.text, 'expressing uncertainty about the safety of relatives') });
    expect(relayed.mode).toBe('relayed');
    expect((await call('quotes.list', { caseId: kase.id })).quotes.map((x: { id: string }) => x.id)).toEqual([q.id, anonymous.id, relayed.id]);
    expect((await call('quotes.list', { speakerId: sharaa.id })).quotes).toHaveLength(1);
  });

  it('types a quote from an interview, edits it, tags it, and refuses to rewrite an anchored one', async () => {
    const { article } = await sohrExample();
    const typed = await call('quotes.create', { text: 'أخذوا أخي من البيت', language: 'ar', translation: 'They took my brother from the house', speakerDescriptor: 'a woman from Baniyas', mode: 'direct', date: '2025-03-09' });
    expect(typed).toMatchObject({ selector: null, articleId: null, language: 'ar' });
    const edited = await call('quotes.update', { id: typed.id, patch: { text: 'أخذوا أخي وابن عمي من البيت', context: 'phone interview' } });
    expect(edited.context).toBe('phone interview');
    const code = (await call('codes.list', {})).codes.find((c: { isCodable: boolean }) => c.isCodable);
    expect((await call('tags.apply', { codeId: code.id, itemType: 'quote', itemId: typed.id })).codeIds).toEqual([code.id]);
    expect((await call('quotes.get', { id: typed.id })).codeIds).toEqual([code.id]);
    const anchored = await call('quotes.create', { articleId: article.id, ...span(article.text, 'unforgivable mistake') });
    expect(anchored.language).toBe('en');
    expect((await fail('quotes.update', { id: anchored.id, patch: { text: 'something else' } })).code).toBe('invalid_input');
    expect((await fail('quotes.create', { text: 'no language given' })).issues?.[0].path).toBe('language');
    expect((await fail('quotes.create', { language: 'en' })).issues?.[0].path).toBe('text');
    expect((await fail('quotes.createFromSelection', { articleId: article.id, start: 10, end: 10 })).code).toBe('invalid_input');
    await call('quotes.delete', { id: typed.id });
    expect((await fail('quotes.get', { id: typed.id })).code).toBe('not_found');
    expect(historyOf(t.ws.ctx, 'quote', typed.id).map((h) => h.action)).toEqual(['create', 'update', 'code added', 'trash']);
  });
});
