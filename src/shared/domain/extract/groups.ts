import type { NumberExpr } from './numbers';
import type { FigureGroup, FigureStatus } from './schema';
import { phraseAt, phrases } from './phrases';
import { statusOf } from './status';
import { lexicon, lookup, type Token } from './tokens';

/**
 * Who a figure counts: the noun after the number ("52 mostly unarmed civilians", "٨ أطفال",
 * "eight members of the government’s security forces"), or a status word standing for the people
 * ("150 dead", "عشرات المفقودين"). Arabic entries are stems; clitics are stripped on lookup.
 */
type Entry = { group: FigureGroup; status?: FigureStatus };

const WORDS: [FigureGroup, string][] = [
  ['total', 'people persons person individuals individual souls شخص شخصا أشخاص فردا نسمة'],
  ['civilians', 'civilians civilian noncombatants non-combatants مدني مدنيا مدنيين مدنيون مدنية مواطن مواطنا مواطنين مواطنون'],
  ['children', 'children child kids minors pupils boys girls infants babies toddlers schoolchildren teenagers طفل طفلا أطفال طفلة قاصر قاصرا قاصرين'],
  ['women', 'women woman امرأة نساء سيدة سيدات نسوة'],
  ['security_forces', 'soldiers soldier troops policemen policeman officers personnel servicemen conscripts guards police شرطة جيش ضابط ضابطا ضباط جندي جنديا جنود عسكري عسكريا عسكريين عسكريون شرطي شرطيا شرطيين'],
  ['fighters', 'fighters fighter militants militant gunmen gunman combatants rebels insurgents militiamen loyalists jihadists attackers assailants مقاتل مقاتلا مقاتلين مقاتلون مسلح مسلحا مسلحين مسلحون متمرد متمردا متمردين'],
  ['medical_workers', 'doctors doctor nurses nurse paramedics paramedic medics medic طبيب طبيبا أطباء ممرض ممرضا ممرضين ممرضة مسعف مسعفا مسعفين مسعفون'],
  ['journalists', 'journalists journalist reporters reporter photographers photographer photojournalists cameramen صحفي صحفيا صحفيين صحفيون صحافي صحافيا صحافيين إعلامي إعلاميا إعلاميين مراسل مراسلا مراسلين'],
  ['family', 'families family relatives عائلة عائلات أسرة أسر عوائل'],
  ['unspecified', 'residents villagers inhabitants men man others victims workers volunteers worshippers farmers students teachers suspects protesters demonstrators activists passengers pilgrims migrants employees patients hostages fishermen shepherds sons daughters brothers sisters cousins husbands nephews أبناء أبنائها أبنائه أبنائهم أبنائي آخرون آخرين متظاهرا متظاهرين ناشطا ناشطين رجل رجلا رجال سكان أهالي ضحية ضحايا شاب شابا شبان'],
];
const MULTI: [string, FigureGroup][] = [
  ['security forces', 'security_forces'], ['security personnel', 'security_forces'], ['police officers', 'security_forces'], ['army officers', 'security_forces'],
  ['border guards', 'security_forces'], ['قوات الأمن', 'security_forces'], ['عناصر الأمن', 'security_forces'], ['رجال الأمن', 'security_forces'], ['عناصر الشرطة', 'security_forces'],
  ['armed men', 'fighters'], ['عناصر مسلحة', 'fighters'],
  ['medical workers', 'medical_workers'], ['health workers', 'medical_workers'], ['healthcare workers', 'medical_workers'], ['medical staff', 'medical_workers'], ['medical personnel', 'medical_workers'],
  ['health staff', 'medical_workers'], ['كوادر طبية', 'medical_workers'], ['عاملين في المجال الطبي', 'medical_workers'], ['عاملين صحيين', 'medical_workers'],
  ['media workers', 'journalists'], ['family members', 'family'], ['أفراد عائلة', 'family'], ['أفراد أسرة', 'family'], ['أفراد من عائلة', 'family'],
];
/** Status words that name the people themselves ("150 dead", "60 جريحاً"). */
const STATUS_NOUNS = lexicon(
  'dead died perished deaths fatalities bodies killed wounded injured missing detained arrested displaced detainees prisoners refugees injuries arrests قتيل قتيلا قتلى جريح جريحا جرحى مصاب مصابا مصابين مفقود مفقودا مفقودين معتقل معتقلا معتقلين محتجزا محتجزين نازح نازحا نازحين لاجئ لاجئا لاجئين جثة جثث شهيد شهيدا شهداء أسرى أسيرا مختطفا مختطفين'
    .split(' ')
    .map((w) => [w, true] as [string, true]),
);

