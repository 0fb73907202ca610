// Extraction throughput: `suggest` over ~5 MB of generated English and Arabic report text (built
// from sentence templates, with figures, exclusions, quotes and actor names mixed into ordinary
// prose), reported in MB/s of UTF-8 text and as a ratio against a baseline run in the same
// process: one regular-expression scan for digits over the same text.
import { seededRandom } from './random';
import { suggest, type ActorNames } from '../src/shared/domain/extract';

const TARGET_BYTES = Number(process.env.BENCH_EXTRACT_BYTES ?? 5_000_000);
const TARGET_MB_PER_S = 1;

const random = seededRandom(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const n = () => String(1 + Math.floor(random() * (random() < 0.2 ? 20_000 : 400)));
const arabicDigits = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const withCommas = (s: string) => Number(s).toLocaleString('en-US');

const EN_QUALIFIERS = ['at least', 'more than', 'nearly', 'about', 'up to', 'some', 'an estimated', 'no fewer than', ''];
const EN_GROUPS = ['civilians', 'people', 'children', 'women', 'members of the security forces', 'fighters', 'medical workers', 'journalists', 'residents'];
const EN_STATUS = ['were killed', 'were wounded', 'remain missing', 'were detained', 'have fled', 'died', 'were arrested'];
const EN_SOURCES = ['according to the Coastal Rights Monitor', 'the Health Ministry said', 'according to local monitors', 'rights groups said'];
const EN = [
  () => `${pick(EN_QUALIFIERS)} ${withCommas(n())} ${pick(EN_GROUPS)} ${pick(EN_STATUS)} in ${pick(['shelling', 'raids', 'air strikes', 'clashes'])} near ${pick(['Latakia', 'Idlib', 'Jableh', 'Homs'])}, ${pick(EN_SOURCES)}.`,
  () => `Between ${n()} and ${Number(n()) + 400} people remain missing after the ${pick(['raid', 'flood', 'siege'])}.`,
  () => `The death toll rose to ${withCommas(n())} on ${pick(['Monday', 'Friday', 'Sunday'])}, ${pick(['officials', 'monitors', 'medics'])} said.`,
  () => `On ${1 + Math.floor(random() * 28)} ${pick(['March', 'June', 'October'])} 2025 the convoy travelled ${n()} km along Route ${n()} after ${n()} days of talks.`,
  () => `"We left before dawn and took nothing with us, not even the papers," a teacher from ${pick(['the old quarter', 'Wadi Qandil', 'the river villages'])} told researchers.`,
  () => `Governor Hassan al Saadi ordered the checkpoints reopened, and the Coastal Rights Monitor called for an inquiry.`,
  () => `The report draws on ${n()} interviews and ${n()} documents; call 0800 555 ${1000 + Math.floor(random() * 8999)} for details.`,
  () => `Casualties recorded this week:\nKilled: ${n()}\nWounded: ${n()}\n| Children missing | ${n()} |\n`,
  () => `Amal, a mother of five, buried two of her sons. "We left with nothing," she said.`,
  () => `Markets in the capital reopened as traders counted the cost of weeks of closures and fuel shortages in the region.`,
  () => `Residents described long queues for bread, water cuts and the silence of neighbourhoods emptied by fear.`,
  () => `Dozens of families sheltered in schools while hundreds of others slept in the open, aid workers said.`,
];
const AR_QUALIFIERS = ['ما لا يقل عن', 'أكثر من', 'نحو', 'حوالي', 'قرابة', ''];
const AR_GROUPS = ['مدنياً', 'شخصاً', 'أطفال', 'نساء', 'عناصر من قوات الأمن', 'مقاتلاً', 'صحفيين'];
const AR = [
  () => `قُتل ${pick(AR_QUALIFIERS)} ${arabicDigits(n())} ${pick(AR_GROUPS)} في قصف على ${pick(['ريف إدلب', 'اللاذقية', 'جبلة'])}، بحسب ${pick(['ناشطين محليين', 'مرصد الساحل لحقوق الإنسان'])}.`,
  () => `وأصيب ${pick(AR_QUALIFIERS)} ${arabicDigits(n())} شخصاً بجروح، بينهم ${arabicDigits(n())} أطفال.`,
  () => `وأعلنت وزارة الصحة أن عدد القتلى ارتفع إلى ${n()} شخصاً منذ عام ${2011 + Math.floor(random() * 14)}.`,
  () => `وقال مسؤول في الدفاع المدني: «ما زالت فرقنا تبحث تحت الأنقاض عن ناجين».`,
  () => `نزح ${pick(['خمسة آلاف', 'ثلاثة عشر ألف', 'مئة وخمسون'])} شخص خلال ${arabicDigits(String(2 + Math.floor(random() * 9)))} أيام، فيما دعا المحافظ حسن السعدي إلى التهدئة.`,
  () => `وتحدثت عائلات عن انقطاع الكهرباء والمياه وصعوبة الوصول إلى المستشفيات في القرى الجبلية.`,
  () => `وعقد مجلس الأمن جلسة طارئة ناقش فيها القرار رقم ${arabicDigits(n())} والأوضاع الإنسانية في المنطقة.`,
];

const ACTORS: ActorNames[] = [
  { id: 'saadi', names: ['Hassan al-Saadi', 'al-Saadi', 'حسن السعدي', 'السعدي'] },
  { id: 'monitor', names: ['Coastal Rights Monitor', 'CRM', 'مرصد الساحل لحقوق الإنسان'] },
  { id: 'ministry', names: ['Health Ministry', 'وزارة الصحة'] },
  { id: 'civil-defence', names: ['Civil Defence', 'الدفاع المدني'] },
  ...Array.from({ length: 30 }, (_, i) => ({ id: `group-${i}`, names: [`Brigade ${String.fromCharCode(65 + (i % 26))}${i}`, `لواء ${i}`] })),
];

/** Articles of 2–8 KB, each in one language, with paragraphs of 3–6 sentences. */
function corpus(): string[] {
  const articles: string[] = [];
  const encoder = new TextEncoder();
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const arabic = random() < 0.4;
    const templates = arabic ? AR : EN;
    const paragraphs: string[] = [];
    const size = 2000 + random() * 6000;
    let length = 0;
    while (length < size) {
      const p = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(templates)().replace(/\s+/g, ' ').trim()).join(' ');
      paragraphs.push(p);
      length += p.length;
    }
    const article = paragraphs.join('\n\n');
    articles.push(article);
    bytes += encoder.encode(article).length;
  }
  return articles;
}

