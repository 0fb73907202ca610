import { groupAfter } from './groups';
import type { NumberExpr } from './numbers';
import { phraseAt, phrases } from './phrases';
import { lookup, wordSet, type Token } from './tokens';

/**
 * Numbers that are not counts of people: dates (5 June, 3 and 9 June, ٥ حزيران), years (2011,
 * عام 2011), ages (aged 12, 12-year-old), times (5 pm, 10:30, الساعة 5), durations (14 years,
 * ثلاثة أيام), distances and measures (10 km, 5%), money, reference numbers (page 4, Resolution
 * 2254, route 5, رقم 3), phone numbers and digit groups (0800 555 0199), and counts of sources
 * (46 interviews, 12 شهادة). Returns the reason, or null for a number that may be a figure.
 */
const UNITS = wordSet(
  'second seconds minute minutes min mins hour hours hr hrs day days night nights week weeks month months year years yr yrs decade decades century centuries ' +
    'year-old years-old month-old day-old week-old ' +
    'km kms kilometre kilometres kilometer kilometers mile miles metre metres meter meters m cm mm kg kilogram kilograms kilo kilos gram grams ton tons tonne tonnes ' +
    'litre litres liter liters feet foot ft inch inches acre acres hectare hectares degrees degree mph ' +
    'dollars dollar usd euros euro eur pounds lira liras syp riyals dinars percent per% ' +
    'ثانية ثوان دقيقة دقائق ساعة ساعات يوم يوما أيام ليلة ليال أسبوع أسبوعا أسابيع شهر شهرا أشهر شهور سنة سنوات سنين عام عاما أعوام عقد عقود ' +
    'كيلومتر كيلومترا كيلومترات كلم كم متر مترا أمتار ميل أميال كيلوغرام كغ طن أطنان هكتار دونم دونما دولار دولارا يورو ليرة جنيه ريال دينار درهم بالمئة بالمائة',
);
const PERCENT_PHRASES = phrases<true>([['per cent', true], ['في المئة', true], ['في المائة', true], ['years old', true], ['year old', true]]);
const MONTHS_EN = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
const MONTHS_AR = wordSet('يناير فبراير مارس أبريل إبريل ابريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين');
const TIME_AFTER = new Set(['am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', "o'clock", 'o’clock', 'hrs', 'h']);
const TIME_BEFORE = wordSet('الساعة');
const YEAR_BEFORE = wordSet('in since year of until by from during before after early late mid عام العام سنة منذ حتى في مطلع أواخر بداية نهاية خلال');
const AGE_BEFORE = wordSet('aged age ages عمر العمر بعمر عمره عمرها أعمارهم');
const REFERENCE_BEFORE = wordSet(
  'page pages p pp resolution resolutions route highway road no nos number article articles paragraph chapter section room building flat apartment apt ' +
    'phone tel telephone hotline fax mobile whatsapp call line bus flight case file decree law item footnote table version ward block gate unit ' +
    'division brigade battalion regiment platoon exit door street plot box ext code ' +
    'القرار قرار رقم المادة مادة الطريق طريق صفحة الصفحة هاتف الهاتف المرسوم مرسوم القانون قانون الفرقة اللواء الفوج البند الفقرة الغرفة شارع الشارع الخط',
);
const SOURCES = wordSet(
  'interviews interview sources source witnesses witness testimonies testimony documents reports videos video photos photographs images statements accounts respondents questionnaires surveys ' +
    'مقابلة مقابلات شهادة شهادات مصدر مصادر تقرير تقارير فيديو مقطع مقاطع صورة صور وثيقة وثائق',
);
const JOINERS = new Set(['and', 'to', '-', '–', 'until', 'through', 'و', 'إلى', 'الى', 'حتى', 'حتي', '&']);
const CURRENCY = new Set(['$', '£', '€', '#', '№', '+']);
const SKIPPABLE_PUNCT = new Set([':', '.', '#', '№', '-']);

function isMonth(t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  if (t.arabic) return lookup(MONTHS_AR, t) !== undefined;
  return MONTHS_EN.has(t.key.replace(/\.$/, '')) && /^\p{Lu}/u.test(t.raw);
}

