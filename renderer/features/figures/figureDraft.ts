import type { MethodInput } from '../../../src/shared/api/contract';
import type { CountingMethod, Figure, FigureGroup, IdentityBasis, Outcome, Qualifier } from '../../../src/shared/schemas/figure';
import { ApiError } from '../../api/client';
import { ONE_NUMBER, statedValue } from './figureWords';

/** The figure form as typed: every field a string (or null), converted only when saved. */
export interface FigureDraft {
  reporterId: string | null;
  reportedDate: string;
  asOfDate: string;
  outcome: Outcome;
  group: FigureGroup;
  identity: string;
  identityBasis: IdentityBasis | '';
  qualifier: Qualifier;
  value: string;
  min: string;
  max: string;
  wording: string;
  scopePlace: string;
  scopePeriodStart: string;
  scopePeriodEnd: string;
  incidentId: string;
  caseId: string;
  countingMethod: CountingMethod;
  updatesId: string;
  memo: string;
}

export type FigureField = keyof FigureDraft;
export type FigureErrors = Partial<Record<FigureField, string>>;
/** What each group of the figure form's fields gets. */
export interface FigureFieldProps {
  draft: FigureDraft;
  errors: FigureErrors;
  set: <K extends FigureField>(field: K, value: FigureDraft[K]) => void;
}
type FigureFields = Omit<MethodInput<'figures.create'>, 'articleId' | 'start' | 'end'>;

/** What a new figure starts from, remembered between figures of one sitting (one source, one report). */
export const rememberedFigure: { reporterId: string | null; articleId: string | null; reportedDate: string; asOfDate: string } = {
  reporterId: null,
  articleId: null,
  reportedDate: '',
  asOfDate: '',
};

const GROUP_WORDS: [RegExp, FigureGroup][] = [
  [/\bchild|\bkids?\b|\bminors?\b|اطفال|أطفال|طفل/i, 'children'],
  [/\bwom[ae]n\b|نساء|سيدات/i, 'women'],
  [/\bjournalists?\b|صحفي|إعلامي/i, 'journalists'],
  [/\b(medical|medics?|doctors?|nurses?|health workers?)\b|مسعف|طبي/i, 'medical_workers'],
  [/\bsecurity (forces|personnel|members)|\bsoldiers?\b|\bpolice\b|\bgovernment forces\b|عناصر الأمن|قوات الأمن/i, 'security_forces'],
  [/\bfighters?\b|\bmilitants?\b|\bgunmen\b|\binsurgents?\b|\bloyalists?\b|مسلح|مقاتل/i, 'fighters'],
  [/\bcivilians?\b|مدني/i, 'civilians'],
];
const OUTCOME_WORDS: [RegExp, Outcome][] = [
  [/\b(injured|wounded|injuries|hurt)\b|جرح|إصاب|اصاب/i, 'injured'],
  [/\b(missing|disappeared)\b|مفقود/i, 'missing'],
  [/\b(detained|arrested|abducted|detention)\b|اعتقال|معتقل|محتجز/i, 'detained'],
  [/\b(displaced|fled)\b|نزوح|نازح|مهجر/i, 'displaced'],
];

/** The group and outcome the selected words name ("745 mostly Alawite civilians" -> civilians), else total and killed. */
export function guessFromText(text: string): { group: FigureGroup; outcome: Outcome } {
  return {
    group: GROUP_WORDS.find(([re]) => re.test(text))?.[1] ?? 'total',
    outcome: OUTCOME_WORDS.find(([re]) => re.test(text))?.[1] ?? 'killed',
  };
}

const blank: FigureDraft = {
  reporterId: null, reportedDate: '', asOfDate: '', outcome: 'killed', group: 'total', identity: '', identityBasis: '', qualifier: 'exact', value: '', min: '',
  max: '', wording: '', scopePlace: '', scopePeriodStart: '', scopePeriodEnd: '', incidentId: '', caseId: '', countingMethod: 'unknown', updatesId: '', memo: '',
};