function time(label: string, run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`  ${label.padEnd(52)} ${ms.toFixed(1).padStart(9)} ms`);
  return ms;
}

export interface ExtractBenchResult {
  megabytes: number;
  mbPerSecond: number;
  wholeTextMbPerSecond: number;
  baselineMbPerSecond: number;
  ratio: number;
  suggestions: number;
}

export async function benchExtract(): Promise<ExtractBenchResult> {
  const articles = corpus();
  const megabytes = articles.reduce((s, a) => s + new TextEncoder().encode(a).length, 0) / 1e6;
  console.log(`Extraction suggestions (${articles.length} generated articles, ${megabytes.toFixed(2)} MB of English and Arabic text)\n`);
  for (const a of articles.slice(0, 50)) suggest(a, { actors: ACTORS, vague: true }); // warm up
  let suggestions = 0;
  const api = time(`suggest (figures, quotes, ${ACTORS.length} actors, vague on)`, () => {
    for (const a of articles) suggestions += suggest(a, { actors: ACTORS, vague: true }).length;
  });
  let digits = 0;
  const base = time('baseline: /\\d+/g scan of the same text', () => {
    for (const a of articles) for (const _ of a.matchAll(/\d+/g)) digits++;
  });
  const whole = articles.join('\n\n');
  const wholeMs = time('suggest on all of it as one text', () => suggest(whole, { actors: ACTORS, vague: true }));
  const mbPerSecond = megabytes / (api / 1000);
  const result: ExtractBenchResult = {
    megabytes,
    mbPerSecond,
    wholeTextMbPerSecond: megabytes / (wholeMs / 1000),
    baselineMbPerSecond: megabytes / (base / 1000),
    ratio: api / base,
    suggestions,
  };
  console.log(`  ${suggestions} suggestions, ${digits} digit runs`);
  console.log(`  => suggest: ${mbPerSecond.toFixed(2)} MB/s (one text: ${result.wholeTextMbPerSecond.toFixed(2)} MB/s); baseline ${result.baselineMbPerSecond.toFixed(1)} MB/s`);
  console.log(`  => extraction vs a digit scan: ${result.ratio.toFixed(1)}x the baseline (target >= ${TARGET_MB_PER_S} MB/s: ${mbPerSecond >= TARGET_MB_PER_S ? 'met' : 'NOT met'})\n`);
  return result;
}
