import { z } from 'zod';

/**
 * Suggestions the extraction engine offers a researcher: casualty figures, direct quotes and
 * mentions of known actors. Positions are Unicode code points of the text given to `suggest`
 * (end exclusive), like every position in the workbench.
 */

const Position = z.number().int().nonnegative();

export const FigureQualifier = z.enum(['exact', 'at_least', 'over', 'about', 'up_to', 'range', 'vague']);
export type FigureQualifier = z.infer<typeof FigureQualifier>;

export const FigureStatus = z.enum(['killed', 'injured', 'missing', 'detained', 'displaced']);
export type FigureStatus = z.infer<typeof FigureStatus>;

export const FigureGroup = z.enum([
  'total',
  'civilians',
  'children',
  'women',
  'security_forces',
  'fighters',
  'medical_workers',
  'journalists',
  'family',
  'unspecified',
]);
export type FigureGroup = z.infer<typeof FigureGroup>;

/** A casualty or displacement figure: value for a single number, min/max for a range, none when vague. */
export const FigureSuggestion = z.object({
  kind: z.literal('figure'),
  start: Position,
  end: Position,
  text: z.string(),
  value: z.number().nonnegative().optional(),
  min: z.number().nonnegative().optional(),
  max: z.number().nonnegative().optional(),
  qualifier: FigureQualifier,
  status: FigureStatus,
  group: FigureGroup,
  /** Who gave the figure, as the text names them ("the Health Ministry", "local monitors"). */
  reported_by: z.string().optional(),
  /** Why it was suggested, for the reader: "number + \"civilians\"; killed from a word later in the clause". */
  why: z.string().optional(),
});
export type FigureSuggestion = z.infer<typeof FigureSuggestion>;

/** A direct quotation: start/end and text cover the quoted words, without the quote marks. */
export const QuoteSuggestion = z.object({
  kind: z.literal('quote'),
  start: Position,
  end: Position,
  text: z.string(),
  /** The speaker as the text names them ("a farmer from the valley"). */
  speaker: z.string().optional(),
});
export type QuoteSuggestion = z.infer<typeof QuoteSuggestion>;

/** A mention of one of the actors passed in the options. */
export const MentionSuggestion = z.object({
  kind: z.literal('mention'),
  start: Position,
  end: Position,
  text: z.string(),
  actorId: z.string(),
});
export type MentionSuggestion = z.infer<typeof MentionSuggestion>;

export const Suggestion = z.discriminatedUnion('kind', [FigureSuggestion, QuoteSuggestion, MentionSuggestion]);
export type Suggestion = z.infer<typeof Suggestion>;

export const Suggestions = z.array(Suggestion);

export const ActorNames = z.object({
  id: z.string().min(1),
  /** The actor's name and aliases, in any script ("Hassan al-Saadi", "السعدي"). */
  names: z.array(z.string()),
});
export type ActorNames = z.infer<typeof ActorNames>;

export const SuggestOptions = z.object({
  actors: z.array(ActorNames).optional(),
  /** Also suggest vague quantities ("dozens", "عشرات") with qualifier "vague" and no number. */
  vague: z.boolean().optional(),
});
export type SuggestOptions = z.infer<typeof SuggestOptions>;
