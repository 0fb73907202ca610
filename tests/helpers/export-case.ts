import type { Registry } from '../../src/node/api/registry';
import { ok, spanOf } from './workspace';

/** Words of the Arabic demo article that the evidence below is made from (logical order, digits as written). */
export const ARABIC = {
  figure: 'أكثر من ١٠٠٠ شخص',
  quote: 'قُتل ٧٤٥ مدنياً معظمهم من أبناء الطائفة العلوية',
  reporter: 'المرصد السوري لحقوق الإنسان',
  segment: 'استهدفت مدنيين علويين بسبب انتمائهم الطائفي',
} as const;

/**
 * The demo case with evidence in English and Arabic: figures of two reporters (one Arabic) for the
 * reconciliation, an Arabic and an English quote, coded segments in both scripts, a team memo, and a
 * witness with an account the team may see. Returns the case and the ids the tests check.
 */
export async function buildDemoEvidence(registry: Registry) {
  const call = <T = any>(method: string, input: unknown) => ok<T>(registry, method, input);
  const { caseId } = await call('demo.load', {});
  const { items } = await call('articles.list', { caseId });
  const full = await Promise.all(items.map((a: { id: string }) => call('articles.get', { id: a.id })));
  const arabic = full.find((a) => a.language === 'ar');
  const english = full.find((a) => a.text.includes('The monitor counts 745 civilians killed'));
  const sohr = await call('actors.create', { name: 'SOHR', type: 'organisation' });
  const sohrAr = await call('actors.create', { name: ARABIC.reporter, type: 'organisation' });
  const at = (article: { text: string }, phrase: string) => spanOf(article.text, phrase);
  await call('figures.create', { articleId: english.id, ...at(english, 'more than 1,000 lives'), reporterId: sohr.id, reportedDate: '2025-03-09', outcome: 'killed', group: 'total', wording: 'more than 1,000 lives' });
  await call('figures.create', { articleId: english.id, ...at(english, '745 civilians killed'), reporterId: sohr.id, reportedDate: '2025-03-09', outcome: 'killed', group: 'civilians', wording: '745 civilians killed' });
  await call('figures.create', { articleId: arabic.id, ...at(arabic, ARABIC.figure), reporterId: sohrAr.id, reportedDate: '2025-03-09', outcome: 'killed', group: 'total', wording: ARABIC.figure });
  await call('quotes.createFromSelection', { articleId: arabic.id, ...at(arabic, ARABIC.quote), caseId, language: 'ar', speakerDescriptor: 'المرصد' });
  await call('quotes.createFromSelection', { articleId: english.id, ...at(english, 'civilians make up the large majority of the dead'), caseId, language: 'en', speakerDescriptor: 'the monitor' });
  const codes = (await call('codes.list', {})).codes.filter((c: { isCodable: boolean }) => c.isCodable);
  await call('highlights.create', { articleId: arabic.id, ...at(arabic, ARABIC.segment), codeIds: [codes[0].id], memo: 'Targeting by sect, in the Arabic brief' });
  await call('highlights.create', { articleId: english.id, ...at(english, 'most of them Alawites'), codeIds: [codes[0].id, codes[1].id] });
  await call('memos.create', { targetType: 'case', targetId: caseId, text: 'Compare the monitors before the briefing.', visibility: 'team' });
  const witness = await call('witnesses.create', { caseId, description: 'resident of a coastal village' });
  await call('witnesses.consent.set', { witnessId: witness.id, purpose: 'share_team', givenAt: '2025-04-02' });
  await call('accounts.create', { witnessId: witness.id, caseId, language: 'en', relation: 'survivor', narrative: 'We hid in the orchard until the shooting stopped.', locationCoarse: 'Latakia governorate', interviewDate: '2025-04-02' });
  return { caseId, arabicId: arabic.id as string, englishId: english.id as string, codes: codes.slice(0, 2) as { id: string; name: string; color: string }[] };
}