/** The word before token i, looking past one punctuation mark ("No. 5", "Hotline: 0800"). */
function wordBefore(tokens: readonly Token[], i: number, start: number): Token | undefined {
  let p = i - 1;
  if (p >= start && tokens[p].type === 'punct' && SKIPPABLE_PUNCT.has(tokens[p].raw)) p--;
  return p >= start && tokens[p].type === 'word' ? tokens[p] : undefined;
}

function isYear(n: NumberExpr, t: Token): boolean {
  return !n.words && /^\d{4}$/.test(t.key) && n.value !== undefined && n.value >= 1800 && n.value <= 2100;
}

export function notAFigure(tokens: readonly Token[], t0: number, t1: number, numbers: readonly NumberExpr[], start: number, end: number): string | null {
  for (const n of numbers) {
    if (n.leadingZero) return 'identifier';
    if (n.decimal) return 'measure';
  }
  const first = tokens[t0];
  const last = tokens[t1 - 1];
  const next = t1 < end ? tokens[t1] : undefined;
  const prev = t0 > start ? tokens[t0 - 1] : undefined;
  const lastNumber = numbers[numbers.length - 1];
  const digitsOnly = !lastNumber.words && lastNumber.t1 === t1;
  // 12th, 5pm, 10km, 1990s, $5, #3, +44
  if (digitsOnly && next && next.start === last.end && next.type === 'word') return 'attached unit';
  if (prev && prev.end === first.start && prev.type === 'punct' && CURRENCY.has(prev.raw)) return 'money or reference';
  // 0800 555 0199: digit groups separated by spaces
  if ((next && next.type === 'num' && first.type === 'num') || (prev && prev.type === 'num' && first.type === 'num')) return 'digit sequence';
  if (next?.type === 'punct' && (next.raw === '%' || next.raw === '\u066a')) return 'percentage';
  if (next?.raw === ':' && tokens[t1 + 1]?.type === 'num' && tokens[t1 + 1].start === next.end) return 'time of day';
  if (digitsOnly && next && TIME_AFTER.has(next.key)) return 'time of day';
  if (digitsOnly && next && (next.key === 'a' || next.key === 'p') && tokens[t1 + 1]?.raw === '.' && tokens[t1 + 2]?.key === 'm') return 'time of day';
  if (prev && lookup(TIME_BEFORE, prev)) return 'time of day';
  // dates: 5 June, June 5, 3 and 9 June, 3-9 June
  const day = lastNumber.value !== undefined && lastNumber.value >= 1 && lastNumber.value <= 31;
  if (day && isMonth(next)) return 'date';
  const noun = groupAfter(tokens, t1, end);
  const nounNext = noun !== null && !noun.predicate && noun.skipped === 0;
  if (day && isMonth(prev) && !nounNext) return 'date';
  if (next && JOINERS.has(next.key) && tokens[t1 + 1]?.type === 'num' && isMonth(tokens[t1 + 2])) return 'date';
  if (first.type === 'num' && isYear(numbers[0], first)) {
    const before = wordBefore(tokens, t0, start);
    if ((before && lookup(YEAR_BEFORE, before)) || !nounNext) return 'year';
  }
  // ratios: "1 in 5", "3 out of 10"
  if ((prev?.key === 'in' || prev?.key === 'of') && tokens[t0 - 2]?.type === 'num') return 'ratio';
  if (next?.key === 'in' && tokens[t1 + 1]?.type === 'num') return 'ratio';
  const before = wordBefore(tokens, t0, start);
  if (before && lookup(AGE_BEFORE, before)) return 'age';
  if (prev?.key === 'of' && tokens[t0 - 2]?.key === 'age') return 'age';
  if (before && lookup(REFERENCE_BEFORE, before)) return 'reference number';
  let u = t1;
  if (next?.raw === '-' || next?.raw === '\u2010') u++;
  if (u < end && lookup(UNITS, tokens[u])) return 'duration or measure';
  if (u < end && phraseAt(tokens, u, end, PERCENT_PHRASES)) return 'measure';
  for (let k = t1; k < end && k < t1 + 3; k++) {
    if (lookup(SOURCES, tokens[k])) return 'count of sources';
    const t = tokens[k];
    if (t.type !== 'word' || t.arabic || !(/-|(?:al|ate|ed|ive|ic|ous|ent)$/.test(t.key) || /^\p{Lu}/u.test(t.raw))) break;
  }
  return null;
}