/** Arabic duals count two by themselves ("طفلان" two children); forms shared with a plural are left out. */
const DUALS = lexicon<Entry>(
  (
    [
      ['children', 'طفلان طفلين طفلتان طفلتين'], ['women', 'امرأتان امرأتين سيدتان سيدتين'], ['total', 'شخصان شخصين'],
      ['security_forces', 'جنديان جنديين شرطيان شرطيين'], ['fighters', 'مسلحان'], ['journalists', 'صحفيان صحافيان'],
      ['medical_workers', 'مسعفان طبيبان ممرضان'], ['civilians', 'مدنيان'], ['family', 'عائلتان عائلتين'],
    ] as [FigureGroup, string][]
  ).flatMap(([group, words]) => words.split(' ').map((w) => [w, { group }] as [string, Entry])),
);
const STATUS_DUALS = lexicon<Entry>([
  ['قتيلان', { group: 'total', status: 'killed' }], ['قتيلين', { group: 'total', status: 'killed' }],
  ['جريحان', { group: 'total', status: 'injured' }], ['جريحين', { group: 'total', status: 'injured' }],
]);

/** A dual noun as a figure of two: the number and the group in one word. */
export function dualAt(tokens: readonly Token[], i: number): { n: NumberExpr; group: GroupMatch } | null {
  const t = tokens[i];
  if (!t.arabic) return null;
  const entry = lookup(DUALS, t) ?? lookup(STATUS_DUALS, t);
  if (!entry) return null;
  return {
    n: { t0: i, t1: i, value: 2, vague: false, words: true, decimal: false, leadingZero: false, dual: true },
    group: { group: entry.group, t1: i + 1, status: entry.status, skipped: 0 },
  };
}

const GROUPS = lexicon<Entry>([
  ...WORDS.flatMap(([group, words]) => words.split(' ').map((w) => [w, { group }] as [string, Entry])),
  ['lives', { group: 'total', status: 'killed' }], // "claimed more than 1,000 lives"
]);
/** "41 were civilians", "12 were members of ...": a count with the group as predicate. */
const COPULAS = new Set(['were', 'was', 'are', 'is', 'remain', 'remained', 'remains', 'still', 'have', 'has', 'had', 'been', 'being', 'reportedly', 'later']);
const FUNCTION_WORDS = new Set('and or nor but of in on at to from by with for as than were was are is be been had have has who that which not no'.split(' '));
const GROUP_PHRASES = phrases<Entry>(MULTI.map(([p, group]) => [p, { group }]));
const MEMBERS = lexicon(['members', 'member', 'أفراد', 'أعضاء', 'عناصر', 'عنصر', 'عنصرا'].map((w) => [w, true] as [string, true]));
const OF = lexicon([['of', true], ['من', true], ['among', true]]);
const THEM = lexicon(['them', 'whom', 'those', 'these', 'منهم', 'منهن', 'بينهم'].map((w) => [w, true] as [string, true]));
const ADJECTIVES = new Set('other more additional further young elderly unarmed armed innocent local foreign male female civilian unidentified alleged suspected'.split(' '));
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'its', 'their', 'his', 'her', 'same', 'single', 'extended']);
const POSSESSIVES = new Set(['the', 'her', 'his', 'their', 'my', 'our', 'its']);
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(?:ians|ans|ites|is|ese|ds|ze|ns)$/u;
const ADJ_SUFFIX = /(?:ly|ian|ish|ese|ite|ic|al|ive|ous|ary|ed)$/;

export interface GroupMatch {
  group: FigureGroup;
  /** End token index (exclusive) of the group phrase. */
  t1: number;
  /** A status the phrase itself states ("150 dead", "45 wounded civilians"). */
  status?: FigureStatus;
  /** "12 of them", "منهم ٩": a part of a figure given just before. */
  ofThem?: boolean;
  /** Modifier words skipped between the number and the noun. */
  skipped: number;
  /** No noun: only a status stands for the people ("150 dead", "five remain missing"). */
  predicate?: boolean;
}

