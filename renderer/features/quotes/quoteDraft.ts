import type { MethodInput } from '../../../src/shared/api/contract';
import type { Quote, QuoteMode } from '../../../src/shared/schemas/evidence';
import { ApiError } from '../../api/client';

export type SpeakerKind = 'actor' | 'descriptor';

/** The quote form as typed. */
export interface QuoteDraft {
  text: string;
  language: string;
  translation: string;
  speakerKind: SpeakerKind;
  speakerId: string | null;
  speakerDescriptor: string;
  speakerRole: string;
  mode: QuoteMode;
  date: string;
  context: string;
  caseId: string;
  memo: string;
}

export type QuoteField = keyof QuoteDraft;
export type QuoteErrors = Partial<Record<QuoteField, string>>;
type QuoteFields = MethodInput<'quotes.update'>['patch'];

export const blankQuote = (caseId: string | null): QuoteDraft => ({
  text: '', language: '', translation: '', speakerKind: 'actor', speakerId: null, speakerDescriptor: '', speakerRole: '', mode: 'direct', date: '', context: '',
  caseId: caseId ?? '', memo: '',
});

export function draftFromQuote(q: Quote): QuoteDraft {
  return {
    text: q.text, language: q.language, translation: q.translation, speakerKind: !q.speakerId && q.speakerDescriptor ? 'descriptor' : 'actor', speakerId: q.speakerId,
    speakerDescriptor: q.speakerDescriptor, speakerRole: q.speakerRole, mode: q.mode, date: q.date ?? '', context: q.context, caseId: q.caseId ?? '', memo: q.memo,
  };
}

/** The draft as API fields (the text only when typed: an anchored quote's text is its span), or the form's own problems. */
export function quoteFieldsFromDraft(d: QuoteDraft, typed: boolean): { fields: QuoteFields | null; errors: QuoteErrors } {
  const errors: QuoteErrors = {};
  if (typed && !d.text.trim()) errors.text = 'Type the words as they were said.';
  if (!d.language.trim()) errors.language = 'Say which language the quote is in, e.g. “ar” or “en”.';
  if (d.speakerKind === 'descriptor' && !d.speakerDescriptor.trim()) errors.speakerDescriptor = 'Describe the speaker, e.g. “an Alawite man from Damascus”, or choose a registered actor.';
  if (Object.keys(errors).length) return { fields: null, errors };
  const actor = d.speakerKind === 'actor';
  return {
    errors,
    fields: {
      ...(typed && { text: d.text }),
      language: d.language.trim(), translation: d.translation, speakerId: actor ? d.speakerId : null, speakerDescriptor: actor ? '' : d.speakerDescriptor.trim(),
      speakerRole: d.speakerRole.trim(), mode: d.mode, date: d.date || null, context: d.context, caseId: d.caseId || null, memo: d.memo,
    },
  };
}

const FIELDS = new Set<string>(Object.keys(blankQuote(null)));

/** The server's issues by form field ("patch.language" -> language); the rest as sentences. */
export function quoteIssues(error: unknown, prefix: string): { errors: QuoteErrors; other: string[] } {
  const errors: QuoteErrors = {};
  const other: string[] = [];
  if (!(error instanceof ApiError) || !error.issues) return { errors, other };
  for (const issue of error.issues) {
    const field = (issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path).split('.')[0];
    if (FIELDS.has(field) && !(field in errors)) errors[field as QuoteField] = issue.message;
    else other.push(`${issue.path}: ${issue.message}`);
  }
  return { errors, other };
}
