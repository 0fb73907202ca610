import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportDataset } from '../../src/node/export/dataset';
import { exportFormats } from '../../src/node/export/formats';
import type { ExportProfile, ExportScope } from '../../src/shared/schemas/export';
import { textOfOutput } from '../helpers/export-output';
import { usePdfPrinter } from '../helpers/pdf-printer';
import { ok, spanOf, tempWorkspace } from '../helpers/workspace';

/** Deterministic pseudo-random numbers, so a failure can be replayed from its seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

const SEED = Number(process.env.EXPORT_FUZZ_SEED ?? 20250307);
const CASES = Number(process.env.EXPORT_FUZZ_CASES ?? 6);
const PROFILES: ExportProfile[] = ['internal', 'team', 'public'];

/** A secret is a unique token and the profiles that must withhold it. */
interface Secret {
  token: string;
  withheldBy: ExportProfile[];
}
interface RandomCase {
  caseId: string;
  secrets: Secret[];
}

let t: ReturnType<typeof tempWorkspace>;
let closePrinter: () => Promise<void>;
const cases: RandomCase[] = [];
let n = 0;
const token = () => `Tk${String(++n).padStart(5, '0')}q`;
const pickOne = <T>(r: () => number, items: readonly T[]) => items[Math.floor(r() * items.length)];

async function randomCase(r: () => number, i: number): Promise<RandomCase> {
  const call = <T = any>(method: string, input: unknown) => ok<T>(t.registry, method, input);
  const secrets: Secret[] = [];
  const keep = (withheldBy: ExportProfile[]) => {
    const s = { token: token(), withheldBy };
    secrets.push(s);
    return s.token;
  };
  const kase = await call('cases.create', { title: `Random case ${i}` });
  // An article with words, some of them redacted, and highlights over random spans.
  const words = Array.from({ length: 12 + Math.floor(r() * 20) }, () => (r() < 0.25 ? keep(r() < 0.5 ? ['public'] : []) : pickOne(r, ['gunmen', 'village', 'الحي', 'killed', 'said', 'the', 'قتل'])));
  const text = `${words.join(' ')}.`;
  const article = (await call('articles.importText', { text, title: `Article ${i}`, publisher: 'Random monitor' })).article;
  await call('cases.addArticles', { caseId: kase.id, articleIds: [article.id] });
  for (const s of secrets.filter((x) => x.withheldBy.includes('public'))) await call('redactions.create', { targetType: 'article', targetId: article.id, ...spanOf(text, s.token), reason: pickOne(r, ['names a relative', 'location']) });
  const length = [...text].length;
  for (let h = 0; h < 1 + Math.floor(r() * 4); h++) {
    const start = Math.floor(r() * (length - 2));
    const end = Math.min(length, start + 1 + Math.floor(r() * 40));
    await call('highlights.create', { articleId: article.id, start, end, memo: r() < 0.6 ? keep(['public']) : '' });
  }
  for (let m = 0; m < Math.floor(r() * 4); m++) {
    const visibility = pickOne(r, ['private', 'team', 'public'] as const);
    const withheldBy: ExportProfile[] = visibility === 'private' ? ['team', 'public'] : visibility === 'team' ? ['public'] : [];
    const onCase = r() < 0.5;
    await call('memos.create', { targetType: onCase ? 'case' : 'article', targetId: onCase ? kase.id : article.id, text: keep(withheldBy), visibility });
  }
  // Witnesses with identities, random consent, accounts, and a quote from each account.
  for (let w = 0; w < 1 + Math.floor(r() * 3); w++) {
    const witness = await call('witnesses.create', { caseId: kase.id, identity: { name: keep(['team', 'public']), contact: keep(['team', 'public']), exactPlace: keep(['team', 'public']) } });
    const consent: Record<string, boolean> = {};
    for (const purpose of ['share_team', 'publish_anonymised']) {
      const roll = r();
      if (roll < 0.6) await call('witnesses.consent.set', { witnessId: witness.id, purpose, givenAt: '2025-04-02' });
      if (roll < 0.15) await call('witnesses.consent.withdraw', { witnessId: witness.id, purpose, withdrawnAt: '2025-05-01' });
      consent[purpose] = roll >= 0.15 && roll < 0.6;
    }
    const byConsent: ExportProfile[] = [...(consent.share_team ? [] : (['team'] as const)), ...(consent.publish_anonymised ? [] : (['public'] as const))];
    const narrative = keep(byConsent);
    const exact = r() < 0.5;
    const account = await call('accounts.create', {
      witnessId: witness.id,
      language: 'ar',
      relation: 'witness',
      narrative: `رأيت ${narrative}`,
      interviewer: r() < 0.7 ? keep([...new Set<ExportProfile>([...byConsent, 'public'])]) : '',
      locationCoarse: 'Latakia governorate',
      incidentPlace: exact ? keep([...new Set<ExportProfile>([...byConsent, 'public'])]) : 'Latakia governorate',
    });
    const quote = await call('quotes.create', { caseId: kase.id, text: keep(byConsent), language: 'ar', speakerDescriptor: `witness ${w}` });
    await call('links.create', { fromType: 'quote', fromId: quote.id, toType: 'account', toId: account.id, relation: 'relates_to' });
  }
  return { caseId: kase.id, secrets };
}

beforeAll(async () => {
  t = tempWorkspace();
  closePrinter = await usePdfPrinter();
  const r = rng(SEED);
  for (let i = 0; i < CASES; i++) cases.push(await randomCase(r, i));
}, 120_000);
afterAll(async () => {
  await closePrinter();
  t.remove();
});

describe(`random cases, random profiles (seed ${SEED})`, () => {
  it('leak nothing a profile withholds, in any format, and keep what internal exports', async () => {
    const r = rng(SEED + 1);
    for (let round = 0; round < CASES + 2; round++) {
      const c = pickOne(r, cases);
      const profile = pickOne(r, PROFILES);
      const whole = r() < 0.2;
      const scope: ExportScope = whole ? { kind: 'all' } : { kind: 'case', caseId: c.caseId };
      const secrets = whole ? cases.flatMap((x) => x.secrets) : c.secrets;
      const dataset = buildExportDataset(t.ws.ctx, scope, profile);
      for (const format of exportFormats) {
        const text = textOfOutput(format, await format.render(dataset));
        for (const s of secrets) {
          const where = `${format.id}, ${profile}, ${whole ? 'all' : c.caseId}, seed ${SEED}`;
          if (s.withheldBy.includes(profile)) expect(text.includes(s.token), `${s.token} leaked (${where})`).toBe(false);
          else if (profile === 'internal') expect(text.includes(s.token), `${s.token} missing (${where})`).toBe(true);
        }
      }
    }
  }, 120_000);
});