/** A new figure from selected wording: the reporter and dates of the previous figure when it was from the same article. */
export function draftFromSelection(articleId: string, publishedAt: string | null, wording: string): FigureDraft {
  const sameArticle = rememberedFigure.articleId === articleId;
  return {
    ...blank,
    ...guessFromText(wording),
    reporterId: rememberedFigure.reporterId,
    reportedDate: sameArticle && rememberedFigure.reportedDate ? rememberedFigure.reportedDate : (publishedAt?.slice(0, 10) ?? ''),
    asOfDate: sameArticle ? rememberedFigure.asOfDate : '',
    wording,
  };
}

const text = (n: number | null) => (n === null ? '' : String(n));

export function draftFromFigure(f: Figure): FigureDraft {
  const one = ONE_NUMBER.includes(f.qualifier);
  return {
    reporterId: f.reporterId, reportedDate: f.reportedDate, asOfDate: f.asOfDate ?? '', outcome: f.outcome, group: f.group, identity: f.identity ?? '',
    identityBasis: f.identityBasis ?? '', qualifier: f.qualifier, value: one ? text(statedValue(f)) : '', min: one ? '' : text(f.min), max: one ? '' : text(f.max),
    wording: f.wording, scopePlace: f.scopePlace, scopePeriodStart: f.scopePeriodStart ?? '', scopePeriodEnd: f.scopePeriodEnd ?? '', incidentId: f.incidentId ?? '',
    caseId: f.caseId ?? '', countingMethod: f.countingMethod, updatesId: f.updatesId ?? '', memo: f.memo,
  };
}

/** "1,018", "١٬٠١٨", "1 018" -> 1018; '' -> undefined; anything else -> NaN. */
export function readNumber(value: string): number | undefined {
  const digits = value.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\s,.\u066c\u066b']/g, '');
  if (digits === '') return undefined;
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

/** The draft as API fields, or the problems the form can see by itself. */
export function fieldsFromDraft(d: FigureDraft): { fields: FigureFields | null; errors: FigureErrors } {
  const errors: FigureErrors = {};
  if (!d.reporterId) errors.reporterId = 'Choose who reported the figure, or type a name to register it (e.g. SOHR).';
  const numbers = { value: readNumber(d.value), min: readNumber(d.min), max: readNumber(d.max) };
  for (const key of ['value', 'min', 'max'] as const) if (Number.isNaN(numbers[key])) errors[key] = 'Write a whole number, such as 1,000.';
  const one = ONE_NUMBER.includes(d.qualifier);
  if (one && numbers.value === undefined && !errors.value) errors.value = 'Give the number the source states.';
  if (Object.keys(errors).length > 0 || !d.reporterId) return { fields: null, errors };
  const count = one ? { qualifier: d.qualifier, value: numbers.value } : { qualifier: d.qualifier, min: numbers.min, max: numbers.max };
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    errors,
    fields: {
      reporterId: d.reporterId, reportedDate: d.reportedDate, asOfDate: orNull(d.asOfDate), outcome: d.outcome, group: d.group, identity: orNull(d.identity),
      identityBasis: d.identityBasis === '' ? null : d.identityBasis, count, wording: d.wording.trim(), scopePlace: d.scopePlace.trim(),
      scopePeriodStart: orNull(d.scopePeriodStart), scopePeriodEnd: orNull(d.scopePeriodEnd), incidentId: orNull(d.incidentId), caseId: orNull(d.caseId),
      countingMethod: d.countingMethod, updatesId: orNull(d.updatesId), memo: d.memo,
    },
  };
}

const FIELDS = new Set<string>(Object.keys(blank));

/** The server's issues by form field ("patch.count.min" -> min, "count" -> value); the rest as sentences. */
export function figureIssues(error: unknown, prefix: string): { errors: FigureErrors; other: string[] } {
  const errors: FigureErrors = {};
  const other: string[] = [];
  if (!(error instanceof ApiError) || !error.issues) return { errors, other };
  for (const issue of error.issues) {
    const path = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    const parts = path.split('.');
    const field = parts[0] === 'count' ? (parts[1] ?? 'value') : parts[0];
    if (FIELDS.has(field) && !(field in errors)) errors[field as FigureField] = issue.message;
    else other.push(`${issue.path}: ${issue.message}`);
  }
  return { errors, other };
}
