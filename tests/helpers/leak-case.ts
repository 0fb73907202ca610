import type { Registry } from '../../src/node/api/registry';
import { ok, spanOf } from './workspace';

/**
 * A case holding everything an export could leak, each detail its own unique string:
 * witnesses' name, contact and exact place; a private memo, a team memo, a public memo; an account
 * without any consent, one with consent to share with the team only, one with consent to publish;
 * a redacted span of the article (also inside a highlight, a quote and a figure); interviewer
 * names; exact locations; a highlight memo.
 */
export const LEAK = {
  name1: 'Qorvathname',
  contact1: 'qorvath.contact7731@example.org',
  place1: 'Zelbuilding7731',
  name2: 'Mirkanname',
  contact2: 'mirkan.contact4410@example.org',
  place2: 'Tarbuilding4410',
  name3: 'Ulbrecname',
  contact3: 'ulbrec.contact9902@example.org',
  place3: 'Oskbuilding9902',
  privateMemo: 'Privatememo5521',
  teamMemo: 'Teammemo6632',
  publicMemo: 'Publicmemo7743',
  accountNoConsent: 'Noconsentnarrative1188',
  accountTeamOnly: 'Teamonlynarrative2299',
  accountPublished: 'Publishednarrative3300',
  redacted: 'Redactedrelative8854',
  interviewerTeam: 'Interviewerkalo3131',
  interviewerPublished: 'Interviewerdusk4242',
  exactPlaceTeam: 'Exactplacevor5353',
  exactPlacePublished: 'Exactplacemir6464',
  highlightMemo: 'Highlightmemo7575',
} as const;

/** Strings each profile must keep out of every output; internal must contain every string of LEAK. */
export const WITHHELD_BY: Record<'team' | 'public', readonly string[]> = {
  team: [LEAK.name1, LEAK.contact1, LEAK.place1, LEAK.name2, LEAK.contact2, LEAK.place2, LEAK.name3, LEAK.contact3, LEAK.place3, LEAK.privateMemo, LEAK.accountNoConsent],
  public: Object.values(LEAK).filter((s) => s !== LEAK.publicMemo && s !== LEAK.accountPublished),
};

const consent = (registry: Registry, witnessId: string, purpose: string) => ok(registry, 'witnesses.consent.set', { witnessId, purpose, givenAt: '2025-04-02' });

export async function buildLeakCase(registry: Registry): Promise<{ caseId: string; articleId: string }> {
  const call = <T = any>(method: string, input: unknown) => ok<T>(registry, method, input);
  const kase = await call('cases.create', { title: 'Leak test, March 2025' });
  const text = `On 7 March gunmen entered the village. Witnesses said the man who led them was ${LEAK.redacted}, a neighbour. The Observatory counted over 1,000 people killed. "We are Alawite," a resident said, "they came for ${LEAK.redacted} too."`;
  const article = (await call('articles.importText', { text, title: 'Killings in the village', publisher: 'The Observatory', publishedAt: '2025-03-09' })).article;
  await call('cases.addArticles', { caseId: kase.id, articleIds: [article.id] });
  const span = spanOf(text, LEAK.redacted);
  await call('redactions.create', { targetType: 'article', targetId: article.id, ...span, reason: 'names a relative' });
  const sentence = spanOf(text, `Witnesses said the man who led them was ${LEAK.redacted}, a neighbour.`);
  await call('highlights.create', { articleId: article.id, ...sentence, memo: `Check this: ${LEAK.highlightMemo}` });
  const sohr = await call('actors.create', { name: 'The Observatory', type: 'organisation' });
  const count = spanOf(text, 'over 1,000 people killed');
  await call('figures.create', { articleId: article.id, ...count, reporterId: sohr.id, reportedDate: '2025-03-09', outcome: 'killed', group: 'total', wording: 'over 1,000 people killed' });
  const quote = spanOf(text, `they came for ${LEAK.redacted} too.`);
  await call('quotes.createFromSelection', { articleId: article.id, ...quote, caseId: kase.id, language: 'en', speakerDescriptor: 'a resident' });
  for (const [visibility, memo] of [['private', LEAK.privateMemo], ['team', LEAK.teamMemo], ['public', LEAK.publicMemo]] as const) {
    await call('memos.create', { targetType: 'case', targetId: kase.id, text: `Memo ${memo}`, visibility });
  }
  const witness = async (n: 1 | 2 | 3) =>
    call('witnesses.create', { caseId: kase.id, description: `witness ${n}`, identity: { name: LEAK[`name${n}`], contact: LEAK[`contact${n}`], exactPlace: LEAK[`place${n}`] } });
  const account = (witnessId: string, narrative: string, interviewer = '', incidentPlace = '') =>
    call('accounts.create', { witnessId, language: 'en', relation: 'survivor', narrative, interviewer, incidentPlace, locationCoarse: 'Tartus governorate', interviewDate: '2025-04-02' });
  const w1 = await witness(1);
  await consent(registry, w1.id, 'store');
  await account(w1.id, `They came at dawn. ${LEAK.accountNoConsent}`);
  const w2 = await witness(2);
  await consent(registry, w2.id, 'share_team');
  await account(w2.id, `I hid in the orchard. ${LEAK.accountTeamOnly}`, LEAK.interviewerTeam, LEAK.exactPlaceTeam);
  const w3 = await witness(3);
  await consent(registry, w3.id, 'share_team');
  await consent(registry, w3.id, 'publish_anonymised');
  await account(w3.id, `The shooting lasted an hour. ${LEAK.accountPublished}`, LEAK.interviewerPublished, LEAK.exactPlacePublished);
  return { caseId: kase.id, articleId: article.id };
}
