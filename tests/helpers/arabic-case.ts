import type { Registry } from '../../src/node/api/registry';
import { ok, spanOf } from './workspace';

export const ARABIC_QUOTE = 'دخل المسلحون الحي صباح الجمعة';
export const HOSTILE = '# not a heading *bold* <script>alert(1)</script> [link](http://example.org) =HYPERLINK("http://example.org")';

/** A small case in English and Arabic with hostile text in every free field that formats must escape. */
export async function buildArabicCase(registry: Registry): Promise<{ caseId: string; articleId: string; text: string }> {
  const call = <T = any>(method: string, input: unknown) => ok<T>(registry, method, input);
  const kase = await call('cases.create', { title: 'الساحل، آذار 2025', description: 'Case for format checks' });
  const text = `قال شاهد: «${ARABIC_QUOTE}». وأفاد المرصد بمقتل أكثر من 1000 شخص.\n\n    4. An indented numbered line\n- a dash line`;
  const article = (await call('articles.importText', { text, title: 'تقرير المرصد', publisher: 'المرصد السوري', publishedAt: '2025-03-09' })).article;
  await call('cases.addArticles', { caseId: kase.id, articleIds: [article.id] });
  const codes = await call('codes.list', {});
  const code = codes.codes.find((c: { isCodable: boolean }) => c.isCodable);
  await call('highlights.create', { articleId: article.id, ...spanOf(text, ARABIC_QUOTE), codeIds: [code.id], memo: HOSTILE });
  const sohr = await call('actors.create', { name: 'SOHR', type: 'organisation' });
  await call('figures.create', { articleId: article.id, ...spanOf(text, 'أكثر من 1000'), reporterId: sohr.id, reportedDate: '2025-03-09', outcome: 'killed', group: 'total', count: { qualifier: 'over', value: 1000 }, wording: 'أكثر من 1000' });
  const other = await call('actors.create', { name: 'Ministry', type: 'organisation' });
  await call('figures.create', { caseId: kase.id, reporterId: other.id, reportedDate: '2025-03-10', outcome: 'killed', group: 'total', count: { qualifier: 'exact', value: 745 }, wording: '745 killed' });
  await call('quotes.create', { caseId: kase.id, text: HOSTILE, language: 'en', speakerDescriptor: '-1 dangerous cell' });
  await call('quotes.createFromSelection', { articleId: article.id, ...spanOf(text, ARABIC_QUOTE), caseId: kase.id, language: 'ar', speakerDescriptor: 'شاهد' });
  await call('memos.create', { targetType: 'case', targetId: kase.id, text: HOSTILE, visibility: 'public' });
  return { caseId: kase.id, articleId: article.id, text };
}