export function groupAt(tokens: readonly Token[], j: number, end: number): { entry: Entry; t1: number } | null {
  const multi = phraseAt(tokens, j, end, GROUP_PHRASES);
  if (multi) return { entry: multi.value, t1: multi.end };
  const single = lookup(GROUPS, tokens[j]);
  return single ? { entry: single, t1: j + 1 } : null;
}

/** A word that may stand between a number and its noun ("mostly", "Kurdish", "pro-government"). */
function isModifier(t: Token): boolean {
  if (t.type !== 'word' || t.arabic) return false;
  if (ADJECTIVES.has(t.key) || t.raw.includes('-')) return true;
  if (/^\p{Lu}/u.test(t.raw)) return true;
  return ADJ_SUFFIX.test(t.key) && t.key.length > 4;
}

/** "members of the government’s security forces", "أفراد من عائلة": the group named after "of". */
function membersOf(tokens: readonly Token[], j: number, end: number): { entry: Entry; t1: number } {
  let k = j + 1;
  if (k < end && lookup(OF, tokens[k])) k++;
  for (let n = 0; k < end && n < 5; k++, n++) {
    const hit = groupAt(tokens, k, end);
    if (hit) return hit;
    const t = tokens[k];
    if (!(DETERMINERS.has(t.key) || isModifier(t) || /['’]s$/.test(t.key) || t.arabic)) break;
  }
  return { entry: { group: 'unspecified' }, t1: j + 1 };
}

/** The group named right after a number ending at token i. */
export function groupAfter(tokens: readonly Token[], i: number, end: number): GroupMatch | null {
  let status: FigureStatus | undefined;
  let statusEnd = i;
  let j = i;
  let nounLike = false;
  let people: { t1: number; skipped: number } | null = null;
  if (j + 1 < end && lookup(OF, tokens[j]) && lookup(THEM, tokens[j + 1])) return { group: 'unspecified', t1: j + 2, ofThem: true, skipped: 0 };
  if (lookup(THEM, tokens[j]) && tokens[j].arabic) return { group: 'unspecified', t1: j + 1, ofThem: true, skipped: 0 };
  for (let skipped = 0; j < end && skipped <= 3; j++, skipped++) {
    const t = tokens[j];
    const hit = groupAt(tokens, j, end);
    if (hit) {
      const s = hit.entry.status ?? (lookup(STATUS_NOUNS, t) ? statusOf(t) : undefined);
      return { group: hit.entry.group, t1: hit.t1, status: status ?? s, skipped };
    }
    if (lookup(MEMBERS, t)) {
      const m = membersOf(tokens, j, end);
      return { group: m.entry.group, t1: m.t1, status, skipped };
    }
    if (lookup(STATUS_NOUNS, t)) {
      status ??= statusOf(t);
      statusEnd = j + 1;
      continue;
    }
    if (j === i && lookup(OF, t)) continue; // "12 of the victims", "٥ من المدنيين"
    if (POSSESSIVES.has(t.key) && j === i + 1 && lookup(OF, tokens[i])) continue; // "12 of the victims", "three of her sons"
    if ((j === i || COPULAS.has(tokens[j - 1].key)) && COPULAS.has(t.key)) continue;
    // a noun used as a modifier right before the group: "5 aid workers", "125 government security personnel"
    const compound =
      j + 1 < end && t.type === 'word' && !t.arabic && /^\p{Ll}+$/u.test(t.raw) && !nounLike && !FUNCTION_WORDS.has(t.key) && (groupAt(tokens, j + 1, end) || lookup(MEMBERS, tokens[j + 1]));
    if (compound) {
      nounLike = true;
      continue;
    }
    if (!isModifier(t)) break;
    if (PEOPLE_PLURAL.test(t.raw)) people = { t1: j + 1, skipped };
  }
  // "42 Palestinians", "30 Yazidis": a capitalised plural naming a people or community
  if (people) return { group: 'unspecified', t1: people.t1, status, skipped: people.skipped };
  return status ? { group: 'total', t1: statusEnd, status, skipped: 0, predicate: true } : null;
}
