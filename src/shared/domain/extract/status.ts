import type { FigureStatus } from './schema';
import { lexicon, lookup, wordSet, type Token } from './tokens';

/**
 * Words that say what happened to the people counted: killed (killed, dead, deaths, toll, bodies,
 * قتل، قتلى، مقتل), injured (wounded, injured, جرحى، أصيب، بجروح), missing (missing, trapped,
 * مفقود), detained (detained, arrested, معتقل، اعتقال) and displaced (displaced, fled, نزوح، نازح، فر).
 * Arabic entries are stems; clitics (و، ب، ال...) are stripped when looking up.
 */
const ENTRIES: [FigureStatus, string][] = [
  ['killed', 'killed kill kills killing killings dead death deaths died die dies toll bodies deceased fatalities fatality slain massacred executed murdered perished buried lives'],
  ['injured', 'wounded wounding injured injuring injuries injury hurt'],
  ['missing', 'missing trapped unaccounted disappeared disappearance disappearances'],
  ['detained', 'detained held detaining detention detentions arrest arrested arresting arrests abducted abductions kidnapped imprisoned jailed captured detainees prisoners'],
  ['displaced', 'displaced displacing displacement fled flee fleeing uprooted evacuated refugees homeless homes'],
  [
    'killed',
    'قتل قتلت قتلوا يقتل تقتل مقتل قتلى قتيل قتيلا قتيلة قتيلان قتيلين حصيلة ضحايا ضحية جثث جثة جثامين وفاة وفيات توفي توفيت توفوا ماتوا مات موت حتفهم حتفه بحياة بأرواح استشهد استشهدت استشهدوا شهداء شهيد شهيدا إعدام أعدم أعدموا قضوا دفن دفنت دفنوا',
  ],
  ['injured', 'أصيب أصيبوا أصيبت إصابة إصابات مصاب مصابا مصابين مصابون جرحى جريح جريحا جريحة جرح جرحت جرحوا جروح إصابتهم'],
  ['missing', 'مفقود مفقودا مفقودين مفقودون مفقودة فقدوا فقدان مختفين مختفون اختفى اختفوا اختفاء عالقين'],
  ['detained', 'معتقل معتقلا معتقلين معتقلون اعتقال اعتقل اعتقلت اعتقلوا احتجاز احتجز احتجزت محتجز محتجزين أسرى أسير مختطف مختطفين اختطاف اختطف اختطفت اختطفوا قبض'],
  ['displaced', 'نزوح نزح نزحوا نزحت ينزح نازح نازحا نازحين نازحون فر فرت فروا فرار غادر غادرت غادروا منازلهم بيوتهم تهجير مهجر مهجرين لاجئ لاجئا لاجئين لاجئون'],
];

export const STATUS = lexicon<FigureStatus>(ENTRIES.flatMap(([status, words]) => words.split(' ').map((w) => [w, status] as [string, FigureStatus])));

export function statusOf(token: Token | undefined): FigureStatus | undefined {
  return lookup(STATUS, token);
}

/** Words that end a clause for the purpose of finding its predicate. */
const CLAUSE_END = new Set([';', ':', ',', '.', '!', '?', '\u060c', '\u061b', '\u061f', '(', ')', '—', '–']);
const CLAUSE_WORDS = lexicon(
  'while whereas but although though however فيما بينما لكن لكنّ غير'.split(' ').map((w) => [w, true] as [string, true]),
);

export function endsClause(token: Token): boolean {
  return token.type === 'punct' ? CLAUSE_END.has(token.raw) : lookup(CLAUSE_WORDS, token) !== undefined;
}

/**
 * Words naming an event rather than saying what happened to the people counted: after a figure
 * they do not give its status ("sentenced 3 officers for the killings", "بسبب عمليات القتل").
 */
const EVENT_NOUNS = wordSet(
  'killing killings death deaths toll bodies fatalities injuries injury detention detentions arrests abductions displacement disappearance ' +
    'مقتل حصيلة وفاة وفيات إصابة إصابات اعتقال احتجاز اختطاف نزوح تهجير فرار فقدان اختفاء إعدام',
);
/** Verbs whose subject does the harm: "2 men who killed ..." are not the killed. */
const TRANSITIVE = wordSet('killed wounded injured abducted arrested detained kidnapped executed massacred murdered displaced captured');
const RELATIVE = wordSet('who that which الذين الذي التي اللذين');

function isEventNoun(t: Token): boolean {
  if (lookup(EVENT_NOUNS, t)) return true;
  // the masdar قتل is the noun only with the article: القتل
  return t.arabic && /^(?:[وفبل]?ال|لل)قتل$/.test(t.key);
}

/** The status stated after a figure in its clause ("... were killed", "... بجروح"). */
export function statusAfter(tokens: readonly Token[], from: number, end: number, max = 12): FigureStatus | undefined {
  for (let j = from; j < end && j < from + max; j++) {
    const t = tokens[j];
    if (endsClause(t)) return undefined;
    const s = statusOf(t);
    if (!s || isEventNoun(t)) continue;
    if (j > from && lookup(RELATIVE, tokens[j - 1]) && lookup(TRANSITIVE, t)) continue;
    return s;
  }
  return undefined;
}

/** The nearest status word before a figure in its sentence ("the killing of ...", "قُتل ..."). */
export function statusBefore(tokens: readonly Token[], before: number, start: number): FigureStatus | undefined {
  for (let j = before - 1; j >= start; j--) {
    const s = statusOf(tokens[j]);
    if (s) return s;
  }
  return undefined;
}
